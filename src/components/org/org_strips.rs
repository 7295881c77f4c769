//! Per dimension how the teams lie: each counted team a dot on a strip from "more
//! Anglo-Saxon" to "more Rhineland" (its Rhineland minus Anglo-Saxon), the dimensions
//! where the teams differ most first named; and all of it as a table.

use leptos::prelude::*;

use crate::components::common::reactive::{reactive, shown as show_when};
use crate::components::common::table_wrap::TableWrap;
use crate::components::common::text::tr;
use crate::domain::org::organisation::{strip, OrgView};
use crate::domain::org::report::shown;
use crate::domain::score::chart::svg_number as n;
use crate::domain::score::figure::{self, Step};
use crate::i18n::*;
use crate::ui::use_locale;

/// The strip's drawing width and height, in SVG units.
const WIDTH: f64 = 300.0;
const HEIGHT: f64 = 24.0;
/// Room on either side so a dot at the very end shows whole.
const PAD: f64 = 6.0;
/// How many dimensions are named as where the teams differ most.
const DIFFER_MOST: usize = 3;

#[component]
pub fn OrgStrips(view: Memo<OrgView>) -> impl IntoView {
    let i18n = use_i18n();
    let locale = use_locale();
    let differ_most = move || {
        let loc = locale.get();
        view.with(|v| {
            v.differ_most()
                .into_iter()
                .take(DIFFER_MOST)
                .filter_map(|(index, spread)| {
                    let name = v.instrument.dimension(index)?.name.get(loc);
                    Some(view! {
                        <li data-testid="org-differ-most">
                            <strong>{name}</strong>
                            ": "
                            {t_string!(i18n, org_between_teams, spread = shown(spread, v.instrument)).to_string()}
                        </li>
                    })
                })
                .collect_view()
        })
    };
    let strips = move || {
        let loc = locale.get();
        view.with(|v| {
            v.instrument
                .dimensions()
                .map(|d| {
                    let dots = strip(v, d.index, WIDTH)
                        .into_iter()
                        .map(|(_, x)| {
                            view! { <circle class="strip-dot" cx=n(PAD + x) cy=n(HEIGHT / 2.0) r="5" /> }
                        })
                        .collect_view();
                    let label = t_string!(i18n, org_strip_label, dimension = d.name.get(loc)).to_string();
                    view! {
                        <li class="org-strip">
                            <span class="org-strip-name">{d.name.get(loc)}</span>
                            <svg
                                class="strip"
                                viewBox=format!("0 0 {} {}", n(WIDTH + 2.0 * PAD), n(HEIGHT))
                                role="img"
                                aria-label=label
                            >
                                <line class="strip-track" x1=n(PAD) y1=n(HEIGHT / 2.0) x2=n(PAD + WIDTH) y2=n(HEIGHT / 2.0) />
                                <line class="strip-middle" x1=n(PAD + WIDTH / 2.0) y1="2" x2=n(PAD + WIDTH / 2.0) y2=n(HEIGHT - 2.0) />
                                {dots}
                            </svg>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    // The table: a row per dimension, a column per counted team with its Rhineland minus
    // Anglo-Saxon (as the strip places it), and the spread between the teams. Dimensions
    // down the side: nine rows, and as many columns as teams (few, mostly), so it fits
    // on paper where a column per dimension would not.
    let head = move || {
        view.with(|v| {
            v.teams
                .iter()
                .enumerate()
                .filter(|(_, t)| t.marks().is_some())
                .map(|(row, t)| view! { <th scope="col">{format!("{} {}", row + 1, t.name)}</th> })
                .collect_view()
        })
    };
    let rows = move || {
        let loc = locale.get();
        let divided_word = t_string!(i18n, dashboard_talk_divided).to_string();
        view.with(|v| {
            let counted: Vec<usize> = v
                .teams
                .iter()
                .enumerate()
                .filter(|(_, t)| t.marks().is_some())
                .map(|(row, _)| row)
                .collect();
            v.dimensions
                .iter()
                .filter_map(|d| {
                    let name = v.instrument.dimension(d.index)?.name.get(loc);
                    let cells = counted
                        .iter()
                        .map(|row| {
                            let divided =
                                v.teams[*row].marks().is_some_and(|m| m.is_divided(d.index));
                            let text = d
                                .teams
                                .iter()
                                .find(|(r, _)| r == row)
                                .map(|(_, m)| {
                                    figure::signed(figure::difference(
                                        m.anglo_saxon.mean,
                                        m.rhineland.mean,
                                        Step::of(v.instrument),
                                    ))
                                })
                                .unwrap_or_else(|| {
                                    if divided {
                                        divided_word.clone()
                                    } else {
                                        "–".into()
                                    }
                                });
                            view! { <td>{text}</td> }
                        })
                        .collect_view();
                    let between = d
                        .between_teams
                        .map(|s| shown(s, v.instrument).to_string())
                        .unwrap_or_else(|| "–".into());
                    Some(view! {
                        <tr>
                            <th scope="row">{name}</th>
                            {cells}
                            <td>{between}</td>
                        </tr>
                    })
                })
                .collect_view()
        })
    };

    view! {
        <section class="card org-strips" aria-labelledby="org-strips-title" data-testid="org-strips">
            <h2 id="org-strips-title">{tr!(i18n, org_strips_title)}</h2>
            <h3>{tr!(i18n, org_differ_title)}</h3>
            <ul class="reading-list" data-testid="org-differ-list">{reactive(differ_most)}</ul>
            // The spread is of the teams' differences, a scale of its own: say which.
            <p class="hint" data-testid="org-between-explain">
                {move || tr!(i18n, org_between_explain, step = Step::of(view.with(|v| v.instrument)).size())}
            </p>
            <p class="hint">{tr!(i18n, org_strips_hint)}</p>
            {show_when(move || view.with(|v| v.any_divided()), move || view! {
                <p class="hint" data-testid="org-divided-hint">{tr!(i18n, org_divided_hint)}</p>
            })}
            <div class="chart">
                <p class="strip-ends" aria-hidden="true">
                    <span>{tr!(i18n, org_strip_anglo)}</span>
                    <span>{tr!(i18n, org_strip_rhine)}</span>
                </p>
                <ul class="org-strip-list">{reactive(strips)}</ul>
            </div>
            <div class="chart-table">
                <TableWrap label=Signal::derive(move || t_string!(i18n, org_strips_table).to_string())>
                    <table class="result-table" data-testid="org-strips-table">
                        <thead>
                            <tr>
                                <th scope="col">{tr!(i18n, org_col_dimension)}</th>
                                {reactive(head)}
                                <th scope="col">{tr!(i18n, org_col_between)}</th>
                            </tr>
                        </thead>
                        <tbody>{reactive(rows)}</tbody>
                    </table>
                </TableWrap>
            </div>
        </section>
    }
}
