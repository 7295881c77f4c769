//! The keyed model's table of an own result: per theme both sides with their margin,
//! the difference, the zone and the trade-off's points, rounded by the version's rules.

use leptos::prelude::*;

use crate::components::common::table_wrap::TableWrap;
use crate::components::common::text::{tr, trade_off_points};
use crate::domain::score::figure::{self, whole};
use crate::domain::score::member::{DimensionScore, MemberScores, PoleScore};
use crate::domain::score::own::zone_label;
use crate::i18n::*;
use crate::ui::use_locale;

/// Per theme: both sides with their margin, the difference, the zone and the points
/// (with where the member wants to go, when asked).
#[component]
pub fn ThemeTable(scores: MemberScores, desired: Option<MemberScores>) -> impl IntoView {
    let i18n = use_i18n();
    let locale = use_locale();
    let cell = move |score: PoleScore| match score.strength() {
        Some(s) => format!("{} ± {}", s.shown(), whole(s.margin)),
        None => t_string!(i18n, result_not_enough).to_string(),
    };
    let row = move |d: DimensionScore| {
        let name = move || {
            scores
                .instrument
                .dimension_by_id(d.dimension)
                .map(|v| v.name.get(locale.get()))
                .unwrap_or_default()
        };
        let difference = d
            .shown_difference()
            .map(figure::signed)
            .unwrap_or_else(|| "–".to_string());
        let zone = move || zone_label(d.zone(), d.difference().is_some()).get(locale.get());
        let first = scores.instrument.trade_off_first(d.dimension);
        let wanted = desired
            .as_ref()
            .and_then(|w| w.dimensions.iter().find(|w| w.dimension == d.dimension))
            .and_then(|w| w.trade_off_rhineland);
        let points = match (d.trade_off_rhineland, wanted) {
            (Some(now), Some(wanted)) => format!(
                "{} → {}",
                trade_off_points(i18n, now, first),
                trade_off_points(i18n, wanted, first)
            ),
            (Some(now), None) => trade_off_points(i18n, now, first),
            (None, _) => "–".to_string(),
        };
        view! {
            <tr data-testid="theme-row" data-dimension=d.dimension>
                <th scope="row">{name}</th>
                <td>{cell(d.anglo_saxon)}</td>
                <td>{cell(d.rhineland)}</td>
                <td>{difference}</td>
                <td>{zone}</td>
                <td>{points}</td>
            </tr>
        }
    };
    let rows = scores.dimensions.iter().copied().map(row).collect_view();
    view! {
        <TableWrap label=Signal::derive(move || t_string!(i18n, table_result).to_string())>
            <table class="result-table" data-testid="result-table">
                <thead>
                    <tr>
                        <th scope="col">{tr!(i18n, result_col_dimension)}</th>
                        <th scope="col">{tr!(i18n, result_col_anglo)}</th>
                        <th scope="col">{tr!(i18n, result_col_rhine)}</th>
                        <th scope="col">{tr!(i18n, result_col_balance)}</th>
                        <th scope="col">{tr!(i18n, result_col_zone)}</th>
                        <th scope="col">{tr!(i18n, result_col_points)}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </TableWrap>
        <p class="hint">{tr!(i18n, result_margin_hint)}</p>
    }
}
