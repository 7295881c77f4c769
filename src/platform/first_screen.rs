//! The invite's first screen (`#boot` in index.html), read once as the app takes over:
//! whether the member pressed "Begin" or "Next" there, the answers given on its
//! questionnaire step, and where focus and scroll were, so that the app's own step takes
//! over with the same answers, at the same place.

use wasm_bindgen::JsCast;

use crate::domain::instrument::Instrument;
use crate::domain::scan::first_screen::{FirstScreen, FirstScreenField};

const BEGUN: &str = "data-boot-begin";
const NEXT: &str = "data-boot-next";
/// The step's answers: checked radios (their group's name) and moved sliders (their id).
const GIVEN: &str =
    "#boot-step input[type=radio]:checked, #boot-step input[type=range][data-given]";

/// What the first screen held, and where the member was on it.
pub struct TakenOver {
    pub screen: FirstScreen,
    /// The answer's input that had focus, to focus the app's same input.
    pub focus: Option<FirstScreenField>,
    pub scroll_y: f64,
}

/// One input's name (a radio's group) or id (a slider), and its value.
fn field(input: &web_sys::HtmlInputElement, instrument: Instrument) -> Option<FirstScreenField> {
    let key = if input.type_() == "radio" {
        input.name()
    } else {
        input.id()
    };
    FirstScreenField::read(instrument, &key, &input.value())
}

/// Reads the first screen and forgets its marks; nothing when it is not there.
pub fn take(instrument: Instrument) -> TakenOver {
    let window = web_sys::window();
    let document = window.as_ref().and_then(|w| w.document());
    let mut taken = TakenOver {
        screen: FirstScreen::default(),
        focus: None,
        scroll_y: window
            .as_ref()
            .and_then(|w| w.scroll_y().ok())
            .unwrap_or(0.0),
    };
    let Some(document) = document else {
        return taken;
    };
    if let Some(html) = document.document_element() {
        taken.screen.begun = html.has_attribute(BEGUN);
        taken.screen.next = html.has_attribute(NEXT);
        let _ = html.remove_attribute(BEGUN);
        let _ = html.remove_attribute(NEXT);
    }
    if let Ok(list) = document.query_selector_all(GIVEN) {
        taken.screen.fields = (0..list.length())
            .filter_map(|i| list.item(i))
            .filter_map(|node| node.dyn_into::<web_sys::HtmlInputElement>().ok())
            .filter_map(|input| field(&input, instrument))
            .collect();
    }
    taken.focus = document
        .active_element()
        .filter(|e| e.closest("#boot-step").ok().flatten().is_some())
        .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
        .and_then(|input| field(&input, instrument));
    taken
}

/// Focuses the app's input for `focus`, or else the element with `fallback_id`, and
/// scrolls back to where the first screen was.
pub fn restore(focus: Option<FirstScreenField>, fallback_id: &str, scroll_y: f64) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(document) = window.document() else {
        return;
    };
    let element = focus
        .and_then(|f| document.query_selector(&f.selector()).ok().flatten())
        .or_else(|| document.get_element_by_id(fallback_id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(element) = element {
        let _ = element.focus();
    }
    window.scroll_to_with_x_and_y(0.0, scroll_y);
}
