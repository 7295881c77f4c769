//! One feature per file; components render and wire signals, nothing more.
//!
//! In `view!`, write a reactive child as a `move || …` closure, not as a
//! closure variable (`{move || title()}`, not `{title}`): with `erase_components` the
//! macro renders every written-out closure through one shared path per output type,
//! while each closure variable gets its own copy of the rendering code. A part that
//! yields a view (a list, an optional notice, a component's changing body) goes through
//! [`reactive::reactive`], conditions through [`reactive::shown`] and
//! [`reactive::either`] rather than `<Show>`, and memos through [`reactive::memo`]: each
//! then shares one copy of the framework's code (-7.2 KB brotli in all).

pub mod answer_page;
pub mod backup_restore;
pub mod confirm_button;
pub mod conflict_view;
pub mod dashboard;
pub mod dashboard_page;
pub mod dimension_guide;
pub mod error_text;
pub mod home;
pub mod import_box;
pub mod language_switch;
pub mod link_landing;
pub mod link_share;
pub mod new_round_form;
pub mod not_found;
pub mod open_link;
pub mod personal_result;
pub mod pole_bars;
pub mod protect_link;
pub mod reactive;
pub mod response_link;
pub mod restart_scan;
pub mod result_table;
pub mod results_out;
pub mod round_actions;
pub mod round_banner;
pub mod round_page;
pub mod scan;
pub mod scan_dimension;
pub mod scan_intro;
pub mod session_page;
pub mod statement_rating;
pub mod storage_banner;
pub mod storage_status;
pub mod table_toggle;
pub mod talking_points;
pub mod team;
pub mod team_bars;
pub mod team_overview;
pub mod text;
pub mod trend_chart;
pub mod unlock_link;
pub mod zone_plane;
