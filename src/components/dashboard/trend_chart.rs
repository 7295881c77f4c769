//! How the team moved: with two or more rounds, each dimension's two strengths over the
//! rounds as a small line chart, with the dates, and the same as a table. Rounds of
//! another questionnaire version are never joined: each version's rounds are drawn on
//! their own, with a note where the new version starts.

use leptos::prelude::*;

use crate::components::common::reactive::{reactive, shown};
use crate::components::common::table_wrap::TableWrap;
use crate::components::common::text::tr;
use crate::domain::chart::{svg_number as n, whole, TrendScale};
use crate::domain::dates::{format_date, short_date};
use crate::domain::instrument::{DimensionView, Instrument};
use crate::domain::trend::TrendSegment;
use crate::i18n::*;
use crate::ui::use_locale;

/// Per version, its rounds (oldest first): each one's date and each dimension's team
/// means, if shown.
type Series = Vec<TrendSegment>;

/// `series`: the rounds to draw, from this browser's rounds or from a results link.
#[component]
pub fn TrendChart(#[prop(into)] series: Signal<Series>) -> impl IntoView {
    let i18n = use_i18n();
    let locale = use_locale();
    let rounds = move || series.with(|s| s.iter().map(|seg| seg.rounds.len()).sum::<usize>());
    let scale = TrendScale::DEFAULT;
    let chart = move |segment: usize, index: usize, dimension: DimensionView| {
        let list: Vec<(u16, Option<(f64, f64)>)> = series.with(|s| {
            s.get(segment)
                .map(|seg| {
                    seg.rounds
                        .iter()
                        .map(|r| (r.date_days, r.means.get(index).copied().flatten()))
                        .collect()
                })
                .unwrap_or_default()
        });
        let count = list.len();
        let anglo: Vec<Option<f64>> = list.iter().map(|(_, m)| m.map(|v| v.0)).collect();
        let rhine: Vec<Option<f64>> = list.iter().map(|(_, m)| m.map(|v| v.1)).collect();
        let dots = |values: &[Option<f64>], class: &'static str| {
            values
                .iter()
                .enumerate()
                .filter_map(|(i, v)| v.map(|v| (i, v)))
                .map(|(i, v)| view! { <circle class=class cx=n(scale.x(i, count)) cy=n(scale.y(v)) r="3.5" /> })
                .collect_view()
        };
        let dates = list
            .iter()
            .enumerate()
            .map(|(i, (days, _))| {
                // dd-mm: short enough for the axis; the table has the full dates.
                let short = short_date(*days);
                // The outer dates lean inwards so they stay inside the chart.
                let anchor = match i {
                    0 if count > 1 => "start",
                    i if i + 1 == count && count > 1 => "end",
                    _ => "middle",
                };
                view! {
                    <text class="tick" x=n(scale.x(i, count)) y=n(scale.top + scale.height + 14.0) text-anchor=anchor>
                        {short}
                    </text>
                }
            })
            .collect_view();
        let grid = [0.0, 50.0, 100.0]
            .into_iter()
            .map(|v| {
                view! {
                    <line class="grid" x1=n(scale.left) x2=n(scale.left + scale.width) y1=n(scale.y(v)) y2=n(scale.y(v)) />
                    <text class="tick" x=n(scale.left - 6.0) y=n(scale.y(v) + 4.0) text-anchor="end">{whole(v)}</text>
                }
            })
            .collect_view();
        // The balance (Rhineland minus Anglo-Saxon) from the first to the last round.
        let balance = |v: Option<(f64, f64)>| {
            v.map(|(a, r)| format!("{:+}", whole(r - a)))
                .unwrap_or_else(|| "–".into())
        };
        let moved = format!(
            "{} → {}",
            balance(list.first().and_then(|(_, m)| *m)),
            balance(list.last().and_then(|(_, m)| *m))
        );
        view! {
            <figure class="trend" data-dimension=dimension.id data-instrument=dimension.instrument.id()>
                <figcaption>
                    {move || dimension.name.get(locale.get())}
                    <span class="balance-move" title=move || t_string!(i18n, result_col_balance).to_string()>{moved}</span>
                </figcaption>
                <svg viewBox="0 0 290 130" role="img" aria-label=move || format!("{}: {}", dimension.name.get(locale.get()), t_string!(i18n, dashboard_trend_label))>
                    {grid}
                    <path class="trend-line anglo" d=scale.path(&anglo) />
                    <path class="trend-line rhine" d=scale.path(&rhine) />
                    {dots(&anglo, "trend-dot anglo")}
                    {dots(&rhine, "trend-dot rhine")}
                    {dates}
                </svg>
            </figure>
        }
    };
    // Above each version's rounds when there are several: which questionnaire, and from
    // the second on, that the figures before are on another scale.
    let heading = move |segment: usize, instrument: Instrument| {
        let version = instrument.id();
        let note = (segment > 0).then(|| {
            view! {
                <p class="note trend-break" data-testid="trend-break">
                    {tr!(i18n, dash2_trend_break, version = version)}
                </p>
            }
        });
        view! {
            {note}
            <h3 class="trend-version">{tr!(i18n, dash2_trend_version, version = version)}</h3>
        }
    };
    let charts = move || {
        let list = series.get();
        let headed = list.len() > 1;
        list.iter()
            .enumerate()
            .map(|(segment, seg)| {
                let instrument = seg.instrument;
                view! {
                    {headed.then(|| view! { <div class="chart">{heading(segment, instrument)}</div> })}
                    <div class="chart trend-grid">
                        {instrument.dimensions().map(|d| chart(segment, d.index, d)).collect_view()}
                    </div>
                }
            })
            .collect_view()
    };
    let table = move |segment: usize| {
        let Some(seg) = series.with(|s| s.get(segment).cloned()) else {
            return ().into_any();
        };
        let loc = locale.get();
        let head = seg
            .rounds
            .iter()
            .map(|r| view! { <th scope="col">{format_date(r.date_days, loc)}</th> })
            .collect_view();
        let rows = seg
            .instrument
            .dimensions()
            .map(|d| {
                let cells = seg
                    .rounds
                    .iter()
                    .map(|r| {
                        let text = r
                            .means
                            .get(d.index)
                            .copied()
                            .flatten()
                            .map(|(a, r)| format!("{} / {}", whole(a), whole(r)))
                            .unwrap_or_else(|| "–".into());
                        view! { <td>{text}</td> }
                    })
                    .collect_view();
                view! { <tr><th scope="row">{d.name.get(loc)}</th>{cells}</tr> }
            })
            .collect_view();
        view! {
            <table class="result-table" data-testid="trend-table">
                <thead><tr><th scope="col">{tr!(i18n, result_col_dimension)}</th>{head}</tr></thead>
                <tbody>{rows}</tbody>
            </table>
        }
        .into_any()
    };
    let tables = move || {
        let list = series.get();
        let headed = list.len() > 1;
        list.iter()
            .enumerate()
            .map(|(segment, seg)| {
                view! {
                    {headed.then(|| heading(segment, seg.instrument))}
                    {reactive(move || table(segment))}
                }
            })
            .collect_view()
    };

    view! {
        {shown(move || rounds() >= 2, move || view! {
            <section class="card trend-section" aria-labelledby="trend-title" data-testid="trend">
                <h2 id="trend-title">{tr!(i18n, dashboard_trend_title)}</h2>
                <p class="legend">
                    <span class="key anglo">{tr!(i18n, pole_anglo_saxon)}</span>
                    <span class="key rhine">{tr!(i18n, pole_rhineland)}</span>
                </p>
                <p class="hint">{tr!(i18n, dashboard_trend_balance)}</p>
                {reactive(charts)}
                <div class="chart-table">
                    <TableWrap label=Signal::derive(move || t_string!(i18n, table_trend).to_string())>{reactive(tables)}</TableWrap>
                </div>
            </section>
        })}
    }
}
