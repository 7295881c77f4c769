//! A backup file is untrusted input: whatever is picked (a damaged copy, a file cut off,
//! another app's JSON), the restore path either refuses it with a typed error and changes
//! nothing, or restores it so that everything stored before is still there, also after
//! the save that follows and the next load.
//!
//! The path is the app's (`components::round::backup_restore`, `AppStore::save`): the
//! file is read (`backup::decode`), restored into the stored document
//! (`backup::restore_backup`), and saved: the stored document is read again and taken in
//! (`AppData::absorb`, as another tab may have written), the whole is written
//! (`schema::encode`) and read back at the next load (`schema::decode`).
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use proptest::sample::Index;
use serde_json::{json, Value};
use teambalans_core::id::{OrgId, RoundId, TeamId};
use teambalans_core::org::organisation::organisation_view;
use teambalans_core::store::backup::{self, restore_backup, BackupError, Restored};
use teambalans_core::store::schema::{self, AppData};

const NOW: i64 = 1_796_000_000_000;

fn fixture(name: &str) -> String {
    let path = format!(
        "{}/tests/fixtures/storage/{name}",
        concat!(env!("CARGO_MANIFEST_DIR"), "/../..")
    );
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// What this browser keeps: the schema 5 fixture (a team, two rounds with responses,
/// actions and a note, an organisation of two teams, an own scan and an invitation),
/// with a deleted round and a deleted team, whose marks a restore may lift.
fn stored() -> AppData {
    let mut data = schema::decode(&fixture("v5.json")).expect("the v5 fixture loads");
    data.teams.removed_rounds.insert(RoundId([0x66; 6]));
    data.teams.removed_teams.insert(TeamId([0x0d; 6]));
    data
}

/// A backup from another browser that overlaps with what is stored: the same team and
/// rounds, one member answering otherwise (what is here must be kept), a response, an
/// action and a round more, a new team, the deleted round, and an organisation with a
/// team more. Restoring it exercises every branch; mutating it, every field.
fn backup_file() -> String {
    let mut theirs = stored();
    let Some(autumn) = theirs
        .teams
        .rounds
        .iter_mut()
        .find(|r| r.id == RoundId([0x55; 6]))
    else {
        panic!("the fixture's autumn round");
    };
    autumn.responses[0].now = "3".repeat(72);
    let mut extra = autumn.responses[0].clone();
    extra.member = teambalans_core::id::MemberId([0xc1; 6]);
    autumn.responses.push(extra);
    let mut action = autumn.actions[0].clone();
    action.created_at += 7;
    action.what = "Elke vrijdag een korte terugblik".into();
    autumn.actions.push(action);
    let mut deleted = autumn.clone();
    deleted.id = RoundId([0x66; 6]);
    let mut other = autumn.clone();
    other.id = RoundId([0x67; 6]);
    other.team = Some(TeamId([0x0e; 6]));
    theirs.teams.rounds.extend([deleted, other]);
    theirs
        .teams
        .add_team(TeamId([0x0e; 6]), "Team Oost".into(), NOW - 5);
    let Some(org) = theirs
        .organisations
        .get_mut(OrgId([0x0f, 0x0e, 0x0d, 0x0c, 0x0b, 0x0a]))
    else {
        panic!("the fixture's organisation");
    };
    let mut team = org.teams[0].clone();
    team.round = RoundId([0x0a, 0, 0, 0, 0, 9]);
    org.teams.push(team);
    backup::encode(&theirs.teams, &theirs.organisations, NOW - 1)
}

/// The app's restore path for a picked file, ending in what the next load reads.
fn restore_file(stored: &AppData, text: &str) -> Result<(Restored, AppData), BackupError> {
    let backup = backup::decode(text)?;
    let mut data = stored.clone();
    let done = restore_backup(&mut data.teams, &mut data.organisations, &backup, NOW);
    // The save: what is stored is read again and taken in before the whole is written.
    let before = schema::encode(stored);
    let theirs = schema::decode(&before).expect("the stored document reads back");
    data.absorb(&theirs);
    let written = schema::encode(&data);
    let loaded = schema::decode(&written)
        .unwrap_or_else(|e| panic!("a restored document does not load again: {e}"));
    Ok((done, loaded))
}

/// Every team, round, response, action, note and organisation team of `before` is in
/// `after` unchanged; what is not the backup's business (settings, the own scan,
/// invitations, a session) is untouched.
fn loses_nothing(before: &AppData, after: &AppData) -> Result<(), String> {
    let same = |what: &str, ok: bool| if ok { Ok(()) } else { Err(what.to_string()) };
    same("settings", before.settings == after.settings)?;
    same("own scan", before.scan == after.scan)?;
    same("invitations", before.invitations == after.invitations)?;
    same("session", before.session == after.session)?;
    for team in &before.teams.teams {
        same(
            &format!("team {}", team.name),
            after.teams.team(team.id) == Some(team),
        )?;
    }
    for round in &before.teams.rounds {
        let Some(now) = after.teams.round(round.id) else {
            return Err(format!("round {}", round.title));
        };
        let bare = |r: &teambalans_core::round::rounds::Round| {
            let mut r = r.clone();
            r.responses.clear();
            r.actions.clear();
            r.removed_actions.clear();
            r
        };
        same(&format!("round {}", round.title), bare(round) == bare(now))?;
        for response in &round.responses {
            same(
                &format!("response {:?} in {}", response.member, round.title),
                now.responses.contains(response),
            )?;
        }
        for action in &round.actions {
            same(
                &format!("action {} in {}", action.what, round.title),
                now.actions.contains(action),
            )?;
        }
    }
    for org in &before.organisations.organisations {
        let Some(now) = after.organisations.get(org.id) else {
            return Err(format!("organisation {}", org.name));
        };
        same(
            &format!("organisation {}", org.name),
            (&now.name, now.created_at) == (&org.name, org.created_at),
        )?;
        for entry in &org.teams {
            same(
                &format!("organisation team {:?}", entry.round),
                now.teams.contains(entry),
            )?;
        }
    }
    Ok(())
}

/// What the pages read of a restored document, which must not panic on whatever a
/// backup held: the team list, each round's dashboard and trend, each organisation.
fn pages_read(data: &AppData) {
    let summaries = data.teams.summaries();
    for round in &data.teams.rounds {
        let shown = data.teams.round_data(round.id);
        let trend = data.teams.team_trend(round.id);
        std::hint::black_box((shown, trend, round.progress()));
    }
    for org in &data.organisations.organisations {
        std::hint::black_box(organisation_view(&org.org_teams()));
    }
    std::hint::black_box(summaries);
}

/// The whole check for one picked file.
fn check(text: &str) -> Result<(), TestCaseError> {
    let before = stored();
    match restore_file(&before, text) {
        // Refused: nothing was touched (the path stops before the store), and the user
        // is told why in plain words.
        Err(error) => {
            prop_assert!(!error.message().en.is_empty());
        }
        Ok((_, after)) => {
            if let Err(lost) = loses_nothing(&before, &after) {
                return Err(TestCaseError::fail(format!("restoring lost {lost}")));
            }
            pages_read(&after);
        }
    }
    Ok(())
}

#[test]
fn the_valid_backup_restores_what_it_adds_and_keeps_what_is_here() {
    let before = stored();
    let (done, after) = restore_file(&before, &backup_file()).expect("the backup restores");
    assert_eq!(loses_nothing(&before, &after), Ok(()));
    // The member who answered otherwise in the backup keeps the answers stored here.
    assert_eq!(done.kept_ours, 1);
    assert_eq!(done.added.teams, 1);
    assert_eq!(done.added.responses, 1 + 2 * 3);
    assert_eq!(done.added.organisations, 0);
    assert!(after.teams.round(RoundId([0x67; 6])).is_some());
}

/// Files that are not a backup at all, or not one of ours: refused, typed.
#[test]
fn other_apps_files_are_refused_with_a_typed_error() {
    let stored_document = schema::encode(&stored());
    let cases: Vec<(String, BackupError)> = vec![
        (String::new(), BackupError::NotJson),
        ("null".into(), BackupError::NotABackup),
        ("[1, 2, 3]".into(), BackupError::NotABackup),
        (
            "Team;Round;Respondent\n1;2;3\n".into(),
            BackupError::NotJson,
        ),
        // The app's own stored document is not a backup.
        (stored_document, BackupError::NotABackup),
        (
            json!({"name": "teambalans", "version": "0.1.0", "dependencies": {}}).to_string(),
            BackupError::NotABackup,
        ),
        // A retrospective board's export.
        (
            json!({"board": "Sprint 12", "columns": [{"title": "Went well", "cards": []}]})
                .to_string(),
            BackupError::NotABackup,
        ),
        (
            json!({"format": "teambalans-backup"}).to_string(),
            BackupError::NotABackup,
        ),
        (
            json!({"format": "teambalans-backup", "schema_version": "5"}).to_string(),
            BackupError::NotABackup,
        ),
        (
            json!({"format": "teambalans-backup", "schema_version": 99, "teams": {}}).to_string(),
            BackupError::TooNew,
        ),
        (
            json!({"format": "teambalans-backup", "schema_version": 5, "teams": []}).to_string(),
            BackupError::Invalid,
        ),
    ];
    for (text, error) in cases {
        let before = stored();
        assert_eq!(
            restore_file(&before, &text).map(|_| ()),
            Err(error),
            "{text:.60}"
        );
    }
}

/// One change to a file's bytes.
#[derive(Debug, Clone)]
enum Mutation {
    /// A byte xor-ed with a non-zero mask.
    Flip(Index, u8),
    Insert(Index, u8),
    Delete(Index),
    /// A digit replaced by another: the file stays JSON, its values change.
    Digit(Index, u8),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        (any::<Index>(), 1..=255u8).prop_map(|(i, m)| Mutation::Flip(i, m)),
        (any::<Index>(), any::<u8>()).prop_map(|(i, b)| Mutation::Insert(i, b)),
        any::<Index>().prop_map(Mutation::Delete),
        (any::<Index>(), 0..10u8).prop_map(|(i, d)| Mutation::Digit(i, d)),
    ]
}

