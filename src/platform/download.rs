//! Saving a file the user asked for (an export, a backup): a Blob and a temporary link,
//! all in the browser; nothing is uploaded anywhere.

use gloo_file::futures::read_as_text;
use gloo_file::{Blob, File, ObjectUrl};
use thiserror::Error;
use wasm_bindgen::JsCast;

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum DownloadError {
    #[error("the browser refused to make the file")]
    Refused,
}

/// Offers `content` as a file called `name` of type `mime`.
pub fn download(name: &str, mime: &str, content: &str) -> Result<(), DownloadError> {
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

/// Opens the browser's print dialog (print or save as PDF).
pub fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}

/// Reads a file the user picked, as text.
pub async fn read_text(file: &web_sys::File) -> Result<String, DownloadError> {
    read_as_text(&File::from(file.clone()))
        .await
        .map_err(|_| DownloadError::Refused)
}
