//! Golden outputs of both instrument versions, pinned before their code is folded into
//! one: for each round of `tests/golden/input.json` the CSV (both languages), the JSON
//! and the results link, byte for byte. The e2e spec `tests/e2e/golden.spec.ts` pins what
//! the own result and the dashboard show for the same input.
//!
//! The input is made here from a seeded generator (rounds of version 1 and 2 of several
//! sizes, with non-answers, desired, trade-offs, own statements and a facilitator kept
//! apart; own scans that answer alike, that say yes, that leave a side out) and kept
//! equal to the file. `BLESS=1 cargo test -p teambalans-core --test golden` writes the
//! input and every output anew; without it any difference fails.
#![cfg(not(target_arch = "wasm32"))]

use std::path::PathBuf;

use serde_json::{json, Value};
use teambalans_core::instrument::{Instrument, Key, Pole};
use teambalans_core::link::{to_fragment, Link};
use teambalans_core::locale::Locale;
use teambalans_core::score::export::{csv_files, json as export_json};
use teambalans_core::score::simulation::Generator;
use teambalans_core::store::schema;

const TEAM_A: &str = "0a0b0c0d0e0f";
const TEAM_B: &str = "0b0b0c0d0e0f";
/// A team that moved from version 2 to version 3 (added with version 3, so that the
/// earlier teams' outputs stay as they were).
const TEAM_C: &str = "0c0b0c0d0e0f";
/// Late 2025: every stamp in the input lies before the e2e clock's instant.
const MADE_MS: i64 = 1_765_000_000_000;

fn dir() -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/golden"))
}

/// One member's answers as stored: a digit per statement ('0' none, '1'–'5' a level,
/// '6' don't know, '7' does not fit or does not occur: versions 2 and 3).
fn digits(generator: &mut Generator, count: usize, instrument: Instrument, lean: f64) -> String {
    (0..count)
        .map(|_| {
            let roll = generator.unit();
            if roll < 0.04 {
                '0'
            } else if roll < 0.08 {
                '6'
            } else if roll < 0.11 && instrument != Instrument::V1 {
                '7'
            } else {
                let level = (lean + 1.3 * generator.normal()).round().clamp(1.0, 5.0) as u8;
                char::from(b'0' + level)
            }
        })
        .collect()
}

fn trade_offs(generator: &mut Generator, desired: bool) -> Value {
    (0..9)
        .map(|_| {
            let now = generator.below(11);
            let then = desired.then(|| generator.below(11));
            if generator.unit() < 0.1 {
                json!([null, then])
            } else {
                json!([now, then])
            }
        })
        .collect()
}

struct RoundSpec {
    id: &'static str,
    team: &'static str,
    title: &'static str,
    date_days: u16,
    instrument: Instrument,
    members: usize,
    desired: bool,
    min_group: u8,
}

fn round(spec: &RoundSpec, generator: &mut Generator) -> Value {
    let count = spec.instrument.statement_count();
    let own_statements: Vec<&str> = if spec.instrument != Instrument::V1 && spec.members > 4 {
        vec![
            "We durven elkaar aan te spreken",
            "Besluiten zijn helder — ook ná het overleg",
        ]
    } else {
        Vec::new()
    };
    let responses: Vec<Value> = (0..spec.members)
        .map(|n| {
            let lean = 1.5 + generator.unit() * 3.0;
            let mut response = json!({
                "member": format!("{:02x}{}", n, &spec.id[2..]),
                "revision": 1_500_000 + n as u32,
                "made_at": MADE_MS + 60_000 * n as i64,
                "now": digits(generator, count, spec.instrument, lean),
                "added_at": MADE_MS + 3_600_000,
            });
            // Version 3 asks "where we want to go" of the trade-offs only.
            if spec.desired && spec.instrument.rules().desired_statements {
                response["desired"] = json!(digits(generator, count, spec.instrument, lean + 0.8));
            }
            if spec.instrument.has_trade_offs() {
                response["trade_offs"] = trade_offs(generator, spec.desired);
            }
            if !own_statements.is_empty() {
                response["own"] = json!(format!("{}{}", 1 + n % 5, generator.below(8)));
            }
            // The last member of a big round is the facilitator, who stays out.
            if spec.members > 4 && n + 1 == spec.members {
                response["facilitator"] = json!(true);
            }
            response
        })
        .collect();
    json!({
        "id": spec.id,
        "team": spec.team,
        "title": spec.title,
        "date_days": spec.date_days,
        "ask_desired": spec.desired,
        "min_group": spec.min_group,
        "instrument": spec.instrument.id(),
        "created_at": MADE_MS,
        "origin": "created",
        "responses": responses,
        "facilitator_out": spec.members > 4,
        "own_statements": own_statements,
    })
}

