//! A talking point in the meeting: its theme, how far apart the team is, the prompt
//! that opens the conversation, and room to note what the team said (kept with the
//! round as it is typed).

use leptos::prelude::*;

use crate::components::common::reactive::{memo, reactive};
use crate::components::common::text::tr;
use crate::components::dashboard::talking_points::{histogram, HistogramLegend};
use crate::domain::instrument::Instrument;
use crate::domain::link::RoundId;
use crate::domain::meeting::present::{point_statements, PointFigure};
use crate::domain::score::figure::text;
use crate::domain::score::round_data::RoundData;
use crate::domain::score::team::divided_reading;
use crate::i18n::*;
use crate::state::AppStore;
use crate::ui::use_locale;

#[component]
pub fn PointScreen(
    round: RoundId,
    data: Signal<RoundData>,
    instrument: Instrument,
    dimension: u8,
    figure: Option<PointFigure>,
) -> impl IntoView {
    let i18n = use_i18n();
    let locale = use_locale();
    let store = expect_context::<AppStore>();
    let Some(def) = instrument.dimension_by_id(dimension) else {
        return ().into_any();
    };
    // The field starts from what is stored and then is the user's: written back as
    // typed, never rewritten under the cursor.
    let stored = store.data.with_untracked(|d| {
        d.teams
            .round(round)
            .map(|r| r.note(dimension).to_string())
            .unwrap_or_default()
    });
    let figure_text = move || match figure {
        Some(PointFigure::Divided) => Some(divided_reading(
            def.name.get(locale.get()),
            instrument,
            locale.get(),
        )),
        Some(PointFigure::Spread(s)) => {
            let n = text(s);
            Some(t_string!(i18n, present_point_spread, n = n).to_string())
        }
        None => None,
    };
    let note_id = "present-note";
    let statements = memo(move || data.with(|d| point_statements(d, dimension)));
    let rows = move || {
        let loc = locale.get();
        statements.with(|list| {
            list.iter()
                .map(|st| {
                    let text = instrument
                        .statement(st.id)
                        .map(|d| d.text.get(loc))
                        .unwrap_or_default();
                    view! {
                        <li>
                            <span class="point-text">{text}</span>
                            <span class="statement-figures">{histogram(st, instrument, loc)}</span>
                        </li>
                    }
                })
                .collect_view()
        })
    };

    view! {
        // The talk on the left (figure, questions, the note), on the right how everyone
        // answered: side by side, so a projector shows it all at once.
        <div class="present-point present-point-grid" data-testid="present-point" data-dimension=dimension>
            <div class="present-point-talk">
            <p class="present-figure" data-testid="present-figure">{move || figure_text()}</p>
            <p class="present-prompt" data-testid="present-prompt">
                <strong>{tr!(i18n, dashboard_question)}</strong> " " {move || def.conversation.get(locale.get())}
            </p>
            <p class="present-prompt">{tr!(i18n, dashboard_tuesday)}</p>
            <div class="field present-note-field">
                <label for=note_id>{tr!(i18n, present_note_label)}</label>
                <textarea id=note_id rows="5" data-testid="present-note" aria-describedby="present-note-hint"
                    prop:value=stored
                    on:input=move |ev| store.set_note(round, dimension, &event_target_value(&ev))></textarea>
                <p class="hint" id="present-note-hint">{tr!(i18n, present_note_hint)}</p>
            </div>
            </div>
            <div class="present-statements" data-testid="present-statements">
                <HistogramLegend instrument=instrument />
                <ul class="point-statements">{reactive(rows)}</ul>
            </div>
        </div>
    }
    .into_any()
}
