//! The instrument's ids and types: poles, dimensions, statements.
//!
//! Ids here go into links and storage: once released they never change.

use crate::domain::text::Text;

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
