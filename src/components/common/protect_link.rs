//! Optionally protecting a results or response link with a passphrase (AES-GCM, key
//! from PBKDF2): the unprotected link stays the default.

use leptos::prelude::*;

use crate::components::common::error_text::ErrorText;
use crate::components::common::reactive::reactive;
use leptos::task::spawn_local;

use crate::components::common::link_share::LinkShare;
use crate::components::common::text::tr;
use crate::domain::link::{fragment_of, sealed_bytes, LinkKind};
use crate::domain::text::Text;
use crate::i18n::*;
use crate::platform::fragment;
use crate::state::protect::protect;

#[component]
/// `link`: the kind and bytes of the link to protect (its `to_bytes`).
pub fn ProtectLink(#[prop(into)] link: Signal<Option<(LinkKind, Vec<u8>)>>) -> impl IntoView {
    let i18n = use_i18n();
    let passphrase = RwSignal::new(String::new());
    let protected = RwSignal::new(None::<String>);
    let problem = RwSignal::new(None::<Text>);
    let busy = RwSignal::new(false);
    let base = StoredValue::new(fragment::base_url());
    let make = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some((kind, plain)) = link.get_untracked() else {
            return;
        };
        let phrase = passphrase.get_untracked();
        busy.set(true);
        spawn_local(async move {
            match protect(kind, &plain, &phrase).await {
                Ok(sealed) => {
                    problem.set(None);
                    protected.set(sealed_bytes(&sealed).ok().map(|bytes| {
                        format!(
                            "{}{}",
                            base.get_value(),
                            fragment_of(LinkKind::Sealed, &bytes)
                        )
                    }));
                }
                Err(error) => problem.set(Some(error.message())),
            }
            busy.set(false);
        });
    };
    view! {
        <details class="protect">
            <summary data-testid="protect-toggle">{tr!(i18n, protect_summary)}</summary>
            <p class="hint">{tr!(i18n, protect_hint)}</p>
            <form on:submit=make>
                <div class="field">
                    <label for="protect-passphrase">{tr!(i18n, protect_label)}</label>
                    <input
                        id="protect-passphrase"
                        type="password"
                        autocomplete="new-password"
                        data-testid="protect-passphrase"
                        prop:value=move || passphrase.get()
                        on:input=move |ev| passphrase.set(event_target_value(&ev))
                    />
                </div>
                <ErrorText problem=problem test_id="protect-error" />
                <button type="submit" class="button" data-testid="protect-make" disabled=move || busy.get()>
                    {move || if busy.get() { t_string!(i18n, unlock_busy) } else { t_string!(i18n, protect_make) }}
                </button>
            </form>
            {reactive(move || {
                protected
                    .get()
                    .map(|url| {
                        view! {
                            <LinkShare
                                url=url
                                title="Teambalans"
                                kind="protected"
                                qr_label=Signal::derive(move || t_string!(i18n, protect_qr_label).to_string())
                            />
                        }
                    })
            })}
        </details>
    }
}
