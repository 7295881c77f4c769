//! Teams, rounds, invitations, imports and session mode: the facilitator's and the
//! member's actions, each saved at once. Rules live in `domain::round`; this file adds
//! the clock and random ids and turns every failure into a message.

use leptos::prelude::*;
use thiserror::Error;

use crate::domain::dates::{days_of_ms, parse_date};
use crate::domain::id::{MemberId, RoundId, TeamId};
use crate::domain::link::names::{clean_text, NameError};
use crate::domain::link::{Invite, Link, LinkError};
use crate::domain::locale::Locale;
use crate::domain::round::choices::{clean_own_statements, OwnStatementError};
use crate::domain::round::demo::{demo_agreements, demo_team};
use crate::domain::round::import::{import_all, import_link, ImportResult, ImportRow, PastePlace};
use crate::domain::round::invitation::Invitation;
use crate::domain::round::responses::MemberResponse;
use crate::domain::round::rounds::{
    Action, ActionDraft, ActionStatus, RoundDraft, EXPECTED_HIGHEST, EXPECTED_LOWEST,
    MIN_GROUP_HIGHEST, MIN_GROUP_LOWEST,
};
use crate::domain::round::session::Session;
use crate::domain::round::team_book::RoundError;
use crate::domain::text::Text;
use crate::platform::random::{self, RandomError};
use crate::state::store::{now_ms, AppStore};

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ActionError {
    #[error(transparent)]
    Name(#[from] NameError),
    #[error(transparent)]
    Round(#[from] RoundError),
    #[error(transparent)]
    Random(#[from] RandomError),
    #[error("not a date")]
    Date,
    #[error("minimum group size out of range")]
    MinGroup,
    #[error("expected team size out of range")]
    Expected,
    #[error(transparent)]
    OwnStatements(#[from] OwnStatementError),
}

impl ActionError {
    pub fn message(&self) -> Text {
        match self {
            ActionError::Name(e) => e.message(),
            ActionError::OwnStatements(e) => e.message(),
            ActionError::Round(e) => e.message(),
            ActionError::Random(_) => Text {
                nl: "Deze browser kan geen veilige willekeurige nummers maken, dus ook geen nieuwe ronde of deelnemer. Probeer een recente browser.",
                en: "This browser cannot make secure random numbers, so no new round or member either. Try an up-to-date browser.",
            },
            ActionError::Date => Text {
                nl: "Kies een geldige datum.",
                en: "Choose a valid date.",
            },
            ActionError::MinGroup => Text {
                nl: "De minimale groepsgrootte is een heel getal van 2 tot en met 50.",
                en: "The minimum group size is a whole number from 2 to 50.",
            },
            ActionError::Expected => Text {
                nl: "Het aantal teamleden is een heel getal van 2 tot en met 200. Laat het leeg als je het niet weet.",
                en: "The number of team members is a whole number from 2 to 200. Leave it empty if you don't know.",
            },
        }
    }
}

/// The minimum group size as typed in a number field.
fn parse_min_group(text: &str) -> Result<u8, ActionError> {
    text.trim()
        .parse::<u8>()
        .ok()
        .filter(|n| (MIN_GROUP_LOWEST..=MIN_GROUP_HIGHEST).contains(n))
        .ok_or(ActionError::MinGroup)
}

/// The expected team size as typed: empty is "not given".
fn parse_expected(text: &str) -> Result<Option<u8>, ActionError> {
    match text.trim() {
        "" => Ok(None),
        typed => typed
            .parse::<u8>()
            .ok()
            .filter(|n| (EXPECTED_LOWEST..=EXPECTED_HIGHEST).contains(n))
            .map(Some)
            .ok_or(ActionError::Expected),
    }
}

/// An action's fields as typed, cleaned the same way for adding and for editing: who
/// may be empty, what may not, by when is a date or nothing.
fn action_draft(who: &str, what: &str, by: &str) -> Result<ActionDraft, ActionError> {
    let who = clean_text(who, false)?;
    let what = clean_text(what, true)?;
    let by_days = match by.trim() {
        "" => None,
        date => Some(parse_date(date).ok_or(ActionError::Date)?),
    };
    Ok(ActionDraft { who, what, by_days })
}

/// What the facilitator typed in the new-round form.
pub struct RoundForm<'a> {
    pub team: TeamId,
    pub title: &'a str,
    pub date: &'a str,
    pub ask_desired: bool,
    pub min_group: &'a str,
    /// How many members are expected to answer; may be empty.
    pub expected: &'a str,
    pub open: bool,
    pub facilitator_out: bool,
    /// One own statement per field, as typed; empty fields are left out.
    pub own_statements: &'a [String],
}

impl AppStore {
    /// Applies a change that may be refused by the round rules, and saves.
    fn try_update<T: Default>(
        &self,
        change: impl FnOnce(&mut crate::domain::store::schema::AppData) -> Result<T, RoundError>,
    ) -> Result<T, RoundError> {
        let mut result = Ok(T::default());
        self.update(|d| result = change(d));
        result
    }

    pub fn create_team(&self, name: &str) -> Result<TeamId, ActionError> {
        let name = clean_text(name, true)?;
        let id = TeamId(random::id48()?);
        self.update(|d| d.teams.add_team(id, name, now_ms()));
        Ok(id)
    }

    pub fn rename_team(&self, id: TeamId, name: &str) -> Result<(), ActionError> {
        let name = clean_text(name, true)?;
        Ok(self.try_update(|d| d.teams.rename_team(id, name))?)
    }

    pub fn delete_team(&self, id: TeamId) {
        self.update(|d| d.teams.remove_team(id));
    }

    pub fn create_round(&self, form: RoundForm) -> Result<RoundId, ActionError> {
        let draft = RoundDraft {
            team: form.team,
            title: clean_text(form.title, false)?,
            date_days: parse_date(form.date).ok_or(ActionError::Date)?,
            ask_desired: form.ask_desired,
            min_group: parse_min_group(form.min_group)?,
            expected: parse_expected(form.expected)?,
            open: form.open,
            facilitator_out: form.facilitator_out,
            own_statements: clean_own_statements(form.own_statements)?,
        };
        let id = RoundId(random::id48()?);
        self.try_update(|d| d.teams.add_round(draft, id, now_ms()))?;
        Ok(id)
    }

    /// Sets how many members a round expects to answer, or clears it (empty).
    pub fn set_expected(&self, round: RoundId, typed: &str) -> Result<(), ActionError> {
        let members = parse_expected(typed)?;
        Ok(self.try_update(|d| d.teams.set_expected(round, members, now_ms()))?)
    }

    pub fn delete_round(&self, id: RoundId) {
        self.update(|d| {
            d.teams.remove_round(id);
            if d.session.as_ref().is_some_and(|s| s.round == id) {
                d.session = None;
            }
        });
    }

    /// Gives a round made from a response its team and title.
    pub fn place_round(&self, id: RoundId, team: TeamId, title: &str) -> Result<(), ActionError> {
        let title = clean_text(title, false)?;
        Ok(self.try_update(|d| d.teams.place_round(id, team, title))?)
    }

    /// A member opened an invite: keep it (once; opening it again changes nothing, so
    /// the member keeps their id and answers).
    pub fn accept_invite(&self, invite: Invite) -> Result<RoundId, ActionError> {
        let round = invite.round;
        if self.data.with_untracked(|d| d.invitation(round).is_some()) {
            return Ok(round);
        }
        let member = MemberId(random::id48()?);
        self.update(|d| {
            if d.invitation(round).is_none() {
                let mut invitation = Invitation::new(invite, member, now_ms());
                // The browser that holds the round is the facilitator's: their answers
                // are marked, so a round they stay out of keeps them apart.
                invitation.facilitator = d.teams.round(round).is_some();
                d.invitations.push(invitation);
            }
        });
        Ok(round)
    }

    /// Takes in every link in `text` pasted at `place`; see `domain::import::import_all`.
    pub fn import(&self, text: &str, place: PastePlace) -> Vec<ImportRow> {
        let mut rows = Vec::new();
        self.update(|d| rows = import_all(text, place, &mut d.teams, now_ms()));
        rows
    }

    /// Takes in one link (an unlocked one, say) as if it had been pasted at `place`.
    pub fn import_link(&self, link: Link, place: PastePlace) -> ImportResult {
        let mut result = None;
        self.update(|d| result = Some(import_link(link, place, &mut d.teams, now_ms())));
        // Only when the app is being torn down does the change not run.
        result.unwrap_or(ImportResult::Broken(LinkError::Invalid("not taken in")))
    }

    /// The facilitator's choice for a changed response: take the incoming one.
    pub fn replace_response(
        &self,
        round: RoundId,
        incoming: &MemberResponse,
    ) -> Result<(), RoundError> {
        self.try_update(|d| {
            d.teams
                .replace_response(round, incoming, now_ms())
                .map(|_| ())
        })
    }

    /// Records a small action agreed in a round.
    pub fn add_action(
        &self,
        round: RoundId,
        who: &str,
        what: &str,
        by: &str,
        dimension: Option<u8>,
    ) -> Result<(), ActionError> {
        let ActionDraft { who, what, by_days } = action_draft(who, what, by)?;
        let now = now_ms();
        let action = Action {
            created_at: now,
            who,
            what,
            by_days,
            dimension,
            status: ActionStatus::Open,
            updated_at: now,
        };
        Ok(self.try_update(|d| d.teams.add_action(round, action))?)
    }

    /// Changes an action's who, what and by when, checked as when adding.
    pub fn edit_action(
        &self,
        round: RoundId,
        created_at: i64,
        who: &str,
        what: &str,
        by: &str,
    ) -> Result<(), ActionError> {
        let draft = action_draft(who, what, by)?;
        Ok(self.try_update(|d| d.teams.edit_action(round, created_at, draft, now_ms()))?)
    }

    /// Sets how far an action got; one deleted meanwhile (another tab) stays deleted.
    pub fn set_action_status(&self, round: RoundId, created_at: i64, status: ActionStatus) {
        self.update(|d| {
            let _ = d
                .teams
                .set_action_status(round, created_at, status, now_ms());
        });
    }

    /// Notes what the team said about a talking point (a dimension id), saved at once.
    pub fn set_note(&self, round: RoundId, dimension: u8, text: &str) {
        self.update(|d| {
            let _ = d.teams.set_note(round, dimension, text, now_ms());
        });
    }

    /// Deletes an action, in other tabs too.
    pub fn delete_action(&self, round: RoundId, created_at: i64) {
        self.update(|d| {
            let _ = d.teams.remove_action(round, created_at);
        });
    }

    /// Adds the demo team (three example rounds) and returns its newest round.
    pub fn add_demo_team(&self, locale: Locale) -> Result<RoundId, ActionError> {
        let team = TeamId(random::id48()?);
        let rounds = [
            RoundId(random::id48()?),
            RoundId(random::id48()?),
            RoundId(random::id48()?),
        ];
        let now = now_ms();
        let (team, mut made) = demo_team(team, rounds, days_of_ms(now), now, locale);
        // Two agreements from the summer round, looked back on in the autumn round.
        let [first, second] = demo_agreements(locale);
        for (i, ((who, what), status)) in
            [(first, ActionStatus::Done), (second, ActionStatus::Partly)]
                .into_iter()
                .enumerate()
        {
            made[1].actions.push(Action {
                created_at: now + i as i64,
                who: who.to_string(),
                what: what.to_string(),
                by_days: None,
                dimension: Some(if i == 0 { 5 } else { 7 }),
                status,
                updated_at: now,
            });
        }
        let newest = made[2].id;
        self.update(|d| d.teams.add_team_with_rounds(team, made));
        Ok(newest)
    }

    pub fn start_session(&self, round: RoundId) -> Result<(), ActionError> {
        let member = MemberId(random::id48()?);
        Ok(self.try_update(|d| {
            let r = d.teams.round(round).ok_or(RoundError::NoSuchRound)?;
            d.session = Some(Session::start(r, member));
            Ok(())
        })?)
    }

    /// The member in session mode is done: their answers go into the round and the
    /// screen asks to pass the device on.
    pub fn finish_session_member(&self) -> Result<(), ActionError> {
        let next = MemberId(random::id48()?);
        Ok(self.try_update(|d| match d.session.as_mut() {
            Some(session) => session.finish_member(&mut d.teams, next, now_ms()),
            None => Ok(()),
        })?)
    }

    /// The next member takes the device.
    pub fn next_session_member(&self) {
        self.update(|d| {
            if let Some(session) = d.session.as_mut() {
                session.handing_over = false;
            }
        });
    }

    pub fn end_session(&self) {
        self.update(|d| d.session = None);
    }
}
