//! The team meeting: its screens on the projector and how the keyboard moves between
//! them (`present`), and what the team said about each talking point (`notes`, which a
//! round keeps).

pub mod notes;
pub mod present;
