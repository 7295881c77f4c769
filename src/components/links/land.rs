//! What an opened or unlocked link does: an invite starts its round's questionnaire, a
//! response is taken into its round, a results link shows its read-only dashboard (and
//! can be put into an organisation).

use leptos::prelude::*;

use crate::components::dashboard::results::Dashboard;
use crate::components::links::add_to_org::AddToOrganisation;
use crate::components::links::open_invite::{move_on, open_invite, problem_view};
use crate::domain::link::{to_fragment, Link, LinkError};
use crate::domain::round::import::{ImportRow, RowFacts};
use crate::routes::Route;
use crate::state::{AppStore, PastePlace, PastedRows};

/// What an opened (or unlocked) link does.
pub fn land(link: Link) -> AnyView {
    let store = expect_context::<AppStore>();
    match link {
        Link::Invite(invite) => open_invite(invite),
        Link::Response(response) => {
            let link = Link::Response(response);
            let input = to_fragment(&link).unwrap_or_default();
            let facts = RowFacts::of(&link);
            let result = untrack(|| store.import_link(link, PastePlace::OpenLink));
            store.last_import.set(Some(PastedRows {
                place: PastePlace::OpenLink,
                rows: vec![ImportRow {
                    input,
                    result,
                    facts,
                }],
            }));
            move_on(Route::OpenLink)
        }
        Link::Results(results) => {
            // Read-only: shown from the link itself, nothing is stored.
            let data = crate::domain::score::round_data::RoundData::from_results(&results);
            view! {
                <Dashboard data=data editable=false />
                <AddToOrganisation results=results />
            }
            .into_any()
        }
        // A protected link inside a protected link is never made; refuse it.
        Link::Sealed(_) => problem_view(LinkError::Invalid("sealed twice").message()),
    }
}
