//! The app's data in a signal, loaded from and saved to local storage.
//!
//! Loading never deletes what it cannot read: unreadable data is copied to a rescue key
//! first, and data from a newer version is left alone (the app then works in memory).

use leptos::prelude::*;

use crate::domain::locale::Locale;
use crate::domain::round::import::ImportRow;
pub use crate::domain::round::import::PastePlace;
use crate::domain::store::schema::{self, AppData, DecodeError, RESCUE_KEY_PREFIX, STORAGE_KEY};
use crate::domain::text::Text;
use crate::platform::storage::{self, StorageError};

/// Why the app is (partly) working in memory only; shown in a banner.
#[derive(Debug, Clone, PartialEq)]
pub enum StorageProblem {
    /// Storage is off (private mode, disabled by policy).
    Unavailable,
    /// The browser's quota for this site is used up.
    Full,
    /// Saved data could not be read; it was kept under `rescue_key` (if that worked).
    Unreadable {
        error: DecodeError,
        rescue_key: Option<String>,
    },
    /// Saved data is from a newer Teambalans; we do not write over it.
    TooNew(DecodeError),
    /// Any other refusal by the browser.
    Refused(String),
}

/// What one paste did, for the page where it happened.
#[derive(Debug, Clone, PartialEq)]
pub struct PastedRows {
    pub place: PastePlace,
    pub rows: Vec<ImportRow>,
}

#[derive(Clone, Copy)]
pub struct AppStore {
    pub data: RwSignal<AppData>,
    pub problem: RwSignal<Option<StorageProblem>>,
    /// What the last paste did, and where (in memory only): listed on that page only.
    pub last_import: RwSignal<Option<PastedRows>>,
}

impl AppStore {
    /// Loads the stored data (or starts empty), `now_ms` naming any rescue key.
    pub fn load(now_ms: i64) -> AppStore {
        let (data, problem) = match storage::get(STORAGE_KEY) {
            Ok(None) => (AppData::default(), None),
            Ok(Some(raw)) => match schema::decode(&raw) {
                Ok(data) => (data, None),
                Err(error @ DecodeError::TooNew { .. }) => {
                    (AppData::default(), Some(StorageProblem::TooNew(error)))
                }
                Err(error) => {
                    let key = format!("{RESCUE_KEY_PREFIX}{now_ms}");
                    let rescue_key = storage::set(&key, &raw).ok().map(|_| key);
                    (
                        AppData::default(),
                        Some(StorageProblem::Unreadable { error, rescue_key }),
                    )
                }
            },
            Err(error) => (AppData::default(), Some(problem_of(error))),
        };
        AppStore {
            data: RwSignal::new(data),
            problem: RwSignal::new(problem),
            last_import: RwSignal::new(None),
        }
    }

    /// Changes the data and saves it.
    pub fn update(&self, change: impl FnOnce(&mut AppData)) {
        self.data.update(change);
        self.save();
    }

    fn may_write(&self) -> bool {
        self.problem.with_untracked(|problem| match problem {
            // Never write over newer data, nor over unreadable data we failed to rescue.
            Some(StorageProblem::TooNew(_)) => false,
            Some(StorageProblem::Unreadable { rescue_key, .. }) => rescue_key.is_some(),
            _ => true,
        })
    }

    /// Changes the data on top of what is stored now, and saves it as it is then: for a
    /// change that must win over the stored deletion marks. Restoring a backup is asked
    /// for, so what it brings back stays back; taken in after it, the stored marks would
    /// delete it again.
    pub fn update_over_stored(&self, change: impl FnOnce(&mut AppData)) {
        if !self.may_write() {
            self.update(change);
            return;
        }
        self.take_in_stored();
        self.data.update(change);
        self.write();
    }

    pub fn save(&self) {
        if !self.may_write() {
            return;
        }
        self.take_in_stored();
        self.write();
    }

    /// Another tab may have saved since we last read: take in its answers first, so a
    /// write from here never loses one of them.
    fn take_in_stored(&self) {
        if let Ok(Some(stored)) = storage::get(STORAGE_KEY) {
            if let Ok(theirs) = schema::decode(&stored) {
                let mut merged = self.data.get_untracked();
                merged.absorb(&theirs);
                if self.data.with_untracked(|ours| *ours != merged) {
                    self.data.set(merged);
                }
            }
        }
    }

    fn write(&self) {
        let raw = self.data.with_untracked(schema::encode);
        match storage::set(STORAGE_KEY, &raw) {
            Ok(()) => {
                // A save that works again clears a "full" or "refused" banner.
                if matches!(
                    self.problem.get_untracked(),
                    Some(StorageProblem::Full | StorageProblem::Refused(_))
                ) {
                    self.problem.set(None);
                }
            }
            Err(error) => self.problem.set(Some(problem_of(error))),
        }
    }

    /// Takes in what another tab saved.
    pub fn merge_external(&self, raw: Option<&str>) {
        let Some(Ok(theirs)) = raw.map(schema::decode) else {
            return;
        };
        self.data.update(|ours| ours.merge(&theirs));
    }

    pub fn chosen_locale(&self) -> Option<Locale> {
        self.data.with(|d| d.settings.locale)
    }
}

fn problem_of(error: StorageError) -> StorageProblem {
    match error {
        StorageError::Unavailable => StorageProblem::Unavailable,
        StorageError::QuotaExceeded => StorageProblem::Full,
        StorageError::Browser(reason) => StorageProblem::Refused(reason),
    }
}

impl StorageProblem {
    /// What the banner says: what happened, and what to do.
    pub fn message(&self) -> Text {
        match self {
            StorageProblem::Unavailable => Text {
                nl: "Deze browser laat Teambalans niets opslaan (bijvoorbeeld in een privévenster). Je kunt gewoon verder; bewaar je antwoorden via een link voordat je dit venster sluit.",
                en: "This browser does not let Teambalans save anything (a private window, for example). You can carry on; keep your answers by making a link before you close this window.",
            },
            StorageProblem::Full => Text {
                nl: "De opslag van deze browser is vol. Je laatste wijzigingen staan alleen in dit venster. Maak ruimte of bewaar je werk via een link.",
                en: "This browser's storage is full. Your latest changes are only in this window. Free some space or keep your work by making a link.",
            },
            StorageProblem::Unreadable { error, .. } | StorageProblem::TooNew(error) => {
                error.message()
            }
            StorageProblem::Refused(_) => Text {
                nl: "De browser weigerde je gegevens op te slaan. Je werk staat alleen in dit venster; bewaar het via een link.",
                en: "The browser refused to save your data. Your work is only in this window; keep it by making a link.",
            },
        }
    }
}

/// The current time in ms since the epoch: the one place the app reads the clock.
pub fn now_ms() -> i64 {
    // The browser's clock (ms since the epoch), as a whole number.
    js_sys::Date::now() as i64
}
