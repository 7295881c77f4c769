//! The answer scales and one member's answers.
//!
//! Both instrument versions rate on five points with the same ids (1–5), so a level's
//! number means the same in both; what differs is its words. Version 1 asks how far a
//! statement holds ("Helemaal niet" … "Helemaal"), version 2 how often a behaviour is
//! seen ("bijna nooit" … "bijna altijd"), which has a clear order in Dutch.

use std::collections::BTreeMap;

use crate::instrument::{Instrument, StatementId};
use crate::text::Text;

/// A point on the labelled 5-point scale. The discriminant is the stable id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[repr(u8)]
pub enum Level {
    NotAtAll = 1,
    ALittle = 2,
    Partly = 3,
    Largely = 4,
    Completely = 5,
}

impl Level {
    pub const ALL: [Level; 5] = [
        Level::NotAtAll,
        Level::ALittle,
        Level::Partly,
        Level::Largely,
        Level::Completely,
    ];

    pub const fn value(self) -> u8 {
        self as u8
    }

    pub fn from_value(value: u8) -> Option<Level> {
        Level::ALL.into_iter().find(|l| l.value() == value)
    }

    /// Its words in a version of the instrument.
    pub const fn label(self, instrument: Instrument) -> Text {
        instrument.rules().label(Answer::Level(self))
    }
}

/// One rating: a level, or a non-answer, which never counts as a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Answer {
    Level(Level),
    /// "Don't know": in version 1 also "skip".
    Skip,
    /// Version 2 only: what the statement describes does not occur in this team's work.
    NotApplicable,
}

impl Answer {
    /// The options a version offers, in display order (its rules' data).
    pub const fn options(instrument: Instrument) -> &'static [Answer] {
        instrument.rules().options
    }

    /// Stable id for links and storage: 1–5 for the levels, 6 for don't know / skip,
    /// 7 for "does not apply" (0 is left for "not answered").
    pub const fn id(self) -> u8 {
        match self {
            Answer::Level(level) => level.value(),
            Answer::Skip => 6,
            Answer::NotApplicable => 7,
        }
    }

    pub fn from_id(id: u8) -> Option<Answer> {
        match id {
            6 => Some(Answer::Skip),
            7 => Some(Answer::NotApplicable),
            value => Level::from_value(value).map(Answer::Level),
        }
    }

    /// The answer with this id, if the instrument version offers it.
    pub fn from_id_in(id: u8, instrument: Instrument) -> Option<Answer> {
        Answer::from_id(id).filter(|a| Answer::options(instrument).contains(a))
    }

    pub const fn level(self) -> Option<Level> {
        match self {
            Answer::Level(level) => Some(level),
            Answer::Skip | Answer::NotApplicable => None,
        }
    }

    /// The number it counts as (1–5), for an answer that counts.
    pub fn value(self) -> Option<f64> {
        self.level().map(|l| f64::from(l.value()))
    }

    /// Its words in a version of the instrument.
    pub const fn label(self, instrument: Instrument) -> Text {
        instrument.rules().label(self)
    }

    /// A non-answer (shown apart from the scale).
    pub const fn is_non_answer(self) -> bool {
        self.level().is_none()
    }
}

/// Points of a trade-off item: of ten, those given to the Rhineland description.
pub const TRADE_OFF_POINTS: u8 = 10;

/// Which rating: how it is today, or where we want to be.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Horizon {
    Now,
    Desired,
}

impl Horizon {
    /// As the questionnaire's fields and tests name it.
    pub const fn code(self) -> &'static str {
        match self {
            Horizon::Now => "now",
            Horizon::Desired => "desired",
        }
    }

    pub fn from_code(code: &str) -> Option<Horizon> {
        [Horizon::Now, Horizon::Desired]
            .into_iter()
            .find(|h| h.code() == code)
    }
}

/// A member's ratings of one statement.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Rating {
    pub now: Option<Answer>,
    pub desired: Option<Answer>,
}

impl Rating {
    pub fn get(&self, horizon: Horizon) -> Option<Answer> {
        match horizon {
            Horizon::Now => self.now,
            Horizon::Desired => self.desired,
        }
    }

    pub fn set(&mut self, horizon: Horizon, answer: Option<Answer>) {
        match horizon {
            Horizon::Now => self.now = answer,
            Horizon::Desired => self.desired = answer,
        }
    }
}

/// One member's answers, by statement.
pub type Answers = BTreeMap<StatementId, Rating>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answer_ids_are_pinned() {
        // These ids are in links and storage: they must never change.
        let ids: Vec<u8> = crate::instrument::v1::OPTIONS
            .iter()
            .map(|a| a.id())
            .collect();
        assert_eq!(ids, vec![1, 2, 3, 4, 5, 6]);
        assert_eq!(Answer::from_id(6), Some(Answer::Skip));
        assert_eq!(Answer::from_id(0), None);
        assert_eq!(Answer::from_id(8), None);
        for option in crate::instrument::v2::OPTIONS {
            assert_eq!(Answer::from_id(option.id()), Some(option));
        }
        // Version 1 never had "does not apply".
        assert_eq!(Answer::from_id_in(7, Instrument::V1), None);
        assert_eq!(
            Answer::from_id_in(7, Instrument::V2),
            Some(Answer::NotApplicable)
        );
    }

    #[test]
    fn neither_non_answer_is_a_number_and_their_words_differ() {
        assert_eq!(Answer::Skip.value(), None);
        assert_eq!(Answer::NotApplicable.value(), None);
        let dont_know = Answer::Skip.label(Instrument::V2).nl;
        assert_ne!(dont_know, Answer::NotApplicable.label(Instrument::V2).nl);
        assert_eq!(
            Answer::Level(Level::NotAtAll).label(Instrument::V2).nl,
            "bijna nooit"
        );
    }
}
