//! Screen 2 of the meeting: the team on the plane with its spread, the dashboard's own
//! picture (version 1 or 2).

use leptos::prelude::*;

use crate::components::common::reactive::memo;
use crate::components::dashboard::{team_overview::TeamOverview, team_overview_v2::TeamOverviewV2};
use crate::domain::instrument::Instrument;
use crate::domain::score::round_data::RoundData;
use crate::domain::score::team_v2::TeamV2;

#[component]
pub fn PlaneScreen(data: Signal<RoundData>) -> impl IntoView {
    let v2 = data.with_untracked(|d| d.instrument == Instrument::V2);
    let body = if v2 {
        let team = memo(move || data.with(TeamV2::of));
        view! { <TeamOverviewV2 team=team /> }.into_any()
    } else {
        let stats = memo(move || data.with(RoundData::stats));
        view! { <TeamOverview stats=stats /> }.into_any()
    };
    view! { <div class="present-plane" data-testid="present-plane">{body}</div> }
}
