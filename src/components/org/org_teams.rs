//! The organisation's teams: each with its number on the charts, its round, how many
//! answered (or only "too few answers"), its layer, and a way to take it out.

use leptos::prelude::*;

use crate::components::common::reactive::reactive;
use crate::components::common::text::tr;
use crate::domain::dates::format_date;
use crate::domain::id::{OrgId, RoundId};
use crate::domain::org::organisation::{Layer, OrgView, Standing, TeamRow};
use crate::domain::round::rounds::display_title;
use crate::i18n::*;
use crate::state::AppStore;
use crate::ui::use_locale;

#[component]
pub fn OrgTeams(id: OrgId, view: Memo<OrgView>) -> impl IntoView {
    let i18n = use_i18n();
    let locale = use_locale();
    let store = expect_context::<AppStore>();
    let choose = move |round: RoundId, value: String| {
        let layer = value.parse::<u8>().ok().and_then(Layer::from_id);
        store.set_team_layer(id, round, layer);
    };
    let item = move |(row, team): (usize, TeamRow)| {
        let round = team.round;
        let name = team.name.clone();
        let standing = team.standing.clone();
        let title = team.title.clone();
        let date_days = team.date_days;
        let version = team.instrument.id();
        let detail = move || {
            let compared = view.with(|v| v.instrument.id());
            let loc = locale.get();
            match &standing {
                Standing::Counted(marks) => format!(
                    "{} · {} · {}",
                    display_title(&title, date_days, loc),
                    format_date(date_days, loc),
                    t_string!(i18n, org_answers, count = marks.respondents)
                ),
                // Of a team below the minimum, nothing but its name and this.
                Standing::TooFew => t_string!(i18n, dashboard_too_few).to_string(),
                Standing::OtherVersion => t_string!(
                    i18n,
                    org_other_version,
                    version = version,
                    compared = compared
                )
                .to_string(),
                Standing::Superseded => t_string!(i18n, org_superseded).to_string(),
            }
        };
        let counted = team.marks().is_some();
        let standing_code = crate::domain::org::report::standing_code(&team.standing);
        // The layer as stored: the row stays when it changes (keyboard focus stays on
        // the choice), and follows a change made in another tab.
        let layer = move || {
            store.data.with(|d| {
                d.organisations
                    .get(id)
                    .and_then(|o| o.teams.iter().find(|e| e.round == round))
                    .and_then(|e| e.layer)
            })
        };
        let initial = team.layer;
        let options = move || {
            let loc = locale.get();
            std::iter::once((String::new(), t_string!(i18n, org_layer_none).to_string(), initial.is_none()))
                .chain(Layer::ALL.into_iter().map(|l| {
                    (l.id().to_string(), l.name().get(loc).to_string(), initial == Some(l))
                }))
                .map(|(value, label, selected)| view! { <option value=value selected=selected>{label}</option> })
                .collect_view()
        };
        let select_id = format!("org-layer-{}", round.to_hex());
        let layer_name = name.clone();
        let remove_name = name.clone();
        view! {
            <li class="org-team" data-testid="org-team" data-standing=standing_code>
                <span class="legend-mark" aria-hidden=(!counted).then_some("true")>
                    {counted.then(|| (row + 1).to_string())}
                </span>
                <span class="org-team-name">
                    <strong data-testid="org-team-name">{name}</strong>
                    <span class="hint" data-testid="org-team-detail">{detail}</span>
                </span>
                <span class="org-team-controls no-print">
                    <select
                        id=select_id
                        aria-label=move || t_string!(i18n, org_layer_of, team = layer_name.clone()).to_string()
                        data-testid="org-layer"
                        prop:value=move || layer().map(|l| l.id().to_string()).unwrap_or_default()
                        on:change=move |ev| choose(round, event_target_value(&ev))
                    >
                        {reactive(options)}
                    </select>
                    <button
                        type="button"
                        class="button small"
                        aria-label=move || t_string!(i18n, org_remove_of, team = remove_name.clone()).to_string()
                        data-testid="org-remove"
                        on:click=move |_| store.remove_org_team(id, round)
                    >
                        {tr!(i18n, org_remove)}
                    </button>
                </span>
                <span class="print-only">
                    {move || layer().map(|l| l.name().get(locale.get()))}
                </span>
            </li>
        }
    };
    // Keyed without the layer: choosing one does not rebuild the row.
    let items = move || view.with(|v| v.teams.iter().cloned().enumerate().collect::<Vec<_>>());

    view! {
        <section class="card" aria-labelledby="org-teams-title" data-testid="org-teams">
            <h2 id="org-teams-title">{tr!(i18n, org_teams_title)}</h2>
            <p class="hint">{tr!(i18n, org_teams_hint)}</p>
            <ol class="org-team-list">
                <For
                    each=items
                    key=|(row, t): &(usize, TeamRow)| {
                        (
                            t.round,
                            *row,
                            crate::domain::org::report::standing_code(&t.standing),
                            t.name.clone(),
                            t.marks().map(|m| m.respondents),
                        )
                    }
                    children=item
                />
            </ol>
        </section>
    }
}
