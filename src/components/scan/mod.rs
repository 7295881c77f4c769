//! The scan: the questionnaire, a member's own result and response link.

pub mod answer_overview;
pub mod answer_page;
pub mod dimension_guide;
pub mod name_field;
pub mod own_answers;
pub mod personal_result;
pub mod pole_bars;
pub mod response_link;
pub mod restart_scan;
pub mod result_table;
pub mod round_banner;
pub mod scan_dimension;
pub mod scan_intro;
pub mod scan_nav;
pub mod scan_page;
pub mod statement_rating;
pub mod theme_table;
pub mod trade_off;
