//! The app's pages as a typed route, kept in the URL fragment (`#/scan`), so that a
//! static host serves every page from one `index.html` and nothing reaches a server.

use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    Home,
    Scan,
    Team,
    OpenLink,
    /// Anything else: the original fragment, shown back to the user.
    NotFound(String),
}

impl Route {
    /// Parses a `location.hash` value (with or without the leading `#`).
    pub fn parse(fragment: &str) -> Route {
        let path = fragment.strip_prefix('#').unwrap_or(fragment);
        let path = path.split(['?', '#']).next().unwrap_or_default();
        let trimmed = path.trim_end_matches('/');
        match trimmed {
            "" => Route::Home,
            "/scan" => Route::Scan,
            "/team" => Route::Team,
            "/open" => Route::OpenLink,
            _ => Route::NotFound(path.to_string()),
        }
    }

    /// The fragment for this route, including the `#`.
    pub fn href(&self) -> String {
        self.to_string()
    }
}

impl fmt::Display for Route {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Route::Home => f.write_str("#/"),
            Route::Scan => f.write_str("#/scan"),
            Route::Team => f.write_str("#/team"),
            Route::OpenLink => f.write_str("#/open"),
            Route::NotFound(path) => write!(f, "#{path}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_routes_round_trip() {
        for route in [Route::Home, Route::Scan, Route::Team, Route::OpenLink] {
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
    }

    #[test]
    fn unknown_routes_keep_their_path() {
        assert_eq!(
            Route::parse("#/nowhere"),
            Route::NotFound("/nowhere".to_string())
        );
    }
}