/// The file's bytes changed and read as the browser reads a picked file (`FileReader`
/// as text: invalid UTF-8 becomes U+FFFD).
fn mutated(text: &str, mutations: &[Mutation]) -> String {
    let mut bytes = text.as_bytes().to_vec();
    for m in mutations {
        let len = bytes.len();
        if len == 0 {
            break;
        }
        match *m {
            Mutation::Flip(i, mask) => bytes[i.index(len)] ^= mask,
            Mutation::Insert(i, b) => bytes.insert(i.index(len + 1), b),
            Mutation::Delete(i) => {
                bytes.remove(i.index(len));
            }
            Mutation::Digit(i, d) => {
                // The nearest digit at or after the index, if any.
                if let Some(at) = (i.index(len)..len).find(|&j| bytes[j].is_ascii_digit()) {
                    bytes[at] = b'0' + d;
                }
            }
        }
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

/// Any JSON value, nested a few levels.
fn any_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>().prop_map(|f| json!(f)),
        "[0-9a-f]{0,14}".prop_map(Value::from),
        "\\PC{0,12}".prop_map(Value::from),
    ];
    leaf.prop_recursive(3, 24, 5, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..5).prop_map(Value::Array),
            prop::collection::btree_map("[a-z_]{1,12}", inner, 0..5)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// Every place in a JSON value, as a path of keys and indices.
fn places(value: &Value, here: Vec<String>, out: &mut Vec<Vec<String>>) {
    out.push(here.clone());
    match value {
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                let mut path = here.clone();
                path.push(i.to_string());
                places(item, path, out);
            }
        }
        Value::Object(map) => {
            for (key, item) in map {
                let mut path = here.clone();
                path.push(key.clone());
                places(item, path, out);
            }
        }
        _ => {}
    }
}

