//! How far a small action got. Its own file because links carry it too
//! (`domain::link`), and the link format sits below the rounds that keep actions.

use serde::{Deserialize, Serialize};

use crate::domain::text::Text;

/// How far a small action got, as the team says at the next round.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum ActionStatus {
    #[default]
    Open,
    Done,
    Partly,
    NotYet,
}

impl ActionStatus {
    pub const REVIEW: [ActionStatus; 3] = [
        ActionStatus::Done,
        ActionStatus::Partly,
        ActionStatus::NotYet,
    ];

    /// The number a link carries for it (format 4 on); never changes meaning.
    pub const fn code(self) -> u8 {
        match self {
            ActionStatus::Open => 0,
            ActionStatus::Done => 1,
            ActionStatus::Partly => 2,
            ActionStatus::NotYet => 3,
        }
    }

    pub const fn from_code(code: u8) -> Option<ActionStatus> {
        match code {
            0 => Some(ActionStatus::Open),
            1 => Some(ActionStatus::Done),
            2 => Some(ActionStatus::Partly),
            3 => Some(ActionStatus::NotYet),
            _ => None,
        }
    }

    /// Its name in exports, as stored (`snake_case`).
    pub const fn export_code(self) -> &'static str {
        match self {
            ActionStatus::Open => "open",
            ActionStatus::Done => "done",
            ActionStatus::Partly => "partly",
            ActionStatus::NotYet => "not_yet",
        }
    }

    /// Ticked off or not: a done action is opened again, any other is done.
    pub const fn toggled(self) -> ActionStatus {
        match self {
            ActionStatus::Done => ActionStatus::Open,
            ActionStatus::Open | ActionStatus::Partly | ActionStatus::NotYet => ActionStatus::Done,
        }
    }

    pub const fn label(self) -> Text {
        match self {
            ActionStatus::Open => Text {
                nl: "loopt",
                en: "open",
            },
            ActionStatus::Done => Text {
                nl: "gedaan",
                en: "done",
            },
            ActionStatus::Partly => Text {
                nl: "deels",
                en: "partly",
            },
            ActionStatus::NotYet => Text {
                nl: "nog niet",
                en: "not yet",
            },
        }
    }
}