const ROUNDS: [RoundSpec; 9] = [
    RoundSpec {
        id: "a1a1a1a1a1a1",
        team: TEAM_A,
        title: "Voorjaar 2025",
        date_days: 20_180,
        instrument: Instrument::V1,
        members: 7,
        desired: true,
        min_group: 3,
    },
    RoundSpec {
        id: "a2a2a2a2a2a2",
        team: TEAM_A,
        title: "Zomer 2025",
        date_days: 20_270,
        instrument: Instrument::V1,
        members: 3,
        desired: false,
        min_group: 3,
    },
    RoundSpec {
        id: "a3a3a3a3a3a3",
        team: TEAM_A,
        title: "Najaar 2025",
        date_days: 20_380,
        instrument: Instrument::V2,
        members: 8,
        desired: true,
        min_group: 3,
    },
    RoundSpec {
        id: "a4a4a4a4a4a4",
        team: TEAM_A,
        title: "",
        date_days: 20_420,
        instrument: Instrument::V2,
        members: 4,
        desired: false,
        min_group: 4,
    },
    RoundSpec {
        id: "b1b1b1b1b1b1",
        team: TEAM_B,
        title: "Start",
        date_days: 20_400,
        instrument: Instrument::V1,
        members: 2,
        desired: true,
        min_group: 3,
    },
    RoundSpec {
        id: "b2b2b2b2b2b2",
        team: TEAM_B,
        title: "Vervolg",
        date_days: 20_430,
        instrument: Instrument::V2,
        members: 2,
        desired: true,
        min_group: 3,
    },
    // Version 3: a round after a version 2 round of the same team (the trend shows the
    // break), and a small round without "where we want to go".
    RoundSpec {
        id: "c1c1c1c1c1c1",
        team: TEAM_C,
        title: "Najaar 2025",
        date_days: 20_400,
        instrument: Instrument::V2,
        members: 5,
        desired: false,
        min_group: 3,
    },
    RoundSpec {
        id: "c2c2c2c2c2c2",
        team: TEAM_C,
        title: "Voorjaar 2026",
        date_days: 20_520,
        instrument: Instrument::V3,
        members: 7,
        desired: true,
        min_group: 3,
    },
    RoundSpec {
        id: "c3c3c3c3c3c3",
        team: TEAM_C,
        title: "Kleine ronde",
        date_days: 20_530,
        instrument: Instrument::V3,
        members: 3,
        desired: false,
        min_group: 3,
    },
];

fn rounds_document() -> Value {
    let mut generator = Generator::new(20_261_206);
    let rounds: Vec<Value> = ROUNDS
        .iter()
        .map(|spec| round(spec, &mut generator))
        .collect();
    json!({
        "schema_version": schema::SCHEMA_VERSION,
        "teams": {
            "teams": [
                { "id": TEAM_A, "name": "Werkplaats Noord", "created_at": MADE_MS },
                { "id": TEAM_B, "name": "Zorgteam <De Linde>", "created_at": MADE_MS },
                { "id": TEAM_C, "name": "Team Zuid", "created_at": MADE_MS },
            ],
            "rounds": rounds,
        },
    })
}

/// An own scan at its result: `pick` answers each statement (now, desired).
fn scan(
    instrument: Instrument,
    desired: bool,
    pick: impl Fn(usize, Pole, Key) -> (u8, u8),
    points: impl Fn(usize) -> Option<(u8, u8)>,
) -> Value {
    let mut answers = serde_json::Map::new();
    for (i, s) in instrument.statements().enumerate() {
        let (now, then) = pick(i, s.pole, s.key);
        let mut rating = serde_json::Map::new();
        if now > 0 {
            rating.insert(
                "now".into(),
                json!({ "answer": now, "at": MADE_MS + i as i64 }),
            );
        }
        if desired && then > 0 {
            rating.insert(
                "desired".into(),
                json!({ "answer": then, "at": MADE_MS + i as i64 }),
            );
        }
        if !rating.is_empty() {
            answers.insert(s.id.0.to_string(), Value::Object(rating));
        }
    }
    let mut trades = serde_json::Map::new();
    if instrument.has_trade_offs() {
        for (i, d) in instrument.dimensions().enumerate() {
            if let Some((now, then)) = points(i) {
                let mut pair = json!({ "now": { "points": now, "at": MADE_MS } });
                if desired {
                    pair["desired"] = json!({ "points": then, "at": MADE_MS });
                }
                trades.insert(d.id.to_string(), pair);
            }
        }
    }
    json!({
        "schema_version": schema::SCHEMA_VERSION,
        "scan": {
            "instrument": instrument.id(),
            "answers": answers,
            "trade_offs": trades,
            "step": "result",
            "ask_desired": desired,
            "started_at": MADE_MS,
        },
    })
}

