//! "Show as table" / "Show as chart": every chart's text alternative, one press away.

use leptos::prelude::*;

use crate::i18n::*;

#[component]
pub fn TableToggle(show_tables: RwSignal<bool>, test_id: &'static str) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <button
            type="button"
            class="button small no-print"
            data-testid=test_id
            aria-pressed=move || show_tables.get().to_string()
            on:click=move |_| show_tables.update(|s| *s = !*s)
        >
            {move || {
                if show_tables.get() {
                    t_string!(i18n, result_show_chart)
                } else {
                    t_string!(i18n, result_show_table)
                }
            }}
        </button>
    }
}
