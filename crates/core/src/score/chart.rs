//! Chart geometry as plain numbers: the four-zone plane (Anglo-Saxon strength on the
//! x axis, Rhineland strength on the y axis) in SVG user units. No DOM here.

use crate::instrument::Instrument;
use crate::score::scoring::{Zone, STRONG_FROM};

/// The plane's drawing box: a square plot with room for axis labels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Plane {
    /// Left edge of the plot area.
    pub left: f64,
    /// Top edge of the plot area.
    pub top: f64,
    /// Width and height of the (square) plot area.
    pub size: f64,
    /// The strength from which a side counts as strong: where the zones meet.
    pub cut: f64,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
}

impl Plane {
    /// Version 1's plane: strong from 62.5.
    pub const DEFAULT: Plane = Plane {
        left: 48.0,
        top: 12.0,
        size: 300.0,
        cut: STRONG_FROM,
    };

    /// The plane of an instrument version: version 2 puts the cut in the middle (50),
    /// where answering everything alike lands.
    pub const fn of(instrument: Instrument) -> Plane {
        Plane {
            cut: instrument.rules().cut,
            ..Plane::DEFAULT
        }
    }

    /// The zone a point lies in on this plane.
    pub fn zone_of(&self, anglo_saxon: f64, rhineland: f64) -> Zone {
        Zone::from_sides(anglo_saxon >= self.cut, rhineland >= self.cut)
    }

    /// The whole SVG's width and height (plot plus margins for labels).
    pub fn view_box(&self) -> (f64, f64) {
        (self.left + self.size + 12.0, self.top + self.size + 44.0)
    }

    /// Maps strengths (0–100, clamped) to a point; Rhineland grows upwards.
    pub fn point(&self, anglo_saxon: f64, rhineland: f64) -> (f64, f64) {
        let x = self.left + anglo_saxon.clamp(0.0, 100.0) / 100.0 * self.size;
        let y = self.top + (1.0 - rhineland.clamp(0.0, 100.0) / 100.0) * self.size;
        (x, y)
    }

    /// Where the "strong from" threshold lines cross the plot.
    pub fn threshold(&self) -> (f64, f64) {
        self.point(self.cut, self.cut)
    }

    /// The area of each zone in the plot.
    pub fn zone_rect(&self, zone: Zone) -> Rect {
        let (tx, ty) = self.threshold();
        let (left, right) = (self.left, self.left + self.size);
        let (top, bottom) = (self.top, self.top + self.size);
        let (x0, x1, y0, y1) = match zone {
            Zone::WeakOnBoth => (left, tx, ty, bottom),
            Zone::MainlyAngloSaxon => (tx, right, ty, bottom),
            Zone::MainlyRhineland => (left, tx, top, ty),
            Zone::StrongOnBoth => (tx, right, top, ty),
        };
        Rect {
            x: x0,
            y: y0,
            width: x1 - x0,
            height: y1 - y0,
        }
    }

    /// Where to draw round marks of `radius` so that none covers another's number. Each
    /// starts where its values put it; overlapping ones are pushed apart, equally and along
    /// the line between them, and kept inside the plot. Marks that do not overlap stay put.
    /// The same input always gives the same drawing.
    pub fn spread(&self, centres: &[(f64, f64)], radius: f64) -> Vec<(f64, f64)> {
        // Twelve directions, 30 degrees apart: marks on exactly the same spot start a step
        // apart in different directions, so they spread into a round cluster, not a line.
        const FAN: [(f64, f64); 12] = [
            (1.0, 0.0),
            (0.866, 0.5),
            (0.5, 0.866),
            (0.0, 1.0),
            (-0.5, 0.866),
            (-0.866, 0.5),
            (-1.0, 0.0),
            (-0.866, -0.5),
            (-0.5, -0.866),
            (0.0, -1.0),
            (0.5, -0.866),
            (0.866, -0.5),
        ];
        let apart = 2.0 * radius + 1.0;
        let (x0, x1) = (self.left, self.left + self.size);
        let (y0, y1) = (self.top, self.top + self.size);
        // max/min, not clamp: clamp's check of its bounds would carry float formatting
        // (~14 KB of wasm) into the app for its panic message.
        let inside = |(x, y): (f64, f64)| (x.max(x0).min(x1), y.max(y0).min(y1));
        let mut at: Vec<(f64, f64)> = centres.iter().copied().map(inside).collect();
        for j in 1..at.len() {
            if at[..j].iter().any(|a| *a == at[j]) {
                let (ux, uy) = FAN[(j * 5) % FAN.len()];
                at[j] = inside((at[j].0 + ux, at[j].1 + uy));
            }
        }
        // Each pass removes every overlap it finds; pushing against an edge can make new
        // ones, so repeat until a pass finds none (a few passes for ten marks).
        for _ in 0..1000 {
            let mut moved = false;
            for j in 1..at.len() {
                for i in 0..j {
                    let (dx, dy) = (at[j].0 - at[i].0, at[j].1 - at[i].1);
                    let d = (dx * dx + dy * dy).sqrt();
                    if d >= apart {
                        continue;
                    }
                    let (mut ux, mut uy) = if d > 1e-6 {
                        (dx / d, dy / d)
                    } else {
                        FAN[j % FAN.len()]
                    };
                    // Two marks on one edge pushed along it would only ever line up
                    // along the edge, far from their values: tilt the push into the plot.
                    let (a, b) = (at[i], at[j]);
                    let into = |v: f64, low: f64, high: f64| {
                        if v <= low {
                            Some(1.0)
                        } else if v >= high {
                            Some(-1.0)
                        } else {
                            None
                        }
                    };
                    if a.1 == b.1 && uy.abs() < 0.5 {
                        if let Some(sign) = into(b.1, y0, y1) {
                            (ux, uy) = (ux.signum() * 0.866, sign * 0.5);
                        }
                    } else if a.0 == b.0 && ux.abs() < 0.5 {
                        if let Some(sign) = into(b.0, x0, x1) {
                            (ux, uy) = (sign * 0.5, uy.signum() * 0.866);
                        }
                    }
                    let push = (apart - d) / 2.0 + 0.01;
                    at[i] = inside((at[i].0 - ux * push, at[i].1 - uy * push));
                    at[j] = inside((at[j].0 + ux * push, at[j].1 + uy * push));
                    moved = true;
                }
            }
            if !moved {
                break;
            }
        }
        at
    }

