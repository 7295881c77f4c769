//! Session mode: members answer one after another on one device.

use serde::{Deserialize, Serialize};

use crate::id::{MemberId, RoundId};
use crate::link::names::clean_name;
use crate::round::responses::MemberResponse;
use crate::round::rounds::Round;
use crate::round::team_book::{RoundError, TeamBook};
use crate::scan::ScanData;
use crate::scan::{ratings_of, trade_offs_of};

/// Session mode: members answer one after another on this device. Only the member
/// answering now is kept here; a finished member's answers go straight into the round.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Session {
    pub round: RoundId,
    pub member: MemberId,
    #[serde(default)]
    pub scan: ScanData,
    /// Members who finished in this session.
    #[serde(default)]
    pub finished: u32,
    /// True between one member finishing and the next one starting: the screen then
    /// shows only "pass the device on".
    #[serde(default)]
    pub handing_over: bool,
}

impl Session {
    pub fn start(round: &Round, member: MemberId) -> Session {
        Session {
            round: round.id,
            member,
            scan: ScanData {
                ask_desired: round.ask_desired,
                ..ScanData::new(round.instrument)
            },
            finished: 0,
            handing_over: false,
        }
    }

    /// The current member is done: their response goes into the round, and nothing of
    /// theirs stays in the session. `next` is the next member's fresh id.
    pub fn finish_member(
        &mut self,
        book: &mut TeamBook,
        next: MemberId,
        now_ms: i64,
    ) -> Result<(), RoundError> {
        let round = book.round_mut(self.round)?;
        let response = MemberResponse {
            member: self.member,
            revision: now_ms,
            instrument: round.instrument,
            has_desired: round.ask_desired,
            ratings: ratings_of(&self.scan, round.ask_desired),
            trade_offs: trade_offs_of(&self.scan, round.ask_desired),
            facilitator: false,
            name: round
                .open
                .then(|| self.scan.name.as_ref().and_then(|n| clean_name(&n.text)))
                .flatten(),
            own_answers: self.scan.own_answers(round.own_statements.len()),
        };
        round.put(&response, now_ms);
        self.scan = ScanData {
            ask_desired: round.ask_desired,
            ..ScanData::new(round.instrument)
        };
        self.member = next;
        self.finished += 1;
        self.handing_over = true;
        Ok(())
    }
}
