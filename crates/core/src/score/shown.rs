//! The one display model: a round's team figures as every view shows them (dashboard,
//! print, present mode, exports, the trend and what a results link carries of it), each
//! rounded once, here, in its version's step. Views read these numbers and never round a
//! team figure themselves, so one figure has one value everywhere (issue 30, point 3).

use crate::instrument::Pole;
use crate::link::ShownFigures;
use crate::score::figure::{rounded, Step};
use crate::score::team::{TeamFigures, ThemeFigures};

/// One theme of a round as shown. A side is none where it has no figure (too few
/// answers) and both are none for a divided theme, whose means would fit nobody.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ShownTheme {
    /// Position in questionnaire order.
    pub index: usize,
    pub id: u8,
    pub anglo_saxon: Option<i64>,
    pub rhineland: Option<i64>,
    /// "Where we want to be", per side, when the round asked it.
    pub desired_anglo_saxon: Option<i64>,
    pub desired_rhineland: Option<i64>,
    /// How far the members lie apart (also for a divided theme).
    pub spread: Option<i64>,
}

impl ShownTheme {
    pub fn of(theme: &ThemeFigures) -> ShownTheme {
        let shown = |v: f64| rounded(v, theme.step);
        let side = |pole| theme.shown_pole(pole).map(|p| shown(p.mean));
        let desired = |pole| theme.shown_desired(pole).map(|p| shown(p.mean));
        ShownTheme {
            index: theme.index,
            id: theme.id,
            anglo_saxon: side(Pole::AngloSaxon),
            rhineland: side(Pole::Rhineland),
            desired_anglo_saxon: desired(Pole::AngloSaxon),
            desired_rhineland: desired(Pole::Rhineland),
            spread: theme.disagreement().map(shown),
        }
    }

    /// A side's team mean as shown.
    pub fn side(&self, pole: Pole) -> Option<i64> {
        match pole {
            Pole::AngloSaxon => self.anglo_saxon,
            Pole::Rhineland => self.rhineland,
        }
    }

    /// A side's "where we want to be" as shown.
    pub fn desired_side(&self, pole: Pole) -> Option<i64> {
        match pole {
            Pole::AngloSaxon => self.desired_anglo_saxon,
            Pole::Rhineland => self.desired_rhineland,
        }
    }

    /// Both sides (Anglo-Saxon, Rhineland), when both are shown.
    pub fn means(&self) -> Option<(i64, i64)> {
        Some((self.anglo_saxon?, self.rhineland?))
    }

    /// Rhineland minus Anglo-Saxon of the shown sides, so a row adds up.
    pub fn difference(&self) -> Option<i64> {
        self.means().map(|(a, r)| r - a)
    }

    /// The weaker side's shown mean.
    pub fn weaker_side(&self) -> Option<i64> {
        self.means().map(|(a, r)| a.min(r))
    }

    /// Desired minus now, per side, of the shown figures.
    pub fn gap(&self) -> Option<(i64, i64)> {
        let (a, r) = self.means()?;
        Some((self.desired_anglo_saxon? - a, self.desired_rhineland? - r))
    }

    /// What the trend keeps of this round: both sides and, beside them, the spread.
    pub fn trend_figures(&self) -> Option<ShownFigures> {
        let (anglo_saxon, rhineland) = self.means()?;
        Some(ShownFigures {
            anglo_saxon,
            rhineland,
            spread: self.spread,
        })
    }
}

/// Every theme of a round as shown, in questionnaire order (none below the minimum
/// group).
pub fn themes(team: &TeamFigures) -> Vec<ShownTheme> {
    team.dimensions().iter().map(ShownTheme::of).collect()
}

/// The team over all themes as shown (Anglo-Saxon, Rhineland): none below the minimum
/// group and none for a divided team, whose position would fit nobody.
pub fn overall(team: &TeamFigures) -> Option<(i64, i64)> {
    let step = Step::of(team.instrument);
    let (a, r) = team.figures.as_ref()?.overall.position?;
    Some((rounded(a, step), rounded(r, step)))
}