/// A change to one value of a backup.
#[derive(Debug, Clone)]
enum Change {
    /// Another value of the same kind: a number, a string (hex-like or any), the other
    /// boolean; in a list an item dropped or repeated; in an object a field dropped.
    SameKind {
        number: i64,
        text: String,
        at: Index,
    },
    /// Any JSON at all.
    Any(Value),
}

fn change() -> impl Strategy<Value = Change> {
    prop_oneof![
        4 => (
            prop_oneof![any::<i64>(), -3..300i64],
            prop_oneof!["[0-9a-f]{12}", "[0-7]{0,80}", "\\PC{0,16}"],
            any::<Index>(),
        )
            .prop_map(|(number, text, at)| Change::SameKind { number, text, at }),
        1 => any_json().prop_map(Change::Any),
    ]
}

impl Change {
    fn apply(&self, slot: &mut Value) {
        let Change::SameKind { number, text, at } = self else {
            if let Change::Any(value) = self {
                *slot = value.clone();
            }
            return;
        };
        match slot {
            Value::Null => *slot = Value::from(*number),
            Value::Bool(b) => *b = !*b,
            Value::Number(_) => *slot = Value::from(*number),
            Value::String(s) => *s = text.clone(),
            Value::Array(items) if items.is_empty() => items.push(Value::from(*number)),
            Value::Array(items) => {
                let i = at.index(items.len());
                if number % 2 == 0 {
                    items.remove(i);
                } else {
                    items.insert(i, items[i].clone());
                }
            }
            Value::Object(map) => {
                if let Some(key) = map.keys().nth(at.index(map.len().max(1))).cloned() {
                    map.remove(&key);
                }
            }
        }
    }
}

