//! QR codes for links, as one SVG path: drawn by the browser like any other shape, no
//! canvas, no image, no script.

use qrcodegen::{QrCode, QrCodeEcc};

/// Light modules around the code that scanners need (the standard asks for 4).
pub const QUIET_ZONE: i32 = 4;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QrPath {
    /// Width and height in modules, quiet zone included: the SVG's view box.
    pub size: i32,
    /// The dark modules, one rectangle per horizontal run.
    pub path: String,
}

/// The QR code of `text`, or `None` when it is too long for any QR code.
pub fn qr_path(text: &str) -> Option<QrPath> {
    // Medium error correction survives a smudged screen or a slanted phone camera.
    let code = QrCode::encode_text(text, QrCodeEcc::Medium).ok()?;
    let n = code.size();
    let mut path = String::new();
    for y in 0..n {
        let mut x = 0;
        while x < n {
            if !code.get_module(x, y) {
                x += 1;
                continue;
            }
            let start = x;
            while x < n && code.get_module(x, y) {
                x += 1;
            }
            let run = x - start;
            path.push_str(&format!(
                "M{} {}h{run}v1h-{run}z",
                start + QUIET_ZONE,
                y + QUIET_ZONE
            ));
        }
    }
    Some(QrPath {
        size: n + 2 * QUIET_ZONE,
        path,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_link_becomes_a_path_within_the_view_box() {
        let qr = qr_path("https://teambalans.example/#/i/EQECAwQFBk-_AQMBJktsYW50").unwrap();
        // Version 4 or 5 (33 or 37 modules) plus the quiet zone on both sides.
        assert!(qr.size >= 21 + 8 && qr.size <= 41 + 8, "{}", qr.size);
        assert!(qr.path.starts_with('M'));
        // The top-left finder pattern: a run of 7 dark modules at the quiet zone.
        assert!(qr.path.starts_with("M4 4h7v1h-7z"), "{}", &qr.path[..40]);
    }

    #[test]
    fn too_much_text_is_none_not_a_panic() {
        assert_eq!(qr_path(&"x".repeat(5000)), None);
    }
}
