//! How a figure is shown to people: one rounding rule for every view (dashboard, trend,
//! tables, readings, personal result), so the same value never reads as −37 in one place
//! and −38 in another.
//!
//! The rule: round to the nearest multiple of the step, a value exactly halfway going
//! away from zero (−37.5 → −38, 37.5 → 38). A version 1 figure is shown in whole points,
//! a version 2 figure in steps of 5 (a handful of members answering four statements each
//! do not carry units). A difference between two sides is the difference of the two
//! shown sides, so a row always adds up.

/// The unit a figure is rounded to: each version's rules name theirs.
pub use crate::instrument::rules::Step;
use crate::instrument::Instrument;

impl Step {
    /// The step of a questionnaire version's strengths.
    pub const fn of(instrument: Instrument) -> Step {
        instrument.rules().step
    }

    pub const fn size(self) -> i64 {
        match self {
            Step::One => 1,
            Step::Five => 5,
        }
    }
}

/// Multiples of `unit` nearest to `value`, halfway away from zero. Float noise below a
/// millionth is dropped first, so 37.4999999 (a mean summed in another order) counts as
/// the 37.5 it stands for. Not a number shows as 0.
fn nearest(value: f64, per_unit: f64) -> i64 {
    let units = value * per_unit;
    let clean = (units * 1e6).round() / 1e6;
    if clean.is_finite() {
        clean.round() as i64
    } else {
        0
    }
}

/// A figure rounded to its step: the number every view shows.
pub fn rounded(value: f64, step: Step) -> i64 {
    nearest(value / step.size() as f64, 1.0) * step.size()
}

/// An uncertainty as shown: rounded up to the step, never below one step, so a "±"
/// never claims more precision than the figure beside it has.
pub fn margin_up(value: f64, step: Step) -> i64 {
    let size = step.size() as f64;
    ((value.max(0.0) / size).ceil().max(1.0) * size) as i64
}

/// A figure in whole points.
pub fn whole(value: f64) -> i64 {
    rounded(value, Step::One)
}

/// Rhineland minus Anglo-Saxon as shown: the difference of the shown sides.
pub fn difference(anglo_saxon: f64, rhineland: f64, step: Step) -> i64 {
    rounded(rhineland, step) - rounded(anglo_saxon, step)
}

/// A shown number as text, with a real minus sign: "−5", "0", "40".
pub fn text(value: i64) -> String {
    if value < 0 {
        format!("−{}", value.unsigned_abs())
    } else {
        value.to_string()
    }
}

/// A shown change or difference as text, always with its sign: "+10", "−5", "0".
pub fn signed(value: i64) -> String {
    if value > 0 {
        format!("+{value}")
    } else {
        text(value)
    }
}

/// A value to one decimal for people ("3,4" in Dutch, "3.4" in English), rounded by
/// the same rule. Integer arithmetic keeps float formatting (~10 KB of wasm) out.
pub fn one_decimal(value: f64, locale: crate::locale::Locale) -> String {
    let mark = match locale {
        crate::locale::Locale::Nl => ',',
        crate::locale::Locale::En => '.',
    };
    let tenths = nearest(value, 10.0);
    let sign = if tenths < 0 { "−" } else { "" };
    let tenths = tenths.unsigned_abs();
    format!("{sign}{}{mark}{}", tenths / 10, tenths % 10)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::locale::Locale;

    #[test]
    fn halfway_goes_away_from_zero_in_every_step() {
        assert_eq!(whole(-37.5), -38);
        assert_eq!(whole(37.5), 38);
        assert_eq!(whole(12.4), 12);
        assert_eq!(rounded(12.5, Step::Five), 15);
        assert_eq!(rounded(-37.5, Step::Five), -40);
        assert_eq!(rounded(37.4, Step::Five), 35);
        assert_eq!(rounded(f64::NAN, Step::One), 0);
    }

    #[test]
    fn float_noise_does_not_tip_a_halfway_value() {
        assert_eq!(whole(37.499_999_999), 38);
        assert_eq!(one_decimal(0.35, Locale::En), "0.4");
        assert_eq!(one_decimal(-0.04, Locale::En), "0.0");
        assert_eq!(one_decimal(3.45, Locale::Nl), "3,5");
    }

    #[test]
    fn a_difference_adds_up_from_the_shown_sides() {
        // 12.5 shows as 13, 50 as 50: the difference reads 37, never 38 beside them.
        assert_eq!(difference(50.0, 12.5, Step::One), -37);
        assert_eq!(signed(difference(12.5, 50.0, Step::One)), "+37");
        assert_eq!(signed(0), "0");
        assert_eq!(text(-5), "−5");
    }
}
