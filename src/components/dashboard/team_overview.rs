//! The team on the four-zone plane: each dimension's team mean as a numbered point,
//! members as anonymous dots, and a short reading in plain language.

use leptos::prelude::*;

use crate::components::common::reactive::reactive;
use crate::components::common::text::tr;
use crate::components::common::zone_plane::{PlaneTable, ZonePlane};
use crate::domain::instrument::Instrument;
use crate::domain::score::chart::{PlanePoint, PointKind};
use crate::domain::score::team::TeamFigures;
use crate::i18n::*;
use crate::ui::use_locale;

#[component]
pub fn TeamOverview(
    team: Memo<TeamFigures>,
    /// The round's version (of the pole-means model): its plane.
    instrument: Instrument,
) -> impl IntoView {
    let i18n = use_i18n();
    let locale = use_locale();
    let points = Signal::derive(move || {
        let loc = locale.get();
        team.with(|t| {
            let Some(f) = &t.figures else {
                return Vec::new();
            };
            let members = f.overall.dots.iter().map(|(a, r)| PlanePoint {
                label: String::new(),
                mark: String::new(),
                anglo_saxon: *a,
                rhineland: *r,
                kind: PointKind::Member,
            });
            let teams = f.dimensions.iter().filter_map(|d| {
                let (a, r) = d.means()?;
                let name = instrument.dimension(d.index)?.name.get(loc);
                Some(PlanePoint {
                    label: format!("{} {name}", d.id),
                    mark: d.id.to_string(),
                    anglo_saxon: a,
                    rhineland: r,
                    kind: PointKind::Team,
                })
            });
            members.chain(teams).collect::<Vec<_>>()
        })
    });
    let reading = move || team.with(|t| t.reading(locale.get()));
    let legend = move || {
        let loc = locale.get();
        team.with(|t| {
            t.dimensions()
                .iter()
                .filter_map(|d| {
                    let name = instrument.dimension(d.index)?.name.get(loc);
                    Some(view! {
                        <li>
                            <span class="legend-mark">{d.id}</span>
                            {name}
                        </li>
                    })
                })
                .collect_view()
        })
    };

    view! {
        <section class="card overview" aria-labelledby="overview-title" data-testid="team-overview">
            <h2 id="overview-title">{tr!(i18n, dashboard_overview_title)}</h2>
            <ul class="reading-list" data-testid="team-reading">
                {reactive(move || reading().into_iter().map(|s| view! { <li>{s}</li> }).collect_view())}
            </ul>
            <div class="chart">
                <ZonePlane points=points id="team-plane" instrument=instrument />
                <p class="hint">{tr!(i18n, dashboard_dots_hint)}</p>
                <ol class="plane-legend" aria-hidden="true">{reactive(legend)}</ol>
            </div>
            <div class="chart-table">
                <PlaneTable points=points instrument=instrument />
            </div>
        </section>
    }
}
