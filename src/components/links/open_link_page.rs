//! Opening links by pasting them: every kind of link the app makes opens here. A
//! response is taken into its round, an invite starts the questionnaire, a results link
//! shows its read-only dashboard, a protected link asks its passphrase first.

use leptos::prelude::*;

use crate::components::common::reactive::reactive;
use crate::components::common::text::tr;
use crate::components::links::land::land;
use crate::components::round::import_box::ImportBox;
use crate::domain::link::Link;
use crate::i18n::*;
use crate::ui::PAGE_HEADING_ID;

#[component]
pub fn OpenLinkPage() -> impl IntoView {
    let i18n = use_i18n();
    // A link opened from here is shown in place, as on its own landing page: an unlocked
    // link never goes into the address bar.
    let opened = RwSignal::new(None::<Link>);
    let on_open = Callback::new(move |link: Link| opened.set(Some(link)));
    reactive(move || match opened.get() {
        Some(link) => land(link),
        None => view! {
            <section class="narrow open-link" data-testid="open_link-page">
                <h1 id=PAGE_HEADING_ID tabindex="-1">{tr!(i18n, open_link_title)}</h1>
                <p class="lead">{tr!(i18n, open_link_body)}</p>
                <ImportBox on_open=on_open />
            </section>
        }
        .into_any(),
    })
}
