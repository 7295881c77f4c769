//! Pasting links: one or many at once, from a chat or a mail. Each is listed with what
//! happened to it; a changed response waits for the facilitator's choice, a protected
//! link asks its passphrase in place, an invite or results link says what it is for
//! (and, where links are opened, opens).

use leptos::prelude::*;

use crate::components::common::reactive::{memo, reactive, shown};
use crate::components::common::text::tr;
use crate::components::common::unlock_form::UnlockForm;
use crate::components::round::conflict_view::ConflictView;
use crate::domain::dates::format_date;
use crate::domain::link::{to_fragment, Link, LinkKind, RoundId};
use crate::domain::locale::Locale;
use crate::domain::round::import::{added_counts, open_at_once, opens, ImportResult, ImportRow};
use crate::domain::round::responses::MemberResponse;
use crate::domain::round::rounds::display_title;
use crate::domain::text::glimpse;
use crate::i18n::*;
use crate::routes::Route;
use crate::state::{AppStore, PastePlace, PastedRows};
use crate::ui::use_locale;

#[component]
pub fn ImportBox(
    /// The round whose page this box is on; responses for others say so.
    #[prop(optional)]
    for_round: Option<RoundId>,
    /// Where links are opened: what opens an invite or results link (the page shows it).
    #[prop(optional)]
    on_open: Option<Callback<Link>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let store = expect_context::<AppStore>();
    let text = RwSignal::new(String::new());
    let field_id = "import-field";
    let place = for_round.map_or(PastePlace::OpenLink, PastePlace::Round);
    let import = move |_| {
        let rows = store.import(&text.get_untracked(), place);
        text.set(String::new());
        if let (Some(open), Some(link)) = (on_open, open_at_once(place, &rows)) {
            store.last_import.set(None);
            open.run(link);
            return;
        }
        store.last_import.set(Some(PastedRows { place, rows }));
    };
    let (label, button) = match place {
        PastePlace::OpenLink => (tr!(i18n, paste_open_label), tr!(i18n, paste_open_button)),
        PastePlace::Round(_) => (tr!(i18n, import_label), tr!(i18n, import_button)),
    };
    view! {
        <div class="import-box">
            <label class="field-label" for=field_id>{label}</label>
            <p class="hint" id="import-hint">{tr!(i18n, import_hint)}</p>
            <textarea
                id=field_id
                class="import-field"
                rows="5"
                spellcheck="false"
                aria-describedby="import-hint"
                data-testid="import-field"
                prop:value=move || text.get()
                on:input=move |ev| text.set(event_target_value(&ev))
            ></textarea>
            <button
                type="button"
                class="button primary"
                data-testid="import-button"
                on:click=import
            >
                {button}
            </button>
            <ImportRows place=place on_open=on_open />
        </div>
    }
}

/// A round's name as shown in the list: team and title.
fn round_name(store: AppStore, round: RoundId, locale: Locale) -> String {
    store.data.with(|d| match d.teams.round(round) {
        Some(r) => {
            let title = display_title(&r.title, r.date_days, locale);
            match d.teams.team_name_of(r) {
                team if team.is_empty() => title,
                team => format!("{team} · {title}"),
            }
        }
        None => String::new(),
    })
}

/// The round keeps the facilitator's own answers out of its figures.
fn kept_apart(store: AppStore, round: RoundId) -> bool {
    store
        .data
        .with(|d| d.teams.round(round).is_some_and(|r| r.facilitator_out))
}

/// Shortened for the list: its start and its end, so that two links of one round (which
/// share their start) can be told apart, and a cut-off one shows where it ends.
fn short(input: &str) -> String {
    glimpse(input, 16, 10)
}

fn code(result: &ImportResult) -> &'static str {
    match result {
        ImportResult::Added(_) => "added",
        ImportResult::AddedToNewRound(_) => "new-round",
        ImportResult::AlreadyThere(_) => "already",
        ImportResult::Older(_) => "older",
        ImportResult::Conflict { .. } => "conflict",
        ImportResult::OwnInvite => "own-invite",
        ImportResult::Open(_) => "open",
        ImportResult::Locked(_) => "locked",
        ImportResult::LockedElsewhere(_) => "protected",
        ImportResult::Broken(_) => "broken",
        ImportResult::Refused(..) => "refused",
        ImportResult::Kept(_) => "kept",
        ImportResult::Replaced(_) => "replaced",
    }
}

