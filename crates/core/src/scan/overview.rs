//! A scan at a glance: how many statements have a real answer (a "don't know" is not
//! one), and every statement with its answer and the step it is asked on, so a member
//! can jump straight to the one they want to change, and what the start page says of
//! the person's own scan.

use crate::instrument::answers::{Answer, Horizon};
use crate::instrument::{Instrument, StatementId};
use crate::scan::{ScanData, Step};
use crate::text::Text;

/// How far a scan's "now" answers go.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tally {
    /// Statements answered with a level: the answers that count.
    pub answered: usize,
    /// Statements answered "don't know" (or, in version 2, "does not apply").
    pub non_answers: usize,
    /// Statements in the scan's version.
    pub total: usize,
}

impl Tally {
    /// Statements with any answer, a non-answer included: how far the member got.
    pub fn filled_in(self) -> usize {
        self.answered + self.non_answers
    }
}

impl ScanData {
    /// Counts the "now" answers this version understands.
    pub fn tally(&self) -> Tally {
        let mut tally = Tally {
            answered: 0,
            non_answers: 0,
            total: self.instrument.statement_count(),
        };
        for statement in self.instrument.statements() {
            match self.get(statement.id, Horizon::Now) {
                Some(answer) if answer.is_non_answer() => tally.non_answers += 1,
                Some(_) => tally.answered += 1,
                None => {}
            }
        }
        tally
    }
}

/// The person's own scan as the start page mentions it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OwnScanSummary {
    /// When the latest answer was given (ms since 1970).
    pub last_at: i64,
    /// The member reached the result page.
    pub finished: bool,
    pub tally: Tally,
}

impl ScanData {
    /// What the start page says of this scan; `None` when nothing is filled in yet.
    pub fn summary(&self) -> Option<OwnScanSummary> {
        let tally = self.tally();
        if tally.filled_in() == 0 {
            return None;
        }
        Some(OwnScanSummary {
            last_at: self.last_answered_at()?,
            finished: self.step == Step::Result,
            tally,
        })
    }
}

/// One statement in the overview, with the answers given to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OverviewRow {
    pub statement: StatementId,
    pub text: Text,
    pub now: Option<Answer>,
    /// Only when the scan asks "where we want to be".
    pub desired: Option<Answer>,
}

/// One questionnaire step: its statements and (version 2) its trade-off.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OverviewStep {
    /// The step these statements are on.
    pub step: Step,
    /// The dimension's stable id.
    pub dimension: u8,
    pub name: Text,
    pub rows: Vec<OverviewRow>,
    /// Version 2: the Rhineland points of this step's trade-off, now and desired;
    /// `None` in version 1, which has no trade-offs.
    pub trade_off: Option<(Option<u8>, Option<u8>)>,
}