    /// Where to draw each point: its own spot, except team marks, which are spread so
    /// their numbers stay readable (see [`Plane::spread`]).
    pub fn drawn_at(&self, points: &[PlanePoint]) -> Vec<(f64, f64)> {
        let own: Vec<(f64, f64)> = points
            .iter()
            .map(|p| self.point(p.anglo_saxon, p.rhineland))
            .collect();
        let teams: Vec<(f64, f64)> = own
            .iter()
            .zip(points)
            .filter(|(_, p)| p.kind == PointKind::Team)
            .map(|(at, _)| *at)
            .collect();
        let mut spread = self.spread(&teams, TEAM_MARK_RADIUS).into_iter();
        own.into_iter()
            .zip(points)
            .map(|(at, p)| match p.kind {
                PointKind::Team => spread.next().unwrap_or(at),
                _ => at,
            })
            .collect()
    }

    /// A group's spread around its mark: the half-widths of the ellipse one spread wide on
    /// each side (Anglo-Saxon across, Rhineland up), in the plot's units.
    pub fn spread_radii(&self, anglo_saxon_spread: f64, rhineland_spread: f64) -> (f64, f64) {
        let scale = |spread: f64| spread.clamp(0.0, 100.0) / 100.0 * self.size;
        (scale(anglo_saxon_spread), scale(rhineland_spread))
    }

    /// Positions of the tick labels along each axis: (value, x or y coordinate).
    pub fn ticks(&self) -> Vec<(u8, f64)> {
        [0u8, 25, 50, 75, 100]
            .iter()
            .map(|v| (*v, f64::from(*v) / 100.0 * self.size))
            .collect()
    }
}

/// The radius of a team mark's circle, which holds its dimension's number.
pub const TEAM_MARK_RADIUS: f64 = 9.0;

/// What a point on the plane stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PointKind {
    /// Where we are today.
    Now,
    /// Where we want to be.
    Desired,
    /// A team mean, labelled with a short mark (a dimension's number).
    Team,
    /// One member's position: an unlabelled dot.
    Member,
}

/// A labelled point to draw on the plane.
#[derive(Debug, Clone, PartialEq)]
pub struct PlanePoint {
    pub label: String,
    /// The short mark drawn inside a team point (a dimension's number); else empty.
    pub mark: String,
    pub anglo_saxon: f64,
    pub rhineland: f64,
    pub kind: PointKind,
    /// Its zone as its rules name it ("close to the middle" included), where the caller
    /// reads it by them; otherwise the plane's table names the quarter it lies in.
    pub zone: Option<crate::text::Text>,
}

/// A coordinate for an SVG attribute, to one decimal. Written with integer arithmetic
/// so the app does not carry the float-formatting code (~10 KB of wasm).
pub fn svg_number(value: f64) -> String {
    let tenths = (value * 10.0).round() as i64;
    let sign = if tenths < 0 { "-" } else { "" };
    let tenths = tenths.unsigned_abs();
    match tenths % 10 {
        0 => format!("{sign}{}", tenths / 10),
        d => format!("{sign}{}.{d}", tenths / 10),
    }
}

/// A team bar row in SVG units: a track of `width` from `left`, strengths mapped on it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BarScale {
    pub left: f64,
    pub width: f64,
}

impl BarScale {
    pub const DEFAULT: BarScale = BarScale {
        left: 4.0,
        width: 292.0,
    };

