//! A friendly page for an address we do not know, with a way home.

use leptos::prelude::*;

use crate::components::common::text::tr;
use crate::i18n::*;
use crate::routes::Route;
use crate::ui::PAGE_HEADING_ID;

#[component]
pub fn NotFound(path: String) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="not-found" data-testid="not-found">
            <h1 id=PAGE_HEADING_ID tabindex="-1">{tr!(i18n, not_found_title)}</h1>
            <p>{tr!(i18n, not_found_body)}</p>
            <p><code class="path">{path}</code></p>
            <a class="button primary" href=Route::Home.href() data-testid="go-home">
                {tr!(i18n, not_found_home)}
            </a>
        </section>
    }
}
