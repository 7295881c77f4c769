//! Organisations as stored: pasting teams' results links (the newest round of a team wins,
//! every line told what it did), merging two tabs' copies without losing an organisation
//! or a team (property), backup and restore, and the organisation's exports.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;

use proptest::prelude::*;
use teambalans_core::id::{OrgId, RoundId};
use teambalans_core::instrument::answers::{Answer, Level};
use teambalans_core::instrument::{Instrument, Key, Pole};
use teambalans_core::link::{
    decode, to_fragment, Invite, Link, LinkKind, RatingPair, Sealed, TradePair,
};
use teambalans_core::locale::Locale;
use teambalans_core::org::book::{OrgBook, OrgPaste, Organisation};
use teambalans_core::org::organisation::{organisation_view, Layer, Standing};
use teambalans_core::org::report::{csv_files, csv_zip, gap_sentence, json};
use teambalans_core::round::team_book::TeamBook;
use teambalans_core::score::round_data::RoundData;
use teambalans_core::store::backup;
use teambalans_core::store::schema::{decode as decode_data, encode as encode_data, AppData};

const NOW: i64 = 1_800_000_000_000;

fn member(anglo: u8, rhine: u8) -> (Vec<RatingPair>, Vec<TradePair>) {
    let ratings = Instrument::V2
        .statements()
        .map(|s| {
            let v = if s.pole == Pole::AngloSaxon {
                anglo
            } else {
                rhine
            };
            let v = if s.key == Key::Minus { 6 - v } else { v };
            (Level::from_value(v).map(Answer::Level), None)
        })
        .collect();
    (ratings, vec![(None, None); 9])
}

fn round(name: &str, id: u8, date_days: u16, min_group: u8, members: &[(u8, u8)]) -> RoundData {
    let members: Vec<_> = members.iter().map(|(a, r)| member(*a, *r)).collect();
    RoundData {
        round: RoundId([id; 6]),
        team_name: name.into(),
        title: "Najaar".into(),
        date_days,
        min_group,
        instrument: Instrument::V2,
        has_desired: false,
        trade_offs: members.iter().map(|m| m.1.clone()).collect(),
        respondents: members.into_iter().map(|m| m.0).collect(),
        trend: Vec::new(),
        review: None,
        actions: Vec::new(),
        open: false,
        own_statements: Vec::new(),
        own_answers: Vec::new(),
        names: Vec::new(),
    }
}

fn link(data: &RoundData) -> String {
    to_fragment(&Link::Results(data.results().unwrap())).unwrap()
}

/// A results link of fewer members than any round now shows (two, as a round with a
/// minimum group of 2 could send before the least became 3).
fn old_link(data: &RoundData) -> String {
    let mut more = data.clone();
    while more.respondents.len() < 3 {
        more.respondents.push(data.respondents[0].clone());
        more.trade_offs.push(data.trade_offs[0].clone());
    }
    let mut results = more.results().unwrap();
    results.respondents.truncate(data.respondents.len());
    results.trade_offs.truncate(data.respondents.len());
    to_fragment(&Link::Results(results)).unwrap()
}

fn org() -> Organisation {
    Organisation::new(OrgId([7; 6]), "Zorggroep".into(), NOW)
}

fn names(o: &Organisation) -> Vec<String> {
    o.org_teams()
        .iter()
        .map(|t| t.data.team_name.clone())
        .collect()
}

#[test]
fn many_links_pasted_at_once_each_become_a_team() {
    let a = round("Directie", 1, 20_800, 3, &[(5, 2); 4]);
    let b = round("Team Noord", 2, 20_790, 3, &[(2, 5); 5]);
    let c = round("Team Zuid", 3, 20_795, 3, &[(3, 4); 3]);
    let mut o = org();
    let text = format!(
        "Hier de drie links:\n{}\n\n{}  en {}\n",
        link(&a),
        link(&b),
        link(&c)
    );
    let rows = o.paste(&text, NOW);
    assert_eq!(rows.len(), 3);
    assert!(rows
        .iter()
        .all(|r| matches!(r.result, OrgPaste::Added { .. })));
    assert_eq!(names(&o), ["Directie", "Team Noord", "Team Zuid"]);
}

