//! Reactive parts of a view behind one type.

use std::sync::{Arc, Mutex};

use leptos::prelude::*;

/// A part of a view that is rebuilt when what it reads changes, such as an optional
/// notice or a list. The `view!` macro shares the framework's rendering code between
/// closures only when their output types are equal; erasing the output to `AnyView`
/// here makes every such part share one copy (see the benchmark's size figures).
pub type Reactive = Arc<Mutex<dyn FnMut() -> AnyView + Send>>;

/// Wraps `view` as a [`Reactive`] part.
pub fn reactive<V: IntoView + 'static>(mut view: impl FnMut() -> V + Send + 'static) -> Reactive {
    Arc::new(Mutex::new(move || view().into_any()))
}

/// `view` while `condition` holds, nothing otherwise. Like `<Show>`, the condition is
/// memoised, so the part is rebuilt only when it flips; unlike it, no children wrapper
/// is compiled for every place it is used.
pub fn shown<V: IntoView + 'static>(
    condition: impl Fn() -> bool + Send + Sync + 'static,
    view: impl Fn() -> V + Send + Sync + 'static,
) -> Reactive {
    let condition = memo(condition);
    reactive(move || condition.get().then(&view))
}

/// `view` while `condition` holds, `fallback` otherwise; see [`shown`].
pub fn either<V: IntoView + 'static, W: IntoView + 'static>(
    condition: impl Fn() -> bool + Send + Sync + 'static,
    view: impl Fn() -> V + Send + Sync + 'static,
    fallback: impl Fn() -> W + Send + Sync + 'static,
) -> Reactive {
    let condition = memo(condition);
    reactive(move || {
        if condition.get() {
            view().into_any()
        } else {
            fallback().into_any()
        }
    })
}

/// `Memo::new(move |_| value())`, with the closure boxed first: the framework's memo
/// code is then compiled once per value type instead of once per closure.
pub fn memo<T: PartialEq + Send + Sync + 'static>(
    value: impl Fn() -> T + Send + Sync + 'static,
) -> Memo<T> {
    boxed_memo(Box::new(value))
}

fn boxed_memo<T: PartialEq + Send + Sync + 'static>(
    value: Box<dyn Fn() -> T + Send + Sync>,
) -> Memo<T> {
    Memo::new(move |_| value())
}
