//! What the scan is about (the version's own intro where it has one), how long it takes,
//! and that answers stay here.

use leptos::prelude::*;

use crate::components::common::reactive::{memo, shown};
use crate::components::common::text::tr;
use crate::components::scan::name_field::NameField;
use crate::components::scan::restart_scan::RestartScan;
use crate::components::scan::round_banner::RoundBanner;
use crate::domain::scan::Step;
use crate::domain::store::schema::ScanSlot;
use crate::i18n::*;
use crate::state::{use_scan_slot, AppStore};
use crate::ui::{use_locale, PAGE_HEADING_ID};

#[component]
pub fn ScanIntro() -> impl IntoView {
    let i18n = use_i18n();
    let store = expect_context::<AppStore>();
    let slot = use_scan_slot();
    // A "don't know" is not an answer, but it is a step made: it counts as filled in.
    let answered = memo(move || store.scan_with(slot, |s| s.tally().filled_in()));
    let instrument = untrack(|| store.scan_instrument(slot));
    let total = instrument.statement_count();
    let ask_desired = memo(move || store.scan_with(slot, |s| s.ask_desired));
    let rules = instrument.rules();
    // Where "where we want to go" is asked of the trade-offs only, the hints say so.
    let per_statement = rules.desired_statements;
    let locale = use_locale();
    // A version with its own intro (the two drives) says it in its own words.
    let intro = match rules.intro {
        Some(intro) => view! {
            <h1 id=PAGE_HEADING_ID tabindex="-1">{move || intro.title.get(locale.get())}</h1>
            <p class="lead">{move || intro.p1.get(locale.get())}</p>
            <p>{move || intro.p2.get(locale.get())}</p>
            <p>
                {move || intro.p3.get(locale.get())} " "
                {move || intro.divide_once.get(locale.get())}
            </p>
        }
        .into_any(),
        None => view! {
            <h1 id=PAGE_HEADING_ID tabindex="-1">{tr!(i18n, scan_intro_title)}</h1>
            <p class="lead">{tr!(i18n, scan_intro_p1)}</p>
            <p>{tr!(i18n, scan_intro_p2)}</p>
        }
        .into_any(),
    };
    // In a round, the facilitator decided whether "where we want to be" is asked.
    let own = slot == ScanSlot::Own;
    // Fixed for the page's life, so a plain branch rather than a reactive condition.
    let desired_choice = if own {
        view! {
            <label class="check">
                <input
                    type="checkbox"
                    data-testid="ask-desired"
                    prop:checked=move || ask_desired.get()
                    on:change=move |ev| store.set_ask_desired(slot, event_target_checked(&ev))
                />
                <span>
                    <strong>{tr!(i18n, scan_ask_desired)}</strong>
                    <span class="hint-inline">
                        {if per_statement {
                            tr!(i18n, scan_ask_desired_hint).into_any()
                        } else {
                            tr!(i18n, scan_ask_desired_hint_trade_offs).into_any()
                        }}
                    </span>
                </span>
            </label>
        }
        .into_any()
    } else {
        shown(
            move || ask_desired.get(),
            move || {
                view! {
                    <p class="note" data-testid="round-asks-desired">
                        {if per_statement {
                            tr!(i18n, scan_round_asks_desired).into_any()
                        } else {
                            tr!(i18n, scan_round_asks_desired_trade_offs).into_any()
                        }}
                    </p>
                }
            },
        )
        .into_any()
    };

    view! {
        <section class="scan-intro narrow" data-testid="scan-intro">
            <RoundBanner scan=slot />
            {intro}
            <ul class="facts">
                <li>
                    {if instrument.has_trade_offs() {
                        tr!(
                            i18n,
                            scan_intro_time_trade_offs,
                            statements = total,
                            items = instrument.dimension_count(),
                            steps = instrument.dimension_count()
                        )
                        .into_any()
                    } else {
                        tr!(i18n, scan_intro_time).into_any()
                    }}
                </li>
                <li>{tr!(i18n, scan_intro_privacy)}</li>
            </ul>
            {desired_choice}
            <NameField />
            {shown(move || { answered.get() > 0 }, move || view! {
                <p class="resume-note" data-testid="resume-note">
                    {tr!(i18n, scan_resume_note, filled = answered.get(), total = total)}
                </p>
            })}
            <div class="actions">
                <button
                    type="button"
                    class="button primary big"
                    data-testid="scan-begin"
                    on:click=move |_| store.go_to(slot, Step::first())
                >
                    {move || {
                        if answered.get() > 0 {
                            t_string!(i18n, scan_continue)
                        } else {
                            t_string!(i18n, scan_begin)
                        }
                    }}
                </button>
                {shown(move || { answered.get() > 0 }, move || view! {
                    <RestartScan />
                })}
            </div>
        </section>
    }
}
