//! A round's team results: the dashboard page and its parts.

pub mod action_edit;
pub mod action_item;
pub mod dashboard_page;
pub mod results;
pub mod results_out;
pub mod round_actions;
pub mod talking_points;
pub mod team_bars;
pub mod team_overview;
pub mod trend_chart;
