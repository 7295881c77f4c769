//! Key presses on the whole page, for the present mode's keyboard and clicker.

use gloo_events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;

pub use crate::domain::meeting::present::KeyTarget;

/// A key press as the present mode needs it.
pub struct KeyPress {
    /// `KeyboardEvent.key`: "ArrowRight", "PageDown", "Escape", …
    pub key: String,
    /// Where the focus is: a one-line field, or a text area, select or editable text,
    /// keeps the keys it needs.
    pub target: KeyTarget,
    /// Ctrl, Alt or Meta held, or the key already handled by a part of the page.
    pub taken: bool,
}

fn key_target(target: Option<web_sys::EventTarget>) -> KeyTarget {
    let Some(element) = target.and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok()) else {
        return KeyTarget::Page;
    };
    if element.is_content_editable() {
        return KeyTarget::Text;
    }
    match element.tag_name().to_ascii_uppercase().as_str() {
        // Only one line of text: a date, number or choice may use Page Up / Down itself.
        "INPUT" => match element
            .dyn_ref::<web_sys::HtmlInputElement>()
            .map(|i| i.type_())
        {
            Some(kind) if matches!(kind.as_str(), "text" | "search" | "email" | "url" | "tel") => {
                KeyTarget::Line
            }
            _ => KeyTarget::Text,
        },
        "TEXTAREA" | "SELECT" => KeyTarget::Text,
        _ => KeyTarget::Page,
    }
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
                target: key_target(ev.target()),
                taken: ev.ctrl_key() || ev.alt_key() || ev.meta_key() || ev.default_prevented(),
            };
            if on_key(press) {
                ev.prevent_default();
            }
        },
    ))
}
