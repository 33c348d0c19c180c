//! Embedding in a host page or an LMS: the settings a host gives, and the messages
//! exchanged with it.

pub mod messages;
pub mod settings;
