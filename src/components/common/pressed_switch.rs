//! A button that turns one thing on and off: it says its state with `aria-pressed` and
//! names what a press does. Charts or tables, all columns or four, all rounds or the
//! newest: one shape for every such switch.

use leptos::prelude::*;

#[component]
pub fn PressedSwitch<F>(
    on: RwSignal<bool>,
    test_id: &'static str,
    /// Its words for each state: what a press does from there.
    label: F,
    /// Classes beside `button small` (where it shows, how it prints).
    #[prop(optional)]
    class: &'static str,
) -> impl IntoView
where
    F: Fn(bool) -> String + Send + Sync + 'static,
{
    view! {
        <button
            type="button"
            class=format!("button small {class}")
            data-testid=test_id
            aria-pressed=move || on.get().to_string()
            on:click=move |_| on.update(|v| *v = !*v)
        >
            {move || label(on.get())}
        </button>
    }
}
