//! Where to start the conversation: the three dimensions the team disagrees on most, and
//! the three where it most wants to move, each with the statements behind it and a
//! question that opens the talk. One scale in view: the figures are points of 0–100;
//! a statement's answers are a coloured bar of how many gave each answer, with a legend.

use leptos::prelude::*;

use crate::components::common::reactive::shown;
use crate::components::common::text::tr;
use crate::domain::instrument::answers::Level;
use crate::domain::instrument::{statement, Dimension, Instrument};
use crate::domain::locale::Locale;
use crate::domain::score::aggregate::{RoundStats, StatementStats};
use crate::domain::score::chart::svg_number as n;
use crate::domain::score::figure::{self, whole};
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
fn Point(
    dimension: Dimension,
    figure: String,
    stats: Memo<RoundStats>,
    instrument: Instrument,
) -> impl IntoView {
    let i18n = use_i18n();
    let locale = use_locale();
    let def = dimension.def();
    let rows = move || {
        let loc = locale.get();
        stats.with(|s| {
            s.statements
                .iter()
                .filter(|st| statement(st.id).is_some_and(|d| d.dimension == dimension))
                .map(|st| {
                    let text = statement(st.id)
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
        <article class="card talking-point" data-testid="talking-point" data-dimension=dimension.id()>
            <h4>{move || def.name.get(locale.get())} <span class="figure">{figure}</span></h4>
            <ul class="point-statements">{move || rows()}</ul>
            <p class="question"><strong>{tr!(i18n, dashboard_question)}</strong> " " {move || def.conversation.get(locale.get())}</p>
            <p class="question">{tr!(i18n, dashboard_tuesday)}</p>
        </article>
    }
}

#[component]
pub fn TalkingPoints(
    stats: Memo<RoundStats>,
    /// The round's version (of the pole-means model): its scale's words.
    instrument: Instrument,
) -> impl IntoView {
    let i18n = use_i18n();
    let disagreed = move || {
        stats
            .with(|s| s.most_disagreed())
            .into_iter()
            .take(3)
            .map(|(d, x)| {
                let figure = t_string!(i18n, dashboard_spread_figure, n = figure::text(whole(x)))
                    .to_string();
                view! { <Point dimension=d figure=figure stats=stats instrument=instrument /> }
            })
            .collect_view()
    };
    let gaps = move || {
        stats
            .with(|s| {
                s.largest_gaps()
                    .into_iter()
                    .take(3)
                    .filter_map(|(d, _)| Some((d, s.dimension(d)?.shown_gap()?)))
                    .collect::<Vec<_>>()
            })
            .into_iter()
            .map(|(d, (a, r))| {
                view! { <Point dimension=d figure=format!("{} / {}", figure::signed(a), figure::signed(r)) stats=stats instrument=instrument /> }
            })
            .collect_view()
    };
    let has_gaps = move || stats.with(|s| !s.largest_gaps().is_empty());
    view! {
        <section class="talking-points" aria-labelledby="talk-title" data-testid="talking-points">
            <h2 id="talk-title">{tr!(i18n, dashboard_talk_title)}</h2>
            <h3>{tr!(i18n, dashboard_disagree_title)}</h3>
            <p class="hint">{tr!(i18n, dashboard_disagree_explain)}</p>
            <HistogramLegend instrument=instrument />
            <div class="point-grid" data-testid="most-disagreed">{move || disagreed()}</div>
            {shown(has_gaps, move || view! {
                <h3>{tr!(i18n, dashboard_gap_title)}</h3>
                <p class="hint">{tr!(i18n, dashboard_gap_explain)}</p>
                <div class="point-grid" data-testid="largest-gaps">{move || gaps()}</div>
            })}
        </section>
    }
}
