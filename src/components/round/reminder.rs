//! A short, friendly message for the members who have not answered yet, with the
//! invite link in it, to copy into the team chat or an email.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::components::common::text::tr;
use crate::domain::round::rounds::AnswerProgress;
use crate::i18n::*;
use crate::platform::share;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Copied {
    Yes,
    Failed,
}

#[component]
pub fn Reminder(
    /// The whole invite link.
    #[prop(into)]
    url: Signal<String>,
    /// The round's title as shown.
    #[prop(into)]
    title: Signal<String>,
    #[prop(into)] progress: Signal<AnswerProgress>,
) -> impl IntoView {
    let i18n = use_i18n();
    let status = RwSignal::new(None::<Copied>);
    let text = Memo::new(move |_| {
        let (round, link, progress) = (title.get(), url.get(), progress.get());
        match progress.expected {
            Some(expected) => t_string!(
                i18n,
                round_reminder_text,
                round = round.as_str(),
                count = progress.answered,
                expected = expected,
                link = link.as_str()
            )
            .to_string(),
            None => t_string!(
                i18n,
                round_reminder_text_open,
                round = round.as_str(),
                link = link.as_str()
            )
            .to_string(),
        }
    });
    let copy = move |_| {
        let message = text.get_untracked();
        spawn_local(async move {
            status.set(Some(match share::copy(&message).await {
                Ok(()) => Copied::Yes,
                Err(_) => Copied::Failed,
            }));
        });
    };
    let status_text = move || {
        status.get().map(|s| match s {
            Copied::Yes => t_string!(i18n, round_reminder_copied),
            Copied::Failed => t_string!(i18n, round_reminder_copy_failed),
        })
    };

    view! {
        <section class="reminder" aria-labelledby="reminder-title" data-testid="reminder">
            <h3 id="reminder-title">{tr!(i18n, round_reminder_title)}</h3>
            <p>{tr!(i18n, round_reminder_body)}</p>
            <label class="field-label" for="reminder-text">{tr!(i18n, round_reminder_label)}</label>
            <textarea
                id="reminder-text"
                class="reminder-text"
                readonly
                rows="9"
                data-testid="reminder-text"
                prop:value=move || text.get()
            ></textarea>
            <div class="link-actions">
                <button type="button" class="button" data-testid="reminder-copy" on:click=copy>
                    {tr!(i18n, round_reminder_copy)}
                </button>
                <p class="link-status" role="status" data-testid="reminder-status">
                    {move || status_text()}
                </p>
            </div>
        </section>
    }
}
