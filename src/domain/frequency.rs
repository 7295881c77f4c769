//! The answer scale of instrument version 2: how often a behaviour is seen in the team,
//! and two different non-answers, neither of which is ever counted as a number.

use crate::domain::text::Text;

/// How often a member sees a behaviour. The discriminant is the stable id and the value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[repr(u8)]
pub enum Frequency {
    AlmostNever = 1,
    Sometimes = 2,
    Regularly = 3,
    Often = 4,
    AlmostAlways = 5,
}

impl Frequency {
    pub const ALL: [Frequency; 5] = [
        Frequency::AlmostNever,
        Frequency::Sometimes,
        Frequency::Regularly,
        Frequency::Often,
        Frequency::AlmostAlways,
    ];

    pub const fn value(self) -> u8 {
        self as u8
    }

    pub fn from_value(value: u8) -> Option<Frequency> {
        Frequency::ALL.into_iter().find(|f| f.value() == value)
    }

    pub const fn label(self) -> Text {
        match self {
            Frequency::AlmostNever => Text {
                nl: "bijna nooit",
                en: "almost never",
            },
            Frequency::Sometimes => Text {
                nl: "soms",
                en: "sometimes",
            },
            Frequency::Regularly => Text {
                nl: "regelmatig",
                en: "regularly",
            },
            Frequency::Often => Text {
                nl: "vaak",
                en: "often",
            },
            Frequency::AlmostAlways => Text {
                nl: "bijna altijd",
                en: "almost always",
            },
        }
    }
}

/// One answer to a v2 statement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Rating {
    Seen(Frequency),
    /// The member cannot judge it.
    DontKnow,
    /// It is about something that does not occur in this team's work.
    NotApplicable,
}

impl Rating {
    /// Every option in display order.
    pub const OPTIONS: [Rating; 7] = [
        Rating::Seen(Frequency::AlmostNever),
        Rating::Seen(Frequency::Sometimes),
        Rating::Seen(Frequency::Regularly),
        Rating::Seen(Frequency::Often),
        Rating::Seen(Frequency::AlmostAlways),
        Rating::DontKnow,
        Rating::NotApplicable,
    ];

    /// Stable id for links and storage: 1–5 the frequencies, 6 don't know, 7 does not
    /// apply (0 is left for "not answered").
    pub const fn id(self) -> u8 {
        match self {
            Rating::Seen(f) => f.value(),
            Rating::DontKnow => 6,
            Rating::NotApplicable => 7,
        }
    }

    pub fn from_id(id: u8) -> Option<Rating> {
        Rating::OPTIONS.into_iter().find(|r| r.id() == id)
    }

    /// The frequency, for a rating that counts as a number.
    pub const fn frequency(self) -> Option<Frequency> {
        match self {
            Rating::Seen(f) => Some(f),
            Rating::DontKnow | Rating::NotApplicable => None,
        }
    }

    pub const fn label(self) -> Text {
        match self {
            Rating::Seen(f) => f.label(),
            Rating::DontKnow => Text {
                nl: "Weet ik niet",
                en: "Don’t know",
            },
            Rating::NotApplicable => Text {
                nl: "Past niet bij ons team",
                en: "Doesn’t apply to our team",
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rating_survives_its_id_and_ids_never_collide() {
        let mut seen = std::collections::BTreeSet::new();
        for rating in Rating::OPTIONS {
            assert_eq!(Rating::from_id(rating.id()), Some(rating));
            assert!(seen.insert(rating.id()));
        }
        assert_eq!(Rating::from_id(0), None);
        assert_eq!(Rating::from_id(8), None);
    }

    #[test]
    fn neither_non_answer_is_a_number() {
        assert_eq!(Rating::DontKnow.frequency(), None);
        assert_eq!(Rating::NotApplicable.frequency(), None);
        assert_ne!(
            Rating::DontKnow.label().nl,
            Rating::NotApplicable.label().nl
        );
    }
}
