//! Screen 2 of the meeting: the team on the plane with its spread, the dashboard's own
//! picture.

use leptos::prelude::*;

use crate::components::common::reactive::memo;
use crate::components::dashboard::team_overview::TeamOverview;
use crate::domain::score::round_data::RoundData;
use crate::domain::score::team::TeamFigures;

#[component]
pub fn PlaneScreen(data: Signal<RoundData>) -> impl IntoView {
    let team = memo(move || data.with(TeamFigures::of));
    view! {
        <div class="present-plane" data-testid="present-plane">
            <TeamOverview team=team />
        </div>
    }
}
