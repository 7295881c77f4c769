//! Teams and rounds as a facilitator's browser keeps them, the invitations a member's
//! browser keeps, session mode, and taking response links into a round.
//!
//! Nothing here reads the clock or makes random numbers: times and new ids come in as
//! arguments, so every rule is tested natively. The files import downwards only:
//! import → session → team_book → rounds → responses; choices and demo beside
//! them. What a dashboard shows of a round (`score::round_data`), its meeting notes
//! (`meeting::notes`) and an action's status (`link::action_status`) sit in rooms
//! below.

pub mod choices;
pub mod demo;
pub mod import;
pub mod invitation;
pub mod responses;
pub mod rounds;
pub mod session;
pub mod team_book;
