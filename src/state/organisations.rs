//! Organisations: making one, pasting teams' results links into it, marking layers,
//! taking a team out. Rules live in `domain::org::book`; this adds the clock and ids.

use crate::domain::id::{OrgId, RoundId};
use crate::domain::link::names::clean_text;
use crate::domain::link::Results;
use crate::domain::org::book::{OrgPaste, OrgPasteRow, Organisation};
use crate::domain::org::organisation::Layer;
use crate::platform::random;
use crate::state::rounds::ActionError;
use crate::state::store::{now_ms, AppStore};

impl AppStore {
    pub fn create_organisation(&self, name: &str) -> Result<OrgId, ActionError> {
        let name = clean_text(name, true)?;
        let id = OrgId(random::id48()?);
        self.update(|d| d.organisations.add(Organisation::new(id, name, now_ms())));
        Ok(id)
    }

    pub fn delete_organisation(&self, id: OrgId) {
        self.update(|d| d.organisations.remove(id));
    }

    /// Takes every link in `text` into the organisation; one row per pasted link.
    pub fn paste_into_organisation(&self, id: OrgId, text: &str) -> Vec<OrgPasteRow> {
        let mut rows = Vec::new();
        self.update(|d| {
            if let Some(org) = d.organisations.get_mut(id) {
                rows = org.paste(text, now_ms());
            }
        });
        rows
    }

    /// Takes one opened results link into the organisation; `None` if it is gone.
    pub fn add_to_organisation(&self, id: OrgId, results: Results) -> Option<OrgPaste> {
        let mut done = None;
        self.update(|d| {
            if let Some(org) = d.organisations.get_mut(id) {
                done = Some(org.add(results, now_ms()));
            }
        });
        done
    }

    pub fn set_team_layer(&self, id: OrgId, round: RoundId, layer: Option<Layer>) {
        self.update(|d| {
            if let Some(org) = d.organisations.get_mut(id) {
                org.set_layer(round, layer, now_ms());
            }
        });
    }

    pub fn remove_org_team(&self, id: OrgId, round: RoundId) {
        self.update(|d| {
            if let Some(org) = d.organisations.get_mut(id) {
                org.remove_team(round, now_ms());
            }
        });
    }
}
