//! A problem in plain words, announced to screen readers (`role="alert"`), in the
//! current language; nothing when there is none.

use leptos::prelude::*;

use crate::components::common::reactive::reactive;
use crate::domain::text::Text;
use crate::ui::use_locale;

#[component]
pub fn ErrorText(
    problem: RwSignal<Option<Text>>,
    #[prop(optional)] test_id: Option<&'static str>,
) -> impl IntoView {
    let locale = use_locale();
    reactive(move || {
        problem.get().map(|text| {
            view! {
                <p class="error" role="alert" data-testid=test_id>
                    {move || text.get(locale.get())}
                </p>
            }
        })
    })
}
