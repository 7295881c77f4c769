//! The URL fragment (`location.hash`) and the history it makes: our router's only
//! contact with the browser. Setting the hash pushes a history entry, so back and
//! forward work; `hashchange` tells us about them.

use gloo_events::EventListener;

/// The current fragment including its `#`, or "" when there is none.
pub fn current() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// The page's address without its fragment: where links made here point.
pub fn base_url() -> String {
    let href = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    match href.split_once('#') {
        Some((base, _)) => base.to_string(),
        None => href,
    }
}

/// Navigates to `fragment` (e.g. `#/scan`), adding a history entry.
pub fn go(fragment: &str) {
    if let Some(window) = web_sys::window() {
        // Failing to navigate leaves the user where they are, which is safe.
        let _ = window.location().set_hash(fragment);
    }
}

/// Replaces the current fragment without a new history entry (e.g. to drop a
/// link's payload from the address bar once it has been read).
pub fn replace(fragment: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let url = format!(
        "{}{}{}",
        window.location().pathname().unwrap_or_default(),
        window.location().search().unwrap_or_default(),
        fragment
    );
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

/// Calls `on_change` with the new fragment after every fragment change (links, back,
/// forward, typing in the address bar).
pub fn on_change(on_change: impl Fn(String) + 'static) -> Option<EventListener> {
    let window = web_sys::window()?;
    Some(EventListener::new(&window, "hashchange", move |_| {
        on_change(current())
    }))
}
