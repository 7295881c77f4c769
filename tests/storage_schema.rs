//! Every released storage version keeps loading: one fixture per version in
//! tests/fixtures/storage/, each with what it must decode to.
#![cfg(not(target_arch = "wasm32"))]

use teambalans::domain::answers::{Answer, Horizon, Level};
use teambalans::domain::instrument::StatementId;
use teambalans::domain::locale::Locale;
use teambalans::domain::scan::Step;
use teambalans::domain::schema::{decode, encode, DecodeError, SCHEMA_VERSION};

fn fixture(name: &str) -> String {
    let path = format!(
        "{}/tests/fixtures/storage/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
fn version_1_still_loads_with_everything_in_it() {
    let data = decode(&fixture("v1.json")).expect("v1 fixture decodes");
    assert_eq!(data.schema_version, 1);
    assert_eq!(data.settings.locale, Some(Locale::En));
    assert_eq!(data.scan.step, Step::Dimension(1));
    assert!(data.scan.ask_desired);
    assert_eq!(data.scan.answered_count(), 4);
    let get = |id, h| data.scan.get(StatementId(id), h);
    assert_eq!(get(11, Horizon::Now), Some(Answer::Level(Level::Largely)));
    assert_eq!(get(12, Horizon::Now), Some(Answer::Skip));
    assert_eq!(
        get(13, Horizon::Desired),
        Some(Answer::Level(Level::Completely))
    );
}

#[test]
fn every_fixture_version_up_to_the_current_one_exists_and_loads() {
    for version in 1..=SCHEMA_VERSION {
        let raw = fixture(&format!("v{version}.json"));
        let data = decode(&raw).unwrap_or_else(|e| panic!("v{version}: {e}"));
        // Loading migrates to the current version, and what we write reads back the same.
        assert_eq!(decode(&encode(&data)), Ok(data));
    }
}

#[test]
fn a_newer_version_is_refused_not_misread() {
    let raw = fixture("v1.json").replace("\"schema_version\": 1", "\"schema_version\": 2");
    if SCHEMA_VERSION < 2 {
        assert!(matches!(
            decode(&raw),
            Err(DecodeError::TooNew { found: 2, .. })
        ));
    }
}

#[test]
fn unknown_fields_from_the_same_version_do_not_break_loading() {
    let raw = fixture("v1.json").replace("\"settings\"", "\"experimental\": [1, 2], \"settings\"");
    assert!(decode(&raw).is_ok());
}
