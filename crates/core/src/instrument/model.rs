//! The instrument's ids and types: poles, dimensions, statements.
//!
//! Ids here go into links and storage: once released they never change.

use serde::{Deserialize, Serialize};

use crate::text::Text;

/// A version of the instrument. The discriminant is the stable id that links, stored
/// rounds, scans and backups carry; an id is always read with its version.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "u8", into = "u8")]
#[repr(u8)]
pub enum Instrument {
    /// 40 statements on a five-point agreement scale (2024–2026), frozen.
    V1 = 1,
    /// 72 statements on a frequency scale, reverse keys and a trade-off per dimension.
    V2 = 2,
    /// 72 statements of what people do, read blind for how good they sound; the past
    /// three months; "where we want to go" on the trade-offs only.
    V3 = 3,
}

impl Instrument {
    /// What new rounds and new own scans ask.
    pub const CURRENT: Instrument = Instrument::V3;
    pub const ALL: [Instrument; 3] = [Instrument::V1, Instrument::V2, Instrument::V3];

    pub const fn id(self) -> u8 {
        self as u8
    }

    pub fn from_id(id: u8) -> Option<Instrument> {
        Instrument::ALL.into_iter().find(|i| i.id() == id)
    }

    /// Data stored before the version was written down is version 1's.
    pub const fn legacy() -> Instrument {
        Instrument::V1
    }
}

impl From<Instrument> for u8 {
    fn from(instrument: Instrument) -> u8 {
        instrument.id()
    }
}

/// An instrument id this build does not know: made by a newer Teambalans.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("instrument version {0} is newer than this build")]
pub struct UnknownInstrument(pub u8);

impl TryFrom<u8> for Instrument {
    type Error = UnknownInstrument;

    fn try_from(id: u8) -> Result<Instrument, UnknownInstrument> {
        Instrument::from_id(id).ok_or(UnknownInstrument(id))
    }
}

/// The two ways of organising. Every dimension measures both, independently.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Pole {
    AngloSaxon,
    Rhineland,
}

impl Pole {
    pub const ALL: [Pole; 2] = [Pole::AngloSaxon, Pole::Rhineland];

    pub const fn other(self) -> Pole {
        match self {
            Pole::AngloSaxon => Pole::Rhineland,
            Pole::Rhineland => Pole::AngloSaxon,
        }
    }
}

/// The dimensions of the scan, in questionnaire order. The discriminant is the stable id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[repr(u8)]
pub enum Dimension {
    Ownership = 1,
    Focus = 2,
    Discipline = 3,
    StoriesAndFacts = 4,
    Goals = 5,
    Reward = 6,
    Connection = 7,
    Direction = 8,
    TimeHorizon = 9,
    Change = 10,
}

impl Dimension {
    pub const ALL: [Dimension; 10] = [
        Dimension::Ownership,
        Dimension::Focus,
        Dimension::Discipline,
        Dimension::StoriesAndFacts,
        Dimension::Goals,
        Dimension::Reward,
        Dimension::Connection,
        Dimension::Direction,
        Dimension::TimeHorizon,
        Dimension::Change,
    ];

    pub const fn id(self) -> u8 {
        self as u8
    }

    pub fn from_id(id: u8) -> Option<Dimension> {
        Dimension::ALL.into_iter().find(|d| d.id() == id)
    }

    /// Position in questionnaire order (0-based).
    pub fn index(self) -> usize {
        Dimension::ALL
            .iter()
            .position(|d| *d == self)
            .unwrap_or_default()
    }
}

/// Which seed article a dimension is grounded in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Seed {
    /// "Betekenisvolle vooruitgang kan alléén vanuit verbinding" (000, English 001).
    MeaningfulProgress,
    /// Silos and connection (002).
    FromSilosToConnection,
    /// The customer team, and the two system models (003).
    TwoSystemModels,
    /// "Kleine dingen": many small contributions (004).
    SmallThings,
}

/// One dimension with its texts.
#[derive(Debug, Clone, Copy)]
pub struct DimensionDef {
    pub dimension: Dimension,
    /// Short name, e.g. "Ownership".
    pub name: Text,
    /// One paragraph: what this dimension is about, naming both poles without judging.
    pub explanation: Text,
    /// Short label for what the Anglo-Saxon pole stands for here.
    pub anglo_saxon: Text,
    /// Short label for what the Rhineland pole stands for here.
    pub rhineland: Text,
    /// The seed idea it comes from, in a sentence.
    pub source: Text,
    pub seed: Seed,
    /// A question that opens the team conversation about this dimension.
    pub conversation: Text,
}

