//! One feature per file; components render and wire signals, nothing more.

pub mod confirm_button;
pub mod dimension_guide;
pub mod home;
pub mod language_switch;
pub mod not_found;
pub mod open_link;
pub mod personal_result;
pub mod pole_bars;
pub mod restart_scan;
pub mod result_table;
pub mod scan;
pub mod scan_dimension;
pub mod scan_intro;
pub mod statement_rating;
pub mod storage_banner;
pub mod team;
pub mod zone_plane;