#[test]
fn the_same_links_again_duplicated_and_out_of_order_add_no_team() {
    let newer = round("Team Noord", 2, 20_790, 3, &[(2, 5); 5]);
    let older = round("team noord ", 5, 20_600, 3, &[(5, 1); 3]);
    let other = round("Team Zuid", 3, 20_795, 3, &[(3, 4); 3]);
    let mut o = org();
    o.paste(&format!("{}\n{}", link(&newer), link(&other)), NOW);
    let rows = o.paste(
        &format!(
            "{}\n{}\n{}\n{}",
            link(&other),
            link(&older),
            link(&newer),
            link(&newer)
        ),
        NOW + 1,
    );
    let results: Vec<_> = rows.iter().map(|r| r.result.clone()).collect();
    assert_eq!(
        results,
        [
            OrgPaste::AlreadyThere {
                team: "Team Zuid".into()
            },
            OrgPaste::Older {
                team: "team noord ".into()
            },
            OrgPaste::AlreadyThere {
                team: "Team Noord".into()
            },
            OrgPaste::AlreadyThere {
                team: "Team Noord".into()
            },
        ]
    );
    assert_eq!(names(&o), ["Team Noord", "Team Zuid"]);
}

#[test]
fn a_newer_round_takes_the_older_ones_place_and_keeps_its_layer() {
    let older = round("Team Noord", 5, 20_600, 3, &[(5, 1); 3]);
    let newer = round("Team Noord", 2, 20_790, 3, &[(2, 5); 5]);
    let mut o = org();
    o.paste(&link(&older), NOW);
    o.set_layer(older.round, Some(Layer::Team), NOW + 1);
    let rows = o.paste(&link(&newer), NOW + 2);
    assert_eq!(
        rows[0].result,
        OrgPaste::Newer {
            team: "Team Noord".into()
        }
    );
    assert_eq!(o.teams.len(), 1);
    assert_eq!(o.teams[0].round, newer.round);
    assert_eq!(o.teams[0].layer, Some(Layer::Team));
    // The older round is remembered as taken out: another tab cannot bring it back.
    assert!(o.removed_rounds.contains_key(&older.round));
}

#[test]
fn every_line_that_is_not_a_results_link_says_what_it_is_and_changes_nothing() {
    let invite = Invite {
        round: RoundId([1; 6]),
        date_days: 20_000,
        ask_desired: false,
        min_group: 3,
        instrument: Instrument::V2,
        team_name: "Team".into(),
        round_title: "Ronde".into(),
        open: false,
        own_statements: Vec::new(),
    };
    let sealed = Sealed {
        inner: LinkKind::Results,
        salt: [1; 16],
        iv: [2; 12],
        ciphertext: vec![3; 40],
    };
    let good = link(&round("Team Zuid", 3, 20_795, 3, &[(3, 4); 3]));
    let cut = &good[..good.len() - 10];
    let mut o = org();
    let text = format!(
        "{}\n{}\n{}\n{}",
        to_fragment(&Link::Invite(invite)).unwrap(),
        to_fragment(&Link::Sealed(sealed)).unwrap(),
        cut,
        good
    );
    let rows = o.paste(&text, NOW);
    let results: Vec<_> = rows.iter().map(|r| r.result.clone()).collect();
    assert_eq!(results.len(), 4, "{results:?}");
    assert_eq!(results[0], OrgPaste::NotResults(LinkKind::Invite));
    assert_eq!(results[1], OrgPaste::Protected);
    assert!(matches!(results[2], OrgPaste::Broken(_)));
    assert!(matches!(results[3], OrgPaste::Added { .. }));
    assert_eq!(
        rows.iter().filter(|r| r.result.is_problem()).count(),
        3,
        "each problem line is kept to show back"
    );
    // Text without any link: each line is told it is not a link.
    let rows = o.paste("hallo daar\nnog een regel", NOW);
    assert_eq!(rows.len(), 2);
    assert!(rows.iter().all(|r| matches!(r.result, OrgPaste::Broken(_))));
    assert!(results[0].message().nl.contains("uitnodiging"));
    assert!(results[1].message().en.contains("passphrase"));
    assert_eq!(names(&o), ["Team Zuid"]);
}

