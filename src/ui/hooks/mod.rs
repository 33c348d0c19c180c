//! The app's effects, one named hook a file: what it does outside the model (storage, the
//! network, the host page, the LMS) and the listeners it holds while it is mounted.

mod use_competences;
mod use_course;
mod use_focus_if_lost;
mod use_framework;
mod use_hand_over;
mod use_host_messages;
mod use_persistence;
mod use_signature_check;

pub use use_competences::use_competences;
pub use use_course::use_course;
pub use use_focus_if_lost::use_focus_if_lost;
pub use use_framework::{use_framework, Phase};
pub use use_hand_over::{use_hand_over, HandOver};
pub use use_host_messages::use_host_messages;
pub use use_persistence::use_persistence;
pub use use_signature_check::{use_signature_check, SignatureCheck};
