//! Calendar dates. Links and stored rounds carry a date as a day number (days since
//! 1970-01-01, in 16 bits: a released format); everything calendar about it goes
//! through chrono's `NaiveDate`. Formatting is plain integers and month names, so
//! chrono's strftime machinery stays out of the wasm.

use chrono::{DateTime, Datelike, NaiveDate};

use crate::locale::Locale;

/// Days from 0001-01-01 (chrono's day 1) to 1970-01-01, our day 0.
const UNIX_DAY_FROM_CE: i32 = 719_163;

/// The calendar date of a day number.
pub fn date_of(days: u16) -> NaiveDate {
    // Every u16 day number (up to the year 2149) is a valid date.
    NaiveDate::from_num_days_from_ce_opt(UNIX_DAY_FROM_CE + i32::from(days)).unwrap_or_default()
}

/// The day number of a date, if it fits the 16 bits links carry (1970–2149).
pub fn day_number(date: NaiveDate) -> Option<u16> {
    u16::try_from(date.num_days_from_ce() - UNIX_DAY_FROM_CE).ok()
}

/// The day number of a `yyyy-mm-dd` date (a date input's value); `None` for anything
/// else, a date that does not exist (30 February) or one outside 1970–2149.
pub fn parse_date(iso: &str) -> Option<u16> {
    let mut parts = iso.trim().splitn(3, '-');
    let mut number = |len: usize| {
        let part = parts.next()?;
        (part.len() == len && part.bytes().all(|b| b.is_ascii_digit()))
            .then(|| part.parse::<u32>().ok())
            .flatten()
    };
    let (year, month, day) = (number(4)?, number(2)?, number(2)?);
    let date = NaiveDate::from_ymd_opt(i32::try_from(year).ok()?, month, day)?;
    day_number(date)
}

/// The day (UTC) of a time in ms since the epoch, kept within 1970–2149.
pub fn days_of_ms(ms: i64) -> u16 {
    match DateTime::from_timestamp_millis(ms).map(|t| t.date_naive()) {
        Some(date) => day_number(date).unwrap_or(if ms < 0 { 0 } else { u16::MAX }),
        None if ms < 0 => 0,
        None => u16::MAX,
    }
}

/// The first ms of a day (UTC).
pub fn start_ms(days: u16) -> i64 {
    date_of(days)
        .and_hms_opt(0, 0, 0)
        .map_or(0, |t| t.and_utc().timestamp_millis())
}

/// `yyyy-mm-dd`, for a date input and file names.
pub fn iso_date(days: u16) -> String {
    let date = date_of(days);
    format!("{:04}-{:02}-{:02}", date.year(), date.month(), date.day())
}

/// `dd-mm`: short enough for a chart axis.
pub fn short_date(days: u16) -> String {
    let date = date_of(days);
    format!("{:02}-{:02}", date.day(), date.month())
}

/// "23 november 2026" / "23 November 2026".
pub fn format_date(days: u16, locale: Locale) -> String {
    const NL: [&str; 12] = [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ];
    const EN: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let date = date_of(days);
    let months = match locale {
        Locale::Nl => NL,
        Locale::En => EN,
    };
    let name = months[date.month0() as usize % 12];
    format!("{} {name} {}", date.day(), date.year())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_zero_is_the_first_of_january_1970() {
        assert_eq!(iso_date(0), "1970-01-01");
        assert_eq!(parse_date("1970-01-01"), Some(0));
        assert_eq!(days_of_ms(0), 0);
        assert_eq!(start_ms(1), 86_400_000);
    }

    #[test]
    fn dates_that_do_not_exist_or_do_not_fit_are_refused() {
        for bad in [
            "2026-02-30",
            "2026-13-01",
            "1969-12-31",
            "2150-01-01",
            "26-1-1",
            "",
            "2026-1-01",
        ] {
            assert_eq!(parse_date(bad), None, "{bad}");
        }
        assert_eq!(
            parse_date("2024-02-29").map(iso_date).as_deref(),
            Some("2024-02-29")
        );
        assert_eq!(iso_date(u16::MAX), "2149-06-06");
    }

    #[test]
    fn a_time_far_outside_the_range_is_held_at_its_ends() {
        assert_eq!(days_of_ms(-1), 0);
        assert_eq!(days_of_ms(i64::MIN), 0);
        assert_eq!(days_of_ms(i64::MAX), u16::MAX);
    }

    #[test]
    fn dates_read_as_people_write_them() {
        let day = parse_date("2026-11-23").unwrap_or_default();
        assert_eq!(format_date(day, Locale::Nl), "23 november 2026");
        assert_eq!(format_date(day, Locale::En), "23 November 2026");
        assert_eq!(short_date(day), "23-11");
    }
}
