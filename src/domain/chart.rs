//! Chart geometry as plain numbers: the four-zone plane (Anglo-Saxon strength on the
//! x axis, Rhineland strength on the y axis) in SVG user units. No DOM here.

use crate::domain::scoring::{Zone, STRONG_FROM};

/// The plane's drawing box: a square plot with room for axis labels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Plane {
    /// Left edge of the plot area.
    pub left: f64,
    /// Top edge of the plot area.
    pub top: f64,
    /// Width and height of the (square) plot area.
    pub size: f64,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
}

impl Plane {
    pub const DEFAULT: Plane = Plane {
        left: 48.0,
        top: 12.0,
        size: 300.0,
    };

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
        self.point(STRONG_FROM, STRONG_FROM)
    }

    /// The area of each zone in the plot.
    pub fn zone_rect(&self, zone: Zone) -> Rect {
        let (tx, ty) = self.threshold();
        let (left, right) = (self.left, self.left + self.size);
        let (top, bottom) = (self.top, self.top + self.size);
        let (x0, x1, y0, y1) = match zone {
            Zone::WeakOnBoth => (left, tx, ty, bottom),
            Zone::AngloSaxonLed => (tx, right, ty, bottom),
            Zone::RhinelandLed => (left, tx, top, ty),
            Zone::StrongOnBoth => (tx, right, top, ty),
        };
        Rect {
            x: x0,
            y: y0,
            width: x1 - x0,
            height: y1 - y0,
        }
    }

    /// Positions of the tick labels along each axis: (value, x or y coordinate).
    pub fn ticks(&self) -> Vec<(u8, f64)> {
        [0u8, 25, 50, 75, 100]
            .iter()
            .map(|v| (*v, f64::from(*v) / 100.0 * self.size))
            .collect()
    }
}

/// What a point on the plane stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PointKind {
    /// Where we are today.
    Now,
    /// Where we want to be.
    Desired,
}

/// A labelled point to draw on the plane.
#[derive(Debug, Clone, PartialEq)]
pub struct PlanePoint {
    pub label: String,
    pub anglo_saxon: f64,
    pub rhineland: f64,
    pub kind: PointKind,
}

/// Strengths and other scores are shown as whole numbers.
pub fn whole(value: f64) -> i64 {
    value.round() as i64
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