/// Stable statement id, e.g. 11 for the first statement of dimension 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct StatementId(pub u16);

#[derive(Debug, Clone, Copy)]
pub struct StatementDef {
    pub id: StatementId,
    pub dimension: Dimension,
    pub pole: Pole,
    /// Observable behaviour in our team ("In our team ..."), not an opinion.
    pub text: Text,
}

// ---------- the keyed versions (2 and 3) ----------
//
// Each keyed version has its own id space: version 2's dimension 1 is not version 1's
// dimension 1, and version 3's statement 11 is neither version 2's nor version 1's. An id
// is read with the version that the link, stored round or backup carries.

/// How a statement counts for its pole: agreeing raises it (`Plus`) or, for a
/// reverse-keyed statement that describes the pole being absent, lowers it (`Minus`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Key {
    Plus,
    Minus,
}

/// A passage of a seed article: the article, and a short quote in its own language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SeedPassage {
    pub seed: Seed,
    pub quote: &'static str,
}

/// Two equally attractive descriptions, one per pole, between which a member divides
/// ten points; agreeing with everything cannot raise both.
#[derive(Debug, Clone, Copy)]
pub struct TradeOffDef {
    pub anglo_saxon: Text,
    pub rhineland: Text,
    /// The description shown first (as A): balanced across a version's dimensions so
    /// that neither pole reads as the default. The points kept are always the
    /// Rhineland side's, whatever the order on screen.
    pub first: Pole,
}

impl TradeOffDef {
    /// The two descriptions in display order, each with its pole.
    pub fn in_order(&self) -> [(Pole, Text); 2] {
        let anglo = (Pole::AngloSaxon, self.anglo_saxon);
        let rhine = (Pole::Rhineland, self.rhineland);
        match self.first {
            Pole::AngloSaxon => [anglo, rhine],
            Pole::Rhineland => [rhine, anglo],
        }
    }
}

/// What a version says before its first question, where it has its own words (version
/// 3 explains the two drives); older versions read theirs from the app's texts.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Intro {
    pub title: Text,
    pub p1: Text,
    pub p2: Text,
    pub p3: Text,
    /// The question above every step's statements.
    pub instruction: Text,
    /// What each non-answer is for, beside the scale.
    pub non_answers: Text,
    /// The trade-offs as the intro explains them (the note on "where we want to go", shown
    /// where it is asked, adds the second division).
    pub divide_once: Text,
}

/// A dimension of a keyed version with its texts.
#[derive(Debug, Clone, Copy)]
pub struct KeyedDimensionDef {
    /// Stable id within its version (1–9).
    pub id: u8,
    /// Short code for exports and docs, e.g. "OWN".
    pub code: &'static str,
    pub name: Text,
    /// What the dimension is about: each pole with its benefit and its cost.
    pub explanation: Text,
    /// Neutral short label of each pole.
    pub anglo_saxon: Text,
    pub rhineland: Text,
    /// The seed passages it rests on, as one displayable sentence.
    pub source: Text,
    pub passages: &'static [SeedPassage],
    /// A question that opens the team conversation about this dimension.
    pub conversation: Text,
    pub trade_off: TradeOffDef,
}

/// A statement of a keyed version: observable behaviour, rated on how often it happens.
#[derive(Debug, Clone, Copy)]
pub struct KeyedStatementDef {
    /// Stable id within its version: in version 2 dimension id × 10 + n (n 1–4 for the
    /// Anglo-Saxon pole, 5–8 for the Rhineland pole); in version 3 1–72 in questionnaire
    /// order, dimension d holding 8d − 7 … 8d.
    pub id: u16,
    /// `KeyedDimensionDef::id`.
    pub dimension: u8,
    pub pole: Pole,
    pub key: Key,
    /// "In ons team …" / "In our team, …".
    pub text: Text,
    pub passage: SeedPassage,
    /// For a reverse-keyed statement: the id of the forward statement of the same pole it
    /// is the near-opposite of (a pair for measuring yes-saying).
    pub mirror: Option<u16>,
}
