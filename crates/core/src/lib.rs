//! The pure core: no browser, no UI framework, no clock. Tested natively.
//!
//! Feature rooms, as in `components/`: a folder per feature, each importing only the
//! rooms before it in instrument → link → scan → score → meeting → round → org → store.
//! The shared vocabulary (`id`, `dates`, `text`, `locale`, `sort`) are leaf files that
//! any room may import and that import only each other. `tests/architecture.rs` checks
//! both, and that the top holds at most 15 entries.

pub mod dates;
pub mod id;
pub mod instrument;
pub mod link;
pub mod locale;
pub mod meeting;
pub mod org;
pub mod round;
pub mod scan;
pub mod score;
pub mod sort;
pub mod store;
pub mod text;
pub mod zip;
