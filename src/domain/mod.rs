//! The domain: plain Rust with no web dependency, tested natively.

pub mod assessment;
pub mod compact;
pub mod compare;
pub mod content;
pub mod error;
pub mod framework;
pub mod gaps;
pub mod history;
pub mod json;
pub mod messages;
pub mod report;
pub mod saved;
pub mod scoring;
pub mod settings;
pub mod store;
pub mod suggest;
pub mod team;
pub mod toml;

pub use assessment::{Assessment, Status};
pub use error::Error;
pub use framework::{CompetenceId, DomainId, Framework, LevelId, RouteId};
