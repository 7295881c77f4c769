//! The zone plane keeps every team mark readable: marks that would cover each other are
//! pushed apart, stay inside the plot, and marks with room are left where they are.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use teambalans_core::score::chart::Plane;

const P: Plane = Plane::DEFAULT;
const R: f64 = 9.0;

fn distance(a: (f64, f64), b: (f64, f64)) -> f64 {
    ((a.0 - b.0).powi(2) + (a.1 - b.1).powi(2)).sqrt()
}

fn centres(strengths: &[(f64, f64)]) -> Vec<(f64, f64)> {
    strengths.iter().map(|&(a, r)| P.point(a, r)).collect()
}

/// Up to ten team marks: spread over the plot, or crowded around one spot (a team that
/// scores alike on every dimension), which is where marks cover each other.
fn marks() -> impl Strategy<Value = Vec<(f64, f64)>> {
    let spread = prop::collection::vec((0.0f64..=100.0, 0.0f64..=100.0), 0..=10);
    let crowded = (
        (0.0f64..=100.0, 0.0f64..=100.0),
        prop::collection::vec((-6.0f64..=6.0, -6.0f64..=6.0), 0..=10),
    )
        .prop_map(|((a, r), offsets)| {
            offsets
                .into_iter()
                .map(|(da, dr)| ((a + da).clamp(0.0, 100.0), (r + dr).clamp(0.0, 100.0)))
                .collect()
        });
    prop_oneof![spread, crowded]
}

fn assert_readable(at: &[(f64, f64)]) {
    for (j, b) in at.iter().enumerate() {
        assert!(
            b.0 >= P.left && b.0 <= P.left + P.size,
            "{b:?} left the plot"
        );
        assert!(b.1 >= P.top && b.1 <= P.top + P.size, "{b:?} left the plot");
        for a in &at[..j] {
            assert!(distance(*a, *b) >= 2.0 * R, "{a:?} and {b:?} overlap");
        }
    }
}

#[test]
fn ten_marks_on_one_corner_fan_out_inside_the_plot() {
    for corner in [
        (0.0, 0.0),
        (100.0, 100.0),
        (0.0, 100.0),
        (100.0, 0.0),
        (50.0, 50.0),
    ] {
        let at = P.spread(&centres(&[corner; 10]), R);
        assert_eq!(at.len(), 10);
        assert_readable(&at);
    }
}

#[test]
fn two_overlapping_marks_move_apart_equally_along_their_line() {
    let before = centres(&[(70.0, 70.0), (72.0, 70.0)]);
    let after = P.spread(&before, R);
    assert_readable(&after);
    // Same height as before, and the middle between them has not moved.
    assert!((after[0].1 - before[0].1).abs() < 1e-9 && (after[1].1 - before[1].1).abs() < 1e-9);
    let mid = |v: &[(f64, f64)]| (v[0].0 + v[1].0) / 2.0;
    assert!((mid(&after) - mid(&before)).abs() < 1e-9);
    assert!(after[0].0 < before[0].0 && after[1].0 > before[1].0);
}

proptest! {
    #[test]
    fn marks_never_cover_each_other_and_stay_on_the_plot(
        strengths in marks(),
    ) {
        let at = P.spread(&centres(&strengths), R);
        prop_assert_eq!(at.len(), strengths.len());
        assert_readable(&at);
    }

    #[test]
    fn marks_with_room_stay_where_their_values_put_them(
        strengths in marks(),
    ) {
        let before = centres(&strengths);
        let crowded = |i: usize| {
            before.iter().enumerate().any(|(j, b)| j != i && distance(before[i], *b) < 2.0 * R + 1.0)
        };
        let after = P.spread(&before, R);
        let all_apart = (0..before.len()).all(|i| !crowded(i));
        if all_apart {
            prop_assert_eq!(&after, &before);
        }
    }

    #[test]
    fn a_pushed_mark_stays_near_its_values(
        strengths in marks(),
    ) {
        // Even ten marks on one corner end within five mark widths of where they belong,
        // so the leader line to the true spot stays short.
        let before = centres(&strengths);
        let after = P.spread(&before, R);
        for (a, b) in after.iter().zip(&before) {
            prop_assert!(distance(*a, *b) <= 5.0 * (2.0 * R + 1.0), "{b:?} moved to {a:?}");
        }
    }
}

#[test]
fn only_team_marks_are_spread_and_members_keep_their_own_spot() {
    use teambalans_core::score::chart::{PlanePoint, PointKind};
    let point = |kind, a, r| PlanePoint {
        label: String::new(),
        mark: String::new(),
        anglo_saxon: a,
        rhineland: r,
        kind,
        zone: None,
    };
    let points = [
        point(PointKind::Member, 70.0, 70.0),
        point(PointKind::Team, 70.0, 70.0),
        point(PointKind::Member, 70.0, 70.0),
        point(PointKind::Team, 70.0, 70.0),
    ];
    let at = P.drawn_at(&points);
    let own = P.point(70.0, 70.0);
    assert_eq!((at[0], at[2]), (own, own));
    assert_readable(&[at[1], at[3]]);
}
