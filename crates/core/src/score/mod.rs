//! Figures from answers: one member's scores (`scoring` for version 1, `scoring_v2`)
//! and their reading, a round's team figures (`aggregate`, `team_v2`) from what a
//! dashboard shows of a round (`round_data`), the own result (`personal_v2`), the trend,
//! the one rounding rule (`figure`), the chart's geometry, the export files and the
//! simulations that check version 2. Pure functions of their input: nothing here keeps
//! state, and nothing here knows the rounds a browser keeps.

pub mod aggregate;
pub mod chart;
pub mod export;
pub mod figure;
pub mod personal_v2;
pub mod reading;
pub mod round_data;
pub mod scoring;
pub mod scoring_v2;
pub mod simulation;
pub mod team_v2;
pub mod trend;
