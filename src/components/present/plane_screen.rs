//! Screen 2 of the meeting: the team on the plane with its spread, the dashboard's own
//! picture (version 1 or 2).

use leptos::prelude::*;

use crate::components::common::reactive::memo;
use crate::components::dashboard::{keyed_overview::KeyedOverview, team_overview::TeamOverview};
use crate::domain::instrument::rules::TeamRead;
use crate::domain::score::round_data::RoundData;
use crate::domain::score::team::TeamFigures;

#[component]
pub fn PlaneScreen(data: Signal<RoundData>) -> impl IntoView {
    let instrument = data.with_untracked(|d| d.instrument);
    let team = memo(move || data.with(TeamFigures::of));
    let body = match instrument.rules().team_read {
        TeamRead::FromMembers => view! { <KeyedOverview team=team /> }.into_any(),
        TeamRead::FromMeans => {
            view! { <TeamOverview team=team instrument=instrument /> }.into_any()
        }
    };
    view! { <div class="present-plane" data-testid="present-plane">{body}</div> }
}