fn scans() -> Vec<(&'static str, Value)> {
    let mixed = |i: usize, _: Pole, _: Key| ((i * 7 % 5 + 1) as u8, ((i * 3 + 2) % 5 + 1) as u8);
    let rhineland = |_: usize, pole: Pole, key: Key| {
        let agree = (pole == Pole::Rhineland) == (key == Key::Plus);
        if agree {
            (5, 4)
        } else {
            (1, 2)
        }
    };
    let trades = |i: usize| (i != 4).then_some(((i * 3 % 11) as u8, (10 - i) as u8));
    vec![
        ("v1-mixed", scan(Instrument::V1, true, mixed, |_| None)),
        (
            "v1-alike",
            scan(Instrument::V1, false, |_, _, _| (3, 0), |_| None),
        ),
        (
            "v1-partial",
            scan(
                Instrument::V1,
                false,
                |i, _, _| (if i < 8 { (i % 5 + 1) as u8 } else { 0 }, 0),
                |_| None,
            ),
        ),
        ("v2-mixed", scan(Instrument::V2, true, mixed, trades)),
        (
            "v2-alike",
            scan(Instrument::V2, false, |_, _, _| (3, 0), |_| Some((5, 5))),
        ),
        (
            "v2-rhineland",
            scan(Instrument::V2, true, rhineland, trades),
        ),
        // Yes to what sounds good, "does not fit" to what sounds bad (issue 29, point 4).
        (
            "v2-not-our-style",
            scan(
                Instrument::V2,
                false,
                |_, _, key| (if key == Key::Plus { 4 } else { 7 }, 0),
                |_| None,
            ),
        ),
        (
            "v2-one-theme",
            scan(
                Instrument::V2,
                false,
                |i, _, _| (if i < 8 { (i % 5 + 1) as u8 } else { 0 }, 0),
                |_| None,
            ),
        ),
        // Version 3: statements answered "now" only; "where we want to go" on the
        // trade-offs.
        (
            "v3-mixed",
            scan(
                Instrument::V3,
                true,
                |i, p, k| (mixed(i, p, k).0, 0),
                trades,
            ),
        ),
        (
            "v3-rhineland",
            scan(
                Instrument::V3,
                true,
                |i, p, k| (rhineland(i, p, k).0, 0),
                trades,
            ),
        ),
        // Every answer a step up: yes-saying, read from the mirror pairs and taken off.
        (
            "v3-yes",
            scan(
                Instrument::V3,
                false,
                |i, p, k| ((rhineland(i, p, k).0 + 1).clamp(3, 5), 0),
                |_| None,
            ),
        ),
        // The member: "often" forward, "does not occur" on every reverse one.
        (
            "v3-one-key",
            scan(
                Instrument::V3,
                false,
                |_, _, key| (if key == Key::Plus { 4 } else { 7 }, 0),
                |_| None,
            ),
        ),
    ]
}

fn input() -> Value {
    let scans: serde_json::Map<String, Value> = scans()
        .into_iter()
        .map(|(name, doc)| (name.to_string(), json!(doc.to_string())))
        .collect();
    json!({
        "_about": "Made by crates/core/tests/golden.rs: do not edit; BLESS=1 cargo test -p teambalans-core --test golden writes it and every golden output.",
        "rounds": ROUNDS.iter().map(|r| r.id).collect::<Vec<_>>(),
        "storage": rounds_document().to_string(),
        "scans": scans,
    })
}

