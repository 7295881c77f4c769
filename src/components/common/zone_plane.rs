//! The four-zone plane as SVG: Anglo-Saxon strength across, Rhineland strength up.
//! Geometry comes from `domain::score::chart`; this only draws it.

use leptos::prelude::*;

use crate::components::common::reactive::reactive;
use crate::components::common::table_wrap::TableWrap;
use crate::components::common::text::tr;
use crate::domain::instrument::Instrument;
use crate::domain::score::chart::{
    svg_number as n, Plane, PlanePoint, PointKind, TEAM_MARK_RADIUS,
};
use crate::domain::score::figure::{self, rounded, whole, Step};
use crate::domain::score::scoring::Zone;
use crate::i18n::*;
use crate::ui::use_locale;

fn zone_class(zone: Zone) -> &'static str {
    match zone {
        Zone::WeakOnBoth => "zone weak",
        Zone::MainlyAngloSaxon => "zone anglo-led",
        Zone::MainlyRhineland => "zone rhine-led",
        Zone::StrongOnBoth => "zone strong",
    }
}

/// A group's spread around its mark: centre (x, y) and radii (x, y), in plot units.
pub type SpreadEllipse = (f64, f64, f64, f64);

#[component]
pub fn ZonePlane(
    #[prop(into)] points: Signal<Vec<PlanePoint>>,
    id: &'static str,
    /// The instrument version the points come from: it sets where the zones meet.
    instrument: Instrument,
    /// Groups' spreads, drawn under the marks: ellipses (centre x, y; radii x, y).
    #[prop(optional, into)]
    spreads: Option<Signal<Vec<SpreadEllipse>>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let locale = use_locale();
    let plane = Plane::of(instrument);
    // A point's figures as every other view shows them: in the version's step.
    let step = Step::of(instrument);
    let (width, height) = plane.view_box();
    let bottom = plane.top + plane.size;
    let right = plane.left + plane.size;
    let (tx, ty) = plane.threshold();
    // Where a side is strong only beyond its margin, the line marks the middle.
    let by_margin = instrument.rules().difference_from_zone;
    let strong_from = move || {
        let cut = figure::text(whole(plane.cut));
        if by_margin {
            t_string!(i18n, plane_middle, cut = cut).to_string()
        } else {
            t_string!(i18n, plane_strong_from, cut = cut).to_string()
        }
    };

    let zones = Zone::ALL
        .into_iter()
        .map(|zone| {
            let r = plane.zone_rect(zone);
            // Each zone's name sits in its outer corner, away from the threshold lines.
            let (x, y, anchor) = match zone {
                Zone::WeakOnBoth => (r.x + 6.0, r.y + r.height - 8.0, "start"),
                Zone::MainlyAngloSaxon => (r.x + r.width - 6.0, r.y + r.height - 8.0, "end"),
                Zone::MainlyRhineland => (r.x + 6.0, r.y + 16.0, "start"),
                Zone::StrongOnBoth => (r.x + r.width - 6.0, r.y + 16.0, "end"),
            };
            view! {
                <rect class=zone_class(zone) x=n(r.x) y=n(r.y) width=n(r.width) height=n(r.height) />
                <text class="zone-name" x=n(x) y=n(y) text-anchor=anchor>
                    {move || zone.name().get(locale.get())}
                </text>
            }
        })
        .collect_view();

    let ticks = plane
        .ticks()
        .into_iter()
        .map(|(value, offset)| {
            view! {
                <text class="tick" x=n(plane.left + offset) y=n(bottom + 16.0) text-anchor="middle">
                    {value}
                </text>
                <text class="tick" x=n(plane.left - 8.0) y=n(bottom - offset + 4.0) text-anchor="end">
                    {value}
                </text>
            }
        })
        .collect_view();

    // A spread reaching past the plot is cut at its edge, like the values it stands for.
    let clip = format!("url(#{id}-clip)");
    let drawn = move || {
        let clip = clip.clone();
        let ellipses = spreads
            .map(|s| s.get())
            .unwrap_or_default()
            .into_iter()
            .map(|(cx, cy, rx, ry)| {
                view! { <ellipse class="spread" clip-path=clip.clone() cx=n(cx) cy=n(cy) rx=n(rx) ry=n(ry) /> }
            })
            .collect_view();
        let list = points.get();
        let now = list.iter().find(|p| p.kind == PointKind::Now).cloned();
        let arrows = list
            .iter()
            .filter(|p| p.kind == PointKind::Desired)
            .filter_map(|desired| {
                let from = now.as_ref()?;
                let (x1, y1) = plane.point(from.anglo_saxon, from.rhineland);
                let (x2, y2) = plane.point(desired.anglo_saxon, desired.rhineland);
                Some(view! { <line class="arrow" x1=n(x1) y1=n(y1) x2=n(x2) y2=n(y2) /> })
            })
            .collect_view();
        let drawn_at = plane.drawn_at(&list);
        // Members' dots go above the team's numbered circles, which would hide them (a
        // team mean sits among its members), and below the numbers, which stay readable:
        // every person's dot shows, as the caption promises.
        let (members, marks): (Vec<_>, Vec<_>) = list
            .into_iter()
            .zip(drawn_at)
            .partition(|(p, _)| p.kind == PointKind::Member);
        let circles = marks
            .iter()
            .map(|(p, (mx, my))| {
                let (x, y) = plane.point(p.anglo_saxon, p.rhineland);
                match p.kind {
                    // A team mean: its circle here, its number after the members' dots;
                    // the table names it. A mark pushed aside to stay readable keeps a
                    // line to its true spot.
                    PointKind::Team => view! {
                        <line class="leader" x1=n(x) y1=n(y) x2=n(*mx) y2=n(*my) />
                        <circle class="point team-spot" cx=n(x) cy=n(y) r="2" />
                        <circle class="point team" cx=n(*mx) cy=n(*my) r=n(TEAM_MARK_RADIUS) />
                    }
                    .into_any(),
                    PointKind::Now | PointKind::Desired => {
                        let now = p.kind == PointKind::Now;
                        let class = if now { "point now" } else { "point desired" };
                        let r = if now { 9.0 } else { 7.0 };
                        // Labels go on the side with room, so they stay inside the plot
                        // ("Where we want to be (60, 70)" needs half of it).
                        let (lx, anchor) = if x > plane.left + plane.size * 0.5 {
                            (x - r - 4.0, "end")
                        } else {
                            (x + r + 4.0, "start")
                        };
                        let label = format!(
                            "{} ({}, {})",
                            p.label,
                            rounded(p.anglo_saxon, step),
                            rounded(p.rhineland, step)
                        );
                        view! {
                            <circle class=class cx=n(x) cy=n(y) r=n(r) />
                            <text class="point-label" x=n(lx) y=n(y + 4.0) text-anchor=anchor>
                                {label}
                            </text>
                        }
                        .into_any()
                    }
                    PointKind::Member => ().into_any(),
                }
            })
            .collect_view();
        // Anonymous: a small dot, no label, no number.
        let dots = members
            .into_iter()
            .map(|(p, _)| {
                let (x, y) = plane.point(p.anglo_saxon, p.rhineland);
                view! { <circle class="point member" cx=n(x) cy=n(y) r="4" /> }
            })
            .collect_view();
        let numbers = marks
            .into_iter()
            .filter(|(p, _)| p.kind == PointKind::Team)
            .map(|(p, (mx, my))| {
                view! {
                    <text class="point-mark" x=n(mx) y=n(my + 3.5) text-anchor="middle">
                        {p.mark}
                    </text>
                }
            })
            .collect_view();
        view! {
            {ellipses}
            {arrows}
            {circles}
            {dots}
            {numbers}
        }
    };

    view! {
        <svg
            class="zone-plane"
            viewBox=format!("0 0 {} {}", n(width), n(height))
            role="img"
            aria-labelledby=format!("{id}-title")
            data-testid="zone-plane"
        >
            <title id=format!("{id}-title")>{tr!(i18n, result_plane_label)}</title>
            {spreads.is_some().then(|| view! {
                <clipPath id=format!("{id}-clip")>
                    <rect x=n(plane.left) y=n(plane.top) width=n(plane.size) height=n(plane.size) />
                </clipPath>
            })}
            {zones}
            <line class="threshold" x1=n(tx) y1=n(plane.top) x2=n(tx) y2=n(bottom) />
            <line class="threshold" x1=n(plane.left) y1=n(ty) x2=n(right) y2=n(ty) />
            // The dashed lines named where they are: from here a side counts as strong
            // (in shown figures: 62.5 shows as 63, and everything shown as 63 is strong).
            // Halfway along the lower line, clear of the zone names in the corners.
            <text class="threshold-label" data-testid="threshold-label" x=n(right - 4.0) y=n(ty - 4.0) text-anchor="end">
                {strong_from}
            </text>
            <text
                class="threshold-label"
                x=0
                y=0
                text-anchor="middle"
                transform=format!("translate({} {}) rotate(-90)", n(tx - 4.0), n((ty + bottom) / 2.0))
            >
                {strong_from}
            </text>
            <rect class="frame" x=n(plane.left) y=n(plane.top) width=n(plane.size) height=n(plane.size) />
            {ticks}
            <text class="axis-title" x=n(plane.left + plane.size / 2.0) y=n(bottom + 36.0) text-anchor="middle">
                {tr!(i18n, result_axis_anglo)}
                " →"
            </text>
            <text
                class="axis-title"
                x=0
                y=0
                text-anchor="middle"
                transform=format!(
                    "translate({} {}) rotate(-90)",
                    n(plane.left - 30.0),
                    n(plane.top + plane.size / 2.0),
                )
            >
                {tr!(i18n, result_axis_rhine)}
                " →"
            </text>
            {reactive(drawn)}
        </svg>
    }
}

/// The plane's points as a table: the chart's text alternative.
#[component]
pub fn PlaneTable(
    #[prop(into)] points: Signal<Vec<PlanePoint>>,
    instrument: Instrument,
) -> impl IntoView {
    let plane = Plane::of(instrument);
    // A point's figures as every other view shows them: in the version's step.
    let step = Step::of(instrument);
    let i18n = use_i18n();
    let locale = use_locale();
    let rows = move || {
        points
            .get()
            .into_iter()
            .filter(|p| p.kind != PointKind::Member)
            .map(|p| {
                let zone = p
                    .zone
                    .unwrap_or_else(|| plane.zone_of(p.anglo_saxon, p.rhineland).name());
                view! {
                    <tr>
                        <th scope="row">{p.label}</th>
                        <td>{rounded(p.anglo_saxon, step)}</td>
                        <td>{rounded(p.rhineland, step)}</td>
                        <td>{move || zone.get(locale.get())}</td>
                    </tr>
                }
            })
            .collect_view()
    };
    view! {
        <TableWrap label=Signal::derive(move || t_string!(i18n, table_plane).to_string())>
            <table class="result-table" data-testid="plane-table">
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
}
