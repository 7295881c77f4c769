//! The member's response link at the end of a round's questionnaire, with what to do
//! with it. Their answers also stay in their own browser.

use leptos::prelude::*;

use crate::components::common::link_share::LinkShare;
use crate::components::common::protect_link::ProtectLink;
use crate::components::common::reactive::{memo, reactive};
use crate::components::common::text::tr;
use crate::domain::link::{fragment_of, response_bytes, LinkKind, RoundId};
use crate::domain::round::import::short_code;
use crate::i18n::*;
use crate::platform::fragment;
use crate::state::AppStore;

#[component]
pub fn ResponseLink(round: RoundId) -> impl IntoView {
    let i18n = use_i18n();
    let store = expect_context::<AppStore>();
    let base = fragment::base_url();
    // Follows the answers: changing one gives a new link (a newer revision).
    let url = memo(move || {
        store.data.with(|d| {
            let bytes = response_bytes(&d.invitation(round)?.response()).ok()?;
            Some(format!("{base}{}", fragment_of(LinkKind::Response, &bytes)))
        })
    });
    let code = memo(move || {
        store
            .data
            .with(|d| d.invitation(round).map(|i| short_code(i.member)))
    });
    let team = memo(move || {
        store.data.with(|d| {
            d.invitation(round)
                .map(|i| i.invite.team_name.clone())
                .unwrap_or_default()
        })
    });

    view! {
        <section class="response-link card" data-testid="response-link-section">
            <h2>{tr!(i18n, response_title)}</h2>
            <p class="lead">{tr!(i18n, response_what_to_do)}</p>
            <p>{tr!(i18n, response_private)}</p>
            // The code the facilitator sees beside this link when they paste it.
            <p data-testid="response-code">{move || code.get().map(|c| t_string!(i18n, result_code, code = c.as_str()).to_string())}</p>
            {reactive(move || {
                url.get()
                    .map(|link| {
                        view! {
                            <LinkShare
                                url=link
                                title=Signal::derive(move || {
                                    format!("Teambalans · {}", team.get())
                                })
                                kind="response"
                                qr_label=Signal::derive(move || {
                                    t_string!(i18n, response_qr_label).to_string()
                                })
                            />
                        }
                    })
            })}
            <ProtectLink link=Signal::derive(move || {
                store.data.with(|d| {
                    let bytes = response_bytes(&d.invitation(round)?.response()).ok()?;
                    Some((LinkKind::Response, bytes))
                })
            }) />
        </section>
    }
}
