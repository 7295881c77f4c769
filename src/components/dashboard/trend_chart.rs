//! How the team moved: with two or more rounds, each dimension's two strengths over the
//! rounds as a small line chart, with the dates, and the same as a table.

use leptos::prelude::*;

use crate::components::common::reactive::{memo, reactive, shown};
use crate::components::common::table_wrap::TableWrap;
use crate::components::common::text::tr;
use crate::domain::chart::{svg_number as n, whole, TrendScale};
use crate::domain::dates::{format_date, short_date};
use crate::domain::instrument::Dimension;
use crate::domain::link::RoundId;
use crate::i18n::*;
use crate::state::AppStore;
use crate::ui::use_locale;

/// Per round (oldest first): its date and each dimension's team means, if shown.
type Series = Vec<(u16, Vec<Option<(f64, f64)>>)>;

#[component]
pub fn TrendChart(round: RoundId) -> impl IntoView {
    let i18n = use_i18n();
    let locale = use_locale();
    let store = expect_context::<AppStore>();
    let series = memo(move || -> Series {
        store.data.with(|d| {
            let Some(team) = d.teams.round(round).and_then(|r| r.team) else {
                return Vec::new();
            };
            let name = d
                .teams
                .team(team)
                .map(|t| t.name.clone())
                .unwrap_or_default();
            let mut rounds = d.teams.rounds_of(Some(team));
            rounds.reverse();
            rounds
                .into_iter()
                .map(|r| {
                    let stats = r.data(&name).stats();
                    let means = Dimension::ALL
                        .iter()
                        .map(|dim| stats.dimension(*dim).and_then(|s| s.now.means()))
                        .collect();
                    (r.date_days, means)
                })
                .collect()
        })
    });
    let scale = TrendScale::DEFAULT;
    let chart = move |index: usize, dimension: Dimension| {
        let list = series.get();
        let count = list.len();
        let anglo: Vec<Option<f64>> = list.iter().map(|(_, m)| m[index].map(|v| v.0)).collect();
        let rhine: Vec<Option<f64>> = list.iter().map(|(_, m)| m[index].map(|v| v.1)).collect();
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
            balance(list.first().and_then(|(_, m)| m[index])),
            balance(list.last().and_then(|(_, m)| m[index]))
        );
        view! {
            <figure class="trend" data-dimension=dimension.id()>
                <figcaption>
                    {move || dimension.def().name.get(locale.get())}
                    <span class="balance-move" title=move || t_string!(i18n, result_col_balance).to_string()>{moved}</span>
                </figcaption>
                <svg viewBox="0 0 290 130" role="img" aria-label=move || format!("{}: {}", dimension.def().name.get(locale.get()), t_string!(i18n, dashboard_trend_label))>
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
    let table = move || {
        let list = series.get();
        let loc = locale.get();
        let head = list
            .iter()
            .map(|(days, _)| view! { <th scope="col">{format_date(*days, loc)}</th> })
            .collect_view();
        let rows = Dimension::ALL
            .iter()
            .enumerate()
            .map(|(i, d)| {
                let cells = list
                    .iter()
                    .map(|(_, m)| {
                        let text = m[i]
                            .map(|(a, r)| format!("{} / {}", whole(a), whole(r)))
                            .unwrap_or_else(|| "–".into());
                        view! { <td>{text}</td> }
                    })
                    .collect_view();
                view! { <tr><th scope="row">{d.def().name.get(loc)}</th>{cells}</tr> }
            })
            .collect_view();
        view! {
            <table class="result-table" data-testid="trend-table">
                <thead><tr><th scope="col">{tr!(i18n, result_col_dimension)}</th>{head}</tr></thead>
                <tbody>{rows}</tbody>
            </table>
        }
    };

    view! {
        {shown(move || series.with(|s| s.len() >= 2), move || view! {
            <section class="card trend-section" aria-labelledby="trend-title" data-testid="trend">
                <h2 id="trend-title">{tr!(i18n, dashboard_trend_title)}</h2>
                <p class="legend">
                    <span class="key anglo">{tr!(i18n, pole_anglo_saxon)}</span>
                    <span class="key rhine">{tr!(i18n, pole_rhineland)}</span>
                </p>
                <p class="hint">{tr!(i18n, dashboard_trend_balance)}</p>
                <div class="chart trend-grid">
                    {move || Dimension::ALL.iter().enumerate().map(|(i, d)| chart(i, *d)).collect_view()}
                </div>
                <div class="chart-table">
                    <TableWrap label=Signal::derive(move || t_string!(i18n, table_trend).to_string())>{reactive(table)}</TableWrap>
                </div>
            </section>
        })}
    }
}
