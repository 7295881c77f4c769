//! What differs between the instrument's versions beyond their statements: the scale,
//! how answers become figures and how they are rounded. One record per version, kept as
//! data beside its texts (`v1::RULES`, `v2::RULES`); `Instrument::rules` is read once, at
//! the edge, and the code reads these fields, never the version.
//!
//! A version that asks the same kinds of questions as one before it is a new data file
//! and a new record here; a new way of scoring is a new [`Model`].

use crate::instrument::answers::Answer;
use crate::instrument::model::Intro;
use crate::text::Text;

/// How a member's answers become a pole's strength.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Model {
    /// A pole's strength is the mean of its answered statements (all keyed forward); a
    /// side is strong from the cut on. The team's figures are means per pole.
    PoleMeans,
    /// Statements keyed both ways, yes-saying taken off, a margin from the member's own
    /// spread: a side or a difference is only clear beyond its margin. The team is read
    /// from its members' zones before their means.
    Keyed,
}

/// What a statement's answer says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scale {
    /// How far the statement holds.
    Agreement,
    /// How often the behaviour is seen.
    Frequency,
}

/// How a team's spread between members is measured.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Spread {
    /// Standard deviation over the members as the whole population (n).
    Population,
    /// Sample standard deviation (n − 1).
    Sample,
}

/// How a team's place on the plane is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TeamRead {
    /// From its means: a theme's zone is the zone of its team means, the overall place
    /// the mean of the themes' means, the disagreement the spread of both poles.
    FromMeans,
    /// From its members: a theme's zone is the zone most members share (or divided),
    /// the overall place the members' overall places, the disagreement the spread of
    /// the poles shown.
    FromMembers,
    /// From its members' agreement: divided when the members' distances on either pole
    /// are wider than the rules' `agreement_from` allows (an agreement index, not zone
    /// counts); otherwise the zone of the team means by the same margin rule as a
    /// member's, the margin being the means' standard error.
    FromAgreement,
}

impl TeamRead {
    /// Whether the team is read from its members (their zones or their distances), not
    /// from its means alone.
    pub fn reads_members(self) -> bool {
        matches!(self, TeamRead::FromMembers | TeamRead::FromAgreement)
    }
}

/// How yes-saying (agreeing with a statement and with its reverse alike) is measured.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum YesSaying {
    /// The mean answer above the middle, measured and never taken off (statements all
    /// keyed forward).
    Measured,
    /// The mean answer above the middle over every answered statement, taken off every
    /// answer. Wrong when a member's non-answers fall on one key.
    AllAnswers,
    /// The mean answer above the middle over the mirror pairs with both statements
    /// answered, taken off every answer: key-balanced whatever a member leaves open.
    /// Neither measured nor taken off with fewer than `min_pairs` such pairs.
    MirrorPairs { min_pairs: usize },
}

/// How a member's overall margin is made from their dimensions' margins.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OverallMargin {
    /// As if the dimensions were independent: √Σm² / n.
    Independent,
    /// The mean of the dimensions' margins: a pole is clear overall only where it is
    /// clear in at least one dimension.
    Mean,
}

/// The step figures are shown in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// Whole points.
    One,
    /// Steps of 5 points: a handful of statements does not carry units.
    Five,
}

/// The rules of one version of the instrument.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rules {
    pub model: Model,
    pub scale: Scale,
    /// The answers offered, in display order: the levels, then the non-answers.
    pub options: &'static [Answer],
    /// The words of each answer, by its id − 1 (levels 1–5, don't know, does not fit).
    pub labels: [Text; 7],
    pub spread: Spread,
    pub team_read: TeamRead,
    /// Whether each dimension has an item on which ten points are divided.
    pub trade_offs: bool,
    /// Whether its two descriptions look alike (no pole colour), so that neither reads
    /// as the preferred one.
    pub plain_trade_offs: bool,
    /// The zone cut on 0–100.
    pub cut: f64,
    /// The step strengths, differences and spreads are shown in.
    pub step: Step,
    /// Fewer answered statements than this on a pole and it gets no number.
    pub min_answered: usize,
    /// A pole also needs an answer on each key: answers on one key only cannot tell
    /// seeing the pole from saying yes.
    pub both_keys: bool,
    /// A pole is on one side of the cut when it is further from it than this many of its
    /// margins; `None`: strong from the cut on, with no margin.
    pub side_margins: Option<f64>,
    /// A difference between the poles is clear when larger than this many margins of the
    /// difference, and at least `difference_at_least` points.
    pub difference_margins: f64,
    pub difference_at_least: f64,
    /// A difference is clear exactly where the zone has one strong side and one weak
    /// one: the zone and the reading follow one rule (the two fields above unused).
    pub difference_from_zone: bool,
    /// How yes-saying is measured and whether it is taken off.
    pub yes_saying: YesSaying,
    /// The smallest spread (in scale steps) a margin assumes.
    pub spread_floor: f64,
    /// Mean answer above the middle (in scale steps) from which a member says yes to
    /// everything; infinite: never said.
    pub yes_saying_from: f64,
    /// Share of answered statements with one same answer from which answers are uniform;
    /// infinite: never said.
    pub uniform_share: f64,
    /// Reliability (Cronbach's α) is computed from this many respondents on.
    pub reliability_from: usize,
    /// Of the members whose zone is clear, at least this share in one zone places the
    /// team there; fewer make it divided (`TeamRead::FromMembers`).
    pub agreeing_share: f64,
    /// The agreement index (r_wg: one minus the members' variance over that of answers
    /// spread evenly over the scale) below which a team is divided
    /// (`TeamRead::FromAgreement`).
    pub agreement_from: f64,
    /// The overall picture: each pole's mean over the dimensions where both poles are
    /// scored, from `min_overall_dimensions` of them (true); or each pole's mean over the
    /// dimensions where it is scored, with no margin (false).
    pub overall_needs_both: bool,
    pub overall_margin: OverallMargin,
    pub min_overall_dimensions: usize,
    /// Whether "where we want to go" is asked of every statement (where it is asked at
    /// all), or of the trade-offs only, where more for one side costs the other.
    pub desired_statements: bool,
    /// The version's own intro; `None`: the app's texts.
    pub intro: Option<&'static Intro>,
}

impl Rules {
    /// The words of an answer in this version.
    pub const fn label(&self, answer: Answer) -> Text {
        self.labels[answer.id() as usize - 1]
    }

    /// Whether this version offers the answer.
    pub fn offers(&self, answer: Answer) -> bool {
        self.options.contains(&answer)
    }

    /// One more than the highest answer id offered: the base links pack answers in.
    pub fn answer_base(&self) -> u32 {
        self.options
            .iter()
            .map(|a| u32::from(a.id()))
            .max()
            .unwrap_or(0)
            + 1
    }
}
