//! One component per file.

mod banners;
mod competence_item;
mod framework_problems;
mod gap_list;
mod level_picker;
mod rating_list;
mod start_again;
mod summary;

pub use banners::Banners;
pub use competence_item::{CompetenceItem, CompetenceItemProps};
pub use framework_problems::{FrameworkProblems, FrameworkProblemsProps};
pub use gap_list::GapList;
pub use level_picker::LevelPicker;
pub use rating_list::RatingList;
pub use start_again::StartAgain;
pub use summary::Summary;
