//! A real panic, through the installed hook, in its own wasm binary (a trap can leave an
//! instance unusable for the tests after it).
#![cfg(target_arch = "wasm32")]

use teambalans::platform::panic;
use wasm_bindgen::{closure::Closure, JsCast};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

#[wasm_bindgen_test]
async fn a_panic_anywhere_replaces_the_blank_page_with_a_message_and_reload() {
    let document = web_sys::window().unwrap().document().unwrap();
    document
        .document_element()
        .unwrap()
        .set_attribute("lang", "nl")
        .unwrap();
    let app = document.create_element("div").unwrap();
    app.set_id("app");
    document.body().unwrap().append_child(&app).unwrap();

    panic::install_hook();
    // Panic in a browser callback, as a bug in an event handler would.
    let boom = Closure::once_into_js(|| -> () { panic!("a bug") });
    web_sys::window()
        .unwrap()
        .set_timeout_with_callback_and_timeout_and_arguments_0(boom.unchecked_ref(), 0)
        .unwrap();
    sleep(100).await;

    let fallback = document
        .get_element_by_id(panic::FALLBACK_ID)
        .expect("the panic hook showed the fallback");
    assert_eq!(
        fallback
            .query_selector("h1")
            .unwrap()
            .unwrap()
            .text_content()
            .as_deref(),
        Some("Er ging iets mis")
    );
    assert_eq!(
        fallback
            .query_selector("button")
            .unwrap()
            .unwrap()
            .text_content()
            .as_deref(),
        Some("Opnieuw laden")
    );
    // The broken app is hidden, not removed: nothing in it is lost.
    assert!(app.has_attribute("hidden"));
}
