//! The domain: plain Rust with no web dependency, tested natively.

pub mod assessment;
pub mod content;
pub mod error;
pub mod framework;
pub mod gaps;
pub mod json;
pub mod saved;
pub mod scoring;
pub mod store;
pub mod suggest;
pub mod toml;

pub use assessment::{Assessment, Status};
pub use error::Error;
pub use framework::{CompetenceId, DomainId, Framework, LevelId, RouteId};
