//! Across teams: an organisation is a set of teams' rounds (taken from their results
//! links), each team marked, if the facilitator wants, with the layer it belongs to. What
//! it shows: each team on the plane with its spread, per dimension how the teams lie,
//! where they differ most, and between layers where they see things differently.
//!
//! Anonymity: a team counts only with at least its round's minimum group and never fewer
//! than [`ORG_MIN_GROUP`] respondents; below that it contributes its name and nothing
//! else. Every figure here is a mean or spread over whole counted teams, so no figure, and
//! no difference between two figures, rests on fewer people than that. Of one team only
//! its newest round counts: two rounds of the same team side by side would let the
//! difference between them point to the one person who joined or left.

use serde::{Deserialize, Serialize};

use crate::id::RoundId;
use crate::instrument::rules::Model;
use crate::instrument::Instrument;
use crate::locale::Locale;
use crate::score::chart::{Plane, TEAM_MARK_RADIUS};
use crate::score::member::{mean, spread, team_dimension, TeamDimension, TeamZone};
use crate::score::round_data::{RoundData, MIN_SHOWN_GROUP};
use crate::score::team::scores_now;
use crate::sort::sort_by;
use crate::text::Text;

/// Fewest respondents behind any figure across teams, whatever a round's own minimum.
pub const ORG_MIN_GROUP: usize = MIN_SHOWN_GROUP as usize;

/// The part of the organisation a team belongs to, for comparing how layers see things.
/// Its id is stored and never changes meaning.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(into = "u8", try_from = "u8")]
pub enum Layer {
    Management = 1,
    Team = 2,
    Support = 3,
}

impl Layer {
    pub const ALL: [Layer; 3] = [Layer::Management, Layer::Team, Layer::Support];

    pub const fn id(self) -> u8 {
        self as u8
    }

    pub fn from_id(id: u8) -> Option<Layer> {
        Layer::ALL.into_iter().find(|l| l.id() == id)
    }

    /// The layer's name, as a label.
    pub const fn name(self) -> Text {
        match self {
            Layer::Management => Text {
                nl: "Leiding",
                en: "Management",
            },
            Layer::Team => Text {
                nl: "Team",
                en: "Team",
            },
            Layer::Support => Text {
                nl: "Ondersteuning",
                en: "Support",
            },
        }
    }

    /// The layer as the subject of a sentence ("de leiding ziet …").
    pub const fn subject(self) -> Text {
        match self {
            Layer::Management => Text {
                nl: "de leiding",
                en: "management",
            },
            Layer::Team => Text {
                nl: "het team",
                en: "the team",
            },
            Layer::Support => Text {
                nl: "de ondersteuning",
                en: "support",
            },
        }
    }
}

impl From<Layer> for u8 {
    fn from(layer: Layer) -> u8 {
        layer.id()
    }
}

impl TryFrom<u8> for Layer {
    type Error = &'static str;
    fn try_from(id: u8) -> Result<Layer, Self::Error> {
        Layer::from_id(id).ok_or("a layer is 1, 2 or 3")
    }
}

/// One team in an organisation: its round's data, and its layer if marked.
#[derive(Debug, Clone, PartialEq)]
pub struct OrgTeam {
    pub data: RoundData,
    pub layer: Option<Layer>,
}

/// One pole over a group: its mean strength and the spread between members (0–100).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PoleMark {
    pub mean: f64,
    pub spread: f64,
}

/// Where a group stands on one dimension, or over all together, and how far its members
/// lie apart on each side.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Mark {
    pub anglo_saxon: PoleMark,
    pub rhineland: PoleMark,
    /// Members behind this mark (at least [`ORG_MIN_GROUP`]).
    pub members: usize,
}

impl Mark {
    /// Rhineland minus Anglo-Saxon (−100…100).
    pub fn difference(&self) -> f64 {
        self.rhineland.mean - self.anglo_saxon.mean
    }
}

