//! The Yew interface: a thin layer that renders [`state::Model`] and sends [`state::Action`]s.

mod app;
pub mod components;
pub mod context;
mod handover;
pub mod state;

pub use app::{extras, App, AppProps, AppView, AppViewProps, Extras};
pub use handover::Handover;
