//! Small document-level facts and marks.

/// The browser's preferred languages, most preferred first.
pub fn browser_languages() -> Vec<String> {
    let Some(navigator) = web_sys::window().map(|w| w.navigator()) else {
        return Vec::new();
    };
    let list: Vec<String> = navigator
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .collect();
    if list.is_empty() {
        navigator.language().into_iter().collect()
    } else {
        list
    }
}

fn html() -> Option<web_sys::Element> {
    web_sys::window()?.document()?.document_element()
}

/// `<html lang>`, as the app last set it.
pub fn html_lang() -> Option<String> {
    html()?.get_attribute("lang")
}

/// Removes the first screen of `index.html` (`#boot`): called right after the app is
/// mounted, in the same task, so no frame shows both or neither.
pub fn remove_boot_screen() {
    if let Some(boot) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("boot"))
    {
        boot.remove();
    }
}

/// Marks the app as interactive (`<html data-ready>`), for tests and the benchmark.
pub fn mark_ready() {
    if let Some(html) = html() {
        let _ = html.set_attribute("data-ready", "true");
    }
}

/// Moves keyboard focus to the element with `id` (after a route change), so screen
/// readers announce the new page.
pub fn focus_by_id(id: &str) {
    use wasm_bindgen::JsCast;
    let element = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(element) = element {
        let _ = element.focus();
    }
}

/// Where the keyboard focus is now, to tell later whether the user has moved it since.
pub struct FocusMark(Option<web_sys::Element>);

/// Marks where the focus is now.
pub fn focus_mark() -> FocusMark {
    FocusMark(
        web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.active_element()),
    )
}

impl FocusMark {
    /// Moves focus to `id` unless the user has moved it since the mark was made: a keyboard
    /// user who pressed Tab while the new screen was being drawn keeps their place.
    pub fn focus_by_id_unless_moved(&self, id: &str) {
        let document = web_sys::window().and_then(|w| w.document());
        let now = document.as_ref().and_then(|d| d.active_element());
        // Focus that fell back to the body (its element was removed) has not been moved.
        let on_body = match (&now, document.and_then(|d| d.body())) {
            (Some(now), Some(body)) => now == AsRef::<web_sys::Element>::as_ref(&body),
            _ => now.is_none(),
        };
        if now == self.0 || on_body {
            focus_by_id(id);
        }
    }
}

/// Moves keyboard focus into the element with `id`: to its checked input, else its
/// first one, so a screen reader names the group and the answer given (a radio group
/// jumped to). Falls back to the element itself.
pub fn focus_in(id: &str) {
    use wasm_bindgen::JsCast;
    let Some(container) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
    else {
        return;
    };
    let inner = |selector: &str| container.query_selector(selector).ok().flatten();
    let target = inner("input:checked")
        .or_else(|| inner("input"))
        .unwrap_or_else(|| container.clone());
    if let Ok(element) = target.dyn_into::<web_sys::HtmlElement>() {
        let _ = element.focus();
    }
}

/// Scrolls the page back to the top (a new questionnaire step).
pub fn scroll_to_top() {
    if let Some(window) = web_sys::window() {
        window.scroll_to_with_x_and_y(0.0, 0.0);
    }
}

/// Loads the page again from the same address (the member's front-end hands a page it
/// does not have to the whole app this way).
pub fn reload() {
    if let Some(window) = web_sys::window() {
        let _ = window.location().reload();
    }
}
