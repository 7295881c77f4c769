//! Per dimension, the team's two strengths as paired bars with their spread: the range
//! from lowest to highest member, each member as an anonymous tick, "where we want to
//! be" as a marker, and how many answered. Drawn in SVG (no inline styles).

use leptos::prelude::*;

use crate::components::common::reactive::reactive;
use crate::components::common::table_wrap::TableWrap;
use crate::components::common::text::tr;
use crate::domain::instrument::Pole;
use crate::domain::score::chart::{svg_number as n, BarScale};
use crate::domain::score::figure::whole;
use crate::domain::score::member::{TeamDimension, TeamPole};
use crate::domain::score::shown::ShownTheme;
use crate::domain::score::team::{TeamFigures, ThemeFigures};
use crate::i18n::*;
use crate::ui::use_locale;

/// The y of a pole's bar within a row.
fn bar_y(pole: Pole) -> f64 {
    match pole {
        Pole::AngloSaxon => 9.0,
        Pole::Rhineland => 34.0,
    }
}

fn pole_of(d: &TeamDimension, pole: Pole) -> Option<TeamPole> {
    match pole {
        Pole::AngloSaxon => d.anglo_saxon,
        Pole::Rhineland => d.rhineland,
    }
}

fn pole_marks(pole: Pole, now: &TeamDimension, desired: Option<&TeamDimension>) -> impl IntoView {
    let scale = BarScale::DEFAULT;
    let y = bar_y(pole);
    let class = match pole {
        Pole::AngloSaxon => "team-bar anglo",
        Pole::Rhineland => "team-bar rhine",
    };
    let stats = pole_of(now, pole);
    let wanted = desired.and_then(|d| pole_of(d, pole)).map(|p| p.mean);
    let dots: Vec<f64> = now
        .dots
        .iter()
        .map(|(a, r)| if pole == Pole::AngloSaxon { *a } else { *r })
        .collect();
    let track = view! {
        <rect class="team-track" x=n(scale.left) y=n(y) width=n(scale.width) height="16" rx="3" />
    };
    let body = stats.map(|p: TeamPole| {
        let ticks = dots
            .into_iter()
            .map(|v| view! { <line class="member-tick" x1=n(scale.x(v)) x2=n(scale.x(v)) y1=n(y + 17.0) y2=n(y + 21.0) /> })
            .collect_view();
        // Now → where we want to be, as an arrow just above the bar.
        let marker = wanted.map(|w| {
            let (from, to) = (scale.x(p.mean), scale.x(w));
            let head = if to >= from { "l-5 -3.5v7z" } else { "l5 -3.5v7z" };
            view! {
                <line class="desired-arrow" x1=n(from) x2=n(to) y1=n(y - 4.0) y2=n(y - 4.0) />
                <path class="desired-mark" d=format!("M{} {}{head}", n(to), n(y - 4.0)) />
            }
        });
        view! {
            <rect class=class x=n(scale.left) y=n(y) width=n(scale.x(p.mean) - scale.left) height="16" rx="3" />
            <line class="range" x1=n(scale.x(p.lowest)) x2=n(scale.x(p.highest)) y1=n(y + 8.0) y2=n(y + 8.0) />
            {ticks}
            {marker}
        }
    });
    view! {
        {track}
        {body}
    }
}

/// A shown figure (from the one display model), or "–" where there is none.
fn value_text(value: Option<i64>) -> String {
    value.map_or_else(|| "–".to_string(), |v| v.to_string())
}

