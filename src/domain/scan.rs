//! A member's own scan as stored in this browser: answers with the time each was given
//! (so two tabs merge answer by answer, last write wins), and where the member is.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::domain::answers::{Answer, Answers, Horizon, Rating};
use crate::domain::instrument::{statement, Dimension, StatementId};

/// Where the member is in the questionnaire.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Step {
    #[default]
    Intro,
    /// The dimension at this index of `Dimension::ALL`.
    Dimension(usize),
    Result,
}

impl Step {
    pub const fn first() -> Step {
        Step::Dimension(0)
    }

    pub fn next(self) -> Step {
        match self {
            Step::Intro => Step::first(),
            Step::Dimension(i) if i + 1 < Dimension::ALL.len() => Step::Dimension(i + 1),
            Step::Dimension(_) | Step::Result => Step::Result,
        }
    }

    pub fn previous(self) -> Step {
        match self {
            Step::Intro | Step::Dimension(0) => Step::Intro,
            Step::Dimension(i) => Step::Dimension(i - 1),
            Step::Result => Step::Dimension(Dimension::ALL.len() - 1),
        }
    }

    /// The dimension shown at this step, if any (an out-of-range index shows none).
    pub fn dimension(self) -> Option<Dimension> {
        match self {
            Step::Dimension(i) => Dimension::ALL.get(i).copied(),
            _ => None,
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

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ScanData {
    /// By statement id. Ids this version does not know are kept, never dropped.
    #[serde(default)]
    pub answers: BTreeMap<u16, StoredRating>,
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
}

/// A stored rating as an answer; an id this version does not know reads as none.
fn read(stamped: Option<Stamped>) -> Option<Answer> {
    stamped.and_then(|s| Answer::from_id(s.answer))
}

fn newer(a: Option<Stamped>, b: Option<Stamped>) -> Option<Stamped> {
    match (a, b) {
        (Some(x), Some(y)) => Some(if y.at > x.at { y } else { x }),
        (x, y) => x.or(y),
    }
}

impl ScanData {
    /// Records an answer given at `now_ms`.
    pub fn answer(&mut self, id: StatementId, horizon: Horizon, answer: Answer, now_ms: i64) {
        let stored = self.answers.entry(id.0).or_default();
        *stored.slot(horizon) = Some(Stamped {
            answer: answer.id(),
            at: now_ms,
        });
        self.started_at.get_or_insert(now_ms);
    }

    /// The answers this version understands, for scoring and display.
    pub fn answers(&self) -> Answers {
        self.answers
            .iter()
            .filter(|(id, _)| statement(StatementId(**id)).is_some())
            .map(|(id, stored)| {
                (
                    StatementId(*id),
                    Rating {
                        now: read(stored.now),
                        desired: read(stored.desired),
                    },
                )
            })
            .collect()
    }

    /// One rating, looked up directly: the questionnaire asks this for every option
    /// on every change, so it must not rebuild the whole answer map.
    pub fn get(&self, id: StatementId, horizon: Horizon) -> Option<Answer> {
        statement(id)?;
        let stored = self.answers.get(&id.0)?;
        read(match horizon {
            Horizon::Now => stored.now,
            Horizon::Desired => stored.desired,
        })
    }

    /// When the latest answer was given, if any.
    pub fn last_answered_at(&self) -> Option<i64> {
        self.answers
            .values()
            .flat_map(|r| [r.now, r.desired])
            .flatten()
            .map(|s| s.at)
            .max()
    }

    /// How many statements have a "now" answer (a level or skip).
    pub fn answered_count(&self) -> usize {
        self.answers().values().filter(|r| r.now.is_some()).count()
    }

    /// Takes in another copy (another tab): per rating the later one wins, nothing else
    /// is lost. Our own place in the questionnaire stays ours.
    pub fn merge(&mut self, theirs: &ScanData) {
        for (id, their) in &theirs.answers {
            let ours = self.answers.entry(*id).or_default();
            ours.now = newer(ours.now, their.now);
            ours.desired = newer(ours.desired, their.desired);
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
        if self.answers.is_empty() {
            self.started_at = None;
        }
    }

    /// Starts again at `now_ms`: every answer so far is cleared, in other tabs too.
    pub fn restart(&mut self, now_ms: i64) {
        *self = ScanData {
            ask_desired: self.ask_desired,
            cleared_at: Some(now_ms),
            ..ScanData::default()
        };
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::answers::Level;

    const A: StatementId = StatementId(11);
    const B: StatementId = StatementId(12);

    #[test]
    fn steps_walk_through_every_dimension_and_back() {
        let mut step = Step::Intro;
        let mut seen = 0;
        while step != Step::Result {
            step = step.next();
            if step.dimension().is_some() {
                seen += 1;
            }
        }
        assert_eq!(seen, Dimension::ALL.len());
        assert_eq!(
            Step::Result.previous().dimension(),
            Dimension::ALL.last().copied()
        );
        assert_eq!(Step::first().previous(), Step::Intro);
        assert_eq!(Step::Dimension(99).dimension(), None);
    }

    #[test]
    fn two_tabs_merge_answer_by_answer_last_write_wins() {
        let mut left = ScanData::default();
        let mut right = ScanData::default();
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
        let mut this_tab = ScanData::default();
        this_tab.answer(A, Horizon::Now, Answer::Level(Level::Partly), 100);
        let other_tab = this_tab.clone();
        this_tab.restart(200);
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
        let mut data = ScanData::default();
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
        assert_eq!(data.answered_count(), 0);
        assert!(data.answers.contains_key(&999));
    }
}
