//! The app's pages as a typed route, kept in the URL fragment (`#/scan`), so that a
//! static host serves every page from one `index.html` and nothing reaches a server.

use std::fmt;

use crate::domain::id::{OrgId, RoundId};

/// The addresses of a member's pages (an invite, and the questionnaire it opens): the
/// member's lean front-end keeps them and hands any other to the whole app. Said once,
/// here: `boot/member-addresses.json`, by which index.html's loader picks the front-end
/// before any wasm has arrived, is pinned to this list by a test below.
pub const MEMBER_ADDRESSES: [&str; 2] = ["#/i/", "#/answer/"];

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    Home,
    /// The person's own scan.
    Scan,
    /// The facilitator's teams and rounds.
    Team,
    /// Paste links: response links are imported, an invite opens.
    OpenLink,
    /// One round: its invite, respondents, import and session mode.
    Round(RoundId),
    /// A round's team dashboard.
    Dashboard(RoundId),
    /// The team meeting on the projector, one screen at a time.
    Present(RoundId),
    /// Session mode for a round: members answer one after another on this device.
    Session(RoundId),
    /// A member answering for a round they were invited to.
    Answer(RoundId),
    /// The organisations: several teams' results side by side.
    Organisations,
    /// One organisation.
    Organisation(OrgId),
    /// A link someone opened (`#/i/…`, `#/r/…`, `#/s/…`, `#/b/…`): the whole fragment.
    Link(String),
    /// Anything else: the original fragment, shown back to the user.
    NotFound(String),
}

impl Route {
    /// Parses a `location.hash` value (with or without the leading `#`).
    pub fn parse(fragment: &str) -> Route {
        let path = fragment.strip_prefix('#').unwrap_or(fragment);
        if ["/i/", "/r/", "/s/", "/b/", "/p/"]
            .iter()
            .any(|p| path.starts_with(p))
        {
            return Route::Link(format!("#{path}"));
        }
        let path = path.split(['?', '#']).next().unwrap_or_default();
        let trimmed = path.trim_end_matches('/');
        let parts: Vec<&str> = trimmed.split('/').skip(1).collect();
        let round = |hex: &str| RoundId::from_hex(hex);
        let route = match parts.as_slice() {
            [] | [""] => Some(Route::Home),
            ["scan"] => Some(Route::Scan),
            ["team"] => Some(Route::Team),
            ["open"] => Some(Route::OpenLink),
            ["round", id] => round(id).map(Route::Round),
            ["round", id, "session"] => round(id).map(Route::Session),
            ["round", id, "results"] => round(id).map(Route::Dashboard),
            ["round", id, "present"] => round(id).map(Route::Present),
            ["answer", id] => round(id).map(Route::Answer),
            ["org"] => Some(Route::Organisations),
            ["org", id] => OrgId::from_hex(id).map(Route::Organisation),
            _ => None,
        };
        route.unwrap_or_else(|| Route::NotFound(path.to_string()))
    }

    /// The fragment for this route, including the `#`.
    pub fn href(&self) -> String {
        self.to_string()
    }

    /// A member's page (`MEMBER_ADDRESSES`): the lean front-end's.
    pub fn is_members(&self) -> bool {
        let href = self.href();
        MEMBER_ADDRESSES
            .iter()
            .any(|prefix| href.starts_with(prefix))
    }
}

impl fmt::Display for Route {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Route::Home => f.write_str("#/"),
            Route::Scan => f.write_str("#/scan"),
            Route::Team => f.write_str("#/team"),
            Route::OpenLink => f.write_str("#/open"),
            Route::Round(id) => write!(f, "#/round/{}", id.to_hex()),
            Route::Session(id) => write!(f, "#/round/{}/session", id.to_hex()),
            Route::Dashboard(id) => write!(f, "#/round/{}/results", id.to_hex()),
            Route::Present(id) => write!(f, "#/round/{}/present", id.to_hex()),
            Route::Answer(id) => write!(f, "#/answer/{}", id.to_hex()),
            Route::Organisations => f.write_str("#/org"),
            Route::Organisation(id) => write!(f, "#/org/{}", id.to_hex()),
            Route::Link(fragment) => f.write_str(fragment),
            Route::NotFound(path) => write!(f, "#{path}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ROUND: RoundId = RoundId([1, 2, 3, 0xab, 0xcd, 0xef]);

    #[test]
    fn known_routes_round_trip() {
        for route in [
            Route::Home,
            Route::Scan,
            Route::Team,
            Route::OpenLink,
            Route::Round(ROUND),
            Route::Session(ROUND),
            Route::Dashboard(ROUND),
            Route::Present(ROUND),
            Route::Answer(ROUND),
            Route::Organisations,
            Route::Organisation(OrgId(ROUND.0)),
            Route::Link("#/r/EgECAwQF".into()),
        ] {
            assert_eq!(Route::parse(&route.href()), route);
        }
    }

    #[test]
    fn empty_and_slash_fragments_are_home() {
        for fragment in ["", "#", "#/", "/", "#//"] {
            assert_eq!(Route::parse(fragment), Route::Home, "{fragment:?}");
        }
    }

    #[test]
    fn trailing_slash_and_query_are_tolerated() {
        assert_eq!(Route::parse("#/scan/"), Route::Scan);
        assert_eq!(Route::parse("#/team?x=1"), Route::Team);
        assert_eq!(Route::parse("#/round/010203abcdef/"), Route::Round(ROUND));
    }

    #[test]
    fn links_keep_their_whole_fragment() {
        assert_eq!(
            Route::parse("#/i/EQECAw-_x"),
            Route::Link("#/i/EQECAw-_x".into())
        );
    }

    #[test]
    fn unknown_routes_and_bad_ids_keep_their_path() {
        assert_eq!(
            Route::parse("#/nowhere"),
            Route::NotFound("/nowhere".to_string())
        );
        assert_eq!(
            Route::parse("#/round/xyz"),
            Route::NotFound("/round/xyz".to_string())
        );
    }

    #[test]
    fn the_loader_picks_the_members_front_end_by_the_same_addresses() {
        let listed = format!(
            "[{}]\n",
            MEMBER_ADDRESSES.map(|a| format!("\"{a}\"")).join(", ")
        );
        assert_eq!(include_str!("../boot/member-addresses.json"), listed);
        assert!(Route::parse("#/i/EQECAw-_x").is_members());
        assert!(Route::Answer(ROUND).is_members());
        for other in [
            Route::Home,
            Route::Scan,
            Route::Round(ROUND),
            Route::Link("#/r/EgECAwQF".into()),
            Route::Link("#/s/EgECAwQF".into()),
            Route::Link("#/p/EgECAwQF".into()),
            Route::NotFound("/i".into()),
        ] {
            assert!(!other.is_members(), "{other}");
        }
    }
}
