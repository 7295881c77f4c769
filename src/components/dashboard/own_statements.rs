//! The facilitator's own statements on the dashboard, in their own section: per
//! statement the team's mean on the 1–5 scale and the spread between members, apart
//! from (and never mixed into) the instrument's scores.

use leptos::prelude::*;

use crate::components::common::reactive::{memo, reactive, shown};
use crate::components::common::table_wrap::TableWrap;
use crate::components::common::text::tr;
use crate::domain::score::figure::one_decimal;
use crate::domain::score::own_statements::{own_figures, OwnFigure};
use crate::domain::score::round_data::RoundData;
use crate::i18n::*;
use crate::ui::use_locale;

#[component]
pub fn OwnStatements(#[prop(into)] data: Signal<RoundData>) -> impl IntoView {
    let i18n = use_i18n();
    let locale = use_locale();
    let figures = memo(move || data.with(|d| own_figures(&d.own_statements, &d.own_answers)));
    let row = move |f: OwnFigure| {
        let loc = locale.get();
        let too_few = || t_string!(i18n, own_too_few).to_string();
        view! {
            <tr data-testid="own-statement-row">
                <th scope="row">{f.statement}</th>
                <td data-testid="own-mean">{f.mean.map_or_else(too_few, |m| one_decimal(m, loc))}</td>
                <td data-testid="own-spread">{f.spread.map_or_else(too_few, |s| one_decimal(s, loc))}</td>
                <td data-testid="own-answered">
                    {f.answered}
                    {(f.non_answers > 0)
                        .then(|| format!(" {}", t_string!(i18n, own_non_answers, n = f.non_answers)))}
                </td>
            </tr>
        }
    };
    shown(
        move || figures.with(|f| !f.is_empty()),
        move || {
            view! {
                <section class="card own-statements" aria-labelledby="own-title" data-testid="own-statements">
                    <h2 id="own-title">{tr!(i18n, own_title)}</h2>
                    <p>{tr!(i18n, own_intro)}</p>
                    <TableWrap label=Signal::derive(move || t_string!(i18n, own_title).to_string())>
                        <table class="result-table">
                            <thead>
                                <tr>
                                    <th scope="col">{tr!(i18n, own_col_statement)}</th>
                                    <th scope="col">{tr!(i18n, own_col_mean)}</th>
                                    <th scope="col">{tr!(i18n, own_col_spread)}</th>
                                    <th scope="col">{tr!(i18n, own_col_answers)}</th>
                                </tr>
                            </thead>
                            <tbody>
                                {reactive(move || figures.get().into_iter().map(row).collect_view())}
                            </tbody>
                        </table>
                    </TableWrap>
                    <p class="hint">{tr!(i18n, own_spread_hint)}</p>
                </section>
            }
        },
    )
}