#[test]
fn a_team_below_the_minimum_shows_its_name_only_also_in_the_exports() {
    let mut o = org();
    let small = round("Klein team", 4, 20_798, 2, &[(4, 4), (1, 5)]);
    let big = round("Directie", 1, 20_800, 3, &[(5, 2); 4]);
    let team = round("Team Noord", 2, 20_790, 3, &[(2, 5); 5]);
    o.paste(
        &format!("{}\n{}\n{}", old_link(&small), link(&big), link(&team)),
        NOW,
    );
    o.set_layer(big.round, Some(Layer::Management), NOW);
    o.set_layer(team.round, Some(Layer::Team), NOW);
    let view = organisation_view(&o.org_teams());
    assert_eq!(view.teams[0].standing, Standing::TooFew);
    assert_eq!(view.counted, 2);
    assert!(!view.gaps.is_empty());

    // One table per file, no byte-order mark: the teams, then the gaps.
    let files = csv_files("Zorggroep", &view, Locale::Nl);
    let names: Vec<&str> = files.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, ["teams.csv", "gaps.csv"]);
    let file = &files[0].1;
    assert!(file.starts_with("\"organisatie\";\"team\";"));
    assert!(files
        .iter()
        .all(|(_, f)| !f.starts_with('\u{feff}') && !f.contains("\r\n\r\n")));
    let width = |f: &str| {
        f.lines()
            .map(|l| l.split("\";\"").count())
            .collect::<Vec<_>>()
    };
    assert!(width(file).iter().all(|w| *w == 12));
    let gaps = &files[1].1;
    assert!(gaps.starts_with("\"dimensie\";\"laag\";\"vergeleken_met\""));
    assert!(width(gaps).iter().all(|w| *w == 6));
    // Differences with a plain minus, read by a spreadsheet as numbers.
    assert!(!gaps.contains('−'));
    let zip = csv_zip("Zorggroep", &view, Locale::Nl);
    assert_eq!(&zip[..4], b"PK\x03\x04");
    let small_lines: Vec<&str> = file.lines().filter(|l| l.contains("Klein team")).collect();
    assert_eq!(small_lines.len(), 1);
    // Name and status; no date, no count, no figure.
    assert_eq!(
        small_lines[0],
        "\"Zorggroep\";\"Klein team\";\"\";\"\";\"\";\"too_few\";\"\";\"\";\"\";\"\";\"\";\"\""
    );
    assert!(gaps.contains("Wat ziet de leiding dat het team niet ziet, en andersom?"));

    let parsed: serde_json::Value = serde_json::from_str(&json("Zorggroep", &view)).unwrap();
    assert_eq!(parsed["format"], "teambalans-organisation");
    let small_json = &parsed["teams"][0];
    assert_eq!(small_json["status"], "too_few");
    assert!(small_json["respondents"].is_null());
    assert!(small_json["date"].is_null() && small_json["title"].is_null());
    assert!(small_json["overall"].is_null());
    assert_eq!(small_json["dimensions"].as_array().unwrap().len(), 0);
    assert_eq!(parsed["teams"][1]["layer"], "management");
    assert_eq!(parsed["teams"][1]["respondents"], 4);
    assert_eq!(parsed["gaps"][0]["layer"], "team");
    assert_eq!(parsed["gaps"][0]["compared_with"], "management");
}

#[test]
fn a_gap_reads_as_a_sentence_in_both_languages() {
    let mut o = org();
    let big = round("Directie", 1, 20_800, 3, &[(5, 1); 3]);
    let team = round("Team Noord", 2, 20_790, 3, &[(1, 5); 3]);
    o.paste(&format!("{}\n{}", link(&big), link(&team)), NOW);
    o.set_layer(big.round, Some(Layer::Management), NOW);
    o.set_layer(team.round, Some(Layer::Team), NOW);
    let view = organisation_view(&o.org_teams());
    let gap = view.gaps[0];
    assert_eq!(gap.first, Layer::Management);
    let nl = gap_sentence(&gap, view.instrument, Locale::Nl);
    let en = gap_sentence(&gap, view.instrument, Locale::En);
    assert!(
        nl.contains("het team ziet de Angelsaksische kant 100 punten zwakker dan de leiding, en de Rijnlandse kant 100 punten sterker"),
        "{nl}"
    );
    assert!(
        en.contains("the team sees the Anglo-Saxon side 100 points weaker than management, and the Rhineland side 100 points stronger"),
        "{en}"
    );
}

