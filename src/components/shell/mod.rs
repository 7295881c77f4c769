//! Parts of the shell around every page: the frame, language switch, storage banner.

pub mod frame;
pub mod language_switch;
pub mod storage_banner;
