//! A table that may be wider than the screen: it scrolls sideways in its own box instead
//! of squeezing its columns until words break. The box is a named region the keyboard can
//! focus, so arrow keys scroll it and a screen reader says what it holds.

use leptos::prelude::*;

#[component]
pub fn TableWrap(
    /// What the table holds, for screen readers (the region's name).
    #[prop(into)]
    label: Signal<String>,
    children: Children,
) -> impl IntoView {
    view! {
        <div class="table-wrap" tabindex="0" role="region" aria-label=move || label.get()>
            {children()}
        </div>
    }
}
