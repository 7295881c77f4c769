//! One file with every team, round, answer, action and organisation this browser keeps,
//! and putting it back: restoring merges by the import rules, so nothing here is ever
//! overwritten. Backups from before organisations (schema 4 and older) restore as ever.

use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::locale::Locale;
use crate::org::book::OrgBook;
use crate::round::team_book::TeamBook;
use crate::store::schema::SCHEMA_VERSION;
use crate::text::Text;

pub const BACKUP_FORMAT: &str = "teambalans-backup";

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Backup {
    pub format: String,
    pub schema_version: u32,
    pub made_at: i64,
    pub teams: TeamBook,
    /// Schema 5 on; older backups have none.
    #[serde(default, skip_serializing_if = "OrgBook::is_empty")]
    pub organisations: OrgBook,
}

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum BackupError {
    #[error("not JSON")]
    NotJson,
    #[error("not a Teambalans backup")]
    NotABackup,
    #[error("made by a newer Teambalans")]
    TooNew,
    #[error("damaged")]
    Invalid,
}

impl BackupError {
    pub fn message(&self) -> Text {
        match self {
            BackupError::NotJson | BackupError::NotABackup => Text {
                nl: "Dit bestand is geen Teambalans-back-up. Kies het bestand dat Teambalans maakte (teambalans-backup-….json).",
                en: "This file is not a Teambalans backup. Choose the file Teambalans made (teambalans-backup-….json).",
            },
            BackupError::TooNew => Text {
                nl: "Deze back-up is gemaakt met een nieuwere Teambalans. Laad de pagina opnieuw om bij te werken en probeer het dan nog eens.",
                en: "This backup was made by a newer Teambalans. Reload the page to update, then try again.",
            },
            BackupError::Invalid => Text {
                nl: "Deze back-up is beschadigd; er is niets veranderd.",
                en: "This backup is damaged; nothing was changed.",
            },
        }
    }
}

pub fn encode(teams: &TeamBook, organisations: &OrgBook, now_ms: i64) -> String {
    let backup = Backup {
        format: BACKUP_FORMAT.to_string(),
        schema_version: SCHEMA_VERSION,
        made_at: now_ms,
        teams: teams.clone(),
        // What was deleted here is not the backup's business: restoring brings back
        // what it holds, it never deletes.
        organisations: OrgBook {
            organisations: organisations.organisations.clone(),
            removed: Default::default(),
        },
    };
    serde_json::to_string_pretty(&backup).unwrap_or_default()
}

#[derive(Deserialize)]
struct Probe {
    format: Option<String>,
    schema_version: Option<u64>,
}

/// Reads a backup file; untrusted, so every problem is a typed error.
pub fn decode(text: &str) -> Result<Backup, BackupError> {
    let probe: Probe = serde_json::from_str(text).map_err(|e| {
        if e.is_data() {
            BackupError::NotABackup
        } else {
            BackupError::NotJson
        }
    })?;
    if probe.format.as_deref() != Some(BACKUP_FORMAT) {
        return Err(BackupError::NotABackup);
    }
    match probe.schema_version {
        Some(v) if v > u64::from(SCHEMA_VERSION) => return Err(BackupError::TooNew),
        Some(_) => {}
        None => return Err(BackupError::NotABackup),
    }
    serde_json::from_str(text).map_err(|_| BackupError::Invalid)
}

/// What a backup holds, shown before restoring.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Contents {
    pub teams: usize,
    pub rounds: usize,
    pub responses: usize,
    pub actions: usize,
    pub organisations: usize,
}

pub fn contents(backup: &Backup) -> Contents {
    let book = &backup.teams;
    Contents {
        teams: book.teams.len(),
        rounds: book.rounds.len(),
        responses: book.rounds.iter().map(|r| r.responses.len()).sum(),
        actions: book.rounds.iter().map(|r| r.actions.len()).sum(),
        organisations: backup.organisations.organisations.len(),
    }
}

/// What restoring did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Restored {
    /// What was added: counted as a backup's contents are.
    pub added: Contents,
    /// Responses that differ from what is here: what is here was kept.
    pub kept_ours: usize,
}

/// A thing counted in a backup, with its singular and plural in both languages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Counted {
    Team,
    Round,
    Response,
    Action,
    Organisation,
}

