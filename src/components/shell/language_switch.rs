//! Nederlands / English, on every page; the choice is saved and survives a reload.

use leptos::prelude::*;

use crate::domain::locale::Locale;
use crate::i18n::*;
use crate::state::AppStore;

#[component]
pub fn LanguageSwitch(locale: Memo<Locale>) -> impl IntoView {
    let store = expect_context::<AppStore>();
    let i18n = use_i18n();
    let choose = move |chosen: Locale| store.update(|data| data.settings.locale = Some(chosen));
    let buttons = Locale::ALL
        .into_iter()
        .map(|option| {
            view! {
                <button
                    type="button"
                    class="lang-option"
                    lang=option.code()
                    data-testid=format!("lang-{}", option.code())
                    aria-pressed=move || (locale.get() == option).to_string()
                    on:click=move |_| choose(option)
                >
                    {option.endonym()}
                </button>
            }
        })
        .collect_view();
    view! {
        <div class="lang-switch" role="group" aria-label=move || t_string!(i18n, language_label)>
            {buttons}
        </div>
    }
}
