//! The member's questionnaire: intro, one dimension per screen, then the personal
//! result. Where the member is, is saved, so a reload resumes on the same screen.

use leptos::prelude::*;

use crate::app::PAGE_HEADING_ID;
use crate::components::{
    personal_result::PersonalResult, scan_dimension::ScanDimension, scan_intro::ScanIntro,
};
use crate::domain::scan::Step;
use crate::platform::dom;
use crate::state::AppStore;

#[component]
pub fn ScanPage() -> impl IntoView {
    let store = expect_context::<AppStore>();
    let step = Memo::new(move |_| store.scan_step());

    // A new step is a new screen: start at its top and move focus to its heading.
    Effect::new(move |previous: Option<Step>| {
        let current = step.get();
        if previous.is_some_and(|p| p != current) {
            dom::scroll_to_top();
            dom::focus_by_id(PAGE_HEADING_ID);
        }
        current
    });

    // Keyed by step, so each screen gets fresh DOM. Reusing one step's radio buttons for
    // the next would rename checked radios into the new groups and uncheck answers.
    view! {
        <For each=move || [step.get()] key=|step| *step let:current>
            {screen(current)}
        </For>
    }
}

fn screen(step: Step) -> AnyView {
    match (step, step.dimension()) {
        (Step::Dimension(index), Some(dimension)) => {
            view! { <ScanDimension index=index dimension=dimension /> }.into_any()
        }
        (Step::Result, _) => view! { <PersonalResult /> }.into_any(),
        _ => view! { <ScanIntro /> }.into_any(),
    }
}
