//! Asking the passphrase of a protected link and opening it in this browser (nothing is
//! sent anywhere). What the link inside then does is the caller's: the landing page of
//! an opened link and the paste boxes use the same form. A wrong passphrase says so and
//! changes nothing; the form stays for another try.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::components::common::error_text::ErrorText;
use crate::components::common::text::tr;
use crate::domain::link::{Link, Sealed};
use crate::domain::text::Text;
use crate::i18n::*;
use crate::state::protect::unprotect;

#[component]
pub fn UnlockForm(
    sealed: Sealed,
    /// Called with the link inside, once the passphrase fits.
    on_open: impl Fn(Link) + Send + Sync + 'static,
    /// The passphrase field's id: unique on the page (several links may wait at once).
    #[prop(into)]
    field_id: String,
) -> impl IntoView {
    let i18n = use_i18n();
    let passphrase = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<Text>);
    let busy = RwSignal::new(false);
    let sealed = StoredValue::new(sealed);
    let on_open = StoredValue::new(on_open);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        let phrase = passphrase.get_untracked();
        let sealed = sealed.get_value();
        spawn_local(async move {
            let opened = unprotect(&sealed, &phrase).await;
            // Settled before the link is used: using it may replace this form.
            busy.set(false);
            match opened {
                Ok(link) => {
                    problem.set(None);
                    on_open.with_value(|open| open(link));
                }
                Err(error) => problem.set(Some(error.message())),
            }
        });
    };
    view! {
        <form class="unlock-form" data-testid="unlock-form" on:submit=submit>
            <div class="field">
                <label for=field_id.clone()>{tr!(i18n, unlock_label)}</label>
                <input
                    id=field_id
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
    }
}
