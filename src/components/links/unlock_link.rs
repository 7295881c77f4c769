//! A passphrase-protected link: asks for the passphrase, opens it in this browser
//! (nothing is sent anywhere), then does what the link inside does.

use leptos::prelude::*;

use crate::components::common::error_text::ErrorText;
use crate::components::common::reactive::reactive;
use crate::ui::PAGE_HEADING_ID;
use leptos::task::spawn_local;

use crate::components::common::text::tr;
use crate::components::links::land::land;
use crate::domain::link::{Link, Sealed};
use crate::domain::text::Text;
use crate::i18n::*;
use crate::state::protect::unprotect;

#[component]
pub fn UnlockLink(sealed: Sealed) -> impl IntoView {
    let i18n = use_i18n();
    let passphrase = RwSignal::new(String::new());
    let opened = RwSignal::new(None::<Link>);
    let problem = RwSignal::new(None::<Text>);
    let busy = RwSignal::new(false);
    let sealed = StoredValue::new(sealed);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        busy.set(true);
        let phrase = passphrase.get_untracked();
        let sealed = sealed.get_value();
        spawn_local(async move {
            match unprotect(&sealed, &phrase).await {
                Ok(link) => opened.set(Some(link)),
                Err(error) => problem.set(Some(error.message())),
            }
            busy.set(false);
        });
    };
    reactive(move || {
        match opened.get() {
        Some(link) => land(link),
        None => view! {
            <section class="narrow unlock" data-testid="unlock">
                <h1 id=PAGE_HEADING_ID tabindex="-1">{tr!(i18n, unlock_title)}</h1>
                <p>{tr!(i18n, unlock_body)}</p>
                <form on:submit=submit>
                    <div class="field">
                        <label for="unlock-passphrase">{tr!(i18n, unlock_label)}</label>
                        <input
                            id="unlock-passphrase"
                            type="password"
                            autocomplete="off"
                            data-testid="unlock-passphrase"
                            prop:value=move || passphrase.get()
                            on:input=move |ev| passphrase.set(event_target_value(&ev))
                        />
                    </div>
                    <ErrorText problem=problem test_id="unlock-error" />
                    <button type="submit" class="button primary" data-testid="unlock-open" disabled=move || busy.get()>
                        {move || {
                            if busy.get() {
                                t_string!(i18n, unlock_busy)
                            } else {
                                t_string!(i18n, unlock_open)
                            }
                        }}
                    </button>
                </form>
            </section>
        }
        .into_any(),
    }
    })
}