/// A counted team's marks.
#[derive(Debug, Clone, PartialEq)]
pub struct TeamMarks {
    pub respondents: usize,
    /// Over all dimensions together.
    pub overall: Option<Mark>,
    /// Per dimension, in questionnaire order; `None` where too few members had a score.
    /// A divided dimension keeps its mark here, for its layer, which pools members.
    pub dimensions: Vec<Option<Mark>>,
    /// Per dimension: the team is divided on it (as its own dashboard says), so no view
    /// shows its mean there: it would fit nobody (issue 30, point 7).
    pub divided: Vec<bool>,
}

impl TeamMarks {
    /// The mark a view shows on dimension `index`: none where the team is divided.
    pub fn shown(&self, index: usize) -> Option<Mark> {
        if self.is_divided(index) {
            return None;
        }
        *self.dimensions.get(index)?
    }

    pub fn is_divided(&self, index: usize) -> bool {
        self.divided.get(index).copied().unwrap_or(false)
    }
}

/// Whether and how a team counts in the organisation.
#[derive(Debug, Clone, PartialEq)]
pub enum Standing {
    Counted(TeamMarks),
    /// Fewer respondents than its round's minimum group or [`ORG_MIN_GROUP`]: its name only.
    TooFew,
    /// Answered with another version's questions than the teams compared, which cannot
    /// be set beside them.
    OtherVersion,
    /// A newer round of the same team is in the organisation (or this very round twice).
    Superseded,
}

/// A team as the organisation lists it.
#[derive(Debug, Clone, PartialEq)]
pub struct TeamRow {
    pub round: RoundId,
    /// The questionnaire version its round asked.
    pub instrument: Instrument,
    pub name: String,
    pub title: String,
    pub date_days: u16,
    pub layer: Option<Layer>,
    pub standing: Standing,
}

impl TeamRow {
    pub fn marks(&self) -> Option<&TeamMarks> {
        match &self.standing {
            Standing::Counted(marks) => Some(marks),
            _ => None,
        }
    }
}

/// One dimension across the counted teams.
#[derive(Debug, Clone, PartialEq)]
pub struct Across {
    /// Position in questionnaire order.
    pub index: usize,
    /// Each team with a mark here: (row in [`OrgView::teams`], its mark).
    pub teams: Vec<(usize, Mark)>,
    /// The spread of the teams' differences (R − A) between teams; from two teams on.
    pub between_teams: Option<f64>,
}

/// A layer's figures: its counted teams' members taken together.
#[derive(Debug, Clone, PartialEq)]
pub struct LayerFigures {
    pub layer: Layer,
    pub teams: usize,
    pub respondents: usize,
    /// Per dimension the layer's mean (Anglo-Saxon, Rhineland) and the members behind it.
    pub dimensions: Vec<Option<(f64, f64, usize)>>,
}

/// Two layers that see a dimension differently: `second` minus `first`, per side.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Gap {
    pub index: usize,
    pub first: Layer,
    pub second: Layer,
    pub anglo_saxon: f64,
    pub rhineland: f64,
}

impl Gap {
    /// The larger of the two sides' differences.
    pub fn size(&self) -> f64 {
        self.anglo_saxon.abs().max(self.rhineland.abs())
    }

    /// The question for a conversation between the two layers.
    pub fn prompt(&self, locale: Locale) -> String {
        let (a, b) = (
            self.first.subject().get(locale),
            self.second.subject().get(locale),
        );
        match locale {
            Locale::Nl => format!("Wat ziet {a} dat {b} niet ziet, en andersom?"),
            Locale::En => format!("What does {a} see that {b} does not, and the other way round?"),
        }
    }
}

/// Where the layers' talk can start: seed 004 ("Kleine dingen") on management layers that
/// do not understand each other, and how small steps by each person changed that.
pub const GAP_SEED: Text = Text {
    nl: "Uit ‘Kleine dingen’: bovenin vond men dat de lagen eronder te weinig meedachten, onderin dat ze ‘boven de praktijk niet begrijpen’. Het veranderde niet door een groot programma, maar doordat ieder op zijn eigen plek iets kleins deed.",
    en: "From ‘Small things’: at the top people felt the layers below did not think along enough; below, that ‘up there they don’t understand the work’. What changed it was not a big programme, but everyone doing something small in their own place.",
};

