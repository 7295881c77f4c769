//! A member answering for a round they were invited to: the questionnaire with the
//! round's name above it and the response link at the end.

use leptos::prelude::*;

use crate::components::common::reactive::{either, memo};
use crate::components::common::text::tr;
use crate::components::scan::scan_page::ScanPage;
use crate::domain::link::RoundId;
use crate::domain::store::schema::ScanSlot;
use crate::i18n::*;
use crate::routes::Route;
use crate::state::AppStore;
use crate::ui::PAGE_HEADING_ID;

#[component]
pub fn AnswerPage(round: RoundId) -> impl IntoView {
    let i18n = use_i18n();
    let store = expect_context::<AppStore>();
    let invited = memo(move || store.data.with(|d| d.invitation(round).is_some()));
    view! {
        {either(move || invited.get(), move || view! {
            <ScanPage scan=ScanSlot::Invitation(round) />
        }, move || {
                view! {
                    <section class="narrow" data-testid="no-invitation">
                        <h1 id=PAGE_HEADING_ID tabindex="-1">{tr!(i18n, answer_missing_title)}</h1>
                        <p>{tr!(i18n, answer_missing_body)}</p>
                        <a class="button" href=Route::OpenLink.href()>{tr!(i18n, home_open_link)}</a>
                    </section>
                }
            })}
    }
}
