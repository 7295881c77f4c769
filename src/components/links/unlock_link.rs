//! A passphrase-protected link that was opened: asks for the passphrase, opens it in
//! this browser (nothing is sent anywhere), then does what the link inside does.

use leptos::prelude::*;

use crate::components::common::reactive::reactive;
use crate::components::common::text::tr;
use crate::components::common::unlock_form::UnlockForm;
use crate::components::links::land::land;
use crate::domain::link::{Link, Sealed};
use crate::i18n::*;
use crate::ui::PAGE_HEADING_ID;

#[component]
pub fn UnlockLink(sealed: Sealed) -> impl IntoView {
    let i18n = use_i18n();
    let opened = RwSignal::new(None::<Link>);
    let sealed = StoredValue::new(sealed);
    reactive(move || match opened.get() {
        Some(link) => land(link),
        None => view! {
            <section class="narrow unlock" data-testid="unlock">
                <h1 id=PAGE_HEADING_ID tabindex="-1">{tr!(i18n, unlock_title)}</h1>
                <p>{tr!(i18n, unlock_body)}</p>
                <UnlockForm
                    sealed=sealed.get_value()
                    on_open=move |link| opened.set(Some(link))
                    field_id="unlock-passphrase"
                />
            </section>
        }
        .into_any(),
    })
}
