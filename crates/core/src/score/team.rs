//! A round's team figures by the keyed model, from its members' answers: every member scored as
//! `member` does, then per dimension the spread before the zone (members in different
//! zones make a divided team, never the zone of their mean), each pole's consistency from
//! six respondents on, the trade-offs' mean, and how many answered nearly uniformly or said
//! yes to everything (a count, never who).
//!
//! Anonymity as in version 1: below the round's minimum group no figure exists at all,
//! a team figure from fewer members than that minimum is not shown, and individual
//! positions only leave here as unlabelled dots sorted by value.

use crate::instrument::answers::Answer;
use crate::instrument::rules::{Model, TeamRead};
use crate::instrument::Dimension;
use crate::instrument::{Instrument, Pole};
use crate::link::RatingPair;
use crate::locale::Locale;
use crate::score::aggregate::{sorted_dots, statement_stats, StatementStats};
use crate::score::figure::whole;
use crate::score::figure::Step;
use crate::score::member::{
    pole_alpha, team_dimension, Consistency, Layout, MemberScores, TeamDimension, TeamPole,
    TeamZone,
};
use crate::score::reading::{join_names, list_sentence, names, TOO_FEW_FOR_A_SCORE};
use crate::score::round_data::RoundData;
use crate::score::scoring::Zone;
use crate::sort::sort_by;
use crate::text::Text;

/// How well a pole's statements hung together in this team.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Reliability {
    /// Fewer respondents than the rules' `reliability_from`: not computed.
    NotYet,
    /// Enough respondents, but too few answered every statement of the pole (or they
    /// all answered alike).
    Unknown,
    Alpha(f64),
}

impl Reliability {
    pub fn consistency(self) -> Option<Consistency> {
        match self {
            Reliability::Alpha(alpha) => Some(Consistency::of(alpha)),
            Reliability::NotYet | Reliability::Unknown => None,
        }
    }
}

/// The mean of a trade-off item's Rhineland points (0–10) over the members who
/// divided them.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TradeOffMean {
    pub rhineland: f64,
    pub divided: usize,
}

/// One dimension across the team.
#[derive(Debug, Clone, PartialEq)]
pub struct ThemeFigures {
    /// Position in questionnaire order.
    pub index: usize,
    /// The step its figures are shown in, and how it is read (the version's rules).
    pub step: Step,
    pub team_read: TeamRead,
    /// Version 2's dimension id.
    pub id: u8,
    pub now: TeamDimension,
    /// Only when the round asked "where we want to be".
    pub desired: Option<TeamDimension>,
    /// Per pole, in [`Pole::ALL`] order ("now" answers).
    pub reliability: [Reliability; 2],
    pub trade_off_now: Option<TradeOffMean>,
    pub trade_off_desired: Option<TradeOffMean>,
}

fn means_of(d: &TeamDimension) -> Option<(f64, f64)> {
    Some((d.anglo_saxon?.mean, d.rhineland?.mean))
}

impl ThemeFigures {
    pub fn reliability(&self, pole: Pole) -> Reliability {
        self.reliability[usize::from(pole == Pole::Rhineland)]
    }

    /// The team means (Anglo-Saxon, Rhineland) today, when both poles are shown. A
    /// divided theme has none anywhere: its mean would fit nobody (issue 30, point 7).
    pub fn means(&self) -> Option<(f64, f64)> {
        if self.divided() {
            return None;
        }
        means_of(&self.now)
    }

    /// A pole's team figures as shown: none of a divided theme's means.
    pub fn shown_pole(&self, pole: Pole) -> Option<TeamPole> {
        if self.divided() {
            return None;
        }
        self.now.pole(pole)
    }

    /// A pole's "where we want to be" as shown, by the same rule.
    pub fn shown_desired(&self, pole: Pole) -> Option<TeamPole> {
        if self.divided() {
            return None;
        }
        self.desired.as_ref()?.pole(pole)
    }

    pub fn desired_means(&self) -> Option<(f64, f64)> {
        if self.divided() {
            return None;
        }
        means_of(self.desired.as_ref()?)
    }

    /// Rhineland minus Anglo-Saxon of the team means (−100…100).
    pub fn difference(&self) -> Option<f64> {
        self.means().map(|(a, r)| r - a)
    }

