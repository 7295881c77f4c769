//! Placeholder until its issue lands: says what will be here.

use leptos::prelude::*;

use crate::app::PAGE_HEADING_ID;
use crate::i18n::*;

#[component]
pub fn TeamPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="placeholder" data-testid="team-page">
            <h1 id=PAGE_HEADING_ID tabindex="-1">{t!(i18n, team_title)}</h1>
            <p>{t!(i18n, team_body)}</p>
        </section>
    }
}
