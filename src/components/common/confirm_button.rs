//! A button for something that cannot be undone: it asks first, in place.

use leptos::prelude::*;

use crate::components::common::reactive::either;

#[component]
pub fn ConfirmButton(
    #[prop(into)] label: Signal<String>,
    #[prop(into)] question: Signal<String>,
    #[prop(into)] yes: Signal<String>,
    #[prop(into)] no: Signal<String>,
    test_id: &'static str,
    on_confirm: impl Fn() + Send + Sync + 'static,
) -> impl IntoView {
    let asking = RwSignal::new(false);
    let on_confirm = Callback::new(move |()| on_confirm());
    view! {
        {either(move || asking.get(), move || view! {
            <div class="confirm" role="alertdialog" aria-label=move || question.get()>
                <p>{move || question.get()}</p>
                <div class="actions">
                    <button
                        type="button"
                        class="button danger"
                        data-testid=format!("{test_id}-confirm")
                        autofocus
                        on:click=move |_| {
                            asking.set(false);
                            on_confirm.run(());
                        }
                    >
                        {move || yes.get()}
                    </button>
                    <button
                        type="button"
                        class="button"
                        data-testid=format!("{test_id}-cancel")
                        on:click=move |_| asking.set(false)
                    >
                        {move || no.get()}
                    </button>
                </div>
            </div>
        }, move || {
                view! {
                    <button
                        type="button"
                        class="button"
                        data-testid=test_id
                        on:click=move |_| asking.set(true)
                    >
                        {move || label.get()}
                    </button>
                }
            })}
    }
}