#[test]
fn the_links_the_e2e_spec_pastes_open_as_the_teams_they_say() {
    let path = format!(
        "{}/tests/e2e/fixtures/org-links.json",
        concat!(env!("CARGO_MANIFEST_DIR"), "/../..")
    );
    let text = std::fs::read_to_string(path).unwrap();
    let file: serde_json::Value = serde_json::from_str(&text).unwrap();
    let entries = file.as_object().unwrap();
    assert_eq!(entries.len(), 5);
    for (key, entry) in entries {
        let Ok(Link::Results(results)) = decode(entry["link"].as_str().unwrap()) else {
            panic!("{key} is not a results link");
        };
        assert_eq!(results.round.team_name, entry["team"].as_str().unwrap());
        assert_eq!(
            results.respondents.len() as u64,
            entry["respondents"].as_u64().unwrap()
        );
    }
}

#[test]
fn storage_keeps_organisations_and_old_documents_have_none() {
    let mut data = AppData::default();
    let mut o = org();
    o.paste(&link(&round("Team Zuid", 3, 20_795, 3, &[(3, 4); 3])), NOW);
    o.set_layer(RoundId([3; 6]), Some(Layer::Support), NOW + 5);
    data.organisations.add(o);
    let back = decode_data(&encode_data(&data)).unwrap();
    assert_eq!(back, data);
    assert_eq!(
        back.organisations.organisations[0].teams[0].layer,
        Some(Layer::Support)
    );
    // A layer id this build does not know is refused, not misread.
    let raw = encode_data(&data).replace("\"layer\":3", "\"layer\":9");
    assert!(decode_data(&raw).is_err());
}

#[test]
fn backups_carry_organisations_and_older_backups_still_restore() {
    let mut organisations = OrgBook::default();
    let mut o = org();
    o.paste(&link(&round("Team Zuid", 3, 20_795, 3, &[(3, 4); 3])), NOW);
    organisations.add(o.clone());
    organisations.remove(OrgId([9; 6]));
    let file = backup::encode(&TeamBook::default(), &organisations, NOW);
    let restored = backup::decode(&file).unwrap();
    assert_eq!(restored.organisations.organisations, vec![o.clone()]);
    // A deletion here is not the backup's to carry.
    assert!(restored.organisations.removed.is_empty());
    assert_eq!(backup::contents(&restored).organisations, 1);
    assert!(backup::contents(&restored)
        .summary(Locale::Nl)
        .contains("1 organisatie"));

    // Into a browser that deleted it since: restoring is asked for, so it comes back.
    let (mut teams, mut here) = (TeamBook::default(), OrgBook::default());
    here.remove(o.id);
    let done = backup::restore_backup(&mut teams, &mut here, &restored, NOW);
    assert_eq!(done.added.organisations, 1);
    assert_eq!(here.organisations, vec![o]);

    // A backup from schema 4, before organisations, restores as ever.
    let old = r#"{"format":"teambalans-backup","schema_version":4,"made_at":1,"teams":{"teams":[],"rounds":[]}}"#;
    let old = backup::decode(old).unwrap();
    assert!(old.organisations.is_empty());
    let done = backup::restore_backup(&mut teams, &mut here, &old, NOW);
    assert_eq!(done.added.organisations, 0);
}

/// One change a tab makes to its copy.
#[derive(Debug, Clone)]
enum Op {
    AddOrg(u8),
    RemoveOrg(u8),
    Paste(u8, u8),
    Layer(u8, u8, u8),
    RemoveTeam(u8, u8),
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        (0u8..4).prop_map(Op::AddOrg),
        (0u8..4).prop_map(Op::RemoveOrg),
        (0u8..4, 0u8..6).prop_map(|(o, t)| Op::Paste(o, t)),
        (0u8..4, 0u8..6, 0u8..4).prop_map(|(o, t, l)| Op::Layer(o, t, l)),
        (0u8..4, 0u8..6).prop_map(|(o, t)| Op::RemoveTeam(o, t)),
    ]
}

