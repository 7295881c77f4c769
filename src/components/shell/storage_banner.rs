//! Says plainly when the app cannot save, and what to do about it.

use leptos::prelude::*;

use crate::components::common::reactive::shown;
use crate::domain::locale::Locale;
use crate::state::AppStore;

#[component]
pub fn StorageBanner(locale: Memo<Locale>) -> impl IntoView {
    let store = expect_context::<AppStore>();
    let message = move || {
        store
            .problem
            .with(|p| p.as_ref().map(|p| p.message().get(locale.get())))
    };
    view! {
        {shown(move || message().is_some(), move || view! {
            <div class="banner warning" role="alert" data-testid="storage-banner">
                {move || message()}
            </div>
        })}
    }
}
