//! Parts of the shell around every page: language switch, storage banner.

pub mod language_switch;
pub mod storage_banner;