    /// The weaker pole's team mean: high only when the team is strong on both.
    pub fn weaker_side(&self) -> Option<f64> {
        self.means().map(|(a, r)| a.min(r))
    }

    /// How far the members lie apart: the spread between members, averaged over the
    /// poles that are shown.
    pub fn disagreement(&self) -> Option<f64> {
        if self.team_read == TeamRead::FromMeans {
            let (a, r) = (self.now.anglo_saxon?, self.now.rhineland?);
            return Some((a.spread + r.spread) / 2.0);
        }
        let spreads: Vec<f64> = [self.now.anglo_saxon, self.now.rhineland]
            .iter()
            .flatten()
            .map(|p| p.spread)
            .collect();
        (!spreads.is_empty()).then(|| spreads.iter().sum::<f64>() / spreads.len() as f64)
    }

    pub fn divided(&self) -> bool {
        self.now.zone == TeamZone::Divided
    }

    /// Desired minus now, per pole.
    pub fn gap(&self) -> Option<(f64, f64)> {
        let (na, nr) = self.means()?;
        let (da, dr) = self.desired_means()?;
        Some((da - na, dr - nr))
    }

    /// The size of the wanted move: the larger of the two poles' gaps.
    pub fn gap_size(&self) -> Option<f64> {
        self.gap().map(|(a, r)| a.abs().max(r.abs()))
    }

    /// "Where we want to go" on the trade-off: the mean Rhineland points wanted minus
    /// those seen now (−10…10), where both have a mean. A version that asks "where we
    /// want to go" of its trade-offs only has its direction here.
    pub fn trade_off_move(&self) -> Option<f64> {
        Some(self.trade_off_desired?.rhineland - self.trade_off_now?.rhineland)
    }

    /// A pole with no figure: fewer members than the minimum group could be scored.
    pub fn too_few(&self) -> bool {
        self.now.anglo_saxon.is_none() || self.now.rhineland.is_none()
    }
}

