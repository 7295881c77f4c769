//! Everything the app keeps in local storage, as one versioned document.
//!
//! Stored data is untrusted: `decode` never panics and tells apart data that is
//! corrupt, data from a newer Teambalans, and data that is not ours. Older versions are
//! migrated forward step by step; fixtures of every released version live in
//! `tests/fixtures/storage/` and must keep loading.

use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::link::RoundId;
use crate::locale::Locale;
use crate::org::book::OrgBook;
use crate::round::invitation::Invitation;
use crate::round::session::Session;
use crate::round::team_book::TeamBook;
use crate::scan::ScanData;
use crate::text::Text;

/// The version this build writes. 2 added teams, rounds, invitations and sessions; a
/// build that knows only 1 must not write over them, so the version went up. 3 added
/// instrument version 2: scans carry their version, responses their trade-offs, and a
/// round of version 2 holds 72 answers a build that knows only 2 would read as version
/// 1's. Version 2's documents load unchanged: every scan in them is version 1. 4 added
/// a round's expected team size, which a build that knows only 3 would drop on writing;
/// version 3's documents load unchanged (no round has one). 5 added organisations (teams'
/// results links with their layers), a round's own choices (open, facilitator out, own
/// statements; names, facilitator marks and own answers in responses and invitations),
/// meeting notes and dropped actions, all of which a build that knows only 4 would drop
/// or refuse; version 4's documents load unchanged (they have none of them). 6 added
/// instrument version 3: a scan, round, invitation or organisation of version 3 holds an
/// instrument id a build that knows only 5 cannot read, and would move the whole
/// document aside as unreadable; told it is newer, it keeps its hands off. Version 5's
/// documents load unchanged (every instrument in them is 1 or 2).
pub const SCHEMA_VERSION: u32 = 6;

/// The one local-storage key the app owns.
pub const STORAGE_KEY: &str = "teambalans";

/// Where unreadable data is moved before anything new is written, so it is never lost.
pub const RESCUE_KEY_PREFIX: &str = "teambalans.unreadable.";

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AppData {
    pub schema_version: u32,
    #[serde(default)]
    pub settings: Settings,
    /// This person's own scan, outside any round.
    #[serde(default)]
    pub scan: ScanData,
    /// Teams and rounds this browser keeps as a facilitator.
    #[serde(default)]
    pub teams: TeamBook,
    /// Rounds this browser was invited to, with the member's answers.
    #[serde(default)]
    pub invitations: Vec<Invitation>,
    /// Session mode in progress on this device.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session: Option<Session>,
    /// Organisations: several teams' results side by side (schema 5 on).
    #[serde(default, skip_serializing_if = "OrgBook::is_empty")]
    pub organisations: OrgBook,
}

impl Default for AppData {
    fn default() -> Self {
        AppData {
            schema_version: SCHEMA_VERSION,
            settings: Settings::default(),
            scan: ScanData::default(),
            teams: TeamBook::default(),
            invitations: Vec::new(),
            session: None,
            organisations: OrgBook::default(),
        }
    }
}

impl AppData {
    /// Takes in what another tab saved, as that tab's change: answers, teams and
    /// responses merge (nothing is lost); their settings and session win.
    pub fn merge(&mut self, theirs: &AppData) {
        self.absorb(theirs);
        self.settings = theirs.settings.clone();
        self.session = theirs.session.clone();
    }

    /// Takes in what is stored before writing ours over it: nothing another tab saved
    /// is lost, and what we are doing here (settings, session) stays ours.
    pub fn absorb(&mut self, theirs: &AppData) {
        self.scan.merge(&theirs.scan);
        self.teams.merge(&theirs.teams);
        self.organisations.merge(&theirs.organisations);
        for their in &theirs.invitations {
            match self
                .invitations
                .iter_mut()
                .find(|i| i.invite.round == their.invite.round)
            {
                None => self.invitations.push(their.clone()),
                Some(ours) => {
                    ours.scan.merge(&their.scan);
                    // Two tabs that opened the same invite at once: both keep the first id.
                    if (their.opened_at, their.member) < (ours.opened_at, ours.member) {
                        ours.member = their.member;
                        ours.opened_at = their.opened_at;
                    }
                }
            }
        }
    }

    pub fn invitation(&self, round: RoundId) -> Option<&Invitation> {
        self.invitations.iter().find(|i| i.invite.round == round)
    }

    pub fn invitation_mut(&mut self, round: RoundId) -> Option<&mut Invitation> {
        self.invitations
            .iter_mut()
            .find(|i| i.invite.round == round)
    }
}

/// Which questionnaire a screen is filling in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ScanSlot {
    /// The person's own scan, outside any round.
    Own,
    /// The member's answers for a round they were invited to.
    Invitation(RoundId),
    /// The member answering now in session mode.
    Session,
}

impl AppData {
    pub fn scan_of(&self, slot: ScanSlot) -> Option<&ScanData> {
        match slot {
            ScanSlot::Own => Some(&self.scan),
            ScanSlot::Invitation(round) => self.invitation(round).map(|i| &i.scan),
            ScanSlot::Session => self.session.as_ref().map(|s| &s.scan),
        }
    }

