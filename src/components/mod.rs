//! One feature per file; components render and wire signals, nothing more.

pub mod home;
pub mod language_switch;
pub mod not_found;
pub mod open_link;
pub mod scan;
pub mod storage_banner;
pub mod team;
