//! `window.localStorage`, with typed errors for "not available" (private mode, disabled)
//! and "full" (quota exceeded), and the `storage` event other tabs fire.

use gloo_events::EventListener;
use thiserror::Error;
use wasm_bindgen::{JsCast, JsValue};

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum StorageError {
    #[error("local storage is not available in this browser")]
    Unavailable,
    #[error("local storage is full")]
    QuotaExceeded,
    #[error("the browser refused: {0}")]
    Browser(String),
}

fn local_storage() -> Result<web_sys::Storage, StorageError> {
    let window = web_sys::window().ok_or(StorageError::Unavailable)?;
    // Throws in some private modes; returns None where storage is disabled.
    match window.local_storage() {
        Ok(Some(storage)) => Ok(storage),
        Ok(None) | Err(_) => Err(StorageError::Unavailable),
    }
}

fn classify(error: JsValue) -> StorageError {
    let name = js_name(&error);
    // Chromium and Firefox name it differently; older engines use code 22 / 1014.
    if name == "QuotaExceededError" || name == "NS_ERROR_DOM_QUOTA_REACHED" {
        StorageError::QuotaExceeded
    } else if name == "SecurityError" {
        StorageError::Unavailable
    } else {
        StorageError::Browser(if name.is_empty() {
            format!("{error:?}")
        } else {
            name
        })
    }
}

fn js_name(error: &JsValue) -> String {
    error
        .dyn_ref::<web_sys::DomException>()
        .map(|e| e.name())
        .unwrap_or_default()
}

pub fn get(key: &str) -> Result<Option<String>, StorageError> {
    local_storage()?.get_item(key).map_err(classify)
}

pub fn set(key: &str, value: &str) -> Result<(), StorageError> {
    local_storage()?.set_item(key, value).map_err(classify)
}

pub fn remove(key: &str) -> Result<(), StorageError> {
    local_storage()?.remove_item(key).map_err(classify)
}

/// A change another tab made to one key (`None`: removed or cleared).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExternalChange {
    pub key: Option<String>,
    pub new_value: Option<String>,
}

/// Calls `on_change` whenever another tab of this origin changes local storage.
/// Keep the returned listener alive for as long as you want the calls.
pub fn on_external_change(on_change: impl Fn(ExternalChange) + 'static) -> Option<EventListener> {
    let window = web_sys::window()?;
    Some(EventListener::new(&window, "storage", move |event| {
        if let Some(event) = event.dyn_ref::<web_sys::StorageEvent>() {
            on_change(ExternalChange {
                key: event.key(),
                new_value: event.new_value(),
            });
        }
    }))
}

/// How the browser treats this site's storage.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Persistence {
    /// True: the browser will not clear it to make room.
    pub persisted: bool,
    /// Bytes in use and the quota, when the browser says.
    pub usage: Option<(f64, f64)>,
}

fn storage_manager() -> Option<JsValue> {
    let navigator = web_sys::window()?.navigator();
    let manager = js_sys::Reflect::get(&navigator, &JsValue::from_str("storage")).ok()?;
    (!manager.is_undefined() && !manager.is_null()).then_some(manager)
}

async fn call(manager: &JsValue, method: &str) -> Option<JsValue> {
    let function: js_sys::Function = js_sys::Reflect::get(manager, &JsValue::from_str(method))
        .ok()?
        .dyn_into()
        .ok()?;
    let promise: js_sys::Promise = function.call0(manager).ok()?.dyn_into().ok()?;
    wasm_bindgen_futures::JsFuture::from(promise).await.ok()
}

/// Asks the browser to keep this site's data (`navigator.storage.persist()`), or only
/// reads the current state when `ask` is false. `None` where the API is missing.
pub async fn persistence(ask: bool) -> Option<Persistence> {
    let manager = storage_manager()?;
    let method = if ask { "persist" } else { "persisted" };
    let persisted = call(&manager, method).await?.as_bool().unwrap_or(false);
    let usage = match call(&manager, "estimate").await {
        Some(estimate) => {
            let number = |key: &str| {
                js_sys::Reflect::get(&estimate, &JsValue::from_str(key))
                    .ok()
                    .and_then(|v| v.as_f64())
            };
            number("usage").zip(number("quota"))
        }
        None => None,
    };
    Some(Persistence { persisted, usage })
}