/// Every step of the scan's version, in questionnaire order, with every statement on it.
pub fn overview(scan: &ScanData) -> Vec<OverviewStep> {
    let instrument: Instrument = scan.instrument;
    let desired = |id| {
        scan.ask_desired
            .then(|| scan.get(id, Horizon::Desired))
            .flatten()
    };
    instrument
        .dimensions()
        .map(|d| OverviewStep {
            step: Step::Dimension(d.index),
            dimension: d.id,
            name: d.name,
            rows: d
                .statements()
                .map(|s| OverviewRow {
                    statement: s.id,
                    text: s.text,
                    now: scan.get(s.id, Horizon::Now),
                    desired: desired(s.id),
                })
                .collect(),
            trade_off: d.trade_off.map(|_| {
                (
                    scan.trade_off(d.id, Horizon::Now),
                    scan.ask_desired
                        .then(|| scan.trade_off(d.id, Horizon::Desired))
                        .flatten(),
                )
            }),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::instrument::answers::Level;

    fn statement_on(instrument: Instrument, step: usize, nth: usize) -> StatementId {
        instrument
            .dimension(step)
            .and_then(|d| d.statements().nth(nth))
            .map(|s| s.id)
            .expect("statement exists")
    }

    #[test]
    fn dont_know_and_does_not_apply_are_not_counted_as_answered() {
        for instrument in Instrument::ALL {
            let mut scan = ScanData::new(instrument);
            let all: Vec<StatementId> = instrument.statements().map(|s| s.id).collect();
            for (i, id) in all.iter().enumerate() {
                let offers_both = instrument.rules().offers(Answer::NotApplicable);
                let answer = match i % 4 {
                    0 => Answer::Skip,
                    1 if offers_both => Answer::NotApplicable,
                    _ => Answer::Level(Level::Partly),
                };
                scan.answer(*id, Horizon::Now, answer, 1);
            }
            let tally = scan.tally();
            assert_eq!(tally.total, all.len(), "{instrument:?}");
            assert_eq!(tally.filled_in(), all.len(), "{instrument:?}");
            let non_answers = if instrument.rules().offers(Answer::NotApplicable) {
                all.len() / 2
            } else {
                all.len().div_ceil(4)
            };
            assert_eq!(tally.non_answers, non_answers, "{instrument:?}");
            assert_eq!(tally.answered, all.len() - non_answers, "{instrument:?}");
        }
    }

    #[test]
    fn the_start_page_mentions_a_scan_once_something_is_filled_in() {
        let mut scan = ScanData::new(Instrument::V2);
        assert_eq!(scan.summary(), None);
        let id = statement_on(Instrument::V2, 0, 0);
        scan.answer(id, Horizon::Now, Answer::Skip, 1_000);
        scan.answer(id, Horizon::Now, Answer::Skip, 5_000);
        let started = scan.summary().expect("a don't-know is a start");
        assert_eq!(started.last_at, 5_000);
        assert!(!started.finished);
        assert_eq!(started.tally.answered, 0);
        scan.step = Step::Result;
        assert!(scan.summary().is_some_and(|s| s.finished));
    }

    #[test]
    fn a_desired_answer_alone_is_not_an_answer() {
        let mut scan = ScanData::new(Instrument::V1);
        let id = statement_on(Instrument::V1, 0, 0);
        scan.answer(id, Horizon::Desired, Answer::Level(Level::Largely), 1);
        assert_eq!(scan.tally().filled_in(), 0);
    }

    #[test]
    fn the_overview_has_every_statement_once_on_the_step_that_asks_it() {
        for instrument in Instrument::ALL {
            let steps = overview(&ScanData::new(instrument));
            assert_eq!(steps.len(), instrument.dimension_count());
            let ids: Vec<StatementId> = steps
                .iter()
                .flat_map(|s| s.rows.iter().map(|r| r.statement))
                .collect();
            let mut unique = ids.clone();
            unique.sort_by_key(|id| id.0);
            unique.dedup();
            assert_eq!(unique.len(), instrument.statement_count());
            assert_eq!(ids.len(), instrument.statement_count());
            for (index, step) in steps.iter().enumerate() {
                assert_eq!(step.step, Step::Dimension(index));
                let asked: Vec<StatementId> = instrument
                    .dimension(index)
                    .map(|d| d.statements().map(|s| s.id).collect())
                    .unwrap_or_default();
                let listed: Vec<StatementId> = step.rows.iter().map(|r| r.statement).collect();
                assert_eq!(listed, asked, "{instrument:?} step {index}");
                assert_eq!(step.trade_off.is_some(), instrument.has_trade_offs());
            }
        }
    }

    #[test]
    fn the_overview_shows_the_answers_given_and_desired_only_when_asked() {
        let mut scan = ScanData::new(Instrument::V2);
        let id = statement_on(Instrument::V2, 4, 1);
        scan.answer(id, Horizon::Now, Answer::NotApplicable, 1);
        scan.answer(id, Horizon::Desired, Answer::Level(Level::Completely), 2);
        scan.divide(
            Instrument::V2.dimension(4).map_or(0, |d| d.id),
            Horizon::Now,
            7,
            3,
        );
        let row = |scan: &ScanData| {
            let steps = overview(scan);
            (steps[4].rows[1], steps[4].trade_off, steps[0].rows[0].now)
        };
        let (shown, trade_off, other) = row(&scan);
        assert_eq!(shown.statement, id);
        assert_eq!(shown.now, Some(Answer::NotApplicable));
        assert_eq!(shown.desired, None, "not asked, so not shown");
        assert_eq!(trade_off, Some((Some(7), None)));
        assert_eq!(other, None);
        scan.ask_desired = true;
        let (shown, _, _) = row(&scan);
        assert_eq!(shown.desired, Some(Answer::Level(Level::Completely)));
    }
}
