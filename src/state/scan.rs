//! Answering a questionnaire: every change is saved at once, into whichever scan the
//! screen is filling in (the person's own, a round's, or session mode's).

use leptos::prelude::*;

use crate::domain::instrument::answers::{Answer, Horizon};
use crate::domain::instrument::{Instrument, StatementId};
use crate::domain::scan::first_screen::FirstScreen;
use crate::domain::scan::{ScanData, Step};
use crate::domain::store::schema::ScanSlot;
use crate::state::store::{now_ms, AppStore};

/// The scan the current screen fills in: provided by the page, the person's own when
/// no page says otherwise.
pub fn use_scan_slot() -> ScanSlot {
    use_context::<ScanSlot>().unwrap_or(ScanSlot::Own)
}

impl AppStore {
    /// Reads the slot's scan (tracked); an empty one when it is gone (deleted elsewhere).
    pub fn scan_with<R>(&self, slot: ScanSlot, read: impl FnOnce(&ScanData) -> R) -> R {
        self.data.with(|d| match d.scan_of(slot) {
            Some(scan) => read(scan),
            None => read(&ScanData::default()),
        })
    }

    fn update_scan(&self, slot: ScanSlot, change: impl FnOnce(&mut ScanData)) {
        self.update(|d| {
            if let Some(scan) = d.scan_of_mut(slot) {
                change(scan);
            }
        });
    }

    pub fn scan_step(&self, slot: ScanSlot) -> Step {
        self.scan_with(slot, |s| s.step)
    }

    /// The questionnaire version the slot's scan asks.
    pub fn scan_instrument(&self, slot: ScanSlot) -> Instrument {
        self.scan_with(slot, |s| s.instrument)
    }

    /// Divides a trade-off item's ten points: `points` to the Rhineland side.
    pub fn divide(&self, slot: ScanSlot, dimension: u8, horizon: Horizon, points: u8) {
        self.update_scan(slot, |s| s.divide(dimension, horizon, points, now_ms()));
    }

    pub fn answer(&self, slot: ScanSlot, id: StatementId, horizon: Horizon, answer: Answer) {
        self.update_scan(slot, |s| s.answer(id, horizon, answer, now_ms()));
    }

    /// Answers own statement `index` of the slot's round.
    pub fn answer_own(&self, slot: ScanSlot, index: u8, answer: Answer) {
        self.update_scan(slot, |s| s.answer_own(index, answer, now_ms()));
    }

    /// The name a member of an open round gives, as typed.
    pub fn set_name(&self, slot: ScanSlot, name: &str) {
        self.update_scan(slot, |s| s.set_name(name, now_ms()));
    }

    /// Takes in what the member did on the invite's first screen before the app arrived.
    pub fn take_first_screen(&self, slot: ScanSlot, screen: &FirstScreen) {
        if screen.begun || !screen.fields.is_empty() {
            self.update_scan(slot, |s| screen.apply(s, now_ms()));
        }
    }

    pub fn go_to(&self, slot: ScanSlot, step: Step) {
        self.update_scan(slot, |s| s.step = step);
    }

    pub fn set_ask_desired(&self, slot: ScanSlot, ask: bool) {
        self.update_scan(slot, |s| s.ask_desired = ask);
    }

    pub fn restart_scan(&self, slot: ScanSlot) {
        // One's own scan starts again on the current questionnaire; a round's keeps the
        // round's version, which its other members answer too.
        self.update_scan(slot, |s| {
            let instrument = match slot {
                ScanSlot::Own => Instrument::CURRENT,
                ScanSlot::Invitation(_) | ScanSlot::Session => s.instrument,
            };
            s.restart(instrument, now_ms());
        });
    }
}

impl AppStore {
    /// The slot's round choices the member sees: whether it is open, and its own
    /// statements (tracked). The person's own scan has neither.
    pub fn round_choices(&self, slot: ScanSlot) -> (bool, Vec<String>) {
        self.data
            .with(|d| match slot {
                ScanSlot::Own => None,
                ScanSlot::Invitation(round) => d
                    .invitation(round)
                    .map(|i| (i.invite.open, i.invite.own_statements.clone())),
                ScanSlot::Session => d
                    .session
                    .as_ref()
                    .and_then(|s| d.teams.round(s.round))
                    .map(|r| (r.open, r.own_statements.clone())),
            })
            .unwrap_or_default()
    }
}
