//! The pure core: no browser, no UI framework, no clock. Tested natively.

pub mod aggregate;
pub mod answers;
pub mod backup;
pub mod chart;
pub mod dates;
pub mod demo;
pub mod export;
pub mod id;
pub mod instrument;
pub mod link;
pub mod locale;
pub mod names;
pub mod personal_v2;
pub mod qr;
pub mod reading;
pub mod round;
pub mod scan;
pub mod scan_overview;
pub mod schema;
pub mod scoring;
pub mod scoring_v2;
pub mod simulation;
pub mod sort;
pub mod team_v2;
pub mod text;
pub mod trend;
