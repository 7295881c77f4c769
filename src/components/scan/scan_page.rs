//! The questionnaire: intro, one dimension per screen, then the personal result (with
//! the response link when answering for a round). Where the member is, is saved, so a
//! reload resumes on the same screen. The page says which scan it fills in.

use leptos::prelude::*;

use crate::components::common::reactive::memo;
use crate::components::{
    scan::own_answers::OwnAnswers,
    scan::personal_result::PersonalResult,
    scan::response_link::ResponseLink,
    scan::scan_dimension::ScanDimension,
    scan::scan_intro::ScanIntro,
    scan::scan_nav::{ScanFocus, ScanNav},
};
use crate::domain::instrument::DimensionView;
use crate::domain::scan::Step;
use crate::domain::store::schema::ScanSlot;
use crate::platform::dom;
use crate::state::AppStore;
use crate::ui::PAGE_HEADING_ID;

#[component]
pub fn ScanPage(
    /// Which scan this page fills in (not `slot`: that name is special in `view!`).
    #[prop(default = ScanSlot::Own)]
    scan: ScanSlot,
) -> impl IntoView {
    let slot = scan;
    provide_context(slot);
    let store = expect_context::<AppStore>();
    let step = memo(move || store.scan_step(slot));
    let instrument = memo(move || store.scan_instrument(slot));

    let nav = ScanNav::new();
    provide_context(nav);

    // A new step is a new screen: start at its top and move focus to its heading, or to
    // what the member jumped to (a statement from the overview, or back to its row).
    Effect::new(move |previous: Option<Step>| {
        let current = step.get();
        if previous.is_some_and(|p| p != current) {
            dom::scroll_to_top();
            let mut focus = None;
            nav.focus.update_untracked(|f| focus = f.take());
            match focus {
                Some(ScanFocus::OnStep(target)) => dom::focus_in(&target.step_element()),
                Some(ScanFocus::InOverview(target)) => dom::focus_by_id(&target.overview_element()),
                None => dom::focus_by_id(PAGE_HEADING_ID),
            }
        }
        current
    });

    // Each step gets fresh DOM: a new step yields a new inner closure, and a reactive
    // closure is never rebuilt in place but replaced. Reusing one step's radio buttons
    // for the next would rename checked radios into the new groups and uncheck answers.
    move || {
        let current = step.get();
        let dimension = match current {
            Step::Dimension(index) => instrument.get().dimension(index),
            _ => None,
        };
        // A scan started again in another version gets a fresh screen too.
        instrument.track();
        move || screen(current, dimension, slot)
    }
}

fn screen(step: Step, dimension: Option<DimensionView>, slot: ScanSlot) -> AnyView {
    match (step, dimension, slot) {
        (Step::Dimension(_), Some(dimension), _) => {
            view! { <ScanDimension dimension=dimension /> }.into_any()
        }
        (Step::Result, _, ScanSlot::Invitation(round)) => view! {
            <PersonalResult>
                <OwnAnswers />
                <ResponseLink round=round />
            </PersonalResult>
        }
        .into_any(),
        (Step::Result, _, ScanSlot::Session) => {
            view! { <PersonalResult><OwnAnswers /></PersonalResult> }.into_any()
        }
        (Step::Result, _, _) => view! { <PersonalResult /> }.into_any(),
        _ => view! { <ScanIntro /> }.into_any(),
    }
}
