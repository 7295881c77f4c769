//! A member's own scan as stored in this browser: answers with the time each was given
//! (so two tabs merge answer by answer, last write wins), and where the member is.
//!
//! Beside it: what counts as answered (`overview`) and what a member answered on an
//! invite's first screen before the app arrived (`first_screen`).

pub mod first_screen;
pub mod overview;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::instrument::answers::{Answer, Answers, Horizon, Rating, TRADE_OFF_POINTS};
use crate::instrument::{Instrument, StatementId};
use crate::link::{RatingPair, TradePair};

/// Where the member is in the questionnaire.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Step {
    #[default]
    Intro,
    /// The dimension at this position in the scan's instrument (questionnaire order).
    Dimension(usize),
    Result,
}

impl Step {
    pub const fn first() -> Step {
        Step::Dimension(0)
    }

    /// The next step in a questionnaire of `dimensions` dimensions.
    pub fn next(self, dimensions: usize) -> Step {
        match self {
            Step::Intro => Step::first(),
            Step::Dimension(i) if i + 1 < dimensions => Step::Dimension(i + 1),
            Step::Dimension(_) | Step::Result => Step::Result,
        }
    }

    pub fn previous(self, dimensions: usize) -> Step {
        match self {
            Step::Intro | Step::Dimension(0) => Step::Intro,
            Step::Dimension(i) => Step::Dimension(i - 1),
            Step::Result => Step::Dimension(dimensions.saturating_sub(1)),
        }
    }
}

/// One rating as stored: the answer's stable id and when it was given (ms since epoch).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stamped {
    pub answer: u8,
    pub at: i64,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoredRating {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub now: Option<Stamped>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub desired: Option<Stamped>,
}

impl StoredRating {
    fn slot(&mut self, horizon: Horizon) -> &mut Option<Stamped> {
        match horizon {
            Horizon::Now => &mut self.now,
            Horizon::Desired => &mut self.desired,
        }
    }
}

/// One trade-off as stored: the Rhineland points (0–10) and when they were given.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct StampedPoints {
    pub points: u8,
    pub at: i64,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoredTradeOff {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub now: Option<StampedPoints>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub desired: Option<StampedPoints>,
}

