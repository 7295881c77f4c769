//! The zones of the Anglo-Saxon × Rhineland plane, shared by every way of scoring, and
//! the first version's pole means (frozen): a pole's strength is the mean of its answers
//! rescaled to 0–100, strong from 62.5. Its members are scored by `member::score_member`
//! under the rules in `instrument::v1::RULES`; both poles are scored independently,
//! so "weak on both" never looks balanced.

use crate::instrument::Pole;
use crate::text::Text;

/// The first version's cut (its rules' `cut`): halfway between "partly" (50) and
/// "largely" (75), so a pole is strong when its statements are, on average, closer to
/// "largely" than to "partly".
pub const STRONG_FROM: f64 = crate::instrument::v1::RULES.cut;

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
