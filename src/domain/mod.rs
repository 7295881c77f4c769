//! The pure core: no browser, no UI framework, no clock. Tested natively.

pub mod answers;
pub mod chart;
pub mod import;
pub mod instrument;
pub mod instrument_text;
pub mod link;
pub mod locale;
pub mod reading;
pub mod scan;
pub mod schema;
pub mod scoring;
pub mod text;
