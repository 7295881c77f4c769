//! The start page (with the coach's teams and the person's own scan) and the page for
//! an unknown address.

pub mod home_page;
pub mod my_teams;
pub mod not_found_page;
pub mod own_scan;