/// What the organisation shows.
#[derive(Debug, Clone, PartialEq)]
pub struct OrgView {
    /// The questionnaire version whose teams are set beside each other: the one most of
    /// the teams answered (the newer on a tie). Teams of another version are listed,
    /// never pooled with these.
    pub instrument: Instrument,
    pub teams: Vec<TeamRow>,
    /// Teams that count, and their respondents together.
    pub counted: usize,
    pub respondents: usize,
    /// All counted teams together, over all dimensions (teams weighed by members).
    pub overall: Option<Mark>,
    pub dimensions: Vec<Across>,
    pub layers: Vec<LayerFigures>,
    /// Between every two layers with figures, per dimension, largest first.
    pub gaps: Vec<Gap>,
}

impl OrgView {
    /// Dimensions where the teams differ most: by the spread between teams, largest first
    /// (ties in questionnaire order).
    /// Some counted team is divided on some dimension: the views say why it has no mean
    /// there.
    pub fn any_divided(&self) -> bool {
        self.teams
            .iter()
            .filter_map(TeamRow::marks)
            .any(|m| m.divided.contains(&true))
    }

    pub fn differ_most(&self) -> Vec<(usize, f64)> {
        let mut list: Vec<(usize, f64)> = self
            .dimensions
            .iter()
            .filter_map(|d| Some((d.index, d.between_teams?)))
            .collect();
        sort_by(&mut list, |a, b| b.1.total_cmp(&a.1));
        list
    }
}

fn pole_mark(values: &[f64]) -> PoleMark {
    PoleMark {
        mean: mean(values),
        spread: spread(values),
    }
}

/// A dimension's mark, only when both sides have scores of `need` members or more.
fn dimension_mark(dimension: &TeamDimension, need: usize) -> Option<Mark> {
    let a = dimension.anglo_saxon.filter(|p| p.scored >= need)?;
    let r = dimension.rhineland.filter(|p| p.scored >= need)?;
    Some(Mark {
        anglo_saxon: PoleMark {
            mean: a.mean,
            spread: a.spread,
        },
        rhineland: PoleMark {
            mean: r.mean,
            spread: r.spread,
        },
        members: a.scored.min(r.scored),
    })
}

/// The members' overall positions as one mark, from `need` members on.
fn overall_mark(dots: &[(f64, f64)], need: usize) -> Option<Mark> {
    if dots.len() < need {
        return None;
    }
    let a: Vec<f64> = dots.iter().map(|d| d.0).collect();
    let r: Vec<f64> = dots.iter().map(|d| d.1).collect();
    Some(Mark {
        anglo_saxon: pole_mark(&a),
        rhineland: pole_mark(&r),
        members: dots.len(),
    })
}

/// A team's name as the same team is recognised by: case and outer spaces aside.
pub fn same_team_key(name: &str) -> String {
    name.trim().to_lowercase()
}

/// Of each team only its newest round counts (by date, then round id); the rest, and a
/// round given twice, are superseded. Returns one flag per team: superseded or not.
fn superseded(teams: &[OrgTeam]) -> Vec<bool> {
    let mut order: Vec<usize> = (0..teams.len()).collect();
    sort_by(&mut order, |&x, &y| {
        let (a, b) = (&teams[x].data, &teams[y].data);
        same_team_key(&a.team_name)
            .cmp(&same_team_key(&b.team_name))
            .then(newest_first(a, b))
    });
    let mut flags = vec![true; teams.len()];
    let mut previous: Option<String> = None;
    for i in order {
        let key = same_team_key(&teams[i].data.team_name);
        if previous.as_ref() != Some(&key) {
            flags[i] = false;
        }
        previous = Some(key);
    }
    flags
}

/// Two rounds of one team, the newer first: by date, then round id (the one order the
/// organisation and its paste box both keep).
pub fn newest_first(a: &RoundData, b: &RoundData) -> std::cmp::Ordering {
    b.date_days
        .cmp(&a.date_days)
        .then(b.round.0.cmp(&a.round.0))
}

