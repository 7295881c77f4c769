//! Session mode: members answer one after another on one device. After each member the
//! screen only says "pass the device on"; their answers are already in the round and
//! nothing of theirs can be brought back on screen, not with the back button either.

use leptos::prelude::*;

use crate::components::common::confirm_button::ConfirmButton;
use crate::components::common::error_text::ErrorText;
use crate::components::common::reactive::{memo, reactive};
use crate::components::common::text::tr;
use crate::components::scan::scan_page::ScanPage;
use crate::domain::link::RoundId;
use crate::domain::store::schema::ScanSlot;
use crate::domain::text::Text;
use crate::i18n::*;
use crate::platform::fragment;
use crate::routes::Route;
use crate::state::AppStore;
use crate::ui::PAGE_HEADING_ID;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Phase {
    /// No session for this round on this device.
    NotStarted,
    Answering,
    HandingOver,
}

#[component]
pub fn SessionPage(round: RoundId) -> impl IntoView {
    let i18n = use_i18n();
    let store = expect_context::<AppStore>();
    let phase = memo(move || {
        store.data.with(|d| match &d.session {
            Some(s) if s.round == round && s.handing_over => Phase::HandingOver,
            Some(s) if s.round == round => Phase::Answering,
            _ => Phase::NotStarted,
        })
    });
    let finished = memo(move || {
        store
            .data
            .with(|d| d.session.as_ref().map_or(0, |s| s.finished))
    });
    let problem = RwSignal::new(None::<Text>);
    let start = move |_| problem.set(store.start_session(round).err().map(|e| e.message()));
    let end = move || {
        store.end_session();
        fragment::go(&Route::Round(round).href());
    };

    let end_button = move || {
        view! {
            <ConfirmButton
                label=move || t_string!(i18n, session_end).to_string()
                question=move || t_string!(i18n, session_end_confirm).to_string()
                yes=move || t_string!(i18n, session_end_yes).to_string()
                no=move || t_string!(i18n, result_cancel).to_string()
                test_id="end-session"
                on_confirm=end
            />
        }
    };

    // Each phase is its own view type, so a new phase replaces the DOM: the
    // questionnaire's DOM is gone the moment a member finishes.
    reactive(move || {
        match phase.get() {
                Phase::NotStarted => {
                    view! {
                        <section class="narrow" data-testid="session-start">
                            <h1 id=PAGE_HEADING_ID tabindex="-1">{tr!(i18n, session_title)}</h1>
                            <p>{tr!(i18n, session_explain)}</p>
                            <ErrorText problem=problem />
                            <button type="button" class="button primary big" data-testid="session-begin" on:click=start>
                                {tr!(i18n, session_start)}
                            </button>
                        </section>
                    }
                        .into_any()
                }
                Phase::HandingOver => {
                    view! {
                        <section class="narrow handover" data-testid="session-handover">
                            <h1 id=PAGE_HEADING_ID tabindex="-1">{tr!(i18n, session_handover_title)}</h1>
                            <p class="lead">{tr!(i18n, session_handover_body)}</p>
                            <p data-testid="session-finished">
                                {tr!(i18n, session_finished_count, count = finished.get())}
                            </p>
                            <div class="actions">
                                <button
                                    type="button"
                                    class="button primary big"
                                    data-testid="session-next"
                                    on:click=move |_| store.next_session_member()
                                >
                                    {tr!(i18n, session_next)}
                                </button>
                                {end_button()}
                            </div>
                        </section>
                    }
                        .into_any()
                }
                Phase::Answering => {
                    view! {
                        <div class="session-bar no-print">
                            <span>{tr!(i18n, session_mode_on)}</span>
                            {end_button()}
                        </div>
                        <ScanPage scan=ScanSlot::Session />
                    }
                        .into_any()
                }
            }
    })
}
