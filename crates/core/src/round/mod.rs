//! Teams and rounds as a facilitator's browser keeps them, the invitations a member's
//! browser keeps, session mode, and taking response links into a round.
//!
//! Nothing here reads the clock or makes random numbers: times and new ids come in as
//! arguments, so every rule is tested natively. The files import downwards only:
//! import → session → team_book → round_data → rounds → responses, and action_status
//! (the link format uses it) and meeting_notes below them all.

pub mod action_status;
pub mod import;
pub mod invitation;
pub mod meeting_notes;
pub mod responses;
pub mod round_data;
pub mod rounds;
pub mod session;
pub mod team_book;