/// The team over all dimensions together.
#[derive(Debug, Clone, PartialEq)]
pub struct Overall {
    /// Each member's mean Anglo-Saxon and mean Rhineland strength over their scored
    /// dimensions: unlabelled, sorted by value.
    pub dots: Vec<(f64, f64)>,
    pub zone: TeamZone,
    /// The team's mean position; `None` when the team is divided.
    pub position: Option<(f64, f64)>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Figures {
    pub dimensions: Vec<ThemeFigures>,
    pub overall: Overall,
    /// Only when the round asked "where we want to be".
    pub desired_overall: Option<Overall>,
    /// How many members gave nearly the same answer everywhere.
    pub uniform: usize,
    /// How many members agreed with nearly everything, statements and their reverse.
    pub yes_saying: usize,
    /// Each statement's answers across the team ("now").
    pub statements: Vec<StatementStats>,
}

/// A version 2 round's team figures.
#[derive(Debug, Clone, PartialEq)]
pub struct TeamFigures {
    pub respondents: usize,
    pub min_group: usize,
    pub has_desired: bool,
    /// `None` below the minimum group size (and for a round of another version).
    pub figures: Option<Figures>,
    pub instrument: Instrument,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Horizon {
    Now,
    Desired,
}

fn answers(respondents: &[Vec<RatingPair>], horizon: Horizon) -> Vec<Vec<Option<Answer>>> {
    respondents
        .iter()
        .map(|ratings| {
            ratings
                .iter()
                .map(|(now, desired)| match horizon {
                    Horizon::Now => *now,
                    Horizon::Desired => *desired,
                })
                .collect()
        })
        .collect()
}

/// Every respondent's scores on today's answers, without the team figures around them
/// (the organisation view needs only these).
pub fn scores_now(data: &RoundData) -> Vec<MemberScores> {
    score_all(data, Horizon::Now)
}

fn score_all(data: &RoundData, horizon: Horizon) -> Vec<MemberScores> {
    let layout = Layout::of(data.instrument);
    fn pick<T: Copy>(pair: &(Option<T>, Option<T>), horizon: Horizon) -> Option<T> {
        match horizon {
            Horizon::Now => pair.0,
            Horizon::Desired => pair.1,
        }
    }
    data.respondents
        .iter()
        .enumerate()
        .map(|(m, ratings)| {
            let trades = data.trade_offs.get(m);
            layout.score_by(
                |i| ratings.get(i).and_then(|p| pick(p, horizon)),
                |d| trades.and_then(|t| t.get(d)).and_then(|p| pick(p, horizon)),
            )
        })
        .collect()
}

/// A dimension's team figures only from `need` scored members on each side: fewer could
/// point to a person.
fn guarded(mut d: TeamDimension, need: usize, instrument: Instrument) -> TeamDimension {
    // Below the minimum on either side, nothing of the dimension: a zone, "divided" or
    // the members' dots would say what a figure from so few hides.
    if d.scored.iter().any(|&n| n < need) {
        return TeamDimension {
            anglo_saxon: None,
            rhineland: None,
            zones: [0; 4],
            without_zone: 0,
            zone: TeamZone::TooFew,
            dots: Vec::new(),
            ..d
        };
    }
    // Both sides are shown from here on (each pole's `scored` is its side's count).
    let rules = instrument.rules();
    if rules.team_read == TeamRead::FromMeans {
        d.zone = d.zone_of_means(rules);
    }
    d
}

fn trade_off_mean(members: &[MemberScores], index: usize, need: usize) -> Option<TradeOffMean> {
    let points: Vec<f64> = members
        .iter()
        .filter_map(|m| m.dimensions.get(index)?.trade_off_rhineland)
        .map(f64::from)
        .collect();
    (points.len() >= need.max(1)).then(|| TradeOffMean {
        rhineland: points.iter().sum::<f64>() / points.len() as f64,
        divided: points.len(),
    })
}

/// Whose rules these members were scored by.
fn scored_by(members: &[MemberScores]) -> Instrument {
    members
        .first()
        .map_or(Instrument::CURRENT, |m| m.instrument)
}

/// Everyone's overall position as one more "dimension", so the team's overall zone
/// follows the same rule as each dimension's: divided when members sit in different
/// zones.
fn overall(members: &[MemberScores], need: usize) -> Overall {
    let as_one: Vec<MemberScores> = members
        .iter()
        .map(|m| MemberScores {
            dimensions: m.overall().into_iter().collect(),
            yes_saying: None,
            uniform: false,
            instrument: m.instrument,
        })
        .collect();
    let dots = sorted_dots(
        as_one
            .iter()
            .filter_map(|m| {
                let d = m.dimensions.first()?;
                Some((
                    d.anglo_saxon.strength()?.value,
                    d.rhineland.strength()?.value,
                ))
            })
            .collect(),
    );
    match team_dimension(&as_one, 0).map(|d| guarded(d, need, scored_by(members))) {
        Some(team) => Overall {
            dots,
            zone: team.zone,
            position: (team.zone != TeamZone::Divided)
                .then(|| means_of(&team))
                .flatten(),
        },
        None => Overall {
            dots,
            zone: TeamZone::Unclear,
            position: None,
        },
    }
}

fn reliability(data: &RoundData, now: &[Vec<Option<Answer>>], id: u8, pole: Pole) -> Reliability {
    if data.respondents.len() < data.instrument.rules().reliability_from {
        return Reliability::NotYet;
    }
    let refs: Vec<&[Option<Answer>]> = now.iter().map(Vec::as_slice).collect();
    match pole_alpha(data.instrument, &refs, id, pole) {
        Some(alpha) => Reliability::Alpha(alpha),
        None => Reliability::Unknown,
    }
}

impl TeamFigures {
    pub fn of(data: &RoundData) -> TeamFigures {
        let need = data.need();
        let enough = data.enough();
        TeamFigures {
            respondents: data.respondents.len(),
            min_group: need,
            has_desired: data.has_desired,
            figures: enough.then(|| figures(data, need)),
            instrument: data.instrument,
        }
    }

    pub fn enough(&self) -> bool {
        self.figures.is_some()
    }

    pub fn dimensions(&self) -> &[ThemeFigures] {
        self.figures
            .as_ref()
            .map(|f| f.dimensions.as_slice())
            .unwrap_or_default()
    }

