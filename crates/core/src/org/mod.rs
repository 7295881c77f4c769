//! Across teams: an organisation's teams, their layers and gaps and the anonymity rule
//! (`organisation`), organisations as a facilitator keeps them and pastes results links
//! into them (`book`), and the organisation in words and files (`report`).

pub mod book;
pub mod organisation;
pub mod report;