impl StoredTradeOff {
    fn slot(&mut self, horizon: Horizon) -> &mut Option<StampedPoints> {
        match horizon {
            Horizon::Now => &mut self.now,
            Horizon::Desired => &mut self.desired,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ScanData {
    /// Which instrument these answers belong to: a statement id means something only
    /// with its version. Scans stored before versions were written down are version 1.
    #[serde(default = "Instrument::legacy")]
    pub instrument: Instrument,
    /// By statement id. Ids this version does not know are kept, never dropped.
    #[serde(default)]
    pub answers: BTreeMap<u16, StoredRating>,
    /// Version 2's trade-off items, by dimension id.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub trade_offs: BTreeMap<u8, StoredTradeOff>,
    #[serde(default)]
    pub step: Step,
    /// Whether "where we want to be" is asked too.
    #[serde(default)]
    pub ask_desired: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub started_at: Option<i64>,
    /// When the member last started again: answers from before this are gone, also
    /// when another tab still has them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cleared_at: Option<i64>,
    /// A round's own statements' answers ("now" only), by their position in the round.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub own: BTreeMap<u8, Stamped>,
    /// The name a member of an open round gives (as typed; cleaned when it leaves).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<StampedName>,
}

/// A name as typed and when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StampedName {
    pub text: String,
    pub at: i64,
}

impl At for &StampedName {
    fn at(&self) -> i64 {
        self.at
    }
}

impl Default for ScanData {
    /// A new scan asks the current instrument.
    fn default() -> ScanData {
        ScanData::new(Instrument::CURRENT)
    }
}

/// Something stamped with the time it was given.
trait At: Copy {
    fn at(&self) -> i64;
}

impl At for Stamped {
    fn at(&self) -> i64 {
        self.at
    }
}

impl At for StampedPoints {
    fn at(&self) -> i64 {
        self.at
    }
}

fn newer<T: At>(a: Option<T>, b: Option<T>) -> Option<T> {
    match (a, b) {
        (Some(x), Some(y)) => Some(if y.at() > x.at() { y } else { x }),
        (x, y) => x.or(y),
    }
}

impl ScanData {
    pub fn new(instrument: Instrument) -> ScanData {
        ScanData {
            instrument,
            answers: BTreeMap::new(),
            trade_offs: BTreeMap::new(),
            step: Step::default(),
            ask_desired: false,
            started_at: None,
            cleared_at: None,
            own: BTreeMap::new(),
            name: None,
        }
    }

    /// Records the answer to own statement `index`, given at `now_ms`.
    pub fn answer_own(&mut self, index: u8, answer: Answer, now_ms: i64) {
        self.own.insert(
            index,
            Stamped {
                answer: answer.id(),
                at: now_ms,
            },
        );
        self.started_at.get_or_insert(now_ms);
    }

    /// The answer to own statement `index`, if given (and on this version's scale).
    pub fn own_answer(&self, index: u8) -> Option<Answer> {
        self.read(self.own.get(&index).copied())
    }

    /// The first `count` own answers, in order, as a response carries them.
    pub fn own_answers(&self, count: usize) -> Vec<Option<Answer>> {
        (0..count.min(usize::from(u8::MAX)))
            .map(|i| self.own_answer(i as u8))
            .collect()
    }

    /// Records the name as typed at `now_ms`.
    pub fn set_name(&mut self, text: &str, now_ms: i64) {
        self.name = Some(StampedName {
            text: text.to_string(),
            at: now_ms,
        });
    }

    /// A stored rating as an answer; an id the scan's version does not offer reads as none.
    fn read(&self, stamped: Option<Stamped>) -> Option<Answer> {
        stamped.and_then(|s| Answer::from_id_in(s.answer, self.instrument))
    }

    fn knows(&self, id: StatementId) -> bool {
        self.instrument.statement(id).is_some()
    }

    /// Records an answer given at `now_ms`.
    pub fn answer(&mut self, id: StatementId, horizon: Horizon, answer: Answer, now_ms: i64) {
        let stored = self.answers.entry(id.0).or_default();
        *stored.slot(horizon) = Some(Stamped {
            answer: answer.id(),
            at: now_ms,
        });
        self.started_at.get_or_insert(now_ms);
    }

    /// Records a trade-off given at `now_ms`: `points` of ten to the Rhineland side.
    pub fn divide(&mut self, dimension: u8, horizon: Horizon, points: u8, now_ms: i64) {
        let points = points.min(TRADE_OFF_POINTS);
        let stored = self.trade_offs.entry(dimension).or_default();
        *stored.slot(horizon) = Some(StampedPoints { points, at: now_ms });
        self.started_at.get_or_insert(now_ms);
    }

    /// A trade-off's Rhineland points, if given (and in range).
    pub fn trade_off(&self, dimension: u8, horizon: Horizon) -> Option<u8> {
        let stored = self.trade_offs.get(&dimension)?;
        match horizon {
            Horizon::Now => stored.now,
            Horizon::Desired => stored.desired,
        }
        .map(|p| p.points)
        .filter(|p| *p <= TRADE_OFF_POINTS)
    }

    /// The answers this version understands, for scoring and display.
    pub fn answers(&self) -> Answers {
        self.answers
            .iter()
            .filter(|(id, _)| self.knows(StatementId(**id)))
            .map(|(id, stored)| {
                (
                    StatementId(*id),
                    Rating {
                        now: self.read(stored.now),
                        desired: self.read(stored.desired),
                    },
                )
            })
            .collect()
    }

    /// One rating, looked up directly: the questionnaire asks this for every option
    /// on every change, so it must not rebuild the whole answer map.
    pub fn get(&self, id: StatementId, horizon: Horizon) -> Option<Answer> {
        if !self.knows(id) {
            return None;
        }
        let stored = self.answers.get(&id.0)?;
        self.read(match horizon {
            Horizon::Now => stored.now,
            Horizon::Desired => stored.desired,
        })
    }

    /// When the latest answer was given, if any.
    pub fn last_answered_at(&self) -> Option<i64> {
        let answers = self
            .answers
            .values()
            .flat_map(|r| [r.now, r.desired])
            .flatten()
            .map(|s| s.at);
        let trade_offs = self
            .trade_offs
            .values()
            .flat_map(|t| [t.now, t.desired])
            .flatten()
            .map(|p| p.at);
        let own = self.own.values().map(|s| s.at);
        let name = self.name.iter().map(|n| n.at);
        answers.chain(trade_offs).chain(own).chain(name).max()
    }

    /// Takes in another copy (another tab): per rating the later one wins, nothing else
    /// is lost. Our own place in the questionnaire stays ours.
    pub fn merge(&mut self, theirs: &ScanData) {
        if theirs.instrument != self.instrument {
            // Answers of two versions cannot be mixed: the later "start again" wins, and
            // else the one with answers; the other's answers are not merged in.
            let rank = |s: &ScanData| (s.cleared_at, s.started_at.is_some());
            if rank(theirs) > rank(self) {
                let step = self.step;
                *self = theirs.clone();
                self.step = step;
            }
            return;
        }
        for (dimension, their) in &theirs.trade_offs {
            let ours = self.trade_offs.entry(*dimension).or_default();
            ours.now = newer(ours.now, their.now);
            ours.desired = newer(ours.desired, their.desired);
        }
        for (id, their) in &theirs.answers {
            let ours = self.answers.entry(*id).or_default();
            ours.now = newer(ours.now, their.now);
            ours.desired = newer(ours.desired, their.desired);
        }
        for (index, their) in &theirs.own {
            let ours = self.own.get(index).copied();
            if let Some(newest) = newer(ours, Some(*their)) {
                self.own.insert(*index, newest);
            }
        }
        if let Some(newest) = newer(self.name.as_ref(), theirs.name.as_ref()) {
            self.name = Some(newest.clone());
        }
        self.ask_desired |= theirs.ask_desired;
        self.started_at = match (self.started_at, theirs.started_at) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        self.cleared_at = self.cleared_at.max(theirs.cleared_at);
        self.forget_cleared();
    }

    /// Drops answers given before the last "start again", wherever they came from.
    fn forget_cleared(&mut self) {
        let Some(cleared) = self.cleared_at else {
            return;
        };
        let keep = |s: Option<Stamped>| s.filter(|s| s.at > cleared);
        for rating in self.answers.values_mut() {
            rating.now = keep(rating.now);
            rating.desired = keep(rating.desired);
        }
        self.answers
            .retain(|_, r| r.now.is_some() || r.desired.is_some());
        let keep = |p: Option<StampedPoints>| p.filter(|p| p.at > cleared);
        for trade_off in self.trade_offs.values_mut() {
            trade_off.now = keep(trade_off.now);
            trade_off.desired = keep(trade_off.desired);
        }
        self.trade_offs
            .retain(|_, t| t.now.is_some() || t.desired.is_some());
        self.own.retain(|_, s| s.at > cleared);
        if self.name.as_ref().is_some_and(|n| n.at <= cleared) {
            self.name = None;
        }
        if self.answers.is_empty() && self.trade_offs.is_empty() && self.own.is_empty() {
            self.started_at = None;
        }
    }

    /// Starts again at `now_ms`: every answer so far is cleared, in other tabs too.
    /// A person's own scan starts again on the current instrument; a round's scan keeps
    /// the round's (`instrument`).
    pub fn restart(&mut self, instrument: Instrument, now_ms: i64) {
        *self = ScanData {
            ask_desired: self.ask_desired,
            cleared_at: Some(now_ms),
            ..ScanData::new(instrument)
        };
    }
}

/// A scan's answers in its instrument's order, as a response carries them. "Where we
/// want to go" only where the version asks it of statements.
pub fn ratings_of(scan: &ScanData, has_desired: bool) -> Vec<RatingPair> {
    let has_desired = has_desired && scan.instrument.rules().desired_statements;
    scan.instrument
        .statements()
        .map(|s| {
            let desired = if has_desired {
                scan.get(s.id, Horizon::Desired)
            } else {
                None
            };
            (scan.get(s.id, Horizon::Now), desired)
        })
        .collect()
}

/// A scan's trade-offs in dimension order (none in version 1).
pub fn trade_offs_of(scan: &ScanData, has_desired: bool) -> Vec<TradePair> {
    if !scan.instrument.has_trade_offs() {
        return Vec::new();
    }
    scan.instrument
        .dimensions()
        .map(|d| {
            let desired = if has_desired {
                scan.trade_off(d.id, Horizon::Desired)
            } else {
                None
            };
            (scan.trade_off(d.id, Horizon::Now), desired)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::instrument::answers::Level;

    const A: StatementId = StatementId(11);
    const B: StatementId = StatementId(12);

    #[test]
    fn steps_walk_through_every_dimension_and_back() {
        for count in [9, 10] {
            let mut step = Step::Intro;
            let mut seen = 0;
            while step != Step::Result {
                step = step.next(count);
                if matches!(step, Step::Dimension(_)) {
                    seen += 1;
                }
            }
            assert_eq!(seen, count);
            assert_eq!(Step::Result.previous(count), Step::Dimension(count - 1));
            assert_eq!(Step::first().previous(count), Step::Intro);
        }
    }

    #[test]
    fn a_scan_stored_without_a_version_is_version_one_and_a_new_one_is_current() {
        let old: ScanData =
            serde_json::from_str(r#"{"answers":{"11":{"now":{"answer":4,"at":1}}}}"#)
                .expect("old scan reads");
        assert_eq!(old.instrument, Instrument::V1);
        assert_eq!(
            old.get(A, Horizon::Now),
            Some(Answer::Level(Level::Largely))
        );
        assert_eq!(ScanData::default().instrument, Instrument::CURRENT);
    }

    #[test]
    fn trade_offs_merge_and_clear_like_answers() {
        let mut left = ScanData::new(Instrument::V2);
        let mut right = ScanData::new(Instrument::V2);
        left.divide(1, Horizon::Now, 3, 100);
        right.divide(1, Horizon::Now, 8, 200);
        right.divide(2, Horizon::Desired, 42, 50);
        left.merge(&right);
        assert_eq!(left.trade_off(1, Horizon::Now), Some(8));
        assert_eq!(
            left.trade_off(2, Horizon::Desired),
            Some(10),
            "clamped to ten"
        );
        assert_eq!(left.last_answered_at(), Some(200));
        left.restart(Instrument::V2, 300);
        left.merge(&right);
        assert_eq!(left.trade_off(1, Horizon::Now), None);
    }

    #[test]
    fn scans_of_two_versions_never_mix() {
        let mut old = ScanData::new(Instrument::V1);
        old.answer(A, Horizon::Now, Answer::Level(Level::Partly), 100);
        let mut new = ScanData::new(Instrument::V2);
        new.restart(Instrument::V2, 150);
        new.answer(A, Horizon::Now, Answer::NotApplicable, 200);
        let mut merged = old.clone();
        merged.merge(&new);
        assert_eq!(merged.instrument, Instrument::V2);
        assert_eq!(merged.get(A, Horizon::Now), Some(Answer::NotApplicable));
        let mut back = new.clone();
        back.merge(&old);
        assert_eq!(back, new);
        // A fresh scan never wipes an older version's answers from another tab.
        let mut fresh = ScanData::new(Instrument::V2);
        fresh.merge(&old);
        assert_eq!(fresh, old);
    }

    #[test]
    fn two_tabs_merge_answer_by_answer_last_write_wins() {
        let mut left = ScanData::new(Instrument::V1);
        let mut right = ScanData::new(Instrument::V1);
        left.answer(A, Horizon::Now, Answer::Level(Level::Partly), 100);
        right.answer(A, Horizon::Now, Answer::Level(Level::Completely), 200);
        right.answer(B, Horizon::Now, Answer::Skip, 150);
        left.answer(B, Horizon::Desired, Answer::Level(Level::ALittle), 50);

        let mut merged = left.clone();
        merged.merge(&right);
        assert_eq!(
            merged.get(A, Horizon::Now),
            Some(Answer::Level(Level::Completely))
        );
        assert_eq!(merged.get(B, Horizon::Now), Some(Answer::Skip));
        assert_eq!(
            merged.get(B, Horizon::Desired),
            Some(Answer::Level(Level::ALittle))
        );

        // Merging the other way round gives the same answers.
        let mut other = right.clone();
        other.merge(&left);
        assert_eq!(other.answers(), merged.answers());
    }

    #[test]
    fn starting_again_is_not_undone_by_another_tab() {
        let mut this_tab = ScanData::new(Instrument::V1);
        this_tab.answer(A, Horizon::Now, Answer::Level(Level::Partly), 100);
        let other_tab = this_tab.clone();
        this_tab.restart(Instrument::V1, 200);
        this_tab.answer(B, Horizon::Now, Answer::Skip, 300);
        this_tab.merge(&other_tab);
        assert_eq!(this_tab.get(A, Horizon::Now), None);
        assert_eq!(this_tab.get(B, Horizon::Now), Some(Answer::Skip));
        let mut other = other_tab.clone();
        other.merge(&this_tab);
        assert_eq!(other.get(A, Horizon::Now), None);
    }

    #[test]
    fn unknown_statements_and_answers_are_kept_but_not_counted() {
        let mut data = ScanData::new(Instrument::V1);
        data.answers.insert(
            999,
            StoredRating {
                now: Some(Stamped { answer: 3, at: 1 }),
                desired: None,
            },
        );
        data.answers.insert(
            11,
            StoredRating {
                now: Some(Stamped { answer: 42, at: 1 }),
                desired: None,
            },
        );
        assert_eq!(data.tally().filled_in(), 0);
        assert!(data.answers.contains_key(&999));
    }
}
