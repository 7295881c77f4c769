//! The team meeting on the projector: which screens it has, in which order, and how the
//! keyboard (or a presenter's clicker) moves between them. The talking points come from
//! the dashboard's own ranking, largest disagreement first.

use crate::score::aggregate::StatementStats;
use crate::score::round_data::RoundData;
use crate::score::shown::ShownTheme;
use crate::score::team::TeamFigures;

/// Talking points the meeting takes one by one (as many as the dashboard shows).
pub const MEETING_POINTS: usize = 3;
/// New actions the meeting agrees on at most: a few small steps, not a plan.
pub const MEETING_ACTIONS: usize = 3;
/// The previous round's actions asked on one screen: more go on the next, so a
/// projector of 1280×720 shows each screen whole (issue 30, point 4).
pub const REVIEW_PER_SCREEN: usize = 4;

/// How far a talking point's members lie apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PointFigure {
    /// Points of 0–100 between the members, as shown (the one display model).
    Spread(i64),
    /// The team falls into groups (read from its members); a mean would fit nobody.
    Divided,
}

/// One talking point of the meeting: a dimension of the round's version.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MeetingPoint {
    /// `Dimension::id` of the round's version.
    pub dimension: u8,
    pub figure: PointFigure,
}

/// The talking points, largest disagreement first (divided ones first),
/// at most `MEETING_POINTS`; none below the round's minimum group size.
pub fn meeting_points(data: &RoundData) -> Vec<MeetingPoint> {
    if !data.enough() {
        return Vec::new();
    }
    TeamFigures::of(data)
        .most_disagreed()
        .into_iter()
        .take(MEETING_POINTS)
        .map(|(d, _)| MeetingPoint {
            dimension: d.id,
            figure: if d.divided() {
                PointFigure::Divided
            } else {
                // `most_disagreed` lists only themes with a spread.
                PointFigure::Spread(ShownTheme::of(d).spread.unwrap_or_default())
            },
        })
        .collect()
}

/// The statements behind a talking point with how the team answered them, in
/// questionnaire order; none below the round's minimum group size.
pub fn point_statements(data: &RoundData, dimension: u8) -> Vec<StatementStats> {
    if !data.enough() {
        return Vec::new();
    }
    let all = TeamFigures::of(data)
        .figures
        .map(|f| f.statements)
        .unwrap_or_default();
    all.into_iter()
        .filter(|s| {
            data.instrument
                .statement(s.id)
                .is_some_and(|d| d.dimension == dimension)
        })
        .collect()
}

/// One screen of the meeting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    /// Who answered and how the round went.
    Answered,
    /// The team on the plane, with its spread.
    Plane,
    /// A talking point: its dimension id.
    Point(u8),
    /// The previous round's actions, [`REVIEW_PER_SCREEN`] at a time: the page (from 0).
    Review(usize),
    /// New small actions.
    NewActions,
    /// What was agreed, and the results link.
    Closing,
}

/// The meeting's screens in order: the review only when the previous round agreed
/// actions (`reviewed` of them, a screen per [`REVIEW_PER_SCREEN`]), the plane only when
/// enough answered to show a team.
pub fn screens(enough: bool, points: &[MeetingPoint], reviewed: usize) -> Vec<Screen> {
    let mut list = vec![Screen::Answered];
    if enough {
        list.push(Screen::Plane);
    }
    list.extend(points.iter().map(|p| Screen::Point(p.dimension)));
    list.extend((0..reviewed.div_ceil(REVIEW_PER_SCREEN)).map(Screen::Review));
    list.extend([Screen::NewActions, Screen::Closing]);
    list
}

/// The actions a review page asks (indices into the previous round's actions): a
/// screen's share of "1–5 of 20".
pub fn review_page(page: usize, total: usize) -> std::ops::Range<usize> {
    let start = (page * REVIEW_PER_SCREEN).min(total);
    start..(start + REVIEW_PER_SCREEN).min(total)
}

/// What a key asks of the meeting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Nav {
    Next,
    Previous,
    First,
    Last,
    Leave,
}

/// Where the focus is when a key is pressed: what a key may still mean to the meeting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyTarget {
    /// The page, a button or a link: every meeting key.
    Page,
    /// A one-line text field: only a clicker's Page Up / Page Down, which mean nothing
    /// to one line, so the meeting moves on right after an action is typed in; arrows,
    /// Home, End and Escape stay the field's.
    Line,
    /// A text area, a select or editable text: every key is the field's.
    Text,
}

