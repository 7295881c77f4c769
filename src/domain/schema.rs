//! Everything the app keeps in local storage, as one versioned document.
//!
//! Stored data is untrusted: `decode` never panics and tells apart data that is
//! corrupt, data from a newer Teambalans, and data that is not ours. Older versions are
//! migrated forward step by step; fixtures of every released version live in
//! `tests/fixtures/storage/` and must keep loading.

use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::domain::locale::Locale;
use crate::domain::scan::ScanData;
use crate::domain::text::Text;

/// The version this build writes.
pub const SCHEMA_VERSION: u32 = 1;

/// The one local-storage key the app owns.
pub const STORAGE_KEY: &str = "teambalans";

/// Where unreadable data is moved before anything new is written, so it is never lost.
pub const RESCUE_KEY_PREFIX: &str = "teambalans.unreadable.";

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AppData {
    pub schema_version: u32,
    #[serde(default)]
    pub settings: Settings,
    /// This member's own scan.
    #[serde(default)]
    pub scan: ScanData,
}

impl Default for AppData {
    fn default() -> Self {
        AppData {
            schema_version: SCHEMA_VERSION,
            settings: Settings::default(),
            scan: ScanData::default(),
        }
    }
}

impl AppData {
    /// Takes in what another tab saved: their answers merge into ours answer by answer;
    /// their settings (the last choice made anywhere) win.
    pub fn merge(&mut self, theirs: &AppData) {
        self.settings = theirs.settings.clone();
        self.scan.merge(&theirs.scan);
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
    // Version 1 is the first release, so there is nothing to migrate yet. A later
    // version adds one step per older version here: deserialise the old shape (kept as
    // its own type) and convert it, never dropping a field it cannot place.
    serde_json::from_str(raw).map_err(|e| DecodeError::Invalid {
        version,
        reason: position(&e),
    })
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
