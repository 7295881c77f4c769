//! The counted teams on the four-zone plane, each as its numbered mark with its spread
//! (an ellipse one spread wide on each side), over all dimensions or on one; and the same
//! as a table.

use leptos::prelude::*;

use crate::components::common::reactive::reactive;
use crate::components::common::table_wrap::TableWrap;
use crate::components::common::text::tr;
use crate::components::common::zone_plane::ZonePlane;
use crate::domain::org::organisation::{marks, plane_marks, OrgView};
use crate::domain::org::report::shown;
use crate::domain::score::chart::{Plane, PlanePoint, PointKind};
use crate::i18n::*;
use crate::ui::use_locale;

#[component]
pub fn OrgPlane(view: Memo<OrgView>) -> impl IntoView {
    let i18n = use_i18n();
    let locale = use_locale();
    // The version whose teams are compared (the plane's cut is the version's).
    let instrument = move || view.with(|v| v.instrument);
    let dimension = RwSignal::new(None::<usize>);
    let points = Signal::derive(move || {
        view.with(|v| {
            marks(v, dimension.get())
                .into_iter()
                .map(|(row, m)| PlanePoint {
                    label: v.teams[row].name.clone(),
                    mark: (row + 1).to_string(),
                    anglo_saxon: m.anglo_saxon.mean,
                    rhineland: m.rhineland.mean,
                    kind: PointKind::Team,
                    zone: None,
                })
                .collect::<Vec<_>>()
        })
    });
    let spreads = Signal::derive(move || {
        view.with(|v| {
            plane_marks(v, dimension.get(), &Plane::of(v.instrument))
                .into_iter()
                .map(|p| (p.at.0, p.at.1, p.radii.0, p.radii.1))
                .collect::<Vec<_>>()
        })
    });
    let legend = move || {
        view.with(|v| {
            marks(v, dimension.get())
                .into_iter()
                .map(|(row, _)| {
                    view! {
                        <li>
                            <span class="legend-mark">{row + 1}</span>
                            {v.teams[row].name.clone()}
                        </li>
                    }
                })
                .collect_view()
        })
    };
    let rows = move || {
        let loc = locale.get();
        view.with(|v| {
            marks(v, dimension.get())
                .into_iter()
                .map(|(row, m)| {
                    let zone =
                        Plane::of(v.instrument).zone_of(m.anglo_saxon.mean, m.rhineland.mean);
                    view! {
                        <tr>
                            <th scope="row">{format!("{} {}", row + 1, v.teams[row].name)}</th>
                            <td>{shown(m.anglo_saxon.mean, v.instrument)}</td>
                            <td>{shown(m.anglo_saxon.spread, v.instrument)}</td>
                            <td>{shown(m.rhineland.mean, v.instrument)}</td>
                            <td>{shown(m.rhineland.spread, v.instrument)}</td>
                            <td>{zone.name().get(loc)}</td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    let options = move || {
        let loc = locale.get();
        let all = t_string!(i18n, org_plane_all).to_string();
        std::iter::once((String::new(), all))
            .chain(
                instrument()
                    .dimensions()
                    .map(|d| (d.index.to_string(), d.name.get(loc).to_string())),
            )
            .map(|(value, label)| {
                let selected = value == dimension.get().map(|d| d.to_string()).unwrap_or_default();
                view! { <option value=value selected=selected>{label}</option> }
            })
            .collect_view()
    };

    view! {
        <section class="card overview" aria-labelledby="org-plane-title" data-testid="org-plane">
            <h2 id="org-plane-title">{tr!(i18n, org_plane_title)}</h2>
            <div class="field no-print">
                <label for="org-plane-dimension">{tr!(i18n, org_plane_show)}</label>
                <select
                    id="org-plane-dimension"
                    data-testid="org-plane-dimension"
                    on:change=move |ev| dimension.set(event_target_value(&ev).parse::<usize>().ok())
                >
                    {reactive(options)}
                </select>
            </div>
            <div class="chart">
                {move || view! { <ZonePlane points=points spreads=spreads id="org-plane-svg" instrument=instrument() /> }}
                <p class="hint">{tr!(i18n, org_plane_hint)}</p>
                <ol class="plane-legend org-legend" aria-hidden="true">{reactive(legend)}</ol>
            </div>
            <div class="chart-table">
                <TableWrap label=Signal::derive(move || t_string!(i18n, org_plane_table).to_string())>
                    <table class="result-table" data-testid="org-plane-table">
                        <thead>
                            <tr>
                                <th scope="col">{tr!(i18n, org_col_team)}</th>
                                <th scope="col">{tr!(i18n, result_col_anglo)}</th>
                                <th scope="col">{tr!(i18n, org_col_spread)}</th>
                                <th scope="col">{tr!(i18n, result_col_rhine)}</th>
                                <th scope="col">{tr!(i18n, org_col_spread)}</th>
                                <th scope="col">{tr!(i18n, result_col_zone)}</th>
                            </tr>
                        </thead>
                        <tbody>{reactive(rows)}</tbody>
                    </table>
                </TableWrap>
            </div>
        </section>
    }
}
