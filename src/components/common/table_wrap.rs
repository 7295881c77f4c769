//! A table that may be wider than the screen: it scrolls sideways in its own box instead
//! of squeezing its columns until words break. The box is a named region the keyboard can
//! focus, so arrow keys scroll it and a screen reader says what it holds. When it does
//! scroll, a line above it says so: a person does not see that a box scrolls.

use leptos::html::Div;
use leptos::prelude::*;

use crate::components::common::reactive::shown;
use crate::components::common::text::tr;
use crate::i18n::*;
use crate::platform::overflow::watch_overflow;

#[component]
pub fn TableWrap(
    /// What the table holds, for screen readers (the region's name).
    #[prop(into)]
    label: Signal<String>,
    children: Children,
) -> impl IntoView {
    let i18n = use_i18n();
    let node = NodeRef::<Div>::new();
    let (scrolls, set_scrolls) = signal(false);
    // The watch lives as long as the table: it is dropped (and disconnected) with it.
    let watch = StoredValue::new_local(None);
    Effect::new(move || {
        if let Some(element) = node.get() {
            watch.set_value(watch_overflow(&element, move |on| set_scrolls.set(on)));
        }
    });
    view! {
        {shown(move || scrolls.get(), move || view! {
            <p class="hint scroll-hint" data-testid="scroll-hint">
                <span aria-hidden="true">"⇆ "</span>
                {tr!(i18n, table_scrolls)}
            </p>
        })}
        <div class="table-wrap" tabindex="0" role="region" aria-label=move || label.get() node_ref=node>
            {children()}
        </div>
    }
}
