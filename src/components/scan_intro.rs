//! What the scan is about (you need both), how long it takes, and that answers stay here.

use leptos::prelude::*;

use crate::app::PAGE_HEADING_ID;
use crate::components::confirm_button::ConfirmButton;
use crate::domain::instrument::statements;
use crate::domain::scan::Step;
use crate::i18n::*;
use crate::state::AppStore;

#[component]
pub fn ScanIntro() -> impl IntoView {
    let i18n = use_i18n();
    let store = expect_context::<AppStore>();
    let answered = Memo::new(move |_| store.data.with(|d| d.scan.answered_count()));
    let total = statements().len();
    let ask_desired = Memo::new(move |_| store.data.with(|d| d.scan.ask_desired));

    view! {
        <section class="scan-intro narrow" data-testid="scan-intro">
            <h1 id=PAGE_HEADING_ID tabindex="-1">{t!(i18n, scan_intro_title)}</h1>
            <p class="lead">{t!(i18n, scan_intro_p1)}</p>
            <p>{t!(i18n, scan_intro_p2)}</p>
            <ul class="facts">
                <li>{t!(i18n, scan_intro_time)}</li>
                <li>{t!(i18n, scan_intro_privacy)}</li>
            </ul>
            <label class="check">
                <input
                    type="checkbox"
                    data-testid="ask-desired"
                    prop:checked=move || ask_desired.get()
                    on:change=move |ev| store.set_ask_desired(event_target_checked(&ev))
                />
                <span>
                    <strong>{t!(i18n, scan_ask_desired)}</strong>
                    <span class="hint-inline">{t!(i18n, scan_ask_desired_hint)}</span>
                </span>
            </label>
            <Show
                when=move || { answered.get() > 0 }
                fallback=move || {
                    view! {
                        <div class="actions">
                            <button
                                type="button"
                                class="button primary big"
                                data-testid="scan-begin"
                                on:click=move |_| store.go_to(Step::first())
                            >
                                {t!(i18n, scan_begin)}
                            </button>
                        </div>
                    }
                }
            >
                <p class="resume-note" data-testid="resume-note">
                    {t!(i18n, scan_resume_note, answered = move || answered.get(), total = total)}
                </p>
                <div class="actions">
                    <button
                        type="button"
                        class="button primary big"
                        data-testid="scan-begin"
                        on:click=move |_| store.go_to(Step::first())
                    >
                        {t!(i18n, scan_continue)}
                    </button>
                    <ConfirmButton
                        label=move || t_string!(i18n, result_restart).to_string()
                        question=move || t_string!(i18n, result_restart_confirm).to_string()
                        yes=move || t_string!(i18n, result_restart_yes).to_string()
                        no=move || t_string!(i18n, result_cancel).to_string()
                        test_id="restart"
                        on_confirm=move || store.restart_scan()
                    />
                </div>
            </Show>
        </section>
    }
}