    /// The x of a strength (0–100, clamped).
    pub fn x(&self, strength: f64) -> f64 {
        self.left + strength.clamp(0.0, 100.0) / 100.0 * self.width
    }
}

/// A line chart over rounds: x spreads the rounds evenly, y maps 0–100 upwards.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TrendScale {
    pub left: f64,
    pub top: f64,
    pub width: f64,
    pub height: f64,
}

impl TrendScale {
    pub const DEFAULT: TrendScale = TrendScale {
        left: 30.0,
        top: 8.0,
        width: 250.0,
        height: 100.0,
    };

    /// The x of round `index` of `count` (a single round sits in the middle).
    pub fn x(&self, index: usize, count: usize) -> f64 {
        if count <= 1 {
            return self.left + self.width / 2.0;
        }
        self.left + index as f64 / (count - 1) as f64 * self.width
    }

    pub fn y(&self, strength: f64) -> f64 {
        self.top + (1.0 - strength.clamp(0.0, 100.0) / 100.0) * self.height
    }

    /// An SVG path through the rounds that have a value; a missing round breaks the
    /// line rather than inventing a value.
    pub fn path(&self, values: &[Option<f64>]) -> String {
        let mut path = String::new();
        let mut pen_down = false;
        for (i, value) in values.iter().enumerate() {
            match value {
                Some(v) => {
                    let command = if pen_down { 'L' } else { 'M' };
                    path.push_str(&format!(
                        "{command}{} {}",
                        svg_number(self.x(i, values.len())),
                        svg_number(self.y(*v))
                    ));
                    pen_down = true;
                }
                None => pen_down = false,
            }
        }
        path
    }
}

/// A bar's length in percent of its track (0–100), for a strength.
pub fn bar_percent(strength: f64) -> f64 {
    strength.clamp(0.0, 100.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    const P: Plane = Plane::DEFAULT;

    #[test]
    fn svg_numbers_have_at_most_one_decimal() {
        assert_eq!(svg_number(0.0), "0");
        assert_eq!(svg_number(12.34), "12.3");
        assert_eq!(svg_number(12.96), "13");
        assert_eq!(svg_number(-0.25), "-0.3");
        assert_eq!(svg_number(-4.0), "-4");
        assert_eq!(svg_number(300.05), "300.1");
    }

    #[test]
    fn corners_map_to_the_plot_corners() {
        assert_eq!(P.point(0.0, 0.0), (P.left, P.top + P.size));
        assert_eq!(P.point(100.0, 100.0), (P.left + P.size, P.top));
        assert_eq!(P.point(100.0, 0.0), (P.left + P.size, P.top + P.size));
    }

    #[test]
    fn out_of_range_values_stay_on_the_plot() {
        assert_eq!(P.point(-20.0, 140.0), P.point(0.0, 100.0));
    }

    #[test]
    fn bars_map_strengths_onto_their_track() {
        let b = BarScale::DEFAULT;
        assert_eq!(b.x(0.0), b.left);
        assert_eq!(b.x(100.0), b.left + b.width);
        assert_eq!(b.x(150.0), b.x(100.0));
        assert!((b.x(50.0) - (b.left + b.width / 2.0)).abs() < 1e-9);
    }

    #[test]
    fn trend_lines_span_the_rounds_and_break_on_missing_values() {
        let t = TrendScale::DEFAULT;
        assert_eq!(t.x(0, 3), t.left);
        assert_eq!(t.x(2, 3), t.left + t.width);
        assert_eq!(t.x(0, 1), t.left + t.width / 2.0);
        assert_eq!(t.y(100.0), t.top);
        assert_eq!(t.y(0.0), t.top + t.height);
        assert_eq!(t.path(&[Some(0.0), Some(100.0)]), "M30 108L280 8");
        assert_eq!(t.path(&[Some(50.0), None, Some(50.0)]), "M30 58M280 58");
        assert_eq!(t.path(&[None, None]), "");
    }

    #[test]
    fn zones_tile_the_plot_without_overlap() {
        let area: f64 = Zone::ALL
            .iter()
            .map(|z| P.zone_rect(*z))
            .map(|r| r.width * r.height)
            .sum();
        assert!((area - P.size * P.size).abs() < 1e-6);
    }

    #[test]
    fn a_point_lies_in_the_rect_of_its_own_zone() {
        for a in (0..=100).step_by(5) {
            for r in (0..=100).step_by(5) {
                let (a, r) = (f64::from(a), f64::from(r));
                let (x, y) = P.point(a, r);
                let rect = P.zone_rect(Zone::of(a, r));
                assert!(
                    x >= rect.x - 1e-9 && x <= rect.x + rect.width + 1e-9,
                    "{a},{r}"
                );
                assert!(
                    y >= rect.y - 1e-9 && y <= rect.y + rect.height + 1e-9,
                    "{a},{r}"
                );
            }
        }
    }
}
