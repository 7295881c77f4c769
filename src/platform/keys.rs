//! Key presses on the whole page, for the present mode's keyboard and clicker.

use gloo_events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;

/// A key press as the present mode needs it.
pub struct KeyPress {
    /// `KeyboardEvent.key`: "ArrowRight", "PageDown", "Escape", …
    pub key: String,
    /// Focus is in a text field, a select or editable text: the key is the user's.
    pub typing: bool,
    /// Ctrl, Alt or Meta held, or the key already handled by a part of the page.
    pub taken: bool,
}

fn is_typing_target(target: Option<web_sys::EventTarget>) -> bool {
    let Some(element) = target.and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok()) else {
        return false;
    };
    matches!(
        element.tag_name().to_ascii_uppercase().as_str(),
        "INPUT" | "TEXTAREA" | "SELECT"
    ) || element.is_content_editable()
}

/// Calls `on_key` for every key pressed on the page; when it returns true the browser's
/// own handling (scrolling by Page Down, say) is stopped. The listener goes with the
/// returned value.
pub fn on_key(on_key: impl Fn(KeyPress) -> bool + 'static) -> Option<EventListener> {
    let window = web_sys::window()?;
    let options = EventListenerOptions::enable_prevent_default();
    Some(EventListener::new_with_options(
        &window,
        "keydown",
        options,
        move |event| {
            let Some(ev) = event.dyn_ref::<web_sys::KeyboardEvent>() else {
                return;
            };
            let press = KeyPress {
                key: ev.key(),
                typing: is_typing_target(ev.target()),
                taken: ev.ctrl_key() || ev.alt_key() || ev.meta_key() || ev.default_prevented(),
            };
            if on_key(press) {
                ev.prevent_default();
            }
        },
    ))
}
