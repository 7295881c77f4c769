//! Scores for one respondent: per dimension and pole a strength (0–100), the balance
//! between the poles and their integration, and a zone on the Anglo-Saxon × Rhineland
//! plane. Both poles are scored independently, so "weak on both" never looks balanced.

use crate::instrument::answers::{Answers, Horizon, Level};
use crate::instrument::{statements, Dimension, Pole, StatementDef};
use crate::text::Text;

/// A pole counts as strong from this strength on (0–100). 62.5 is halfway between
/// "partly" (50) and "largely" (75): a pole is strong when its statements are, on
/// average, closer to "largely" than to "partly".
pub const STRONG_FROM: f64 = 62.5;

/// Scores of one pole of one dimension: `None` when no statement of that pole was
/// answered with a level ("not enough answers"), never 0.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PoleScore {
    pub strength: Option<f64>,
    /// How many statements of this pole counted.
    pub answered: usize,
}

/// The four zones of the plane Anglo-Saxon strength × Rhineland strength.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Zone {
    WeakOnBoth,
    MainlyAngloSaxon,
    MainlyRhineland,
    StrongOnBoth,
}

impl Zone {
    pub const ALL: [Zone; 4] = [
        Zone::WeakOnBoth,
        Zone::MainlyAngloSaxon,
        Zone::MainlyRhineland,
        Zone::StrongOnBoth,
    ];

    pub fn of(anglo_saxon: f64, rhineland: f64) -> Zone {
        Zone::from_sides(anglo_saxon >= STRONG_FROM, rhineland >= STRONG_FROM)
    }

    /// Whether `pole` is strong in this zone: the inverse of [`Zone::from_sides`].
    pub fn is_strong(self, pole: Pole) -> bool {
        match self {
            Zone::StrongOnBoth => true,
            Zone::WeakOnBoth => false,
            Zone::MainlyAngloSaxon => pole == Pole::AngloSaxon,
            Zone::MainlyRhineland => pole == Pole::Rhineland,
        }
    }

    /// The zone of a pair of poles, each strong or not.
    pub fn from_sides(anglo_saxon_strong: bool, rhineland_strong: bool) -> Zone {
        match (anglo_saxon_strong, rhineland_strong) {
            (false, false) => Zone::WeakOnBoth,
            (true, false) => Zone::MainlyAngloSaxon,
            (false, true) => Zone::MainlyRhineland,
            (true, true) => Zone::StrongOnBoth,
        }
    }

    pub const fn name(self) -> Text {
        match self {
            Zone::WeakOnBoth => Text {
                nl: "Beide kanten zwak",
                en: "Weak on both",
            },
            Zone::MainlyAngloSaxon => Text {
                nl: "Vooral Angelsaksisch",
                en: "Mainly Anglo-Saxon",
            },
            Zone::MainlyRhineland => Text {
                nl: "Vooral Rijnlands",
                en: "Mainly Rhineland",
            },
            Zone::StrongOnBoth => Text {
                nl: "Beide kanten sterk",
                en: "Strong on both",
            },
        }
    }

    /// One sentence on what the zone means, in the seeds' terms.
    pub const fn meaning(self) -> Text {
        match self {
            Zone::WeakOnBoth => Text {
                nl: "Van allebei weinig: hier valt aan beide kanten iets te winnen.",
                en: "Little of either: there is something to gain on both sides.",
            },
            Zone::MainlyAngloSaxon => Text {
                nl: "Helder, snel en meetbaar; vertrouwen, vakmanschap en verbinding zijn minder te zien.",
                en: "Clear, fast and measurable; trust, craft and connection show less.",
            },
            Zone::MainlyRhineland => Text {
                nl: "Vertrouwen, vakmanschap en verbinding; scherpte, richting en de durf om te kiezen zijn minder te zien.",
                en: "Trust, craft and connection; sharpness, direction and the courage to choose show less.",
            },
            Zone::StrongOnBoth => Text {
                nl: "Vooruitgang én verbinding: allebei duidelijk aanwezig.",
                en: "Progress and connection: both clearly present.",
            },
        }
    }
}