/// Every golden output this test pins, by file name.
fn outputs(storage: &str) -> Vec<(String, String)> {
    let data = match schema::decode(storage) {
        Ok(data) => data,
        Err(error) => panic!("the golden input does not decode: {error:?}"),
    };
    let mut out = Vec::new();
    for spec in &ROUNDS {
        let Some(round) = data.teams.rounds.iter().find(|r| r.id.to_hex() == spec.id) else {
            panic!("round {} is not in the input", spec.id);
        };
        // As the dashboard reads it: with the team's earlier rounds as its trend.
        let Some(round_data) = data.teams.round_data(round.id) else {
            panic!("round {} has no data", spec.id);
        };
        for locale in [Locale::Nl, Locale::En] {
            for (name, table) in csv_files(&round_data, locale) {
                out.push((format!("{}.{}.{name}", spec.id, locale.code()), table));
            }
        }
        out.push((format!("{}.json", spec.id), export_json(&round_data)));
        let results = round_data
            .results()
            .map(|r| to_fragment(&Link::Results(r)).unwrap_or_else(|e| format!("error: {e}")))
            .unwrap_or_else(|| "no results link (too few answers)".to_string());
        out.push((format!("{}.results-link.txt", spec.id), results + "\n"));
    }
    out
}

#[test]
fn golden_outputs_of_both_versions_are_unchanged() {
    let bless = std::env::var_os("BLESS").is_some();
    let input_path = dir().join("input.json");
    let made = format!("{:#}\n", input());
    if bless {
        std::fs::create_dir_all(dir().join("export")).expect("tests/golden can be made");
        std::fs::write(&input_path, &made).expect("the golden input can be written");
    }
    let stored = std::fs::read_to_string(&input_path).unwrap_or_default();
    assert!(
        stored == made,
        "tests/golden/input.json differs from what this test makes (BLESS=1 to write it)"
    );
    let input: Value = serde_json::from_str(&stored).expect("the golden input is JSON");
    let storage = input["storage"]
        .as_str()
        .expect("the input holds a storage document");
    let mut differ = Vec::new();
    for (name, text) in outputs(storage) {
        let path = dir().join("export").join(&name);
        if bless {
            std::fs::write(&path, &text).expect("a golden output can be written");
        } else if std::fs::read_to_string(&path).ok().as_deref() != Some(text.as_str()) {
            differ.push(name);
        }
    }
    assert!(differ.is_empty(), "golden outputs differ: {differ:?}");
}

#[test]
fn every_golden_scan_decodes_at_its_result() {
    for (name, doc) in scans() {
        let data = match schema::decode(&doc.to_string()) {
            Ok(data) => data,
            Err(error) => panic!("scan {name} does not decode: {error:?}"),
        };
        assert!(!data.scan.answers.is_empty(), "scan {name} has answers");
    }
}

#[test]
fn a_divided_theme_shows_no_team_means_anywhere() {
    use teambalans_core::score::shown::ShownTheme;
    use teambalans_core::score::team::TeamFigures;
    use teambalans_core::score::trend::segments;
    let input = input();
    let storage = input["storage"].as_str().expect("a storage document");
    let data = schema::decode(storage).expect("the golden input decodes");
    let mut divided = 0;
    for spec in &ROUNDS {
        let round = data.teams.rounds.iter().find(|r| r.id.to_hex() == spec.id);
        let Some(round_data) = round.and_then(|r| data.teams.round_data(r.id)) else {
            panic!("round {} has no data", spec.id);
        };
        let team = TeamFigures::of(&round_data);
        let trend = segments(std::slice::from_ref(&round_data));
        for d in team.dimensions().iter().filter(|d| d.divided()) {
            divided += 1;
            assert_eq!(d.means(), None, "{} theme {}", spec.id, d.id);
            assert_eq!(d.difference(), None);
            assert_eq!(d.weaker_side(), None);
            assert_eq!(d.desired_means(), None);
            for pole in [Pole::AngloSaxon, Pole::Rhineland] {
                assert_eq!(d.shown_pole(pole), None);
                assert_eq!(d.shown_desired(pole), None);
            }
            // Nor in the display model every view and export reads (its spread stays),
            let shown = ShownTheme::of(d);
            assert_eq!((shown.means(), shown.difference()), (None, None));
            assert_eq!(shown.spread.is_some(), d.disagreement().is_some());
            // nor in the trend the next round and the results link carry.
            let point = trend[0].rounds[0].shown(d.index);
            assert_eq!(point, None, "{} theme {} in the trend", spec.id, d.id);
        }
    }
    assert!(divided > 0, "the golden rounds hold a divided theme");
}
