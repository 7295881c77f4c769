//! Placeholder until its issue lands: says what will be here.

use leptos::prelude::*;

use crate::app::PAGE_HEADING_ID;
use crate::i18n::*;

#[component]
pub fn OpenLinkPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="placeholder" data-testid="open_link-page">
            <h1 id=PAGE_HEADING_ID tabindex="-1">{t!(i18n, open_link_title)}</h1>
            <p>{t!(i18n, open_link_body)}</p>
        </section>
    }
}
