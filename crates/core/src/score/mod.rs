//! Figures from answers, by the way of scoring a version's rules name
//! (`instrument::rules::Model`):
//! - the keyed model: one member's scores (`member`), the team's figures (`team`) and the
//!   own result with its reading (`own`);
//! - the pole means of the first version, frozen: `scoring`, `aggregate`, `reading`.
//!
//! Beside them what a dashboard shows of a round (`round_data`), the trend, the one
//! rounding rule (`figure`) and the one display model built on it (`shown`), the chart's geometry, the export files and the simulations
//! that check the keyed model. Pure functions of their input: nothing here keeps state,
//! and nothing here knows the rounds a browser keeps.

pub mod aggregate;
pub mod chart;
pub mod export;
pub mod figure;
pub mod member;
pub mod own;
pub mod own_statements;
pub mod reading;
pub mod round_data;
pub mod scoring;
pub mod shown;
pub mod simulation;
pub mod team;
pub mod trend;
