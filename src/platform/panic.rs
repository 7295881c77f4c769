//! A panic must never leave a blank page: log it, then show a plain message with a
//! reload button, built directly in the DOM because the UI framework may be broken.

use wasm_bindgen::{closure::Closure, JsCast};

use crate::domain::locale::Locale;
use crate::domain::text::{PANIC_BODY, PANIC_RELOAD, PANIC_TITLE};

/// Id of the fallback, so it is shown once and tests can find it.
pub const FALLBACK_ID: &str = "panic-fallback";

pub fn install_hook() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&format!("Teambalans panicked: {info}").into());
        show_fallback();
    }));
}

/// Replaces the page with the fallback message, in the language `<html lang>` says.
pub fn show_fallback() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(body) = document.body() else {
        return;
    };
    if document.get_element_by_id(FALLBACK_ID).is_some() {
        return;
    }
    let locale = super::dom::html_lang()
        .and_then(|code| Locale::from_code(&code))
        .unwrap_or(Locale::En);

    let build = || -> Option<web_sys::Element> {
        let section = document.create_element("section").ok()?;
        section.set_id(FALLBACK_ID);
        section.set_class_name("panic-fallback");
        section.set_attribute("role", "alert").ok()?;
        let title = document.create_element("h1").ok()?;
        title.set_text_content(Some(PANIC_TITLE.get(locale)));
        let body_text = document.create_element("p").ok()?;
        body_text.set_text_content(Some(PANIC_BODY.get(locale)));
        let button = document.create_element("button").ok()?;
        button.set_text_content(Some(PANIC_RELOAD.get(locale)));
        button.set_attribute("type", "button").ok()?;
        button.set_class_name("button primary");
        let reload = Closure::<dyn Fn()>::new(|| {
            if let Some(window) = web_sys::window() {
                let _ = window.location().reload();
            }
        });
        button
            .add_event_listener_with_callback("click", reload.as_ref().unchecked_ref())
            .ok()?;
        // The page is going away on click; the closure lives as long as it does.
        reload.forget();
        section.append_child(&title).ok()?;
        section.append_child(&body_text).ok()?;
        section.append_child(&button).ok()?;
        Some(section)
    };
    if let Some(section) = build() {
        // Hide the broken app rather than removing it, so nothing in it is lost.
        if let Some(app) = document.get_element_by_id("app") {
            let _ = app.set_attribute("hidden", "");
        }
        let _ = body.append_child(&section);
        if let Some(button) = section
            .query_selector("button")
            .ok()
            .flatten()
            .and_then(|b| b.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = button.focus();
        }
    }
}
