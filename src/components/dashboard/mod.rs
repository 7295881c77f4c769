//! A round's team results: the dashboard page and its parts.

pub mod action_add_form;
pub mod action_edit;
pub mod action_item;
pub mod agreed_actions;
pub mod dashboard_page;
pub mod own_statements;
pub mod respondent_names;
pub mod results;
pub mod results_out;
pub mod round_actions;
pub mod talking_points;
pub mod team_bars;
pub mod team_overview;
pub mod team_table;
pub mod trend_chart;