impl Counted {
    fn word(self, n: usize, locale: Locale) -> &'static str {
        let one = n == 1;
        match (self, locale, one) {
            (Counted::Team, Locale::Nl, true) => "team",
            (Counted::Team, Locale::Nl, false) => "teams",
            (Counted::Team, Locale::En, true) => "team",
            (Counted::Team, Locale::En, false) => "teams",
            (Counted::Round, Locale::Nl, true) => "ronde",
            (Counted::Round, Locale::Nl, false) => "rondes",
            (Counted::Round, Locale::En, true) => "round",
            (Counted::Round, Locale::En, false) => "rounds",
            (Counted::Response, Locale::Nl, true) => "antwoordset",
            (Counted::Response, Locale::Nl, false) => "antwoordsets",
            (Counted::Response, Locale::En, true) => "response",
            (Counted::Response, Locale::En, false) => "responses",
            (Counted::Action, Locale::Nl, true) => "actie",
            (Counted::Action, Locale::Nl, false) => "acties",
            (Counted::Action, Locale::En, true) => "action",
            (Counted::Action, Locale::En, false) => "actions",
            (Counted::Organisation, Locale::Nl, true) => "organisatie",
            (Counted::Organisation, Locale::Nl, false) => "organisaties",
            (Counted::Organisation, Locale::En, true) => "organisation",
            (Counted::Organisation, Locale::En, false) => "organisations",
        }
    }
}

/// "1 team, 2 rondes, 8 antwoordsets en 1 actie": counts with the right singular or
/// plural, joined as a sentence joins them.
pub fn count_list(counts: &[(usize, Counted)], locale: Locale) -> String {
    let parts: Vec<String> = counts
        .iter()
        .map(|(n, what)| format!("{n} {}", what.word(*n, locale)))
        .collect();
    let refs: Vec<&str> = parts.iter().map(String::as_str).collect();
    crate::score::reading::join_names(&refs, locale)
}

impl Contents {
    pub fn summary(&self, locale: Locale) -> String {
        let mut counts = vec![
            (self.teams, Counted::Team),
            (self.rounds, Counted::Round),
            (self.responses, Counted::Response),
            (self.actions, Counted::Action),
        ];
        // Named only when there are any: most backups hold none.
        if self.organisations > 0 {
            counts.push((self.organisations, Counted::Organisation));
        }
        count_list(&counts, locale)
    }
}

/// Restores a whole backup: its teams (see [`restore`]) and its organisations.
pub fn restore_backup(
    teams: &mut TeamBook,
    organisations: &mut OrgBook,
    backup: &Backup,
    now_ms: i64,
) -> Restored {
    let mut done = restore(teams, &backup.teams);
    done.added.organisations = organisations.restore(&backup.organisations, now_ms).0;
    done
}

/// Merges a backup in: what is missing is added (also what was deleted here: restoring
/// is asked for); a member's differing answers never replace the ones here.
pub fn restore(ours: &mut TeamBook, backup: &TeamBook) -> Restored {
    let mut done = Restored::default();
    for team in &backup.teams {
        ours.removed_teams.remove(&team.id);
        if ours.team(team.id).is_none() {
            ours.teams.push(team.clone());
            done.added.teams += 1;
        }
    }
    for round in &backup.rounds {
        ours.removed_rounds.remove(&round.id);
        match ours.rounds.iter_mut().find(|r| r.id == round.id) {
            None => {
                ours.rounds.push(round.clone());
                done.added.rounds += 1;
                done.added.responses += round.responses.len();
                done.added.actions += round.actions.len();
            }
            Some(mine) => {
                for response in &round.responses {
                    match mine.responses.iter().find(|r| r.member == response.member) {
                        None => {
                            mine.responses.push(response.clone());
                            done.added.responses += 1;
                        }
                        Some(r) if r.now == response.now && r.desired == response.desired => {}
                        Some(_) => done.kept_ours += 1,
                    }
                }
                // As for rounds: restoring is asked for, so an action the backup holds
                // comes back even when it was deleted here since.
                for action in &round.actions {
                    mine.removed_actions.remove(&action.created_at);
                    if !mine
                        .actions
                        .iter()
                        .any(|a| a.created_at == action.created_at)
                    {
                        mine.actions.push(action.clone());
                        done.added.actions += 1;
                    }
                }
            }
        }
    }
    done
}
