//! Moving around the questionnaire by more than one step: where focus goes on the new
//! screen, and whether the member jumped there from the overview of their answers.

use leptos::prelude::*;

use crate::domain::instrument::StatementId;

/// What a jump is for: one statement, or one step's trade-off.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JumpTarget {
    Statement(StatementId),
    TradeOff(u8),
}

impl JumpTarget {
    /// The element on the questionnaire step that holds it.
    pub fn step_element(self) -> String {
        match self {
            JumpTarget::Statement(id) => format!("statement-{}", id.0),
            JumpTarget::TradeOff(dimension) => format!("t{dimension}-now"),
        }
    }

    /// Its row in the overview.
    pub fn overview_element(self) -> String {
        match self {
            JumpTarget::Statement(id) => format!("overview-s{}", id.0),
            JumpTarget::TradeOff(dimension) => format!("overview-t{dimension}"),
        }
    }
}

/// Where focus lands when the screen changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScanFocus {
    /// The statement or trade-off jumped to, on its step.
    OnStep(JumpTarget),
    /// Back on the result page: the overview row jumped from.
    InOverview(JumpTarget),
}

/// Provided by the scan page for its screens; lives as long as the page.
#[derive(Debug, Clone, Copy)]
pub struct ScanNav {
    /// Taken (and cleared) by the next screen change; `None` focuses the heading.
    pub focus: RwSignal<Option<ScanFocus>>,
    /// The last statement jumped to from the overview: the steps then offer the way
    /// back, and the overview opens on return.
    pub jumped: RwSignal<Option<JumpTarget>>,
}

impl ScanNav {
    pub fn new() -> ScanNav {
        ScanNav {
            focus: RwSignal::new(None),
            jumped: RwSignal::new(None),
        }
    }

    /// The scan page's, or a fresh one for a screen shown on its own (a test).
    pub fn use_nav() -> ScanNav {
        use_context::<ScanNav>().unwrap_or_default()
    }
}

impl Default for ScanNav {
    fn default() -> Self {
        ScanNav::new()
    }
}
