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
