//! Placeholder until its issue lands: says what will be here.

use leptos::prelude::*;

use crate::app::PAGE_HEADING_ID;
use crate::i18n::*;

#[component]
pub fn ScanPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="placeholder" data-testid="scan-page">
            <h1 id=PAGE_HEADING_ID tabindex="-1">{t!(i18n, scan_title)}</h1>
            <p>{t!(i18n, home_start_scan_hint)}</p>
        </section>
    }
}
