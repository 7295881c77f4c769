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
    /// The button's name for screen readers when `label` alone does not say what it
    /// acts on (one of several alike in a list).
    #[prop(optional, into)]
    name: Option<Signal<String>>,
) -> impl IntoView {
    let asking = RwSignal::new(false);
    let on_confirm = Callback::new(move |()| on_confirm());
    let trigger = NodeRef::<leptos::html::Button>::new();
    // "No" puts the question away: the keyboard goes back to the button that asked it.
    let cancel = move |_| {
        asking.set(false);
        request_animation_frame(move || {
            if let Some(button) = trigger.get_untracked() {
                let _ = button.focus();
            }
        });
    };
    let name = move || name.map(|n| n.get());
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
                        on:click=cancel
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
                        aria-label=name
                        node_ref=trigger
                        on:click=move |_| asking.set(true)
                    >
                        {move || label.get()}
                    </button>
                }
            })}
    }
}
