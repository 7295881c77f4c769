//! The person's own earlier scan on the start page: when, how far, and the way back to
//! its result (or to where they stopped).

use leptos::prelude::*;

use crate::components::common::reactive::{memo, reactive};
use crate::components::common::text::tr;
use crate::domain::dates::{days_of_ms, format_date};
use crate::domain::scan::overview::OwnScanSummary;
use crate::i18n::*;
use crate::routes::Route;
use crate::state::AppStore;
use crate::ui::use_locale;

#[component]
pub fn OwnScan() -> impl IntoView {
    let i18n = use_i18n();
    let locale = use_locale();
    let store = expect_context::<AppStore>();
    let summary = memo(move || store.data.with(|d| d.scan.summary()));
    let card = move |scan: OwnScanSummary| {
        let date = format_date(days_of_ms(scan.last_at), locale.get());
        let total = scan.tally.total;
        let (said, link) = if scan.finished {
            (
                t_string!(
                    i18n,
                    home_own_scan_done,
                    date = date.as_str(),
                    answered = scan.tally.answered,
                    total = total
                )
                .to_string(),
                t_string!(i18n, home_own_scan_see).to_string(),
            )
        } else {
            (
                t_string!(
                    i18n,
                    home_own_scan_started,
                    date = date.as_str(),
                    filled = scan.tally.filled_in(),
                    total = total
                )
                .to_string(),
                t_string!(i18n, home_own_scan_continue).to_string(),
            )
        };
        view! {
            <section class="card mine" aria-labelledby="own-scan-title" data-testid="own-scan">
                <h2 id="own-scan-title">{tr!(i18n, home_own_scan_title)}</h2>
                <p data-testid="own-scan-said">{said}</p>
                <a class="button" href=Route::Scan.href() data-testid="own-scan-link">{link}</a>
            </section>
        }
    };
    reactive(move || summary.get().map(card))
}
