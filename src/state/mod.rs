//! The app's state: the stored data in signals (`store`), and the actions on it, each
//! saved at once: answering (`scan`), teams and rounds (`rounds`), organisations
//! (`organisations`), protected links (`protect`). Components use these; none of them renders anything.

mod organisations;
pub mod protect;
mod rounds;
mod scan;
mod store;

pub use rounds::{ActionError, RoundForm};
pub use scan::use_scan_slot;
pub use store::{now_ms, AppStore, PastePlace, PastedRows, StorageProblem};
