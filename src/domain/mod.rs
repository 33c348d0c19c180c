//! The domain: plain Rust with no web dependency, tested natively.
//!
//! - [`framework`]: the competence framework model, how framework files are read and checked
//!   (`content`), and the compiled form the app loads (`compact`).
//! - [`assessment`]: one person's ratings, and what follows from them: scores per level and
//!   domain (`scoring`), gaps (`gaps`), suggested routes (`suggest`), snapshots compared
//!   (`compare`).
//! - [`records`]: what is kept or exchanged: saved progress and the store it lives in,
//!   snapshots, exported reports, and many reports read together (`team`).
//! - [`embedding`]: settings a host page gives, and the messages exchanged with it.
//! - [`error`]: the one error type, in plain words.
//! - [`map`]: the career map as a picture: where its boxes and arrows go.
//! - [`words`]: counts in words ("1 gap", "2 gaps").

pub mod assessment;
pub mod embedding;
pub mod error;
pub mod framework;
pub mod map;
pub mod ordered;
pub mod records;
pub mod words;

pub use assessment::{Assessment, Status};
pub use error::Error;
pub use framework::{CompetenceId, DomainId, Framework, LevelId, RouteId};