fn standing(team: &OrgTeam, superseded: bool, compared: Instrument) -> Standing {
    let data = &team.data;
    if data.instrument != compared {
        return Standing::OtherVersion;
    }
    if superseded {
        return Standing::Superseded;
    }
    let need = data.need();
    if data.respondents.len() < need {
        return Standing::TooFew;
    }
    // Only the members' scores: the team page's other figures (consistency, statement
    // tables, desired) are not shown across teams.
    let members = scores_now(data);
    let team: Vec<Option<TeamDimension>> = (0..compared.dimension_count())
        .map(|index| team_dimension(&members, index))
        .collect();
    let dimensions = team
        .iter()
        .map(|d| dimension_mark(d.as_ref()?, need))
        .collect();
    let divided = team
        .iter()
        .map(|d| d.as_ref().is_some_and(|d| d.zone == TeamZone::Divided))
        .collect();
    let dots: Vec<(f64, f64)> = members
        .iter()
        .filter_map(|m| {
            let overall = m.overall()?;
            Some((
                overall.anglo_saxon.strength()?.value,
                overall.rhineland.strength()?.value,
            ))
        })
        .collect();
    let overall = overall_mark(&dots, need);
    Standing::Counted(TeamMarks {
        respondents: data.respondents.len(),
        overall,
        dimensions,
        divided,
    })
}

/// Pools marks of whole groups: each side's mean weighed by its members.
fn pooled(marks: &[Mark]) -> Option<(f64, f64, usize)> {
    let members: usize = marks.iter().map(|m| m.members).sum();
    if members == 0 {
        return None;
    }
    let weigh = |side: fn(&Mark) -> f64| {
        marks
            .iter()
            .map(|m| side(m) * m.members as f64)
            .sum::<f64>()
            / members as f64
    };
    Some((
        weigh(|m| m.anglo_saxon.mean),
        weigh(|m| m.rhineland.mean),
        members,
    ))
}

/// The organisation's figures from its teams, in the order given.
/// The version most of the teams answered (their newest rounds), the newer on a tie;
/// the current one for none. Version 1's pole means are never set beside each other here.
fn compared_version(teams: &[OrgTeam], superseded: &[bool]) -> Instrument {
    let count = |version: Instrument| {
        teams
            .iter()
            .zip(superseded)
            .filter(|(t, old)| !**old && t.data.instrument == version)
            .count()
    };
    Instrument::ALL
        .into_iter()
        .rev()
        .filter(|version| version.rules().model == Model::Keyed && count(*version) > 0)
        .max_by_key(|version| (count(*version), *version))
        .unwrap_or(Instrument::CURRENT)
}

pub fn organisation_view(teams: &[OrgTeam]) -> OrgView {
    let superseded = superseded(teams);
    let compared = compared_version(teams, &superseded);
    let rows: Vec<TeamRow> = teams
        .iter()
        .zip(&superseded)
        .map(|(team, &superseded)| TeamRow {
            round: team.data.round,
            instrument: team.data.instrument,
            name: team.data.team_name.clone(),
            title: team.data.title.clone(),
            date_days: team.data.date_days,
            layer: team.layer,
            standing: standing(team, superseded, compared),
        })
        .collect();
    let dimension_count = compared.dimension_count();
    let counted: Vec<(usize, &TeamMarks)> = rows
        .iter()
        .enumerate()
        .filter_map(|(i, row)| Some((i, row.marks()?)))
        .collect();

    let dimensions: Vec<Across> = (0..dimension_count)
        .map(|index| {
            // A team divided here is left out of what is shown across teams.
            let teams: Vec<(usize, Mark)> = counted
                .iter()
                .filter_map(|(row, marks)| Some((*row, marks.shown(index)?)))
                .collect();
            let differences: Vec<f64> = teams.iter().map(|(_, m)| m.difference()).collect();
            Across {
                index,
                between_teams: (differences.len() >= 2).then(|| spread(&differences)),
                teams,
            }
        })
        .collect();

    let overall_marks: Vec<Mark> = counted.iter().filter_map(|(_, m)| m.overall).collect();
    let overall = pooled(&overall_marks).map(|(a, r, members)| {
        // Between-member spread is not poolable from means alone: the spread shown for
        // the organisation is between its teams' overall positions.
        let side = |f: fn(&Mark) -> f64| overall_marks.iter().map(f).collect::<Vec<f64>>();
        Mark {
            anglo_saxon: PoleMark {
                mean: a,
                spread: spread(&side(|m| m.anglo_saxon.mean)),
            },
            rhineland: PoleMark {
                mean: r,
                spread: spread(&side(|m| m.rhineland.mean)),
            },
            members,
        }
    });

    let layers: Vec<LayerFigures> = Layer::ALL
        .into_iter()
        .filter_map(|layer| {
            let own: Vec<&TeamMarks> = counted
                .iter()
                .filter(|(row, _)| rows[*row].layer == Some(layer))
                .map(|(_, m)| *m)
                .collect();
            (!own.is_empty()).then(|| LayerFigures {
                layer,
                teams: own.len(),
                respondents: own.iter().map(|m| m.respondents).sum(),
                dimensions: (0..dimension_count)
                    .map(|index| {
                        // Its members, divided or not: a layer is not one team.
                        let marks: Vec<Mark> = own
                            .iter()
                            .filter_map(|m| *m.dimensions.get(index)?)
                            .collect();
                        pooled(&marks)
                    })
                    .collect(),
            })
        })
        .collect();

    let mut gaps = Vec::new();
    for (i, first) in layers.iter().enumerate() {
        for second in &layers[i + 1..] {
            for index in 0..dimension_count {
                let (Some(Some(a)), Some(Some(b))) =
                    (first.dimensions.get(index), second.dimensions.get(index))
                else {
                    continue;
                };
                gaps.push(Gap {
                    index,
                    first: first.layer,
                    second: second.layer,
                    anglo_saxon: b.0 - a.0,
                    rhineland: b.1 - a.1,
                });
            }
        }
    }
    sort_by(&mut gaps, |a, b| b.size().total_cmp(&a.size()));

    OrgView {
        instrument: compared,
        counted: counted.len(),
        respondents: counted.iter().map(|(_, m)| m.respondents).sum(),
        teams: rows,
        overall,
        dimensions,
        layers,
        gaps,
    }
}