    /// Where to start the conversation: divided dimensions first, then by how far the
    /// members lie apart, largest first (ties in questionnaire order).
    pub fn most_disagreed(&self) -> Vec<(&ThemeFigures, f64)> {
        let mut list: Vec<(&ThemeFigures, f64)> = self
            .dimensions()
            .iter()
            .filter_map(|d| Some((d, d.disagreement()?)))
            .collect();
        sort_by(&mut list, |a, b| {
            b.0.divided().cmp(&a.0.divided()).then(b.1.total_cmp(&a.1))
        });
        list
    }

    /// Dimensions by the size of the wanted move, largest first.
    pub fn largest_gaps(&self) -> Vec<(&ThemeFigures, (f64, f64))> {
        let mut list: Vec<(&ThemeFigures, (f64, f64))> = self
            .dimensions()
            .iter()
            .filter_map(|d| Some((d, d.gap()?)))
            .collect();
        let size = |(a, r): (f64, f64)| a.abs().max(r.abs());
        sort_by(&mut list, |a, b| size(b.1).total_cmp(&size(a.1)));
        list
    }

    /// Dimensions by the size of the trade-off's wanted move, largest first.
    pub fn largest_moves(&self) -> Vec<(&ThemeFigures, f64)> {
        let mut list: Vec<(&ThemeFigures, f64)> = self
            .dimensions()
            .iter()
            .filter_map(|d| Some((d, d.trade_off_move()?)))
            .filter(|(_, m)| m.abs() >= 0.05)
            .collect();
        sort_by(&mut list, |a, b| b.1.abs().total_cmp(&a.1.abs()));
        list
    }

    /// The team reading, most important first: each way of scoring has its sentences
    /// (the pole means' are frozen with the first version).
    pub fn reading(&self, locale: Locale) -> Vec<String> {
        match self.instrument.rules().model {
            Model::Keyed => self.keyed_reading(locale),
            Model::PoleMeans => means_reading(self, locale),
        }
    }

    /// The keyed model's team reading (section 5 of the v2 draft).
    fn keyed_reading(&self, locale: Locale) -> Vec<String> {
        let Some(figures) = &self.figures else {
            return Vec::new();
        };
        let mut out = Vec::new();
        // Divided by distance (version 3) or by zones (version 2): each says its own rule.
        let by_distance = self.instrument.rules().team_read == TeamRead::FromAgreement;
        match figures.overall.zone {
            TeamZone::Divided if by_distance => out.push(OVERALL_FAR_APART.get(locale).to_string()),
            TeamZone::Divided => out.push(OVERALL_DIVIDED.get(locale).to_string()),
            TeamZone::Together(zone) => out.push(match locale {
                Locale::Nl => format!(
                    "Alles bij elkaar genomen ziet het team zichzelf als ‘{}’.",
                    zone.name().nl
                ),
                Locale::En => format!(
                    "Taken together, the team sees itself as ‘{}’.",
                    zone.name().en
                ),
            }),
            TeamZone::Unclear | TeamZone::TooFew => {}
        }
        let names = |keep: &Keep<'_>| -> String {
            let list: Vec<&str> = figures
                .dimensions
                .iter()
                .filter(|d| keep(d))
                .filter_map(|d| self.instrument.dimension(d.index))
                .map(|d| d.name.get(locale))
                .collect();
            join_names(&list, locale)
        };
        for zone in [
            Zone::StrongOnBoth,
            Zone::MainlyRhineland,
            Zone::MainlyAngloSaxon,
            Zone::WeakOnBoth,
        ] {
            let list = names(&|d| d.now.zone == TeamZone::Together(zone));
            if !list.is_empty() {
                out.push(format!("{} {}.", zone_in(zone).get(locale), list));
            }
        }
        let (divided_after, unclear_after) = if by_distance {
            (
                Text {
                    nl: ": daar liggen de antwoorden aan minstens één kant ver uit elkaar. Dat zijn goede onderwerpen voor het gesprek.",
                    en: ": there the answers lie far apart on at least one side. These make good topics for the conversation.",
                },
                Text {
                    nl: ": daar ligt het teamgemiddelde aan minstens één kant te dicht bij het midden om er iets over te zeggen.",
                    en: ": there the team mean lies too close to the middle on at least one side to tell.",
                },
            )
        } else {
            (
                Text {
                    nl: ": daar liggen de antwoorden in verschillende vlakken. Dat zijn goede onderwerpen voor het gesprek.",
                    en: ": there the answers lie in different zones. These make good topics for the conversation.",
                },
                Text {
                    nl: ": bij de meesten liggen de antwoorden te dicht bij het midden om er iets over te zeggen.",
                    en: ": for most of you the answers lie too close to the middle to tell.",
                },
            )
        };
        let groups: [(&Keep<'_>, Text, Text); 3] = [
            (
                &|d| d.divided(),
                Text {
                    nl: "Verdeeld bij ",
                    en: "Divided in ",
                },
                divided_after,
            ),
            (
                &|d| d.now.zone == TeamZone::Unclear && !d.too_few(),
                Text {
                    nl: "Geen duidelijk vlak bij ",
                    en: "No clear zone in ",
                },
                unclear_after,
            ),
            (
                &|d| d.too_few(),
                TOO_FEW_FOR_A_SCORE.0,
                TOO_FEW_FOR_A_SCORE.1,
            ),
        ];
        for (keep, before, after) in groups {
            out.extend(list_sentence(&names(keep), before, after, locale));
        }
        let weakest = figures
            .dimensions
            .iter()
            .filter_map(|d| Some((d.index, d.weaker_side()?)))
            .min_by(|a, b| a.1.total_cmp(&b.1));
        if let Some(dimension) = weakest.and_then(|(i, _)| self.instrument.dimension(i)) {
            let name = dimension.name.get(locale);
            out.push(match locale {
                Locale::Nl => format!("De zwakste kant scoort het laagst bij {name}."),
                Locale::En => format!("The weaker side scores lowest in {name}."),
            });
        }
        out
    }

