//! The answer scale and one member's answers.

use std::collections::BTreeMap;

use crate::domain::instrument::StatementId;
use crate::domain::text::Text;

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

    pub const fn label(self) -> Text {
        match self {
            Level::NotAtAll => Text {
                nl: "Helemaal niet",
                en: "Not at all",
            },
            Level::ALittle => Text {
                nl: "Een beetje",
                en: "A little",
            },
            Level::Partly => Text {
                nl: "Deels",
                en: "Partly",
            },
            Level::Largely => Text {
                nl: "Grotendeels",
                en: "Largely",
            },
            Level::Completely => Text {
                nl: "Helemaal",
                en: "Completely",
            },
        }
    }
}

/// One rating: a level, or "don't know / skip", which never counts as a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Answer {
    Level(Level),
    Skip,
}

impl Answer {
    /// Every answer option in display order.
    pub const OPTIONS: [Answer; 6] = [
        Answer::Level(Level::NotAtAll),
        Answer::Level(Level::ALittle),
        Answer::Level(Level::Partly),
        Answer::Level(Level::Largely),
        Answer::Level(Level::Completely),
        Answer::Skip,
    ];

    /// Stable id for links and storage: 1–5 for the levels, 6 for skip.
    pub const fn id(self) -> u8 {
        match self {
            Answer::Level(level) => level.value(),
            Answer::Skip => 6,
        }
    }

    pub fn from_id(id: u8) -> Option<Answer> {
        match id {
            6 => Some(Answer::Skip),
            value => Level::from_value(value).map(Answer::Level),
        }
    }

    pub const fn level(self) -> Option<Level> {
        match self {
            Answer::Level(level) => Some(level),
            Answer::Skip => None,
        }
    }

    pub const fn label(self) -> Text {
        match self {
            Answer::Level(level) => level.label(),
            Answer::Skip => SKIP_LABEL,
        }
    }
}

pub const SKIP_LABEL: Text = Text {
    nl: "Weet ik niet / sla over",
    en: "Don't know / skip",
};

/// Which rating: how it is today, or where we want to be.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Horizon {
    Now,
    Desired,
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
        let ids: Vec<u8> = Answer::OPTIONS.iter().map(|a| a.id()).collect();
        assert_eq!(ids, vec![1, 2, 3, 4, 5, 6]);
        assert_eq!(Answer::from_id(6), Some(Answer::Skip));
        assert_eq!(Answer::from_id(0), None);
        assert_eq!(Answer::from_id(7), None);
        for option in Answer::OPTIONS {
            assert_eq!(Answer::from_id(option.id()), Some(option));
        }
    }
}
