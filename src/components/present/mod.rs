//! The team meeting on the projector: one screen at a time, by keyboard or clicker.

pub mod answered_screen;
pub mod closing_screen;
pub mod new_actions_screen;
pub mod plane_screen;
pub mod point_screen;
pub mod present_page;
pub mod review_screen;
