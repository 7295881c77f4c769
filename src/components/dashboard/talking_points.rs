//! Where to start the conversation, for every version: the three dimensions the team
//! sees most differently (divided ones first, where the rules read the team from its
//! members), and the three where it most wants to move, each with the statements behind
//! it and a question that opens the talk. One scale in view: the figures are points of
//! 0–100 in the rules' step; a statement's answers are a coloured bar of how many gave
//! each answer, with a legend.

use leptos::prelude::*;

use crate::components::common::reactive::shown;
use crate::components::common::text::tr;
use crate::domain::instrument::answers::Level;
use crate::domain::instrument::Instrument;
use crate::domain::locale::Locale;
use crate::domain::score::aggregate::StatementStats;
use crate::domain::score::chart::svg_number as n;
use crate::domain::score::figure::{one_decimal, signed, text};
use crate::domain::score::shown::ShownTheme;
use crate::domain::score::team::{divided_reading, TeamFigures};
use crate::i18n::*;
use crate::ui::use_locale;

/// The colour bars' legend: each answer of the questionnaire with its colour.
#[component]
pub fn HistogramLegend(instrument: Instrument) -> impl IntoView {
    let i18n = use_i18n();
    let locale = use_locale();
    let keys = Level::ALL
        .into_iter()
        .map(|level| {
            let class = format!("key level-{}", level.value());
            view! { <span class=class>{move || level.label(instrument).get(locale.get())}</span> }
        })
        .collect_view();
    view! {
        <p class="legend histogram-legend" data-testid="histogram-legend">
            <span class="key-text">{tr!(i18n, dashboard_histogram_key)}</span>
            {keys}
        </p>
    }
}

/// A statement's answers as five stacked segments (levels 1–5), named by its answers.
pub fn histogram(s: &StatementStats, instrument: Instrument, locale: Locale) -> impl IntoView {
    let total: u32 = s.histogram.iter().sum();
    let mut x = 0.0;
    let segments = s
        .histogram
        .iter()
        .enumerate()
        .filter(|(_, c)| **c > 0)
        .map(|(i, c)| {
            let width = f64::from(*c) / f64::from(total.max(1)) * 100.0;
            let seg = view! { <rect class=format!("level-{}", i + 1) x=n(x) y="0" width=n(width) height="10" /> };
            x += width;
            seg
        })
        .collect_view();
    let label = s
        .histogram
        .iter()
        .enumerate()
        .zip(Level::ALL)
        .map(|((_, c), level)| format!("{}: {c}", level.label(instrument).get(locale)))
        .collect::<Vec<_>>()
        .join(", ");
    view! {
        <svg class="histogram" viewBox="0 0 100 10" preserveAspectRatio="none" role="img" aria-label=label>
            {segments}
        </svg>
    }
}

#[component]
fn Point(index: usize, figure: String, divided: bool, team: Memo<TeamFigures>) -> impl IntoView {
    let instrument = team.with_untracked(|t| t.instrument);
    let i18n = use_i18n();
    let locale = use_locale();
    let Some(dimension) = instrument.dimension(index) else {
        return ().into_any();
    };
    let rows = move || {
        let loc = locale.get();
        team.with(|t| {
            t.figures.as_ref().map(|f| {
                f.statements
                    .iter()
                    .filter_map(|st| {
                        let def = instrument.statement(st.id)?;
                        (def.dimension == dimension.id).then_some((st, def))
                    })
                    .map(|(st, def)| {
                        view! {
                            <li>
                                <span class="point-text">{def.text.get(loc)}</span>
                                <span class="statement-figures">{histogram(st, instrument, loc)}</span>
                            </li>
                        }
                    })
                    .collect_view()
            })
        })
    };
    let divided_text = move || {
        divided.then(|| divided_reading(dimension.name.get(locale.get()), instrument, locale.get()))
    };
    view! {
        <article class="card talking-point" data-testid="talking-point" data-dimension=dimension.id data-divided=divided.to_string()>
            <h4>{move || dimension.name.get(locale.get())} <span class="figure">{figure}</span></h4>
            {move || divided_text().map(|text| view! { <p class="note">{text}</p> })}
            <ul class="point-statements">{rows}</ul>
            <p class="question"><strong>{tr!(i18n, dashboard_question)}</strong> " " {move || dimension.conversation.get(locale.get())}</p>
            <p class="question">{tr!(i18n, dashboard_tuesday)}</p>
        </article>
    }
    .into_any()
}

