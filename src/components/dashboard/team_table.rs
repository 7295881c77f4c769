//! A team read from its members, per dimension, as a table (it is its own text
//! alternative): both sides in the rules' step or "too few answers", the zone or "divided" / "unclear", the
//! difference R − A, the weaker side, the spread between members, the trade-off's mean
//! and, when asked, where the team wants to be; then how well each side's statements
//! hung together, from the rules' number of respondents on.

use leptos::prelude::*;

use crate::components::common::pressed_switch::PressedSwitch;
use crate::components::common::reactive::{either, reactive};
use crate::components::common::table_wrap::TableWrap;
use crate::components::common::text::tr;
use crate::domain::instrument::rules::TeamRead;
use crate::domain::instrument::Pole;
use crate::domain::score::figure::{margin_up, one_decimal, signed, Step};
use crate::domain::score::member::TeamPole;
use crate::domain::score::shown::ShownTheme;
use crate::domain::score::team::{team_zone_code, team_zone_name, TeamFigures, ThemeFigures};
use crate::i18n::*;
use crate::ui::use_locale;

/// The table's columns after the theme's name.
#[derive(Clone, Copy)]
enum Column {
    Anglo,
    Rhine,
    Zone,
    Spread,
    Difference,
    Weaker,
    TradeOff,
    AngloDesired,
    RhineDesired,
}

