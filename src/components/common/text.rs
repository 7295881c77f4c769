//! Fixed texts in the chosen language.

use leptos::prelude::*;
use leptos_i18n::I18nContext;

use crate::domain::instrument::answers::TRADE_OFF_POINTS;
use crate::domain::instrument::Pole;
use crate::domain::round::rounds::AnswerProgress;
use crate::i18n::{t_string, Locale};

/// A text that follows the language. Shared by every [`tr!`] text.
pub fn translated(
    i18n: I18nContext<Locale>,
    key: fn(Locale) -> &'static str,
) -> impl IntoView + Copy {
    move || key(i18n.get_locale())
}

/// `tr!(i18n, key)`: the text `key`, without interpolations, following the language
/// like `t!(i18n, key)`. `t!` generates a reactive closure per text; all `tr!` texts
/// share the one of [`translated`], which keeps the wasm much smaller (-9 KB brotli).
///
/// `tr!(i18n, key, name = value, …)`: the text `key` with its values, as one string
/// through [`dynamic`]; values are read inside, so a `signal.get()` is followed.
macro_rules! tr {
    ($i18n:expr, $key:ident) => {
        $crate::components::common::text::translated($i18n, |l| $crate::i18n::td_string!(l, $key))
    };
    ($i18n:expr, $key:ident, $($values:tt)+) => {
        $crate::components::common::text::dynamic(move || {
            $crate::i18n::t_string!($i18n, $key, $($values)+).to_string()
        })
    };
}
pub(crate) use tr;

/// A text built from values, such as `t_string!(i18n, key, n = count.get())`, following
/// them and the language. Boxed, so that all of them share one rendering path instead of
/// the one per place that `t!` with values generates.
pub fn dynamic(text: impl Fn() -> String + Send + Sync + 'static) -> impl IntoView {
    let text: Box<dyn Fn() -> String + Send + Sync> = Box::new(text);
    move || text()
}

/// "3 of 7 answered" once the team size is known, else "Answers received: 3".
pub fn answers_text(i18n: I18nContext<Locale>, progress: AnswerProgress) -> String {
    match progress.expected {
        Some(expected) => t_string!(
            i18n,
            round_progress,
            count = progress.answered,
            expected = expected
        )
        .to_string(),
        None => t_string!(i18n, round_respondents, count = progress.answered).to_string(),
    }
}

/// A trade-off's division of its ten points, "A 3 · B 7", from the Rhineland side's points.
pub fn trade_off_points(i18n: I18nContext<Locale>, rhineland: u8, first: Pole) -> String {
    // A is the description shown first, whichever pole it is.
    let anglo = TRADE_OFF_POINTS.saturating_sub(rhineland);
    let (a, b) = match first {
        Pole::AngloSaxon => (anglo, rhineland),
        Pole::Rhineland => (rhineland, anglo),
    };
    t_string!(i18n, trade_off_short, a = a, b = b).to_string()
}
