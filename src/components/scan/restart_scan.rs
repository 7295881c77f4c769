//! "Start again", which removes every answer on this device, so it asks first.

use leptos::prelude::*;

use crate::components::common::confirm_button::ConfirmButton;
use crate::i18n::*;
use crate::state::{use_scan_slot, AppStore};

#[component]
pub fn RestartScan() -> impl IntoView {
    let i18n = use_i18n();
    let store = expect_context::<AppStore>();
    let slot = use_scan_slot();
    view! {
        <ConfirmButton
            label=move || t_string!(i18n, result_restart).to_string()
            question=move || t_string!(i18n, result_restart_confirm).to_string()
            yes=move || t_string!(i18n, result_restart_yes).to_string()
            no=move || t_string!(i18n, result_cancel).to_string()
            test_id="restart"
            on_confirm=move || store.restart_scan(slot)
        />
    }
}
