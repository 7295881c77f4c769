//! In an open round, before answering: the member may give their name, and reads
//! plainly who will see it. An anonymous round renders nothing here.

use leptos::prelude::*;

use crate::components::common::reactive::{memo, shown};
use crate::components::common::text::tr;
use crate::domain::link::MAX_NAME_BYTES;
use crate::i18n::*;
use crate::state::{use_scan_slot, AppStore};

#[component]
pub fn NameField() -> impl IntoView {
    let i18n = use_i18n();
    let store = expect_context::<AppStore>();
    let slot = use_scan_slot();
    let open = memo(move || store.round_choices(slot).0);
    let name = move || store.scan_with(slot, |s| s.name.as_ref().map(|n| n.text.clone()));
    shown(
        move || open.get(),
        move || {
            view! {
                <div class="field name-field" data-testid="name-field">
                    <label for="member-name">{tr!(i18n, scan_name_label)}</label>
                    <p class="note" id="member-name-notice" data-testid="name-notice">
                        {tr!(i18n, scan_name_notice)}
                    </p>
                    <input
                        id="member-name"
                        type="text"
                        autocomplete="name"
                        maxlength=MAX_NAME_BYTES
                        aria-describedby="member-name-notice"
                        data-testid="member-name"
                        prop:value=move || name().unwrap_or_default()
                        on:input=move |ev| store.set_name(slot, &event_target_value(&ev))
                    />
                </div>
            }
        },
    )
}
