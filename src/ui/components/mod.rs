//! One component per file.

mod action_plan;
mod area_picker;
mod banners;
mod career_map;
mod competence_item;
mod domain_chart;
mod framework_picker;
mod framework_problems;
mod gap_list;
mod left_out;
mod level_picker;
mod level_table;
mod rating_list;
mod report_files;
mod report_view;
mod start_again;
mod summary;
mod team_view;

pub use action_plan::ActionPlan;
pub use area_picker::AreaPicker;
pub use banners::Banners;
pub use career_map::CareerMap;
pub use competence_item::{CompetenceItem, CompetenceItemProps};
pub use domain_chart::{DomainChart, DomainChartProps};
pub use framework_picker::{FileProblem, FrameworkPicker, FrameworkPickerProps};
pub use framework_problems::{FrameworkProblems, FrameworkProblemsProps};
pub use gap_list::GapList;
pub use left_out::left_out;
pub use level_picker::LevelPicker;
pub use level_table::{LevelTable, LevelTableProps};
pub use rating_list::RatingList;
pub use report_files::ReportFiles;
pub use report_view::ReportView;
pub use start_again::StartAgain;
pub use summary::Summary;
pub use team_view::TeamView;
