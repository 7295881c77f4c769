//! One component, one signal, one translated text with a value and one `<Show>`: the least
//! an app on this stack ships, so the benchmark can say how much of the app is framework.
use leptos::prelude::*;
include!(concat!(env!("OUT_DIR"), "/i18n/mod.rs"));
use i18n::*;

#[component]
fn Counter() -> impl IntoView {
    let i18n = use_i18n();
    let n = RwSignal::new(0);
    view! {
        <h1>{t!(i18n, hello)}</h1>
        <button on:click=move |_| n.update(|n| *n += 1)>{t!(i18n, count, n = move || n.get())}</button>
        <Show when=move || 2 < n.get()><p>"more"</p></Show>
    }
}

fn main() {
    leptos::mount::mount_to_body(
        || view! { <I18nContextProvider><Counter/></I18nContextProvider> },
    );
}