/// Scores of one dimension (or of all dimensions together, for the overall score).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Score {
    pub anglo_saxon: PoleScore,
    pub rhineland: PoleScore,
}

impl Score {
    pub fn pole(&self, pole: Pole) -> PoleScore {
        match pole {
            Pole::AngloSaxon => self.anglo_saxon,
            Pole::Rhineland => self.rhineland,
        }
    }

    fn both(&self) -> Option<(f64, f64)> {
        Some((self.anglo_saxon.strength?, self.rhineland.strength?))
    }

    /// Rhineland minus Anglo-Saxon strength, −100..100; positive leans Rhineland.
    pub fn balance(&self) -> Option<f64> {
        self.both().map(|(a, r)| r - a)
    }

    /// The balance as shown: of the two shown sides, so a row adds up.
    pub fn shown_balance(&self) -> Option<i64> {
        self.both()
            .map(|(a, r)| crate::score::figure::difference(a, r, crate::score::figure::Step::One))
    }

    /// The weaker pole's strength: high only when both poles are strong.
    pub fn integration(&self) -> Option<f64> {
        self.both().map(|(a, r)| a.min(r))
    }

    pub fn zone(&self) -> Option<Zone> {
        self.both().map(|(a, r)| Zone::of(a, r))
    }
}

/// Maps a mean level on 1..=5 to a strength on 0..=100.
pub fn strength_of_mean(mean_level: f64) -> f64 {
    ((mean_level - 1.0) / 4.0 * 100.0).clamp(0.0, 100.0)
}

/// The strength of a set of answered levels: their mean, rescaled; `None` for none.
pub fn strength_of_levels(levels: impl IntoIterator<Item = Level>) -> PoleScore {
    let (sum, count) = levels
        .into_iter()
        .fold((0u32, 0usize), |(sum, count), level| {
            (sum + u32::from(level.value()), count + 1)
        });
    PoleScore {
        strength: (count > 0).then(|| strength_of_mean(f64::from(sum) / count as f64)),
        answered: count,
    }
}

fn pole_score<'a>(
    answers: &Answers,
    horizon: Horizon,
    defs: impl Iterator<Item = &'a StatementDef>,
) -> PoleScore {
    strength_of_levels(defs.filter_map(|def| answers.get(&def.id)?.get(horizon)?.level()))
}

/// The scores of one dimension: each pole is the mean of its answered statements.
pub fn dimension_score(answers: &Answers, dimension: Dimension, horizon: Horizon) -> Score {
    let of_pole = |pole: Pole| {
        pole_score(
            answers,
            horizon,
            statements()
                .iter()
                .filter(move |s| s.dimension == dimension && s.pole == pole),
        )
    };
    Score {
        anglo_saxon: of_pole(Pole::AngloSaxon),
        rhineland: of_pole(Pole::Rhineland),
    }
}

/// A respondent's whole result: every dimension, and the overall score.
#[derive(Debug, Clone, PartialEq)]
pub struct Profile {
    pub dimensions: Vec<(Dimension, Score)>,
    pub overall: Score,
}

/// Scores every dimension; the overall strength of a pole is the mean of that pole's
/// dimension strengths, so each dimension weighs the same whatever was skipped.
pub fn profile(answers: &Answers, horizon: Horizon) -> Profile {
    let dimensions: Vec<(Dimension, Score)> = Dimension::ALL
        .iter()
        .map(|d| (*d, dimension_score(answers, *d, horizon)))
        .collect();
    let overall_pole = |pole: Pole| {
        let strengths: Vec<f64> = dimensions
            .iter()
            .filter_map(|(_, s)| s.pole(pole).strength)
            .collect();
        PoleScore {
            strength: (!strengths.is_empty())
                .then(|| strengths.iter().sum::<f64>() / strengths.len() as f64),
            answered: dimensions.iter().map(|(_, s)| s.pole(pole).answered).sum(),
        }
    };
    let overall = Score {
        anglo_saxon: overall_pole(Pole::AngloSaxon),
        rhineland: overall_pole(Pole::Rhineland),
    };
    Profile {
        dimensions,
        overall,
    }
}