#[component]
pub fn ImportRows(
    place: PastePlace,
    /// What opens an unlocked invite or results link where links are opened.
    on_open: Option<Callback<Link>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let locale = use_locale();
    let store = expect_context::<AppStore>();
    let for_round = match place {
        PastePlace::Round(round) => Some(round),
        PastePlace::OpenLink => None,
    };
    // Only what was pasted here: another page's or round's results stay there.
    let rows = memo(move || {
        store.last_import.with(|last| {
            last.as_ref()
                .filter(|pasted| pasted.place == place)
                .map(|pasted| pasted.rows.clone())
                .unwrap_or_default()
        })
    });
    let set_result = move |index: usize, result: ImportResult| {
        store.last_import.update(|last| {
            if let Some(row) = last
                .as_mut()
                .filter(|pasted| pasted.place == place)
                .and_then(|pasted| pasted.rows.get_mut(index))
            {
                row.result = result;
            }
        });
    };
    let settle = move |index: usize, round: RoundId, take: Option<MemberResponse>| {
        let result = match take {
            Some(incoming) => match store.replace_response(round, &incoming) {
                Ok(()) => ImportResult::Replaced(round),
                Err(error) => ImportResult::Refused(round, error),
            },
            None => ImportResult::Kept(round),
        };
        set_result(index, result);
    };
    // The link inside a protected one is taken as if it had been pasted here.
    let unlocked = move |index: usize, link: Link| {
        let result = store.import_link(link, place);
        if let (Some(open), Some(link)) = (on_open, opens(place, &result)) {
            open.run(link);
            return;
        }
        set_result(index, result);
    };

    let row_view = move |index: usize, row: ImportRow| {
        let result = row.result.clone();
        let elsewhere = match &result {
            ImportResult::Added(r) | ImportResult::AddedToNewRound(r) => {
                for_round.is_some_and(|f| f != *r)
            }
            _ => false,
        };
        let loc = locale.get();
        let name = |r: &RoundId| round_name(store, *r, loc);
        let message: AnyView = match result.clone() {
            // The coach's own answers say so, and whether they count.
            ImportResult::Added(r) if row.is_facilitators() && kept_apart(store, r) => {
                let round = name(&r);
                view! { <span data-testid="import-own">{tr!(i18n, import_added_own_apart, round = round.as_str())}</span> }.into_any()
            }
            ImportResult::Added(r) if row.is_facilitators() => {
                let round = name(&r);
                view! { <span data-testid="import-own">{tr!(i18n, import_added_own, round = round.as_str())}</span> }.into_any()
            }
            ImportResult::Added(r) => {
                let round = name(&r);
                view! { {tr!(i18n, import_added, round = round.as_str())} }.into_any()
            }
            ImportResult::AddedToNewRound(r) => view! {
                {tr!(i18n, import_added_new)}
                " "
                <a href=Route::Round(r).href()>{tr!(i18n, import_open_round)}</a>
            }
            .into_any(),
            ImportResult::AlreadyThere(_) => view! { {tr!(i18n, import_already)} }.into_any(),
            ImportResult::Older(_) => view! { {tr!(i18n, import_older)} }.into_any(),
            ImportResult::Conflict {
                round,
                stored,
                incoming,
            } => {
                let incoming_for_replace = incoming.clone();
                let round_name = name(&round);
                view! {
                    <p>{tr!(i18n, import_conflict, round = round_name.as_str())}</p>
                    <ConflictView
                        stored=stored
                        incoming=incoming
                        on_keep=move || settle(index, round, None)
                        on_replace=move || settle(index, round, Some(incoming_for_replace.clone()))
                    />
                }
                .into_any()
            }
            ImportResult::Kept(_) => view! { {tr!(i18n, import_kept)} }.into_any(),
            ImportResult::Replaced(_) => view! { {tr!(i18n, import_replaced)} }.into_any(),
            ImportResult::OwnInvite => view! { {tr!(i18n, paste_own_invite)} }.into_any(),
            ImportResult::Open(link) => {
                let href = to_fragment(&link).unwrap_or_default();
                match link.kind() {
                    LinkKind::Invite => view! {
                        {tr!(i18n, import_is_invite)}
                        " "
                        <a href=href data-testid="import-open">{tr!(i18n, import_open_invite)}</a>
                    }
                    .into_any(),
                    _ => view! {
                        {tr!(i18n, paste_is_results)}
                        " "
                        <a href=href data-testid="import-open">{tr!(i18n, paste_open_results)}</a>
                    }
                    .into_any(),
                }
            }
            ImportResult::Locked(sealed) => {
                let intro = match sealed.inner {
                    LinkKind::Response => tr!(i18n, paste_locked_response).into_any(),
                    LinkKind::Invite => tr!(i18n, paste_locked_invite).into_any(),
                    LinkKind::Results => tr!(i18n, paste_locked_results).into_any(),
                    _ => tr!(i18n, unlock_body).into_any(),
                };
                view! {
                    <p>{intro}</p>
                    <UnlockForm
                        sealed=sealed
                        on_open=move |link| unlocked(index, link)
                        field_id=format!("import-passphrase-{index}")
                    />
                }
                .into_any()
            }
            ImportResult::LockedElsewhere(sealed) => {
                let invite = sealed.inner == LinkKind::Invite;
                let href = to_fragment(&Link::Sealed(sealed)).unwrap_or_default();
                if invite {
                    view! {
                        {tr!(i18n, paste_protected_invite)}
                        " "
                        <a href=href data-testid="import-open">{tr!(i18n, import_open_invite)}</a>
                    }
                    .into_any()
                } else {
                    view! {
                        {tr!(i18n, paste_protected_results)}
                        " "
                        <a href=href data-testid="import-open">{tr!(i18n, paste_open_results)}</a>
                    }
                    .into_any()
                }
            }
            ImportResult::Broken(error) => {
                view! { {move || error.message().get(locale.get())} }.into_any()
            }
            ImportResult::Refused(_, error) => {
                view! { {move || error.message().get(locale.get())} }.into_any()
            }
        };
        view! {
            <li class=format!("import-row {}", code(&result)) data-testid="import-row" data-result=code(&result)>
                // A response says what it is (answered when, whose code); anything else
                // shows its start and end, so a cut-off link shows where it ends.
                {match row.facts.clone() {
                    Some(f) => {
                        let day = format_date(f.answered_days, loc);
                        view! {
                            <span class="import-input" data-testid="import-facts">
                                {tr!(i18n, import_row_facts, day = day.as_str(), code = f.code.as_str())}
                            </span>
                        }
                        .into_any()
                    }
                    None => view! { <span class="import-input">{short(&row.input)}</span> }.into_any(),
                }}
                {elsewhere
                    .then(|| {
                        view! { <strong class="elsewhere">{tr!(i18n, import_elsewhere)}</strong> }
                    })}
                <div class="import-message">{message}</div>
            </li>
        }
    };

    view! {
        {shown(move || rows.with(|r| !r.is_empty()), move || view! {
            <div class="import-results">
                <h2 class="visually-hidden">{tr!(i18n, import_results_title)}</h2>
                <p role="status" class="import-summary" data-testid="import-summary">
                    {reactive(move || {
                        let list = rows.get();
                        let (added, apart) = added_counts(&list, |r| kept_apart(store, r));
                        let total = list.len();
                        if apart == 0 {
                            tr!(i18n, import_summary, added = added, total = total).into_any()
                        } else {
                            tr!(i18n, import_summary_apart, added = added, total = total, apart = apart).into_any()
                        }
                    })}
                </p>
                <ul class="import-list">
                    {reactive(move || {
                        rows.get()
                            .into_iter()
                            .enumerate()
                            .map(|(index, row)| row_view(index, row))
                            .collect_view()
                    })}
                </ul>
            </div>
        })}
    }
}
