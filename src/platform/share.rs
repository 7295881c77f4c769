//! Handing a link on: the clipboard, and the system share sheet (Web Share API) where
//! the browser has one.

use thiserror::Error;
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ShareError {
    #[error("this browser has no clipboard access here")]
    NoClipboard,
    #[error("the browser refused to copy")]
    CopyRefused,
    /// The person closed the share sheet: not a problem to report.
    #[error("sharing was cancelled")]
    Cancelled,
    #[error("the browser refused to share")]
    ShareRefused,
}

fn navigator() -> Option<web_sys::Navigator> {
    web_sys::window().map(|w| w.navigator())
}

/// Copies `text` to the clipboard.
pub async fn copy(text: &str) -> Result<(), ShareError> {
    let navigator = navigator().ok_or(ShareError::NoClipboard)?;
    // Absent on insecure origins and in some embedded browsers.
    let has_clipboard = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard"))
        .map(|c| !c.is_undefined() && !c.is_null())
        .unwrap_or(false);
    if !has_clipboard {
        return Err(ShareError::NoClipboard);
    }
    JsFuture::from(navigator.clipboard().write_text(text))
        .await
        .map(|_| ())
        .map_err(|_| ShareError::CopyRefused)
}

/// Whether the system share sheet exists here (phones, some desktops).
pub fn can_share() -> bool {
    navigator()
        .and_then(|n| js_sys::Reflect::get(&n, &JsValue::from_str("share")).ok())
        .is_some_and(|f| f.is_function())
}

/// Opens the system share sheet with a title and a URL.
pub async fn share(title: &str, url: &str) -> Result<(), ShareError> {
    let navigator = navigator().ok_or(ShareError::ShareRefused)?;
    let data = web_sys::ShareData::new();
    data.set_title(title);
    data.set_url(url);
    match JsFuture::from(navigator.share_with_data(&data)).await {
        Ok(_) => Ok(()),
        Err(error) => {
            let name = js_sys::Reflect::get(&error, &JsValue::from_str("name"))
                .ok()
                .and_then(|n| n.as_string());
            Err(if name.as_deref() == Some("AbortError") {
                ShareError::Cancelled
            } else {
                ShareError::ShareRefused
            })
        }
    }
}
