//! The invite link: what a member's browser needs to start the questionnaire for a
//! round. Its writer beside its reader.

use serde::{Deserialize, Serialize};

use crate::id::RoundId;
use crate::instrument::Instrument;
use crate::link::codec::{write_text, LinkError, Reader, MAX_OWN_STATEMENTS};

/// What an invite link carries: enough to start the questionnaire for this round.
/// A member's browser keeps it as it came.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Invite {
    pub round: RoundId,
    /// Days since 1970-01-01 of the round's date.
    pub date_days: u16,
    pub ask_desired: bool,
    pub min_group: u8,
    pub instrument: Instrument,
    pub team_name: String,
    pub round_title: String,
    /// Format 5: an open round, in which a member may give their name. Anonymous (false)
    /// in older links and invitations kept before.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub open: bool,
    /// Format 5: the facilitator's own statements (at most `MAX_OWN_STATEMENTS`),
    /// answered on the instrument's scale, never part of its scores.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub own_statements: Vec<String>,
}

pub(super) fn write_invite(invite: &Invite, out: &mut Vec<u8>) -> Result<(), LinkError> {
    out.extend_from_slice(&invite.round.0);
    out.extend_from_slice(&invite.date_days.to_be_bytes());
    out.push(u8::from(invite.ask_desired));
    out.push(invite.min_group);
    out.push(invite.instrument.id());
    write_text(&invite.team_name, out)?;
    write_text(&invite.round_title, out)?;
    // Format 5: the open flag, then the own statements.
    out.push(u8::from(invite.open));
    if invite.own_statements.len() > MAX_OWN_STATEMENTS {
        return Err(LinkError::Invalid("too many own statements"));
    }
    out.push(invite.own_statements.len() as u8);
    for statement in &invite.own_statements {
        if statement.is_empty() {
            return Err(LinkError::Invalid("an empty own statement"));
        }
        write_text(statement, out)?;
    }
    Ok(())
}

pub(super) fn read_invite(r: &mut Reader, version: u8) -> Result<Invite, LinkError> {
    let round = RoundId(r.id()?);
    let date_days = r.u16()?;
    let ask_desired = r.flag()?;
    let min_group = r.byte()?;
    let instrument = r.instrument()?;
    let team_name = r.text()?;
    let round_title = r.text()?;
    let (open, own_statements) = if version >= 5 {
        let open = r.flag()?;
        let count = usize::from(r.byte()?);
        if count > MAX_OWN_STATEMENTS {
            return Err(LinkError::Invalid("too many own statements"));
        }
        let statements = (0..count)
            .map(|_| r.text())
            .collect::<Result<Vec<_>, _>>()?;
        if statements.iter().any(String::is_empty) {
            return Err(LinkError::Invalid("an empty own statement"));
        }
        (open, statements)
    } else {
        (false, Vec::new())
    };
    Ok(Invite {
        round,
        date_days,
        ask_desired,
        min_group,
        instrument,
        team_name,
        round_title,
        open,
        own_statements,
    })
}
