//! The table behind the result charts: every number the charts show, as text.

use leptos::prelude::*;

use crate::components::common::reactive::shown;
use crate::components::common::table_wrap::TableWrap;
use crate::components::common::text::tr;
use crate::domain::score::figure::{self, whole};
use crate::domain::score::member::{DimensionScore, MemberScores, PoleScore};
use crate::i18n::*;
use crate::ui::use_locale;

#[component]
pub fn ResultTable(
    #[prop(into)] now: Signal<MemberScores>,
    #[prop(into)] desired: Signal<Option<MemberScores>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let locale = use_locale();
    let strength = |score: &PoleScore| score.strength().map(|s| s.value);
    let cell = move |value: Option<f64>| match value {
        Some(v) => figure::text(whole(v)),
        None => t_string!(i18n, result_not_enough).to_string(),
    };
    let row = move |name: String,
                    score: DimensionScore,
                    wanted: Option<DimensionScore>,
                    overall: bool| {
        let zone = score
            .zone()
            .map(|z| z.name().get(locale.get()).to_string())
            .unwrap_or_else(|| t_string!(i18n, result_not_enough).to_string());
        view! {
            <tr class:overall=overall>
                <th scope="row">{name}</th>
                <td>{cell(strength(&score.anglo_saxon))}</td>
                <td>{cell(strength(&score.rhineland))}</td>
                {wanted.map(|w| view! {
                    <td>{cell(strength(&w.anglo_saxon))}</td>
                    <td>{cell(strength(&w.rhineland))}</td>
                })}
                <td>{score.shown_difference().map_or_else(|| t_string!(i18n, result_not_enough).to_string(), figure::signed)}</td>
                <td>{cell(score.weaker_side())}</td>
                <td>{zone}</td>
            </tr>
        }
    };
    let body = move || {
        let now = now.get();
        let desired = desired.get();
        let mut rows: Vec<AnyView> = now
            .dimensions
            .iter()
            .enumerate()
            .map(|(i, s)| {
                let wanted = desired.as_ref().and_then(|p| p.dimensions.get(i)).copied();
                let name = now
                    .instrument
                    .dimension_by_id(s.dimension)
                    .map(|d| d.name.get(locale.get()).to_string())
                    .unwrap_or_default();
                row(name, *s, wanted, false).into_any()
            })
            .collect();
        if let Some(overall) = now.overall() {
            rows.push(
                row(
                    t_string!(i18n, result_overall).to_string(),
                    overall,
                    desired.as_ref().and_then(MemberScores::overall),
                    true,
                )
                .into_any(),
            );
        }
        rows
    };
    let has_desired = move || desired.with(|d| d.is_some());
    view! {
        <TableWrap label=Signal::derive(move || t_string!(i18n, table_result).to_string())>
            <table class="result-table" data-testid="result-table">
                <thead>
                    <tr>
                        <th scope="col">{tr!(i18n, result_col_dimension)}</th>
                        <th scope="col">{tr!(i18n, result_col_anglo)}</th>
                        <th scope="col">{tr!(i18n, result_col_rhine)}</th>
                        {shown(has_desired, move || view! {
                            <th scope="col">{tr!(i18n, result_col_anglo_desired)}</th>
                            <th scope="col">{tr!(i18n, result_col_rhine_desired)}</th>
                        })}
                        <th scope="col">{tr!(i18n, result_col_balance)}</th>
                        <th scope="col">{tr!(i18n, result_col_integration)}</th>
                        <th scope="col">{tr!(i18n, result_col_zone)}</th>
                    </tr>
                </thead>
                <tbody>{move || body()}</tbody>
            </table>
            <p class="hint">{tr!(i18n, result_balance_hint)}</p>
        </TableWrap>
    }
}
