//! One component per file.

mod area_picker;
mod banners;
mod career_map;
mod competence_item;
mod framework_picker;
mod framework_problems;
mod gap_list;
mod level_picker;
mod rating_list;
mod start_again;
mod summary;

pub use area_picker::AreaPicker;
pub use banners::Banners;
pub use career_map::CareerMap;
pub use competence_item::{CompetenceItem, CompetenceItemProps};
pub use framework_picker::{FileProblem, FrameworkPicker, FrameworkPickerProps};
pub use framework_problems::{FrameworkProblems, FrameworkProblemsProps};
pub use gap_list::GapList;
pub use level_picker::LevelPicker;
pub use rating_list::RatingList;
pub use start_again::StartAgain;
pub use summary::Summary;