    /// How the members answered, as counts only: nearly the same answer everywhere, and
    /// agreeing with nearly everything (draft section 5.5).
    pub fn answering_notes(&self, locale: Locale) -> Vec<String> {
        let Some(figures) = &self.figures else {
            return Vec::new();
        };
        let (n, total) = (figures.uniform, self.respondents);
        let mut out = Vec::new();
        // "1 van de 4 deelnemers gaf … Die", "2 van de 4 deelnemers gaven … Hun".
        let one = |single: &'static str, plural: &'static str, n: usize| {
            if n == 1 {
                single
            } else {
                plural
            }
        };
        if n > 0 {
            out.push(match locale {
                Locale::Nl => format!("{n} van de {total} deelnemers {} bijna overal hetzelfde antwoord. {} antwoorden tellen mee, maar zeggen weinig over verschillen tussen de kanten.", one("gaf", "gaven", n), one("Die", "Hun", n)),
                Locale::En => format!("{n} of {total} members gave nearly the same answer everywhere. Their answers count, but say little about differences between the sides."),
            });
        }
        let n = figures.yes_saying;
        if n > 0 {
            out.push(match locale {
                Locale::Nl => format!("{n} van de {total} deelnemers {} op bijna alles ‘vaak’ of ‘bijna altijd’, ook op stellingen die elkaars tegendeel zijn. Daarvoor zijn {} scores gecorrigeerd.", one("zei", "zeiden", n), one("die", "hun", n)),
                Locale::En => format!("{n} of {total} members said ‘often’ or ‘almost always’ to nearly everything, also to statements that say the opposite. Their scores are corrected for that."),
            });
        }
        out
    }
}

impl TeamFigures {
    /// How well each pole's statements hung together, grouped: the poles with one
    /// reading as "Anglo-Saxon in A and B; Rhineland in C", weakest first; `None` for the
    /// poles where it could not be computed. Empty below the rules' `reliability_from`
    /// respondents.
    pub fn consistency_groups(&self, locale: Locale) -> Vec<(Option<Consistency>, String)> {
        let levels = [
            Some(Consistency::Poor),
            Some(Consistency::Fair),
            Some(Consistency::Good),
            None,
        ];
        levels
            .into_iter()
            .filter_map(|level| {
                let parts: Vec<String> = Pole::ALL
                    .into_iter()
                    .filter_map(|pole| {
                        let list: Vec<&str> = self
                            .dimensions()
                            .iter()
                            .filter(|d| {
                                let r = d.reliability(pole);
                                r != Reliability::NotYet && r.consistency() == level
                            })
                            .filter_map(|d| self.instrument.dimension(d.index))
                            .map(|d| d.name.get(locale))
                            .collect();
                        (!list.is_empty()).then(|| {
                            format!(
                                "{} {}",
                                pole_in(pole).get(locale),
                                join_names(&list, locale)
                            )
                        })
                    })
                    .collect();
                (!parts.is_empty()).then(|| (level, parts.join("; ")))
            })
            .collect()
    }
}

/// A pole's name as the start of "… bij {dimensions}".
const fn pole_in(pole: Pole) -> Text {
    match pole {
        Pole::AngloSaxon => Text {
            nl: "Angelsaksisch bij",
            en: "Anglo-Saxon in",
        },
        Pole::Rhineland => Text {
            nl: "Rijnlands bij",
            en: "Rhineland in",
        },
    }
}

/// Which dimensions a reading sentence names.
type Keep<'a> = dyn Fn(&ThemeFigures) -> bool + 'a;

/// The reading of one divided dimension (draft section 5.3), by the rule that divided it.
pub fn divided_reading(name: &str, instrument: Instrument, locale: Locale) -> String {
    if instrument.rules().team_read == TeamRead::FromAgreement {
        return match locale {
            Locale::Nl => format!("Verdeeld: jullie zien {name} heel verschillend. De antwoorden liggen aan minstens één kant ver uit elkaar, dus een gemiddelde zou een beeld geven dat voor niemand klopt. Begin het gesprek met de vraag welke situatie ieder voor ogen had."),
            Locale::En => format!("Divided: you see {name} very differently. The answers lie far apart on at least one side, so an average would paint a picture that fits nobody. Start the conversation by asking which situation each of you had in mind."),
        };
    }
    match locale {
        Locale::Nl => format!("Verdeeld: jullie zien {name} heel verschillend. De antwoorden vallen in verschillende vlakken, dus een gemiddelde zou een beeld geven dat voor niemand klopt. Begin het gesprek met de vraag welke situatie ieder voor ogen had."),
        Locale::En => format!("Divided: you see {name} very differently. The answers fall in different zones, so an average would paint a picture that fits nobody. Start the conversation by asking which situation each of you had in mind."),
    }
}

/// The team divided overall by distance (version 3).
pub const OVERALL_FAR_APART: Text = Text {
    nl: "Over alle thema’s samen liggen de antwoorden ver uit elkaar: het team ziet zichzelf niet als één geheel.",
    en: "Across all themes the answers lie far apart: the team does not see itself as one.",
};

pub const OVERALL_DIVIDED: Text = Text {
    nl: "Over alle thema’s samen is het team verdeeld: de een ziet vooral de ene kant, de ander vooral de andere.",
    en: "Across all themes the team is divided: some mainly see one side, others mainly the other.",
};

/// A zone's name as the start of "… bij {dimensions}".
const fn zone_in(zone: Zone) -> Text {
    match zone {
        Zone::WeakOnBoth => Text {
            nl: "Beide kanten zwak bij",
            en: "Weak on both in",
        },
        Zone::MainlyAngloSaxon => Text {
            nl: "Vooral Angelsaksisch bij",
            en: "Mainly Anglo-Saxon in",
        },
        Zone::MainlyRhineland => Text {
            nl: "Vooral Rijnlands bij",
            en: "Mainly Rhineland in",
        },
        Zone::StrongOnBoth => Text {
            nl: "Beide kanten sterk bij",
            en: "Strong on both in",
        },
    }
}

/// The name of a team's zone: a zone, divided, or unclear.
pub const fn team_zone_name(zone: TeamZone) -> Text {
    match zone {
        TeamZone::Together(zone) => zone.name(),
        TeamZone::Divided => Text {
            nl: "Verdeeld",
            en: "Divided",
        },
        TeamZone::Unclear => Text {
            nl: "Onduidelijk",
            en: "Unclear",
        },
        TeamZone::TooFew => Text {
            nl: "Te weinig antwoorden",
            en: "Too few answers",
        },
    }
}

/// A stable code for a team zone, for tests and styling.
pub const fn team_zone_code(zone: TeamZone) -> &'static str {
    match zone {
        TeamZone::Together(Zone::WeakOnBoth) => "weak-on-both",
        TeamZone::Together(Zone::MainlyAngloSaxon) => "mainly-anglo-saxon",
        TeamZone::Together(Zone::MainlyRhineland) => "mainly-rhineland",
        TeamZone::Together(Zone::StrongOnBoth) => "strong-on-both",
        TeamZone::Divided => "divided",
        TeamZone::Unclear => "unclear",
        TeamZone::TooFew => "too-few",
    }
}

/// The pole means' team reading (the first version's, frozen), from the team means: where the team is strong on
/// both, where one way leads, where both are weak, and the weakest integration.
fn means_reading(team: &TeamFigures, locale: Locale) -> Vec<String> {
    let nl = locale == Locale::Nl;
    let in_zone = |zone: Zone| -> Vec<Dimension> {
        team.dimensions()
            .iter()
            .filter(|d| d.now.zone == TeamZone::Together(zone))
            .filter_map(|d| Dimension::from_id(d.id))
            .collect()
    };
    let mut out = Vec::new();
    for (zone, nl_text, en_text) in [
        (
            Zone::StrongOnBoth,
            "Beide kanten sterk bij ",
            "Strong on both in ",
        ),
        (
            Zone::MainlyRhineland,
            "Vooral Rijnlands bij ",
            "Mainly Rhineland in ",
        ),
        (
            Zone::MainlyAngloSaxon,
            "Vooral Angelsaksisch bij ",
            "Mainly Anglo-Saxon in ",
        ),
        (
            Zone::WeakOnBoth,
            "Beide kanten zwak bij ",
            "Weak on both in ",
        ),
    ] {
        let list = in_zone(zone);
        if !list.is_empty() {
            let lead = if nl { nl_text } else { en_text };
            out.push(format!("{lead}{}.", names(&list, locale)));
        }
    }
    let weakest = team
        .dimensions()
        .iter()
        .filter_map(|d| Some((Dimension::from_id(d.id)?, d.weaker_side()?)))
        .min_by(|a, b| a.1.total_cmp(&b.1));
    if let Some((dimension, value)) = weakest {
        let name = dimension.def().name.get(locale);
        out.push(if nl {
            format!(
                "De zwakste kant scoort het laagst bij {name} ({} van de 100).",
                whole(value)
            )
        } else {
            format!(
                "The weaker side scores lowest in {name} ({} out of 100).",
                whole(value)
            )
        });
    }
    out
}

fn figures(data: &RoundData, need: usize) -> Figures {
    let now_members = score_all(data, Horizon::Now);
    let desired_members = data.has_desired.then(|| score_all(data, Horizon::Desired));
    // Statements' "where we want to go" only where the version asks it of them; the
    // trade-offs' always, when asked.
    let statements_desired = desired_members
        .as_ref()
        .filter(|_| data.instrument.rules().desired_statements);
    // Only where reliability is computed: a first-version round of thousands needs none.
    let now_answers = if data.respondents.len() >= data.instrument.rules().reliability_from {
        answers(&data.respondents, Horizon::Now)
    } else {
        Vec::new()
    };
    let dimensions = data
        .instrument
        .dimensions()
        .enumerate()
        .filter_map(|(index, def)| {
            let now = guarded(team_dimension(&now_members, index)?, need, data.instrument);
            let desired = statements_desired
                .and_then(|members| team_dimension(members, index))
                .map(|d| guarded(d, need, data.instrument));
            Some(ThemeFigures {
                index,
                step: data.instrument.rules().step,
                team_read: data.instrument.rules().team_read,
                id: def.id,
                now,
                desired,
                reliability: Pole::ALL.map(|pole| reliability(data, &now_answers, def.id, pole)),
                trade_off_now: trade_off_mean(&now_members, index, need),
                trade_off_desired: desired_members
                    .as_ref()
                    .and_then(|members| trade_off_mean(members, index, need)),
            })
        })
        .collect();
    let refs: Vec<&[RatingPair]> = data.respondents.iter().map(Vec::as_slice).collect();
    Figures {
        dimensions,
        overall: overall(&now_members, need),
        desired_overall: statements_desired.map(|m| overall(m, need)),
        uniform: now_members.iter().filter(|m| m.uniform).count(),
        yes_saying: now_members
            .iter()
            .filter(|m| m.says_yes_to_everything())
            .count(),
        statements: statement_stats(data.instrument, &refs),
    }
}