    pub fn scan_of_mut(&mut self, slot: ScanSlot) -> Option<&mut ScanData> {
        match slot {
            ScanSlot::Own => Some(&mut self.scan),
            ScanSlot::Invitation(round) => self.invitation_mut(round).map(|i| &mut i.scan),
            ScanSlot::Session => self.session.as_mut().map(|s| &mut s.scan),
        }
    }
}

/// Version 1 as it was written: one scan and the settings.
#[derive(Deserialize)]
struct AppDataV1 {
    #[serde(default)]
    settings: Settings,
    #[serde(default)]
    scan: ScanData,
}

impl From<AppDataV1> for AppData {
    fn from(v1: AppDataV1) -> AppData {
        AppData {
            settings: v1.settings,
            scan: v1.scan,
            ..AppData::default()
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Settings {
    /// The user's own choice; `None` means "follow the browser".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locale: Option<Locale>,
}

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum DecodeError {
    #[error("stored data is not valid JSON: {0}")]
    Corrupt(String),
    #[error("stored data has no schema version; it is not Teambalans data")]
    Foreign,
    #[error(
        "stored data is from a newer Teambalans (schema {found}, this one reads up to {supported})"
    )]
    TooNew { found: u64, supported: u32 },
    #[error("stored data of schema {version} does not match that schema: {reason}")]
    Invalid { version: u64, reason: String },
}

impl DecodeError {
    /// What the user reads in the storage banner.
    pub fn message(&self) -> Text {
        match self {
            DecodeError::Corrupt(_) | DecodeError::Foreign | DecodeError::Invalid { .. } => Text {
                nl: "De opgeslagen gegevens in deze browser zijn beschadigd of niet van Teambalans. We hebben ze apart bewaard en niets gewist; je werkt nu met een schone lei.",
                en: "The data saved in this browser is damaged or not from Teambalans. We set it aside and deleted nothing; you are now working with a clean slate.",
            },
            DecodeError::TooNew { .. } => Text {
                nl: "Deze gegevens zijn gemaakt door een nieuwere versie van Teambalans. Laad de pagina opnieuw om de nieuwe versie te krijgen; tot dan wordt er niets overschreven.",
                en: "This data was made by a newer version of Teambalans. Reload the page to get the new version; until then nothing is overwritten.",
            },
        }
    }
}

/// Only the version, read first so that a newer or foreign document is never misread.
#[derive(Deserialize)]
struct VersionProbe {
    schema_version: Option<u64>,
}

/// Where serde_json gave up, without carrying its error formatting into the app.
fn position(error: &serde_json::Error) -> String {
    format!("line {}, column {}", error.line(), error.column())
}

/// Reads a stored document of any released version and migrates it to the current one.
pub fn decode(raw: &str) -> Result<AppData, DecodeError> {
    let probe: VersionProbe = serde_json::from_str(raw).map_err(|e| {
        if e.is_data() {
            DecodeError::Foreign
        } else {
            DecodeError::Corrupt(position(&e))
        }
    })?;
    let version = match probe.schema_version {
        None | Some(0) => return Err(DecodeError::Foreign),
        Some(v) => v,
    };
    if version > u64::from(SCHEMA_VERSION) {
        return Err(DecodeError::TooNew {
            found: version,
            supported: SCHEMA_VERSION,
        });
    }
    let invalid = |e: serde_json::Error| DecodeError::Invalid {
        version,
        reason: position(&e),
    };
    // One step per older version: deserialise the old shape (kept as its own type) and
    // convert it, never dropping a field it can place. Versions 2 to 5 read as the current
    // shape: what they lack (trade-offs, expected sizes, organisations, version 3) defaults
    // to empty.
    let mut data: AppData = match version {
        1 => serde_json::from_str::<AppDataV1>(raw)
            .map_err(invalid)?
            .into(),
        _ => serde_json::from_str(raw).map_err(invalid)?,
    };
    data.schema_version = SCHEMA_VERSION;
    Ok(data)
}

pub fn encode(data: &AppData) -> String {
    // Serialising these plain types cannot fail; an empty object is a safe fallback.
    serde_json::to_string(data).unwrap_or_else(|_| String::from("{}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_is_written_reads_back() {
        let data = AppData {
            settings: Settings {
                locale: Some(Locale::En),
            },
            ..AppData::default()
        };
        assert_eq!(decode(&encode(&data)), Ok(data));
    }

    #[test]
    fn bad_input_is_a_typed_error() {
        assert!(matches!(decode("{"), Err(DecodeError::Corrupt(_))));
        assert!(matches!(decode("\"hello\""), Err(DecodeError::Foreign)));
        assert!(matches!(decode("{\"a\":1}"), Err(DecodeError::Foreign)));
        assert!(matches!(
            decode("{\"schema_version\":99}"),
            Err(DecodeError::TooNew { found: 99, .. })
        ));
        assert!(matches!(
            decode("{\"schema_version\":1,\"settings\":{\"locale\":\"xx\"}}"),
            Err(DecodeError::Invalid { version: 1, .. })
        ));
    }
}
