//! Paired bars: per dimension the Anglo-Saxon and the Rhineland strength side by side,
//! with a marker for "where we want to be" when it was asked.

use leptos::prelude::*;

use crate::components::common::reactive::reactive;
use crate::components::common::text::tr;
use crate::domain::instrument::Dimension;
use crate::domain::instrument::Pole;
use crate::domain::score::chart::{bar_percent, svg_number};
use crate::domain::score::figure::whole;
use crate::domain::score::member::{MemberScores, PoleScore};
use crate::i18n::*;
use crate::ui::use_locale;

#[component]
pub fn PoleBars(
    #[prop(into)] now: Signal<MemberScores>,
    #[prop(into)] desired: Signal<Option<MemberScores>>,
) -> impl IntoView {
    let locale = use_locale();
    let rows = move || {
        let now = now.get();
        let desired = desired.get();
        now.dimensions
            .iter()
            .enumerate()
            .filter_map(|(i, score)| Some((i, Dimension::from_id(score.dimension)?, score)))
            .map(|(i, dimension, score)| {
                let wanted = desired.as_ref().and_then(|p| p.dimensions.get(i)).copied();
                view! {
                    <div class="bar-row" data-dimension=dimension.id()>
                        <span class="bar-name">{move || dimension.def().name.get(locale.get())}</span>
                        <Bar pole=Pole::AngloSaxon score=score.anglo_saxon wanted=wanted.map(|w| w.anglo_saxon) />
                        <Bar pole=Pole::Rhineland score=score.rhineland wanted=wanted.map(|w| w.rhineland) />
                    </div>
                }
            })
            .collect_view()
    };
    view! { <div class="pole-bars" data-testid="pole-bars">{reactive(rows)}</div> }
}

#[component]
fn Bar(pole: Pole, score: PoleScore, wanted: Option<PoleScore>) -> impl IntoView {
    let i18n = use_i18n();
    let class = match pole {
        Pole::AngloSaxon => "bar anglo",
        Pole::Rhineland => "bar rhine",
    };
    let pole_name = move || match pole {
        Pole::AngloSaxon => t_string!(i18n, pole_anglo_saxon),
        Pole::Rhineland => t_string!(i18n, pole_rhineland),
    };
    let marker = wanted.and_then(|w| w.strength().map(|s| s.value)).map(|w| {
        view! {
            <span class="bar-marker" style:left=format!("{}%", svg_number(bar_percent(w)))></span>
        }
    });
    match score.strength().map(|s| s.value) {
        Some(strength) => view! {
            <div class=class>
                <span class="visually-hidden">{move || pole_name()}</span>
                <span class="bar-track" aria-hidden="true">
                    <span class="bar-fill" style:width=format!("{}%", svg_number(bar_percent(strength)))></span>
                    {marker}
                </span>
                <span class="bar-value">{whole(strength)}</span>
            </div>
        }
        .into_any(),
        None => view! {
            <div class=format!("{class} missing")>
                <span class="visually-hidden">{move || pole_name()}</span>
                <span class="bar-missing">{tr!(i18n, result_not_enough)}</span>
            </div>
        }
        .into_any(),
    }
}
