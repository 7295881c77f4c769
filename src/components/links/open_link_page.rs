//! Opening links by pasting them: response links are imported into their rounds, an
//! invite can be opened from here, anything else says what it is.

use leptos::prelude::*;

use crate::components::common::text::tr;
use crate::components::round::import_box::ImportBox;
use crate::i18n::*;
use crate::ui::PAGE_HEADING_ID;

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