fn pointer(path: &[String]) -> String {
    path.iter().map(|p| format!("/{p}")).collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// A backup with its bytes flipped, inserted, deleted or its digits changed.
    #[test]
    fn a_mutated_backup_is_refused_or_restores_without_loss(
        mutations in prop::collection::vec(mutation(), 1..6)
    ) {
        check(&mutated(&backup_file(), &mutations))?;
    }

    /// A backup cut off anywhere (a download that stopped, a file copied in part).
    #[test]
    fn a_truncated_backup_is_refused_or_restores_without_loss(cut in any::<Index>()) {
        let text = backup_file();
        let mut at = cut.index(text.len());
        while !text.is_char_boundary(at) {
            at -= 1;
        }
        check(&text[..at])?;
    }

    /// A backup with one of its values changed for another of the same kind (a number,
    /// an id, an answer string, a list with an item more or less, an object without a
    /// field) or for any JSON: the file still parses, and most reach the restore.
    #[test]
    fn a_backup_with_a_value_changed_is_refused_or_restores_without_loss(
        place in any::<Index>(),
        change in change(),
    ) {
        let mut file: Value = serde_json::from_str(&backup_file()).expect("a backup is JSON");
        let mut all = Vec::new();
        places(&file, Vec::new(), &mut all);
        let path = &all[place.index(all.len())];
        if let Some(slot) = file.pointer_mut(&pointer(path)) {
            change.apply(slot);
        }
        check(&file.to_string())?;
    }

    /// Any JSON at all, and any JSON that says it is our backup.
    #[test]
    fn foreign_json_is_refused_or_restores_without_loss(
        value in any_json(),
        version in 0..=6u64,
        teams in any_json(),
        organisations in any_json(),
    ) {
        check(&value.to_string())?;
        let ours = json!({
            "format": "teambalans-backup",
            "schema_version": version,
            "made_at": NOW,
            "teams": teams,
            "organisations": organisations,
        });
        check(&ours.to_string())?;
    }
}
