//! Opening links by pasting them: response links are imported into their rounds, an
//! invite can be opened from here, anything else says what it is.

use leptos::prelude::*;

use crate::app::PAGE_HEADING_ID;
use crate::components::import_box::ImportBox;
use crate::components::text::tr;
use crate::i18n::*;

#[component]
pub fn OpenLinkPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="narrow open-link" data-testid="open_link-page">
            <h1 id=PAGE_HEADING_ID tabindex="-1">{tr!(i18n, open_link_title)}</h1>
            <p class="lead">{tr!(i18n, open_link_body)}</p>
            <ImportBox />
        </section>
    }
}
