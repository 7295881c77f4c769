//! One dimension's statements on one screen, with progress and next/back.

use leptos::prelude::*;

use crate::components::common::error_text::ErrorText;
use crate::components::common::reactive::{memo, shown};
use crate::components::common::text::tr;
use crate::components::scan::scan_nav::{ScanFocus, ScanNav};
use crate::components::scan::statement_rating::StatementRating;
use crate::components::scan::trade_off::TradeOff;
use crate::domain::instrument::answers::Horizon;
use crate::domain::instrument::rules::Scale;
use crate::domain::instrument::DimensionView;
use crate::domain::scan::Step;
use crate::domain::store::schema::ScanSlot;
use crate::domain::text::Text;
use crate::i18n::*;
use crate::state::{use_scan_slot, AppStore};
use crate::ui::{use_locale, PAGE_HEADING_ID};

#[component]
pub fn ScanDimension(dimension: DimensionView) -> impl IntoView {
    let i18n = use_i18n();
    let locale = use_locale();
    let store = expect_context::<AppStore>();
    let slot = use_scan_slot();
    let index = dimension.index;
    let instrument = dimension.instrument;
    let total = instrument.dimension_count();
    let step = Step::Dimension(index);
    let is_last = step.next(total) == Step::Result;
    // Read once per screen: switching "where we want to be" happens on the intro.
    let ask_desired = untrack(|| store.scan_with(slot, |s| s.ask_desired));
    let rules = instrument.rules();
    // A version may ask "where we want to go" of the trade-offs only.
    let ask_desired_statements = ask_desired && rules.desired_statements;
    let instruction = match (rules.intro, rules.scale) {
        (Some(intro), _) => {
            let text = intro.instruction;
            (move || text.get(locale.get())).into_any()
        }
        (None, Scale::Agreement) => tr!(i18n, scan_instructions).into_any(),
        // With "where we want to be" asked, the question says so from step 1.
        (None, Scale::Frequency) if ask_desired => {
            tr!(i18n, scan_instructions_frequency_desired).into_any()
        }
        (None, Scale::Frequency) => tr!(i18n, scan_instructions_frequency).into_any(),
    };
    let non_answers = rules.intro.map(|intro| {
        let text = intro.non_answers;
        view! { <p class="hint" data-testid="non-answers-hint">{move || text.get(locale.get())}</p> }
    });
    let all_answered = memo(move || {
        store.scan_with(slot, |scan| {
            dimension
                .statements()
                .all(|s| scan.get(s.id, Horizon::Now).is_some())
                && (dimension.trade_off.is_none()
                    || scan.trade_off(dimension.id, Horizon::Now).is_some())
        })
    });
    // In session mode the last step hands the device on instead of showing a result.
    let hand_over = is_last && slot == ScanSlot::Session;
    let problem = RwSignal::new(None::<Text>);
    let next = move |_| {
        if hand_over {
            problem.set(store.finish_session_member().err().map(|e| e.message()));
        } else {
            store.go_to(slot, step.next(total));
        }
    };
    let percent = (index + 1) * 100 / total;
    // Came here from the overview of answers: offer the way straight back to it.
    let nav = ScanNav::use_nav();
    let jumped = nav.jumped.get_untracked();
    let to_overview = move |_| {
        if let Some(target) = jumped {
            nav.focus.set(Some(ScanFocus::InOverview(target)));
        }
        store.go_to(slot, Step::Result);
    };

    view! {
        <section
            class="scan-step narrow"
            data-testid="scan-step"
            data-dimension=dimension.id
            data-instrument=instrument.id()
        >
            <div class="progress" data-testid="scan-progress">
                <span class="progress-text">
                    {tr!(i18n, scan_progress, current = index + 1, total = total)}
                </span>
                <span class="progress-track" aria-hidden="true">
                    <span class="progress-fill" style:width=format!("{percent}%")></span>
                </span>
            </div>
            <h1 id=PAGE_HEADING_ID tabindex="-1">{move || dimension.name.get(locale.get())}</h1>
            <p class="instructions">{instruction}</p>
            {non_answers}
            <div class="statements">
                {dimension
                    .statements()
                    .map(|statement| {
                        view! {
                            <StatementRating
                                statement=statement
                                instrument=instrument
                                ask_desired=ask_desired_statements
                            />
                        }
                    })
                    .collect_view()}
            </div>
            {dimension
                .trade_off
                .map(|item| {
                    view! {
                        <TradeOff
                            dimension=dimension.id
                            item=item
                            ask_desired=ask_desired
                            plain=rules.plain_trade_offs
                        />
                    }
                })}
            <p class="saved-note" aria-hidden="true">{tr!(i18n, scan_saved)}</p>
            {shown(move || !all_answered.get(), move || view! {
                <p class="unanswered-note" role="status">{tr!(i18n, scan_unanswered)}</p>
            })}
            <ErrorText problem=problem />
            <nav class="step-nav">
                <button
                    type="button"
                    class="button"
                    data-testid="scan-back"
                    on:click=move |_| store.go_to(slot, step.previous(total))
                >
                    {tr!(i18n, scan_back)}
                </button>
                {jumped
                    .map(|_| {
                        view! {
                            <button
                                type="button"
                                class="button"
                                data-testid="scan-to-overview"
                                on:click=to_overview
                            >
                                {tr!(i18n, scan_to_overview)}
                            </button>
                        }
                    })}
                <button
                    type="button"
                    class="button primary"
                    data-testid="scan-next"
                    on:click=next
                >
                    {if hand_over {
                        tr!(i18n, session_finish).into_any()
                    } else if is_last {
                        tr!(i18n, scan_to_result).into_any()
                    } else {
                        tr!(i18n, scan_next).into_any()
                    }}
                </button>
            </nav>
        </section>
    }
}
