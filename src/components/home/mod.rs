//! The start page and the page for an unknown address.

pub mod home_page;
pub mod not_found_page;
