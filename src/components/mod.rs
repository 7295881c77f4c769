//! Components render and wire signals, nothing more: a folder per feature, its page
//! files on top, its parts beside them, and `common/` for what several features share.
//! Folders import downwards only: present → links → dashboard → round → scan → common.
//!
//! In `view!`, write a reactive child as a `move || …` closure, not as a
//! closure variable (`{move || title()}`, not `{title}`): with `erase_components` the
//! macro renders every written-out closure through one shared path per output type,
//! while each closure variable gets its own copy of the rendering code. A part that
//! yields a view (a list, an optional notice, a component's changing body) goes through
//! [`common::reactive::reactive`], conditions through [`common::reactive::shown`] and
//! [`common::reactive::either`] rather than `<Show>`, and memos through [`common::reactive::memo`]: each
//! then shares one copy of the framework's code (-7.2 KB brotli in all).

pub mod common;
pub mod dashboard;
pub mod home;
pub mod links;
pub mod org;
pub mod present;
pub mod round;
pub mod scan;
pub mod shell;
