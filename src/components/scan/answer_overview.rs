//! Every statement with the answer given, grouped by step: a member who wants to change
//! one answer picks it here and lands on it, instead of paging back step by step.
//! Each row is a button named by the statement and its answer; focus lands on the
//! statement's chosen answer, and "back to the overview" returns to the row.

use leptos::prelude::*;

use crate::components::common::reactive::memo;
use crate::components::common::text::{tr, trade_off_points};
use crate::components::scan::scan_nav::{JumpTarget, ScanFocus, ScanNav};
use crate::domain::instrument::answers::Answer;
use crate::domain::instrument::{Instrument, Pole};
use crate::domain::locale::Locale as Language;
use crate::domain::scan::overview::{overview, OverviewRow, OverviewStep};
use crate::domain::scan::Step;
use crate::i18n::*;
use crate::state::{use_scan_slot, AppStore};
use crate::ui::use_locale;

type I18n = leptos_i18n::I18nContext<Locale>;

#[component]
pub fn AnswerOverview() -> impl IntoView {
    let i18n = use_i18n();
    let store = expect_context::<AppStore>();
    let slot = use_scan_slot();
    let nav = ScanNav::use_nav();
    let steps = memo(move || store.scan_with(slot, overview));
    let instrument = memo(move || store.scan_instrument(slot));
    let asks_desired = memo(move || store.scan_with(slot, |s| s.ask_desired));
    let jump = move |step: Step, target: JumpTarget| {
        nav.jumped.set(Some(target));
        nav.focus.set(Some(ScanFocus::OnStep(target)));
        store.go_to(slot, step);
    };
    // Back from a jump: open, so focus can land on the row jumped from.
    let open = nav.jumped.get_untracked().is_some();

    view! {
        <section
            class="card answer-overview no-print"
            aria-labelledby="overview-title"
            data-testid="answer-overview"
        >
            <h2 id="overview-title">{tr!(i18n, overview_title)}</h2>
            <details open=open>
                <summary data-testid="overview-toggle">
                    {tr!(i18n, overview_toggle, count = instrument.get().statement_count())}
                </summary>
                <p class="hint">{tr!(i18n, overview_hint)}</p>
                {move || {
                    let instrument = instrument.get();
                    let desired = asks_desired.get();
                    steps
                        .get()
                        .into_iter()
                        .map(|step| {
                            view! {
                                <OverviewGroup
                                    step=step
                                    instrument=instrument
                                    desired=desired
                                    jump=jump
                                />
                            }
                        })
                        .collect_view()
                }}
            </details>
        </section>
    }
}

/// One step's statements (and trade-off), under the dimension's name.
#[component]
fn OverviewGroup(
    step: OverviewStep,
    instrument: Instrument,
    desired: bool,
    jump: impl Fn(Step, JumpTarget) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let i18n = use_i18n();
    let locale = use_locale();
    let name = step.name;
    let heading = format!("overview-step-{}", step.dimension);
    let at = step.step;
    // Statements carry "where we want to be" only where the version asks it of them.
    let desired_rows = desired && instrument.rules().desired_statements;
    let first = instrument.trade_off_first(step.dimension);
    let rows = step
        .rows
        .iter()
        .copied()
        .map(|row| {
            view! {
                <OverviewItem
                    target=JumpTarget::Statement(row.statement)
                    open=row.now.is_none()
                    on_pick=move |target| jump(at, target)
                    text=move || row.text.get(locale.get()).to_string()
                    answer=move || row_answers(row, instrument, desired_rows, locale.get(), i18n)
                />
            }
        })
        .collect_view();
    let trade_off = step.trade_off.map(|(now, wanted)| {
        view! {
            <OverviewItem
                target=JumpTarget::TradeOff(step.dimension)
                open=now.is_none()
                on_pick=move |target| jump(at, target)
                text=move || t_string!(i18n, trade_off_heading).to_string()
                answer=move || trade_off_answers(now, wanted, desired, first, i18n)
            />
        }
    });
    view! {
        <h3 class="overview-step" id=heading.clone()>{move || name.get(locale.get())}</h3>
        <ul class="overview-list" aria-labelledby=heading>
            {rows}
            {trade_off}
        </ul>
    }
}

/// One row: a button named by what was asked and the answer given.
#[component]
fn OverviewItem(
    target: JumpTarget,
    /// Not answered yet.
    open: bool,
    on_pick: impl Fn(JumpTarget) + Copy + Send + Sync + 'static,
    text: impl Fn() -> String + Send + Sync + 'static,
    answer: impl Fn() -> String + Send + Sync + 'static,
) -> impl IntoView {
    let i18n = use_i18n();
    let (test_id, statement) = match target {
        JumpTarget::Statement(id) => ("overview-item", Some(id.0)),
        JumpTarget::TradeOff(_) => ("overview-trade-off", None),
    };
    view! {
        <li>
            <button
                type="button"
                class="overview-item"
                id=target.overview_element()
                data-testid=test_id
                data-statement=statement
                on:click=move |_| on_pick(target)
            >
                <span class="overview-text">{text}</span>
                // Read out between the statement and its answer.
                <span class="visually-hidden">{tr!(i18n, overview_answer_prefix)}</span>
                <span class="overview-answer" class:open=open>{answer}</span>
            </button>
        </li>
    }
}

/// "often", or "Today: often · Where we want to be: almost always".
fn row_answers(
    row: OverviewRow,
    instrument: Instrument,
    desired: bool,
    language: Language,
    i18n: I18n,
) -> String {
    let label = |answer: Option<Answer>| match answer {
        Some(a) => a.label(instrument).get(language).to_string(),
        None => t_string!(i18n, overview_not_answered).to_string(),
    };
    both(label(row.now), desired.then(|| label(row.desired)), i18n)
}

/// "A 3 · B 7", or not divided yet; with "where we want to be" both.
fn trade_off_answers(
    now: Option<u8>,
    wanted: Option<u8>,
    desired: bool,
    first: Pole,
    i18n: I18n,
) -> String {
    let label = |rhineland: Option<u8>| match rhineland {
        Some(r) => trade_off_points(i18n, r, first),
        None => t_string!(i18n, trade_off_not_yet).to_string(),
    };
    both(label(now), desired.then(|| label(wanted)), i18n)
}

fn both(now: String, wanted: Option<String>, i18n: I18n) -> String {
    match wanted {
        None => now,
        Some(wanted) => t_string!(i18n, overview_both, now = now, wanted = wanted).to_string(),
    }
}
