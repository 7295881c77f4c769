//! A dimension's trade-off item: ten points divided between two equally attractive
//! descriptions, A and B, in the order the version gives (version 3 puts each pole
//! first about half the time, so neither reads as the default). Agreeing with
//! everything cannot raise both. A native range input per horizon, so arrow keys move
//! it and a screen reader hears "7 points for A, 3 for B"; until it is moved nothing is
//! recorded.

use leptos::prelude::*;

use crate::components::common::reactive::memo;
use crate::components::common::text::tr;
use crate::domain::instrument::answers::{Horizon, TRADE_OFF_POINTS};
use crate::domain::instrument::{Pole, TradeOffDef};
use crate::domain::scan::first_screen::trade_off_input_id;
use crate::i18n::*;
use crate::state::{use_scan_slot, AppStore};
use crate::ui::use_locale;

#[component]
pub fn TradeOff(dimension: u8, item: TradeOffDef, ask_desired: bool, plain: bool) -> impl IntoView {
    let i18n = use_i18n();
    let locale = use_locale();
    let heading_id = format!("trade-off-{dimension}");
    let [(a_pole, a), (b_pole, b)] = item.in_order();
    // Each side in its pole's colour, or both alike where the version asks it.
    let side = move |pole: Pole| match (plain, pole) {
        (true, _) => "side plain",
        (false, Pole::AngloSaxon) => "side anglo",
        (false, Pole::Rhineland) => "side rhine",
    };
    let first = item.first;

    view! {
        <fieldset
            class="trade-off"
            data-testid="trade-off"
            data-dimension=dimension
            aria-describedby=format!("{heading_id}-hint")
        >
            <legend class="statement-text" id=heading_id.clone()>
                {tr!(i18n, trade_off_heading)}
            </legend>
            <p class="hint" id=format!("{heading_id}-hint")>{tr!(i18n, trade_off_hint)}</p>
            <div class="trade-off-sides">
                <p class=side(a_pole)>
                    <span class="side-tag" aria-hidden="true">"A"</span>
                    <span>{move || a.get(locale.get())}</span>
                </p>
                <p class=side(b_pole)>
                    <span class="side-tag" aria-hidden="true">"B"</span>
                    <span>{move || b.get(locale.get())}</span>
                </p>
            </div>
            <Points dimension=dimension horizon=Horizon::Now first=first>
                {tr!(i18n, scan_now_label)}
            </Points>
            {ask_desired
                .then(|| {
                    view! {
                        <Points dimension=dimension horizon=Horizon::Desired first=first>
                            {tr!(i18n, scan_desired_label)}
                        </Points>
                    }
                })}
        </fieldset>
    }
}

/// One division of the ten points; the slider's value is A's points, A being the pole
/// shown `first`.
#[component]
fn Points(dimension: u8, horizon: Horizon, first: Pole, children: Children) -> impl IntoView {
    let i18n = use_i18n();
    let store = expect_context::<AppStore>();
    let slot = use_scan_slot();
    let code = horizon.code();
    let id = trade_off_input_id(dimension, horizon);
    // Stored as the Rhineland points whatever the order on screen.
    let rhineland = memo(move || store.scan_with(slot, |s| s.trade_off(dimension, horizon)));
    let flip = move |points: u8| TRADE_OFF_POINTS - points.min(TRADE_OFF_POINTS);
    let a_points = move || {
        rhineland.get().map(|r| match first {
            Pole::AngloSaxon => flip(r),
            Pole::Rhineland => r,
        })
    };
    let set_a = move |a: u8| {
        let rhine = match first {
            Pole::AngloSaxon => flip(a),
            Pole::Rhineland => a.min(TRADE_OFF_POINTS),
        };
        store.divide(slot, dimension, horizon, rhine)
    };
    let value_text = move || match a_points() {
        Some(a) => t_string!(i18n, trade_off_value, a = a, b = TRADE_OFF_POINTS - a).to_string(),
        None => t_string!(i18n, trade_off_not_yet).to_string(),
    };

    view! {
        <div class="points" class:given=move || rhineland.get().is_some() data-horizon=code>
            <label class="points-caption" for=id.clone()>{children()}</label>
            <div class="points-row">
                <span class="points-end" aria-hidden="true">"A"</span>
                <input
                    type="range"
                    id=id
                    min="0"
                    max=TRADE_OFF_POINTS
                    step="1"
                    data-testid="trade-off-slider"
                    prop:value=move || a_points().unwrap_or(TRADE_OFF_POINTS / 2).to_string()
                    aria-valuetext=value_text
                    on:input=move |ev| {
                        if let Ok(a) = event_target_value(&ev).parse::<u8>() {
                            set_a(a);
                        }
                    }
                />
                <span class="points-end" aria-hidden="true">"B"</span>
            </div>
            <p class="points-value" aria-hidden="true" data-testid="trade-off-value">
                {value_text}
            </p>
            <button
                type="button"
                class="button small"
                data-testid="trade-off-even"
                on:click=move |_| set_a(TRADE_OFF_POINTS / 2)
            >
                {tr!(i18n, trade_off_even)}
            </button>
        </div>
    }
}
