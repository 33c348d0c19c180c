//! What is kept or exchanged: saved progress and the store it lives in, snapshots, exported
//! reports, and many reports read together for a team.

pub mod history;
pub mod report;
pub mod review;
pub mod saved;
pub mod store;
pub mod team;
pub mod team_file;
pub mod team_needs;
pub mod team_review;
