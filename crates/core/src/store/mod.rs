//! What this browser keeps and carries as a whole: the one stored document with its
//! versions and migrations (`schema`), and the backup file with everything in it
//! (`backup`).

pub mod backup;
pub mod schema;
