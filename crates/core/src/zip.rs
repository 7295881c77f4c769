//! A zip archive of a few small text files, stored without compression: how the CSV
//! export hands over one table per file in one download (several downloads at once
//! make the browser ask). Enough of the format (PKWARE APPNOTE 6.3, "stored") for every
//! unzip tool; nothing of it is ever read here.

/// CRC-32 (IEEE, reflected), as zip requires of every file.
const fn crc_table() -> [u32; 256] {
    let mut table = [0u32; 256];
    let mut n = 0;
    while n < 256 {
        let mut c = n as u32;
        let mut k = 0;
        while k < 8 {
            c = if c & 1 != 0 {
                0xEDB8_8320 ^ (c >> 1)
            } else {
                c >> 1
            };
            k += 1;
        }
        table[n] = c;
        n += 1;
    }
    table
}

const CRC_TABLE: [u32; 256] = crc_table();

pub fn crc32(bytes: &[u8]) -> u32 {
    !bytes.iter().fold(!0u32, |c, b| {
        CRC_TABLE[((c ^ u32::from(*b)) & 0xFF) as usize] ^ (c >> 8)
    })
}

/// 1 January 1980, 00:00: the earliest DOS date, so the same files make the same bytes.
const DOS_TIME: u16 = 0;
const DOS_DATE: u16 = 0x21;
/// Bit 11: names are UTF-8.
const UTF8_NAMES: u16 = 1 << 11;

fn u16le(out: &mut Vec<u8>, v: u16) {
    out.extend_from_slice(&v.to_le_bytes());
}

fn u32le(out: &mut Vec<u8>, v: u32) {
    out.extend_from_slice(&v.to_le_bytes());
}

/// The archive of `files` (name, content), in that order. Small files only: sizes and
/// offsets are 32 bits (exports are kilobytes).
pub fn stored(files: &[(String, String)]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut central = Vec::new();
    for (name, content) in files {
        let (name, data) = (name.as_bytes(), content.as_bytes());
        let crc = crc32(data);
        let offset = out.len() as u32;
        // Local file header.
        u32le(&mut out, 0x0403_4B50);
        for v in [20, UTF8_NAMES, 0, DOS_TIME, DOS_DATE] {
            u16le(&mut out, v);
        }
        for v in [crc, data.len() as u32, data.len() as u32] {
            u32le(&mut out, v);
        }
        u16le(&mut out, name.len() as u16);
        u16le(&mut out, 0);
        out.extend_from_slice(name);
        out.extend_from_slice(data);
        // Its entry in the central directory.
        u32le(&mut central, 0x0201_4B50);
        for v in [20, 20, UTF8_NAMES, 0, DOS_TIME, DOS_DATE] {
            u16le(&mut central, v);
        }
        for v in [crc, data.len() as u32, data.len() as u32] {
            u32le(&mut central, v);
        }
        for v in [name.len() as u16, 0, 0, 0, 0] {
            u16le(&mut central, v);
        }
        u32le(&mut central, 0);
        u32le(&mut central, offset);
        central.extend_from_slice(name);
    }
    let directory_at = out.len() as u32;
    out.extend_from_slice(&central);
    // End of central directory.
    u32le(&mut out, 0x0605_4B50);
    for v in [0, 0, files.len() as u16, files.len() as u16] {
        u16le(&mut out, v);
    }
    u32le(&mut out, central.len() as u32);
    u32le(&mut out, directory_at);
    u16le(&mut out, 0);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crc32_matches_the_standard_check_value() {
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
        assert_eq!(crc32(b""), 0);
    }

    #[test]
    fn an_archive_lists_each_file_once_with_its_bytes_and_ends_with_its_directory() {
        let files = vec![
            ("a.csv".to_string(), "x;y\r\n1;2\r\n".to_string()),
            ("één.csv".to_string(), "é\r\n".to_string()),
        ];
        let zip = stored(&files);
        assert_eq!(&zip[..4], b"PK\x03\x04");
        let end = &zip[zip.len() - 22..];
        assert_eq!(&end[..4], b"PK\x05\x06");
        assert_eq!(u16::from_le_bytes([end[10], end[11]]), 2);
        let at = u32::from_le_bytes([end[16], end[17], end[18], end[19]]) as usize;
        assert_eq!(&zip[at..at + 4], b"PK\x01\x02");
        // The stored bytes follow each name as they are.
        let data = b"x;y\r\n1;2\r\n";
        let first = zip.windows(data.len()).position(|w| w == data);
        assert_eq!(first, Some(30 + "a.csv".len()));
        assert_eq!(stored(&files), zip, "the same files make the same bytes");
    }
}