/// Six teams, each its own name: merging is about organisations and rounds, not about
/// which round of a team is newer.
fn team_link(t: u8) -> String {
    link(&round(&format!("Team {t}"), t + 1, 20_000, 3, &[(3, 4); 3]))
}

fn apply(book: &mut OrgBook, op: &Op, at: i64) {
    match *op {
        Op::AddOrg(o)
            if book.get(OrgId([o; 6])).is_none() && !book.removed.contains(&OrgId([o; 6])) =>
        {
            book.add(Organisation::new(OrgId([o; 6]), format!("Org {o}"), at));
        }
        Op::AddOrg(_) => {}
        Op::RemoveOrg(o) => book.remove(OrgId([o; 6])),
        Op::Paste(o, t) => {
            if let Some(org) = book.get_mut(OrgId([o; 6])) {
                org.paste(&team_link(t), at);
            }
        }
        Op::Layer(o, t, l) => {
            if let Some(org) = book.get_mut(OrgId([o; 6])) {
                org.set_layer(RoundId([t + 1; 6]), Layer::from_id(l), at);
            }
        }
        Op::RemoveTeam(o, t) => {
            if let Some(org) = book.get_mut(OrgId([o; 6])) {
                org.remove_team(RoundId([t + 1; 6]), at);
            }
        }
    }
}

/// Every (organisation, round) in a book.
fn held(book: &OrgBook) -> BTreeSet<(OrgId, RoundId)> {
    book.organisations
        .iter()
        .flat_map(|o| o.teams.iter().map(move |t| (o.id, t.round)))
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Two tabs start from one copy and each change theirs; after either takes in the
    /// other's, nothing one of them added is lost unless one of them deleted it, both end
    /// up holding the same, and taking the same copy in twice changes nothing.
    #[test]
    fn merging_two_tabs_loses_no_organisation_or_team(
        base in proptest::collection::vec(op(), 0..8),
        ours_ops in proptest::collection::vec(op(), 0..8),
        theirs_ops in proptest::collection::vec(op(), 0..8),
    ) {
        let mut start = OrgBook::default();
        for (i, o) in base.iter().enumerate() {
            apply(&mut start, o, i as i64);
        }
        let (mut ours, mut theirs) = (start.clone(), start);
        for (i, o) in ours_ops.iter().enumerate() {
            apply(&mut ours, o, 100 + i as i64);
        }
        for (i, o) in theirs_ops.iter().enumerate() {
            apply(&mut theirs, o, 200 + i as i64);
        }
        let mut a = AppData { organisations: ours.clone(), ..AppData::default() };
        a.absorb(&AppData { organisations: theirs.clone(), ..AppData::default() });
        let mut b = theirs.clone();
        b.merge(&ours);

        let gone: BTreeSet<OrgId> = ours.removed.union(&theirs.removed).copied().collect();
        for (org, r) in held(&ours).union(&held(&theirs)) {
            let changed = [&ours, &theirs]
                .iter()
                .filter_map(|b| b.get(*org)?.teams.iter().find(|t| t.round == *r))
                .map(|t| t.changed_at)
                .max()
                .unwrap_or_default();
            let removed_at = [&ours, &theirs]
                .iter()
                .filter_map(|b| b.get(*org)?.removed_rounds.get(r).copied())
                .max();
            let deleted = gone.contains(org) || removed_at.is_some_and(|at| at >= changed);
            prop_assert_eq!(held(&a.organisations).contains(&(*org, *r)), !deleted, "{:?} {:?}", org, r);
        }
        for o in ours.organisations.iter().chain(&theirs.organisations) {
            prop_assert_eq!(a.organisations.get(o.id).is_some(), !gone.contains(&o.id));
        }
        // Both sides hold the same teams with the same layers, in whatever order.
        let layers = |book: &OrgBook| -> BTreeSet<(OrgId, RoundId, Option<u8>)> {
            book.organisations.iter().flat_map(|o| o.teams.iter().map(move |t| (o.id, t.round, t.layer.map(|l| l.id())))).collect()
        };
        prop_assert_eq!(layers(&a.organisations), layers(&b));
        let once = a.organisations.clone();
        a.organisations.merge(&theirs);
        prop_assert_eq!(a.organisations, once);
    }
}
