//! Two responses of the same member side by side, only where they differ, so the
//! facilitator can choose which to keep. Nothing is replaced without that choice.

use leptos::prelude::*;

use crate::components::common::table_wrap::TableWrap;
use crate::components::common::text::{tr, trade_off_points};
use crate::domain::dates::{days_of_ms, format_date};
use crate::domain::instrument::answers::{Answer, Horizon};
use crate::domain::instrument::Instrument;
use crate::domain::locale::Locale;
use crate::domain::round::import::{differences, trade_off_differences};
use crate::domain::round::responses::MemberResponse;
use crate::i18n::*;
use crate::ui::use_locale;

fn answer_text(answer: Option<Answer>, instrument: Instrument, locale: Locale) -> &'static str {
    match answer {
        Some(a) => a.label(instrument).get(locale),
        None => match locale {
            Locale::Nl => "geen antwoord",
            Locale::En => "no answer",
        },
    }
}

#[component]
pub fn ConflictView(
    stored: MemberResponse,
    incoming: MemberResponse,
    on_keep: impl Fn() + Send + Sync + 'static,
    on_replace: impl Fn() + Send + Sync + 'static,
) -> impl IntoView {
    let i18n = use_i18n();
    let locale = use_locale();
    let instrument = incoming.instrument;
    let diffs = differences(&stored, &incoming);
    let trade_diffs = trade_off_differences(&stored, &incoming);
    let count = diffs.len() + trade_diffs.len();
    let (stored_day, incoming_day) = (days_of_ms(stored.revision), days_of_ms(incoming.revision));
    // The import never offers an older response; the same moment cannot be ordered.
    let incoming_newer = incoming.revision > stored.revision;

    let rows = diffs
        .into_iter()
        .map(|d| {
            let text = move || {
                instrument
                    .statement(d.statement)
                    .map(|s| s.text.get(locale.get()))
                    .unwrap_or_default()
            };
            let horizon = match d.horizon {
                Horizon::Now => None,
                Horizon::Desired => Some(view! {
                    <span class="horizon-tag">{tr!(i18n, scan_desired_label)}</span>
                }),
            };
            view! {
                <tr>
                    <th scope="row">{move || text()} " " {horizon}</th>
                    <td>{move || answer_text(d.stored, instrument, locale.get())}</td>
                    <td>{move || answer_text(d.incoming, instrument, locale.get())}</td>
                </tr>
            }
        })
        .collect_view();
    let trade_rows = trade_diffs
        .into_iter()
        .map(|d| {
            let name = move || {
                instrument
                    .dimension_by_id(d.dimension)
                    .map(|v| v.name.get(locale.get()))
                    .unwrap_or_default()
            };
            let first = instrument.trade_off_first(d.dimension);
            let points = move |rhineland: Option<u8>| match rhineland {
                Some(r) => trade_off_points(i18n, r, first),
                None => answer_text(None, instrument, locale.get()).to_string(),
            };
            let horizon = (d.horizon == Horizon::Desired).then(|| {
                view! { <span class="horizon-tag">{tr!(i18n, scan_desired_label)}</span> }
            });
            view! {
                <tr>
                    <th scope="row">{tr!(i18n, trade_off_heading)} " · " {name} " " {horizon}</th>
                    <td>{move || points(d.stored)}</td>
                    <td>{move || points(d.incoming)}</td>
                </tr>
            }
        })
        .collect_view();

    view! {
        <div class="conflict" data-testid="conflict-view">
            <p>{tr!(i18n, conflict_count, count = count)}</p>
            // Many differences (a whole new set of answers) fold away behind a summary.
            <details class="conflict-details" open=count <= 6>
                <summary>{tr!(i18n, conflict_show)}</summary>
                <TableWrap label=Signal::derive(move || t_string!(i18n, table_conflict).to_string())>
                    <table class="conflict-table">
                        <thead>
                            <tr>
                                <th scope="col">{tr!(i18n, conflict_statement)}</th>
                                <th scope="col">
                                    {tr!(i18n, conflict_stored)}
                                    <span class="when">
                                        {move || format_date(stored_day, locale.get())}
                                    </span>
                                </th>
                                <th scope="col">
                                    {tr!(i18n, conflict_incoming)}
                                    <span class="when">
                                        {move || format_date(incoming_day, locale.get())}
                                    </span>
                                    {incoming_newer
                                        .then(|| {
                                            view! { <span class="newer">{tr!(i18n, conflict_newer)}</span> }
                                        })}
                                </th>
                            </tr>
                        </thead>
                        <tbody>{rows} {trade_rows}</tbody>
                    </table>
                </TableWrap>
            </details>
            <p data-testid="conflict-which-newer">
                {if incoming_newer {
                    tr!(i18n, conflict_incoming_newer).into_any()
                } else {
                    tr!(i18n, conflict_same_moment).into_any()
                }}
            </p>
            <div class="actions">
                <button type="button" class="button" data-testid="conflict-keep" on:click=move |_| on_keep()>
                    {tr!(i18n, conflict_keep)}
                </button>
                <button
                    type="button"
                    class="button primary"
                    data-testid="conflict-replace"
                    on:click=move |_| on_replace()
                >
                    {tr!(i18n, conflict_replace)}
                </button>
            </div>
        </div>
    }
}
