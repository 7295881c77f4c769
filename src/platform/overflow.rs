//! Whether a box is wider inside than it shows (a wide table that scrolls sideways), kept
//! up to date by a `ResizeObserver` on the box and on what it holds.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// Watches a box while it lives; dropping it stops the watch.
pub struct OverflowWatch {
    observer: web_sys::ResizeObserver,
    _callback: Closure<dyn FnMut(js_sys::Array, web_sys::ResizeObserver)>,
}

impl Drop for OverflowWatch {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

/// Calls `on_change` with whether `element` scrolls sideways now and whenever its size or
/// its first child's changes. `None` where the browser has no `ResizeObserver`.
pub fn watch_overflow(
    element: &web_sys::Element,
    on_change: impl Fn(bool) + 'static,
) -> Option<OverflowWatch> {
    let target = element.clone();
    let callback = Closure::<dyn FnMut(js_sys::Array, web_sys::ResizeObserver)>::new(
        move |_: js_sys::Array, _: web_sys::ResizeObserver| {
            on_change(target.scroll_width() > target.client_width() + 1);
        },
    );
    let observer = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
    observer.observe(element);
    if let Some(child) = element.first_element_child() {
        observer.observe(&child);
    }
    Some(OverflowWatch {
        observer,
        _callback: callback,
    })
}