#[component]
pub fn TalkingPoints(team: Memo<TeamFigures>) -> impl IntoView {
    let instrument = team.with_untracked(|t| t.instrument);
    let i18n = use_i18n();
    let locale = use_locale();
    let disagreed = move || {
        let divided_word = t_string!(i18n, dashboard_talk_divided).to_string();
        team.with(|t| {
            t.most_disagreed()
                .into_iter()
                .take(3)
                .map(|(d, _)| {
                    let spread = ShownTheme::of(d).spread.unwrap_or_default();
                    let figure = if d.divided() {
                        divided_word.clone()
                    } else {
                        t_string!(i18n, dashboard_spread_figure, n = text(spread)).to_string()
                    };
                    (d.index, figure, d.divided())
                })
                .collect::<Vec<_>>()
        })
        .into_iter()
        .map(|(index, figure, divided)| view! { <Point index=index figure=figure divided=divided team=team /> })
        .collect_view()
    };
    let gaps = move || {
        team.with(|t| {
            t.largest_gaps()
                .into_iter()
                .take(3)
                .filter_map(|(d, _)| {
                    let (a, r) = ShownTheme::of(d).gap()?;
                    Some((d.index, format!("{} / {}", signed(a), signed(r))))
                })
                .collect::<Vec<_>>()
        })
        .into_iter()
        .map(
            |(index, figure)| view! { <Point index=index figure=figure divided=false team=team /> },
        )
        .collect_view()
    };
    // A version that asks "where we want to go" of its trade-offs only: the largest
    // moves of the Rhineland points, in tenths as the trade-off table shows them.
    let moves = move || {
        let loc = locale.get();
        team.with(|t| {
            t.largest_moves()
                .into_iter()
                .take(3)
                .map(|(d, shift)| {
                    let sign = if shift > 0.0 { "+" } else { "" };
                    (d.index, format!("{sign}{}", one_decimal(shift, loc)))
                })
                .collect::<Vec<_>>()
        })
        .into_iter()
        .map(
            |(index, figure)| view! { <Point index=index figure=figure divided=false team=team /> },
        )
        .collect_view()
    };
    let by_trade_offs = !instrument.rules().desired_statements;
    let has_gaps = move || {
        team.with(|t| {
            if by_trade_offs {
                !t.largest_moves().is_empty()
            } else {
                !t.largest_gaps().is_empty()
            }
        })
    };
    view! {
        <section class="talking-points" aria-labelledby="talk-title" data-testid="talking-points">
            <h2 id="talk-title">{tr!(i18n, dashboard_talk_title)}</h2>
            <h3>{tr!(i18n, dashboard_disagree_title)}</h3>
            <p class="hint">{tr!(i18n, dashboard_disagree_explain)}</p>
            <HistogramLegend instrument=instrument />
            <div class="point-grid" data-testid="most-disagreed">{move || disagreed()}</div>
            {shown(has_gaps, move || view! {
                <h3>{tr!(i18n, dashboard_gap_title)}</h3>
                {if by_trade_offs {
                    view! {
                        <p class="hint">{tr!(i18n, dashboard_move_explain)}</p>
                        <div class="point-grid" data-testid="largest-gaps">{move || moves()}</div>
                    }
                    .into_any()
                } else {
                    view! {
                        <p class="hint">{tr!(i18n, dashboard_gap_explain)}</p>
                        <div class="point-grid" data-testid="largest-gaps">{move || gaps()}</div>
                    }
                    .into_any()
                }}
            })}
        </section>
    }
}
