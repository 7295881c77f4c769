//! Where an opened link lands. An invite starts the questionnaire for its round; a
//! response is taken into its round (and listed, like a pasted one); anything broken
//! says what is wrong in plain language. The payload then leaves the address bar.

use leptos::prelude::*;

use crate::components::links::land::land;
use crate::components::links::open_invite::problem_view;
use crate::components::links::unlock_link::UnlockLink;
use crate::domain::link::{decode, Link};

#[component]
pub fn LinkLanding(fragment: String) -> impl IntoView {
    match decode(&fragment) {
        Ok(Link::Sealed(sealed)) => view! { <UnlockLink sealed=sealed /> }.into_any(),
        Ok(link) => land(link),
        Err(error) => problem_view(error.message()),
    }
}