#[component]
pub fn TeamTable(team: Memo<TeamFigures>) -> impl IntoView {
    // A round keeps its version: its dimensions and rules.
    let instrument = team.with_untracked(|t| t.instrument);
    let reliability_from = instrument.rules().reliability_from;
    let i18n = use_i18n();
    let locale = use_locale();
    let rules = instrument.rules();
    // "Where we want to be" per pole only where the version asks it of statements.
    let has_desired = move || team.with(|t| t.has_desired) && rules.desired_statements;
    // A team read from its members' agreement shows each mean with its uncertainty.
    let with_margin = rules.team_read == TeamRead::FromAgreement;
    // The hints state the rules' own numbers.
    let margins = move |loc| one_decimal(rules.side_margins.unwrap_or(0.0), loc);
    let agreement = move |loc| one_decimal(rules.agreement_from, loc);
    let share = ((1.0 - rules.agreement_from) * 100.0).round() as i64;
    let all_columns = RwSignal::new(false);
    // Each cell names its column, for the one-card-per-theme layout of a phone.
    let label = move |column: Column| {
        match column {
            Column::Anglo => t_string!(i18n, result_col_anglo),
            Column::Rhine => t_string!(i18n, result_col_rhine),
            Column::Zone => t_string!(i18n, result_col_zone),
            Column::Spread => t_string!(i18n, dashboard_col_disagreement),
            Column::Difference => t_string!(i18n, result_col_balance),
            Column::Weaker => t_string!(i18n, result_col_integration),
            Column::TradeOff => t_string!(i18n, dashboard_col_trade_off),
            Column::AngloDesired => t_string!(i18n, result_col_anglo_desired),
            Column::RhineDesired => t_string!(i18n, result_col_rhine_desired),
        }
        .to_string()
    };
    let row = move |d: &ThemeFigures| {
        let loc = locale.get();
        let too_few = t_string!(i18n, dashboard_too_few).to_string();
        // Every figure from the one display model; only the margin is this table's own.
        let shown = ShownTheme::of(d);
        let pole = |mean: Option<i64>, p: Option<TeamPole>| match (mean, p) {
            (Some(mean), Some(p)) if with_margin => {
                format!("{mean} ± {}", margin_up(p.margin, Step::One))
            }
            (Some(mean), _) => mean.to_string(),
            (None, _) => too_few.clone(),
        };
        let name = instrument
            .dimension(d.index)
            .map(|v| v.name.get(loc))
            .unwrap_or_default();
        let dash = || String::from("–");
        let trade_off = match (d.trade_off_now, d.trade_off_desired) {
            (Some(now), Some(desired)) => format!(
                "{} · {}",
                t_string!(
                    i18n,
                    dashboard_trade_off_now,
                    points = one_decimal(now.rhineland, loc)
                ),
                t_string!(
                    i18n,
                    dashboard_trade_off_desired,
                    points = one_decimal(desired.rhineland, loc)
                )
            ),
            (Some(now), None) => one_decimal(now.rhineland, loc),
            _ => dash(),
        };
        // A divided theme shows no means (they would fit nobody), desired ones neither.
        let desired = d.desired.as_ref().map(|_| {
            let side = |p| pole(shown.desired_side(p), d.shown_desired(p));
            (side(Pole::AngloSaxon), side(Pole::Rhineland))
        });
        let divided = d.divided();
        let mean_cell = |p: Pole| {
            if divided {
                dash()
            } else {
                pole(shown.side(p), d.shown_pole(p))
            }
        };
        view! {
            <tr data-testid="team-dimension-members" data-dimension=d.id data-zone=team_zone_code(d.now.zone)>
                <th scope="row">{name}</th>
                <td data-label=label(Column::Anglo) data-testid="team-anglo-members">{mean_cell(Pole::AngloSaxon)}</td>
                <td data-label=label(Column::Rhine) data-testid="team-rhine-members">{mean_cell(Pole::Rhineland)}</td>
                <td data-label=label(Column::Zone) class="text" data-testid="team-zone-members">{team_zone_name(d.now.zone).get(loc)}</td>
                <td data-label=label(Column::Spread)>{shown.spread.map_or_else(dash, |v| v.to_string())}</td>
                <td data-label=label(Column::Difference) class="more" data-testid="team-difference-members">{shown.difference().map_or_else(dash, signed)}</td>
                <td data-label=label(Column::Weaker) class="more" data-testid="team-weaker-members">{shown.weaker_side().map_or_else(dash, |v| v.to_string())}</td>
                <td data-label=label(Column::TradeOff) class="more text" data-testid="team-trade-off-members">{trade_off}</td>
                {desired.map(|(a, r)| view! {
                    <td data-label=label(Column::AngloDesired) class="more">{a}</td>
                    <td data-label=label(Column::RhineDesired) class="more">{r}</td>
                })}
            </tr>
        }
    };
    let rows = move || team.with(|t| t.dimensions().iter().map(row).collect_view());
    let consistency = move || {
        let loc = locale.get();
        team.with(|t| t.consistency_groups(loc))
            .into_iter()
            .map(|(level, poles)| {
                let text = match level {
                    Some(c) => c.reading().get(loc).to_string(),
                    None => t_string!(i18n, dashboard_consistency_unknown).to_string(),
                };
                view! { <li><strong>{poles}</strong>": " {text}</li> }
            })
            .collect_view()
    };

    // A team read from its agreement: the rule behind "±" and "divided"; otherwise how
    // well each side's statements hung together, from the rules' respondents on.
    let how_close = if with_margin {
        view! {
            <p class="hint" data-testid="team-margin-hint">
                {move || tr!(i18n, dashboard_margin_hint, margins = margins(locale.get()))}
            </p>
            <h3>{tr!(i18n, dashboard_agreement_title)}</h3>
            <p class="hint" data-testid="agreement-explain">
                {move || tr!(i18n, dashboard_agreement_explain, share = share, agreement = agreement(locale.get()))}
            </p>
        }
        .into_any()
    } else {
        view! {
            <h3>{tr!(i18n, dashboard_consistency_title)}</h3>
            {either(
                move || team.with(|t| t.respondents >= reliability_from),
                move || view! { <ul class="reading-list" data-testid="consistency">{reactive(consistency)}</ul> },
                move || view! {
                    <p class="hint" data-testid="consistency-not-yet">
                        {tr!(i18n, dashboard_consistency_not_yet, n = reliability_from)}
                    </p>
                },
            )}
        }
        .into_any()
    };

    let columns_label = move |all: bool| {
        if all {
            t_string!(i18n, dashboard_fewer_columns).to_string()
        } else {
            t_string!(i18n, dashboard_all_columns).to_string()
        }
    };
    view! {
        <section
            class=move || if all_columns.get() { "card team-figures all-columns" } else { "card team-figures" }
            aria-labelledby="bars-title"
            data-testid="team-table-members"
        >
            <div class="card-head">
                <h2 id="bars-title">{tr!(i18n, dashboard_bars_title)}</h2>
                // Four figures fit beside the plane; the rest on request, over the whole width.
                <PressedSwitch on=all_columns test_id="team-columns-switch" label=columns_label class="columns-switch" />
            </div>
            <TableWrap label=Signal::derive(move || t_string!(i18n, table_team).to_string())>
                <table class="result-table team-table-members" data-testid="team-table">
                    <thead>
                        <tr>
                            <th scope="col">{tr!(i18n, result_col_dimension)}</th>
                            <th scope="col">{tr!(i18n, result_col_anglo)}</th>
                            <th scope="col">{tr!(i18n, result_col_rhine)}</th>
                            <th scope="col" class="text">{tr!(i18n, result_col_zone)}</th>
                            <th scope="col">{tr!(i18n, dashboard_col_disagreement)}</th>
                            <th scope="col" class="more">{tr!(i18n, result_col_balance)}</th>
                            <th scope="col" class="more">{tr!(i18n, result_col_integration)}</th>
                            <th scope="col" class="more">{tr!(i18n, dashboard_col_trade_off)}</th>
                            {move || has_desired().then(|| view! {
                                <th scope="col" class="more">{tr!(i18n, result_col_anglo_desired)}</th>
                                <th scope="col" class="more">{tr!(i18n, result_col_rhine_desired)}</th>
                            })}
                        </tr>
                    </thead>
                    <tbody>{reactive(rows)}</tbody>
                </table>
            </TableWrap>
            <p class="hint">{tr!(i18n, dashboard_rounded)} " " {tr!(i18n, dashboard_too_few_explain)}</p>
            <p class="hint">{tr!(i18n, dashboard_difference_hint)}</p>
            {move || team.with(|t| t.dimensions().iter().any(ThemeFigures::divided)).then(|| view! {
                <p class="hint" data-testid="divided-no-means">{tr!(i18n, dashboard_divided_no_means)}</p>
            })}
            <p class="hint">{tr!(i18n, dashboard_trade_off_explain)}</p>
            {how_close}
        </section>
    }
}
