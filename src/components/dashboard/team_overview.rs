//! Where the team stands, for every version: every member as an anonymous dot on the
//! four-zone plane, the team per dimension as a numbered circle (only where it is not
//! divided), and the reading. A team read from its members (the rules' `team_read`) also
//! shows the team over all dimensions when it is not divided, its table with the zones,
//! the cut, and how people answered (counts only); one read from its means, the plane's
//! own table.

use leptos::prelude::*;

use crate::components::common::reactive::{reactive, shown};
use crate::components::common::table_wrap::TableWrap;
use crate::components::common::text::tr;
use crate::components::common::zone_plane::{PlaneTable, ZonePlane};
use crate::domain::score::chart::{PlanePoint, PointKind};
use crate::domain::score::figure::one_decimal;
use crate::domain::score::member::TeamZone;
use crate::domain::score::shown::{overall, ShownTheme};
use crate::domain::score::team::{team_zone_name, TeamFigures};
use crate::i18n::*;
use crate::ui::use_locale;

/// The mark of the team over all dimensions.
const OVERALL_MARK: &str = "T";

#[component]
pub fn TeamOverview(team: Memo<TeamFigures>) -> impl IntoView {
    // A round keeps its version: its dimensions and rules.
    let instrument = team.with_untracked(|t| t.instrument);
    let from_members = instrument.rules().team_read.reads_members();
    let i18n = use_i18n();
    let locale = use_locale();
    let points = Signal::derive(move || {
        let loc = locale.get();
        let overall_label = t_string!(i18n, dashboard_overall_mark).to_string();
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
                zone: None,
            });
            let dimensions = f
                .dimensions
                .iter()
                .filter(|d| !d.divided())
                .filter_map(|d| {
                    let (a, r) = d.means()?;
                    let name = instrument.dimension(d.index)?.name.get(loc);
                    Some(PlanePoint {
                        label: format!("{} {name}", d.id),
                        mark: d.id.to_string(),
                        anglo_saxon: a,
                        rhineland: r,
                        kind: PointKind::Team,
                        zone: Some(team_zone_name(d.now.zone)),
                    })
                });
            let whole_team = f
                .overall
                .position
                .filter(|_| from_members)
                .map(|(a, r)| PlanePoint {
                    label: overall_label.clone(),
                    mark: OVERALL_MARK.to_string(),
                    anglo_saxon: a,
                    rhineland: r,
                    kind: PointKind::Team,
                    zone: Some(team_zone_name(f.overall.zone)),
                });
            members
                .chain(dimensions)
                .chain(whole_team)
                .collect::<Vec<_>>()
        })
    });
    let reading = move || team.with(|t| t.reading(locale.get()));
    let notes = move || team.with(|t| t.answering_notes(locale.get()));
    let legend = move || {
        let loc = locale.get();
        instrument
            .dimensions()
            .map(|d| {
                view! {
                    <li>
                        <span class="legend-mark">{d.id}</span>
                        {d.name.get(loc)}
                    </li>
                }
            })
            .collect_view()
    };
    // The table alternative: the team over all dimensions, then each dimension.
    let rows = move || {
        let loc = locale.get();
        let too_few = t_string!(i18n, dashboard_too_few).to_string();
        let figure = |v: Option<i64>| v.map_or_else(|| too_few.clone(), |v| v.to_string());
        team.with(|t| {
            let Some(f) = &t.figures else {
                return Vec::new();
            };
            // Every figure from the one display model.
            let whole_team = overall(t);
            let overall = (
                t_string!(i18n, dashboard_overall_mark).to_string(),
                whole_team.map(|p| p.0),
                whole_team.map(|p| p.1),
                f.overall.zone,
            );
            let dimensions = f.dimensions.iter().filter_map(|d| {
                let name = instrument.dimension(d.index)?.name.get(loc);
                let shown = ShownTheme::of(d);
                Some((
                    format!("{} {name}", d.id),
                    shown.anglo_saxon,
                    shown.rhineland,
                    d.now.zone,
                ))
            });
            std::iter::once(overall)
                .chain(dimensions)
                .map(|(label, a, r, zone)| {
                    // A divided team has no position: its mean would fit nobody.
                    let (a, r) = if zone == TeamZone::Divided {
                        (String::from("–"), String::from("–"))
                    } else {
                        (figure(a), figure(r))
                    };
                    view! {
                        <tr>
                            <th scope="row">{label}</th>
                            <td>{a}</td>
                            <td>{r}</td>
                            <td>{team_zone_name(zone).get(loc)}</td>
                        </tr>
                    }
                })
                .collect::<Vec<_>>()
        })
    };

    let table = move || {
        if from_members {
            view! {
                <TableWrap label=Signal::derive(move || t_string!(i18n, table_plane).to_string())>
                    <table class="result-table" data-testid="plane-table-members">
                        <thead>
                            <tr>
                                <th scope="col"></th>
                                <th scope="col">{tr!(i18n, result_col_anglo)}</th>
                                <th scope="col">{tr!(i18n, result_col_rhine)}</th>
                                <th scope="col">{tr!(i18n, result_col_zone)}</th>
                            </tr>
                        </thead>
                        <tbody>{reactive(rows)}</tbody>
                    </table>
                </TableWrap>
            }
            .into_any()
        } else {
            view! { <PlaneTable points=points instrument=instrument /> }.into_any()
        }
    };

    view! {
        <section
            class="card overview"
            aria-labelledby="overview-title"
            data-testid=if from_members { "team-overview-members" } else { "team-overview" }
        >
            <h2 id="overview-title">{tr!(i18n, dashboard_overview_title)}</h2>
            <ul class="reading-list" data-testid="team-reading">
                {reactive(move || reading().into_iter().map(|s| view! { <li>{s}</li> }).collect_view())}
            </ul>
            <div class="chart">
                <ZonePlane points=points id="team-plane" instrument=instrument />
                <p class="hint">
                    {if from_members {
                        tr!(i18n, dashboard_dots_members_hint).into_any()
                    } else {
                        tr!(i18n, dashboard_dots_hint).into_any()
                    }}
                </p>
                <ol class="plane-legend" aria-hidden="true">{legend}</ol>
            </div>
            <div class="chart-table">{table}</div>
            {from_members.then(|| if instrument.rules().difference_from_zone {
                let rules = instrument.rules();
                view! {
                    <p class="hint" data-testid="zone-cut">
                        {move || tr!(i18n, dashboard_zone_rule, cut = rules.cut as u8, margins = one_decimal(rules.side_margins.unwrap_or(0.0), locale.get()))}
                    </p>
                }
                .into_any()
            } else {
                view! {
                    <p class="hint" data-testid="zone-cut">{tr!(i18n, dashboard_cut, cut = instrument.rules().cut as u8)}</p>
                }
                .into_any()
            })}
            {shown(move || !notes().is_empty(), move || view! {
                <h3>{tr!(i18n, dashboard_answering_title)}</h3>
                <ul class="reading-list" data-testid="answering-notes">
                    {reactive(move || notes().into_iter().map(|s| view! { <li>{s}</li> }).collect_view())}
                </ul>
            })}
        </section>
    }
}