#[component]
pub fn TeamBars(team: Memo<TeamFigures>) -> impl IntoView {
    let i18n = use_i18n();
    let locale = use_locale();
    // A round keeps its version: its dimensions.
    let instrument = team.with_untracked(|t| t.instrument);
    let name = move |d: &ThemeFigures| {
        instrument
            .dimension(d.index)
            .map_or("", |v| v.name.get(locale.get()))
    };
    let row = move |d: ThemeFigures| {
        let n_answered = d
            .now
            .anglo_saxon
            .map_or(0, |p| p.scored)
            .max(d.now.rhineland.map_or(0, |p| p.scored));
        let shown = ShownTheme::of(&d);
        let anglo = value_text(shown.anglo_saxon);
        let rhine = value_text(shown.rhineland);
        let (a_text, r_text) = (anglo.clone(), rhine.clone());
        let theme = d.clone();
        let label = move || {
            format!(
                "{}: {} {}, {} {}",
                name(&theme),
                t_string!(i18n, pole_anglo_saxon),
                anglo.clone(),
                t_string!(i18n, pole_rhineland),
                rhine.clone()
            )
        };
        let theme = d.clone();
        view! {
            <div class="team-bar-row" data-dimension=d.id>
                <div class="team-bar-name">
                    <strong>{move || name(&theme)}</strong>
                    <span class="hint">{tr!(i18n, dashboard_n, n = n_answered)}</span>
                </div>
                <svg class="team-bars" viewBox="0 0 300 56" preserveAspectRatio="none" role="img" aria-label=label>
                    {pole_marks(Pole::AngloSaxon, &d.now, d.desired.as_ref())}
                    {pole_marks(Pole::Rhineland, &d.now, d.desired.as_ref())}
                </svg>
                <div class="team-bar-values" aria-hidden="true">
                    <span class="value anglo" data-testid="team-anglo">{a_text}</span>
                    <span class="value rhine" data-testid="team-rhine">{r_text}</span>
                </div>
            </div>
        }
    };
    let table_rows = move || {
        team.with(|t| {
            let need = t.min_group;
            t.dimensions()
                .iter()
                .map(|d| {
                    // A pole answered by fewer than the minimum: how many of how many.
                    let shown = ShownTheme::of(d);
                    let cell = |pole: Pole| match pole_of(&d.now, pole) {
                        Some(p) => format!(
                            "{} ({}–{})",
                            value_text(shown.side(pole)),
                            whole(p.lowest),
                            whole(p.highest)
                        ),
                        None => format!(
                            "{}/{need}",
                            d.now.scored[usize::from(pole == Pole::Rhineland)]
                        ),
                    };
                    let desired = d.desired.as_ref().map(|_| {
                        (
                            value_text(shown.desired_anglo_saxon),
                            value_text(shown.desired_rhineland),
                        )
                    });
                    let theme = d.clone();
                    view! {
                        <tr>
                            <th scope="row">{move || name(&theme)}</th>
                            <td>{cell(Pole::AngloSaxon)}</td>
                            <td>{cell(Pole::Rhineland)}</td>
                            <td>{desired.clone().map(|(a, _)| a).unwrap_or_default()}</td>
                            <td>{desired.map(|(_, r)| r).unwrap_or_default()}</td>
                            <td>{shown.spread.map(|x| x.to_string()).unwrap_or_default()}</td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };

    view! {
        <section class="card" aria-labelledby="bars-title" data-testid="team-bars">
            <h2 id="bars-title">{tr!(i18n, dashboard_bars_title)}</h2>
            <p class="legend">
                <span class="key anglo">{tr!(i18n, pole_anglo_saxon)}</span>
                <span class="key rhine">{tr!(i18n, pole_rhineland)}</span>
                <span class="key-text">{tr!(i18n, dashboard_bars_key)}</span>
            </p>
            <div class="chart team-bar-list">
                {reactive(move || team.with(|t| t.dimensions().to_vec()).into_iter().map(row).collect_view())}
            </div>
            <div class="chart-table">
                <TableWrap label=Signal::derive(move || t_string!(i18n, table_team).to_string())>
                    <table class="result-table" data-testid="team-table">
                        <thead>
                            <tr>
                                <th scope="col">{tr!(i18n, result_col_dimension)}</th>
                                <th scope="col">{tr!(i18n, dashboard_col_anglo_range)}</th>
                                <th scope="col">{tr!(i18n, dashboard_col_rhine_range)}</th>
                                <th scope="col">{tr!(i18n, result_col_anglo_desired)}</th>
                                <th scope="col">{tr!(i18n, result_col_rhine_desired)}</th>
                                <th scope="col">{tr!(i18n, dashboard_col_disagreement)}</th>
                            </tr>
                        </thead>
                        <tbody>{reactive(table_rows)}</tbody>
                    </table>
                </TableWrap>
            </div>
        </section>
    }
}
