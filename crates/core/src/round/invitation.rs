//! A round as a member's browser keeps it.

use serde::{Deserialize, Serialize};

use crate::id::MemberId;
use crate::link::names::clean_name;
use crate::link::{Invite, Response};
use crate::scan::ScanData;
use crate::scan::{ratings_of, trade_offs_of};

/// A round as a member's browser keeps it: the invite, the member's id for this round
/// (made once, kept across "start again") and their answers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Invitation {
    pub invite: Invite,
    pub member: MemberId,
    #[serde(default)]
    pub scan: ScanData,
    pub opened_at: i64,
    /// Opened in the browser that holds the round: the facilitator's own answers.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub facilitator: bool,
}

impl Invitation {
    pub fn new(invite: Invite, member: MemberId, now_ms: i64) -> Invitation {
        let scan = ScanData {
            ask_desired: invite.ask_desired,
            ..ScanData::new(invite.instrument)
        };
        Invitation {
            invite,
            member,
            scan,
            opened_at: now_ms,
            facilitator: false,
        }
    }

    /// The response link's content. Its revision is the time of the latest answer, so
    /// making the link twice without changes gives the same link.
    pub fn response(&self) -> Response {
        let has_desired = self.invite.ask_desired;
        Response {
            round: self.invite.round,
            member: self.member,
            revision: self.scan.last_answered_at().unwrap_or(self.opened_at),
            instrument: self.invite.instrument,
            has_desired,
            ratings: ratings_of(&self.scan, has_desired),
            trade_offs: trade_offs_of(&self.scan, has_desired),
            facilitator: self.facilitator,
            // Only an open round takes a name; an anonymous one never carries it.
            name: self
                .invite
                .open
                .then(|| self.scan.name.as_ref().and_then(|n| clean_name(&n.text)))
                .flatten(),
            own_answers: self.scan.own_answers(self.invite.own_statements.len()),
        }
    }
}