/// A team drawn on the plane: its mark (spread apart from others so each number stays
/// readable), where its values put it, and its spread as an ellipse around that spot.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PlaneMark {
    /// Row in [`OrgView::teams`]; the mark shows its number in the team list (row + 1).
    pub row: usize,
    pub at: (f64, f64),
    pub drawn_at: (f64, f64),
    pub radii: (f64, f64),
}

/// A dimension's distribution across teams as a strip: each counted team's difference
/// (R − A, −100…100) as an x position in `0..=width`, for a row of dots, one per team
/// (a hundred teams do not fit a plane of numbered marks per dimension).
pub fn strip(view: &OrgView, index: usize, width: f64) -> Vec<(usize, f64)> {
    view.dimensions
        .get(index)
        .map(|d| {
            d.teams
                .iter()
                .map(|(row, m)| {
                    (
                        *row,
                        (m.difference().clamp(-100.0, 100.0) + 100.0) / 200.0 * width,
                    )
                })
                .collect()
        })
        .unwrap_or_default()
}

/// The counted teams' marks, each with its row in `view.teams`: over all dimensions
/// (`None`) or on one.
pub fn marks(view: &OrgView, dimension: Option<usize>) -> Vec<(usize, Mark)> {
    match dimension {
        None => view
            .teams
            .iter()
            .enumerate()
            .filter_map(|(row, t)| Some((row, t.marks()?.overall?)))
            .collect(),
        Some(index) => view
            .dimensions
            .get(index)
            .map(|d| d.teams.clone())
            .unwrap_or_default(),
    }
}

/// The counted teams on the plane: over all dimensions (`None`) or on one.
pub fn plane_marks(view: &OrgView, dimension: Option<usize>, plane: &Plane) -> Vec<PlaneMark> {
    let marks = marks(view, dimension);
    let at: Vec<(f64, f64)> = marks
        .iter()
        .map(|(_, m)| plane.point(m.anglo_saxon.mean, m.rhineland.mean))
        .collect();
    let drawn = plane.spread(&at, TEAM_MARK_RADIUS);
    marks
        .iter()
        .zip(at)
        .zip(drawn)
        .map(|(((row, m), at), drawn_at)| PlaneMark {
            row: *row,
            at,
            drawn_at,
            radii: plane.spread_radii(m.anglo_saxon.spread, m.rhineland.spread),
        })
        .collect()
}
