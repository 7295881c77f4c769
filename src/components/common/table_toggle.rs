//! "Show as table" / "Show as chart": every chart's text alternative, one press away.

use leptos::prelude::*;

use crate::components::common::pressed_switch::PressedSwitch;
use crate::i18n::*;

#[component]
pub fn TableToggle(show_tables: RwSignal<bool>, test_id: &'static str) -> impl IntoView {
    let i18n = use_i18n();
    let label = move |tables: bool| {
        if tables {
            t_string!(i18n, result_show_chart).to_string()
        } else {
            t_string!(i18n, result_show_table).to_string()
        }
    };
    view! { <PressedSwitch on=show_tables test_id=test_id label=label class="no-print" /> }
}
