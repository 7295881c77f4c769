//! Widgets and helpers that several features share.

pub mod confirm_button;
pub mod error_text;
pub mod link_share;
pub mod pressed_switch;
pub mod protect_link;
pub mod reactive;
pub mod table_toggle;
pub mod table_wrap;
pub mod text;
pub mod unlock_form;
pub mod zone_plane;
