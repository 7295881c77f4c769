//! Saving a file the user asked for (an export, a backup): a Blob and a temporary link,
//! all in the browser; nothing is uploaded anywhere.

use gloo_events::EventListener;
use gloo_file::futures::read_as_text;
use gloo_file::{Blob, File, ObjectUrl};
use thiserror::Error;
use wasm_bindgen::JsCast;

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum DownloadError {
    #[error("the browser refused to make the file")]
    Refused,
}

/// Offers `content` (text or bytes, such as a zip) as a file called `name` of type `mime`.
pub fn download(name: &str, mime: &str, content: &[u8]) -> Result<(), DownloadError> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or(DownloadError::Refused)?;
    let link: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(|_| DownloadError::Refused)?
        .unchecked_into();
    // The click starts the download at once; the URL is revoked when `url` drops.
    let url = ObjectUrl::from(Blob::new_with_options(content, Some(mime)));
    link.set_href(&url);
    link.set_download(name);
    link.click();
    Ok(())
}

/// `<html data-print>` while the one-page summary is printed: selects its print styles.
const PRINT_MARK: &str = "data-print";

/// Opens the browser's print dialog (print or save as PDF): the full report.
pub fn print() {
    if let Some(window) = web_sys::window() {
        if let Some(html) = window.document().and_then(|d| d.document_element()) {
            let _ = html.remove_attribute(PRINT_MARK);
        }
        let _ = window.print();
    }
}

/// Opens the print dialog for the one-page summary. The mark stays until the dialog
/// closes (`afterprint`), not until `print()` returns, which some browsers do at once.
pub fn print_summary() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(html) = window.document().and_then(|d| d.document_element()) else {
        return;
    };
    if html.set_attribute(PRINT_MARK, "summary").is_err() {
        return;
    }
    EventListener::once(&window, "afterprint", move |_| {
        let _ = html.remove_attribute(PRINT_MARK);
    })
    .forget();
    let _ = window.print();
}

/// Reads a file the user picked, as text.
pub async fn read_text(file: &web_sys::File) -> Result<String, DownloadError> {
    read_as_text(&File::from(file.clone()))
        .await
        .map_err(|_| DownloadError::Refused)
}