impl Nav {
    /// The arrow keys and a presenter's clicker (which sends Page Up / Page Down);
    /// `None` for any other key, for keys the focused field needs (see [`KeyTarget`]),
    /// and while a modifier is held (the browser's and the screen reader's shortcuts
    /// stay theirs).
    pub fn from_key(key: &str, target: KeyTarget, modifier: bool) -> Option<Nav> {
        if modifier || target == KeyTarget::Text {
            return None;
        }
        let nav = match key {
            "ArrowRight" | "PageDown" => Nav::Next,
            "ArrowLeft" | "PageUp" => Nav::Previous,
            "Home" => Nav::First,
            "End" => Nav::Last,
            "Escape" => Nav::Leave,
            _ => return None,
        };
        let clicker = matches!(key, "PageDown" | "PageUp");
        (target == KeyTarget::Page || clicker).then_some(nav)
    }
}

/// The screen after `nav` from screen `at` of `count`: it stops at both ends; `None`
/// for leaving the meeting.
pub fn step(at: usize, count: usize, nav: Nav) -> Option<usize> {
    let last = count.saturating_sub(1);
    match nav {
        Nav::Next => Some((at + 1).min(last)),
        Nav::Previous => Some(at.saturating_sub(1).min(last)),
        Nav::First => Some(0),
        Nav::Last => Some(last),
        Nav::Leave => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_move_unless_typing_or_with_a_modifier() {
        use KeyTarget::{Line, Page, Text};
        assert_eq!(Nav::from_key("ArrowRight", Page, false), Some(Nav::Next));
        assert_eq!(Nav::from_key("PageDown", Page, false), Some(Nav::Next));
        assert_eq!(Nav::from_key("ArrowLeft", Page, false), Some(Nav::Previous));
        assert_eq!(Nav::from_key("PageUp", Page, false), Some(Nav::Previous));
        assert_eq!(Nav::from_key("Escape", Page, false), Some(Nav::Leave));
        assert_eq!(Nav::from_key("a", Page, false), None);
        for key in ["ArrowRight", "ArrowLeft", "PageDown", "PageUp", "Escape"] {
            assert_eq!(
                Nav::from_key(key, Text, false),
                None,
                "{key} in a text area"
            );
            assert_eq!(
                Nav::from_key(key, Page, true),
                None,
                "{key} with a modifier"
            );
        }
        // In a one-line field only the clicker's keys move: the arrows move the caret.
        assert_eq!(Nav::from_key("PageDown", Line, false), Some(Nav::Next));
        assert_eq!(Nav::from_key("PageUp", Line, false), Some(Nav::Previous));
        for key in ["ArrowRight", "ArrowLeft", "Home", "End", "Escape", "a"] {
            assert_eq!(Nav::from_key(key, Line, false), None, "{key} in a line");
        }
    }

    #[test]
    fn steps_stop_at_both_ends() {
        assert_eq!(step(0, 8, Nav::Previous), Some(0));
        assert_eq!(step(0, 8, Nav::Next), Some(1));
        assert_eq!(step(7, 8, Nav::Next), Some(7));
        assert_eq!(step(3, 8, Nav::Last), Some(7));
        assert_eq!(step(3, 8, Nav::First), Some(0));
        assert_eq!(step(3, 8, Nav::Leave), None);
        // A screen that went away (fewer screens now) lands on the last one.
        assert_eq!(step(9, 4, Nav::Previous), Some(3));
    }

    #[test]
    fn the_screens_come_in_meeting_order() {
        let points = [
            MeetingPoint {
                dimension: 4,
                figure: PointFigure::Divided,
            },
            MeetingPoint {
                dimension: 2,
                figure: PointFigure::Spread(30),
            },
        ];
        assert_eq!(
            screens(true, &points, 2),
            vec![
                Screen::Answered,
                Screen::Plane,
                Screen::Point(4),
                Screen::Point(2),
                Screen::Review(0),
                Screen::NewActions,
                Screen::Closing
            ]
        );
        assert_eq!(
            screens(false, &[], 0),
            vec![Screen::Answered, Screen::NewActions, Screen::Closing]
        );
        // Twenty actions to review: five screens of four, each asked whole.
        let many = screens(false, &[], 20);
        assert_eq!(&many[1..6], &[0, 1, 2, 3, 4].map(Screen::Review));
        assert_eq!(many[6], Screen::NewActions);
        assert_eq!(review_page(4, 20), 16..20);
        assert_eq!(review_page(1, 6), 4..6);
        assert_eq!(screens(false, &[], 5).len(), 5);
    }
}
