//! The Yew interface: a thin layer that renders [`state::Model`] and sends [`state::Action`]s.
//! Effects live in [`hooks`]; starting the app on a page in [`mount`].

mod app;
mod app_view;
pub mod components;
pub mod context;
pub mod first_screen;
mod handover;
pub mod hooks;
pub mod mount;
pub mod state;

pub use app::{extras, App, AppProps, Extras};
pub use app_view::{AppView, AppViewProps};
pub use handover::Handover;
