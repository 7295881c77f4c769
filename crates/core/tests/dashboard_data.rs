//! Getting results out and back in: exports, the results link's anonymity rule, the
//! backup round trip and its merge rules, and the demo team.
#![cfg(not(target_arch = "wasm32"))]

use teambalans_core::id::{MemberId, RoundId, TeamId};
use teambalans_core::instrument::answers::{Answer, Level};
use teambalans_core::instrument::Instrument;
use teambalans_core::link::{decode, to_fragment, Link};
use teambalans_core::locale::Locale;
use teambalans_core::round::demo::demo_team;
use teambalans_core::round::responses::MemberResponse;
use teambalans_core::round::rounds::RoundDraft;
use teambalans_core::round::team_book::TeamBook;
use teambalans_core::score::export::{csv_files, file_name, json};

/// One file of the CSV export by name; empty when the export has no such file.
fn csv_file(d: &RoundData, locale: Locale, name: &str) -> String {
    csv_files(d, locale)
        .into_iter()
        .find(|(n, _)| n == name)
        .map(|(_, text)| text)
        .unwrap_or_default()
}

fn csv(d: &RoundData, locale: Locale) -> String {
    csv_file(d, locale, "answers.csv")
}
use teambalans_core::score::member::TeamZone;
use teambalans_core::score::round_data::RoundData;
use teambalans_core::score::scoring::Zone;
use teambalans_core::score::team::TeamFigures;
use teambalans_core::store::backup::{self, contents, BackupError};

const TEAM: TeamId = TeamId([1; 6]);
const ROUND: RoundId = RoundId([2; 6]);

fn book(members: u8, name: &str) -> TeamBook {
    let mut book = TeamBook::default();
    book.add_team(TEAM, name.into(), 0);
    book.add_round(
        RoundDraft {
            team: TEAM,
            title: "=cmd|' /C calc'!A0".into(),
            date_days: 20_000,
            ask_desired: true,
            min_group: 3,
            expected: None,
            open: false,
            facilitator_out: false,
            own_statements: Vec::new(),
        },
        ROUND,
        0,
    )
    .unwrap();
    // These exports are of a version 1 round, as stored before version 2.
    book.rounds[0].instrument = Instrument::V1;
    for m in 0..members {
        let r = MemberResponse {
            member: MemberId([m + 10; 6]),
            revision: 1,
            instrument: Instrument::V1,
            trade_offs: Vec::new(),
            has_desired: true,
            ratings: vec![
                (
                    Some(Answer::Level(Level::from_value(m % 5 + 1).unwrap())),
                    Some(Answer::Skip)
                );
                40
            ],
            facilitator: false,
            name: None,
            own_answers: Vec::new(),
        };
        book.add_response(ROUND, &r, 5).unwrap();
    }
    book
}

fn data(book: &TeamBook) -> RoundData {
    let round = book.round(ROUND).unwrap();
    round.data(&book.team_name_of(round))
}

#[test]
fn csv_has_a_row_per_respondent_and_statement_in_the_locales_separator() {
    let d = data(&book(3, "Team \"Oost\"; A"));
    let nl = csv(&d, Locale::Nl);
    // No byte-order mark: a CSV parser reads the first column's name as it is.
    assert!(nl.starts_with("\"team\""));
    let lines: Vec<&str> = nl.trim_end().split("\r\n").collect();
    assert_eq!(lines.len(), 1 + 3 * 40);
    assert!(lines[0].starts_with("\"team\";\"ronde\";\"datum\""));
    // Quotes doubled, the separator inside quotes, the formula defused.
    assert!(lines[1]
        .starts_with("\"Team \"\"Oost\"\"; A\";\"'=cmd|' /C calc'!A0\";\"2024-10-04\";\"1\""));
    assert!(lines[1].ends_with("\"6\";\"Weet ik niet / sla over\""));
    let en = csv(&d, Locale::En);
    assert!(en.contains("\"respondent\",\"statement_id\""));
    assert_eq!(
        file_name(&d, "csv"),
        "teambalans-team--oost---a-2024-10-04.csv"
    );
}

#[test]
fn json_follows_its_documented_schema() {
    let d = data(&book(4, "Werkplaats"));
    let value: serde_json::Value = serde_json::from_str(&json(&d)).unwrap();
    assert_eq!(value["format"], "teambalans-round");
    assert_eq!(value["version"], 1);
    assert_eq!(value["round"]["id"], ROUND.to_hex());
    assert_eq!(value["round"]["asks_desired"], true);
    assert_eq!(value["statements"].as_array().unwrap().len(), 40);
    let respondents = value["respondents"].as_array().unwrap();
    assert_eq!(respondents.len(), 4);
    assert_eq!(respondents[0]["answers"][0]["desired"], 6);
    // No member ids anywhere in an export.
    assert!(!json(&d).contains(&MemberId([10; 6]).to_hex()));
}

/// A version 2 round (what `add_round` made until version 3): member `m` answers statement `i` with
/// answer id `(m + i) % 7 + 1` (levels, "don't know" and "doesn't apply"), and gives
/// dimension `d` `m + d` Rhineland points today and 5 for where we want to be.
fn book_v2(members: u8) -> TeamBook {
    let mut book = TeamBook::default();
    book.add_team(TEAM, "Zorgteam".into(), 0);
    book.add_round(
        RoundDraft {
            team: TEAM,
            title: "Najaar".into(),
            date_days: 20_000,
            ask_desired: true,
            min_group: 3,
            expected: None,
            open: false,
            facilitator_out: false,
            own_statements: Vec::new(),
        },
        ROUND,
        0,
    )
    .unwrap();
    // New rounds ask the current version; this one keeps version 2, whose exports the
    // tests below pin.
    book.rounds[0].instrument = Instrument::V2;
    for m in 0..members {
        let r = MemberResponse {
            member: MemberId([m + 10; 6]),
            revision: 1,
            instrument: Instrument::V2,
            has_desired: true,
            ratings: (0..72u8)
                .map(|i| (Answer::from_id((m + i) % 7 + 1), Some(Answer::Skip)))
                .collect(),
            trade_offs: (0..9u8).map(|d| (Some((m + d) % 11), Some(5))).collect(),
            facilitator: false,
            name: None,
            own_answers: Vec::new(),
        };
        book.add_response(ROUND, &r, 5).unwrap();
    }
    book
}

#[test]
fn a_version_2_csv_names_the_version_code_key_answer_and_trade_offs() {
    let d = data(&book_v2(3));
    let nl = csv(&d, Locale::Nl);
    let lines: Vec<&str> = nl.trim_end().split("\r\n").collect();
    assert_eq!(lines.len(), 1 + 3 * 72);
    assert_eq!(
        lines[0],
        "\"team\";\"ronde\";\"datum\";\"vragenlijst\";\"deelnemer\";\"stelling_id\";\"dimensie\";\"dimensie_code\";\"kant\";\"sleutel\";\"stelling\";\"nu\";\"nu_tekst\";\"gewenst\";\"gewenst_tekst\";\"verdeelvraag_rijnlands_nu\";\"verdeelvraag_rijnlands_gewenst\""
    );
    let cells = |line: &str| -> Vec<String> {
        line.trim_matches('"')
            .split("\";\"")
            .map(String::from)
            .collect()
    };
    // Every row of a version 2 round says so, and its statement is one of version 2's.
    for line in &lines[1..] {
        let row = cells(line);
        assert_eq!(row.len(), 17, "{line}");
        assert_eq!(row[3], "2");
        let id: u16 = row[5].parse().unwrap();
        let statement = Instrument::V2
            .statement(teambalans_core::instrument::StatementId(id))
            .unwrap();
        assert_eq!(row[10], statement.text.nl);
        assert!(row[9] == "plus" || row[9] == "minus");
        assert!(row[8] == "anglo_saxon" || row[8] == "rhineland");
    }
    // The answers as sorted respondents gave them: each row's answer id with its
    // version 2 label, and the member's trade-off of the row's dimension beside it.
    let first = data(&book_v2(3));
    let respondent = &first.respondents[0];
    let row = cells(lines[1]);
    let answer = respondent[0].0.unwrap();
    assert_eq!(row[11], answer.id().to_string());
    assert_eq!(row[12], answer.label(Instrument::V2).nl);
    assert_eq!(row[13], "6");
    assert_eq!(row[14], "Weet ik niet");
    assert_eq!(row[7], "OWN");
    assert_eq!(row[15], first.trade_offs[0][0].0.unwrap().to_string());
    assert_eq!(row[16], "5");
    // "Doesn't apply" appears with its own words, in English too.
    let en = csv(&d, Locale::En);
    assert!(en.contains("\"7\",\"Doesn’t apply to our team\""));
    assert!(en.contains("\"questionnaire\",\"respondent\""));
    assert!(nl.contains("\"7\";\"Past niet bij ons team\""));
}

#[test]
fn a_version_2_json_carries_the_version_keys_labels_and_trade_offs() {
    let d = data(&book_v2(4));
    let text = json(&d);
    let value: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(value["format"], "teambalans-round");
    assert_eq!(value["version"], 2);
    assert_eq!(value["instrument"], 2);
    assert_eq!(value["dimensions"].as_array().unwrap().len(), 9);
    assert_eq!(value["dimensions"][0]["code"], "OWN");
    let statements = value["statements"].as_array().unwrap();
    assert_eq!(statements.len(), 72);
    let first = Instrument::V2.statement_at(0).unwrap();
    assert_eq!(statements[0]["id"], first.id.0);
    assert_eq!(statements[0]["dimension_code"], "OWN");
    assert!(statements.iter().any(|s| s["key"] == "minus"));
    assert!(statements.iter().any(|s| s["key"] == "plus"));
    let labels = value["answer_labels"].as_array().unwrap();
    assert_eq!(labels.len(), 7);
    assert_eq!(labels[6]["id"], 7);
    assert_eq!(labels[6]["nl"], "Past niet bij ons team");
    assert_eq!(labels[0]["en"], "almost never");
    let respondents = value["respondents"].as_array().unwrap();
    assert_eq!(respondents.len(), 4);
    assert_eq!(respondents[0]["answers"].as_array().unwrap().len(), 72);
    let trades = respondents[0]["trade_offs"].as_array().unwrap();
    assert_eq!(trades.len(), 9);
    assert_eq!(trades[3]["dimension"], 4);
    assert_eq!(trades[3]["now"], d.trade_offs[0][3].0.unwrap());
    assert_eq!(trades[3]["desired"], 5);
    assert!(!text.contains(&MemberId([10; 6]).to_hex()));
}

#[test]
fn a_results_link_exists_only_from_the_minimum_group_and_carries_no_member_ids() {
    assert_eq!(data(&book(2, "T")).results(), None);
    let d = data(&book(5, "T"));
    let results = d.results().unwrap();
    let link = to_fragment(&Link::Results(results.clone())).unwrap();
    assert_eq!(decode(&link), Ok(Link::Results(results.clone())));
    assert_eq!(results.respondents.len(), 5);
    assert_eq!(
        TeamFigures::of(&RoundData::from_results(&results)),
        TeamFigures::of(&d)
    );
}

#[test]
fn backups_round_trip_and_restore_without_overwriting() {
    let original = book(3, "Werkplaats");
    let text = backup::encode(&original, &Default::default(), 99);
    let restored = backup::decode(&text).unwrap();
    assert_eq!(restored.teams, original);
    assert_eq!(contents(&restored).responses, 3);

    // Into an empty browser: everything arrives.
    let mut empty = TeamBook::default();
    let report = backup::restore(&mut empty, &restored.teams);
    assert_eq!(
        (
            report.added.teams,
            report.added.rounds,
            report.added.responses
        ),
        (1, 1, 3)
    );
    assert_eq!(empty, original);

    // Into a browser where one member answered differently: theirs stays.
    let mut here = book(3, "Werkplaats");
    let changed = MemberResponse {
        member: MemberId([10; 6]),
        revision: 2,
        instrument: Instrument::V1,
        trade_offs: Vec::new(),
        has_desired: false,
        ratings: vec![(Some(Answer::Skip), None); 40],
        facilitator: false,
        name: None,
        own_answers: Vec::new(),
    };
    here.replace_response(ROUND, &changed, 7).unwrap();
    let before = here.clone();
    let report = backup::restore(&mut here, &restored.teams);
    assert_eq!((report.added.responses, report.kept_ours), (0, 1));
    assert_eq!(here, before);
}

#[test]
fn bad_backup_files_are_typed_errors() {
    assert_eq!(backup::decode("{"), Err(BackupError::NotJson));
    assert_eq!(backup::decode("[1]"), Err(BackupError::NotABackup));
    assert_eq!(
        backup::decode("{\"format\":\"other\"}"),
        Err(BackupError::NotABackup)
    );
    assert_eq!(
        backup::decode("{\"format\":\"teambalans-backup\",\"schema_version\":999}"),
        Err(BackupError::TooNew)
    );
    assert_eq!(
        backup::decode(
            "{\"format\":\"teambalans-backup\",\"schema_version\":2,\"made_at\":1,\"teams\":7}"
        ),
        Err(BackupError::Invalid)
    );
}

#[test]
fn the_demo_team_is_labelled_and_shows_movement_over_three_rounds() {
    let (team, rounds) = demo_team(
        TEAM,
        [RoundId([7; 6]), RoundId([8; 6]), RoundId([9; 6])],
        20_500,
        0,
        Locale::En,
    );
    assert!(team.demo);
    assert_eq!(rounds.len(), 3);
    assert!(rounds.iter().all(|r| r.instrument == Instrument::CURRENT));
    let teams: Vec<TeamFigures> = rounds
        .iter()
        .map(|r| TeamFigures::of(&r.data(&team.name)))
        .collect();
    assert!(teams.iter().all(TeamFigures::enough));
    // Rhineland grows round by round (the mean of the dimensions' team means).
    let rhineland: Vec<f64> = teams
        .iter()
        .map(|t| {
            let means: Vec<f64> = t
                .dimensions()
                .iter()
                .filter_map(|d| Some(d.means()?.1))
                .collect();
            means.iter().sum::<f64>() / means.len() as f64
        })
        .collect();
    assert!(
        rhineland[0] < rhineland[1] && rhineland[1] < rhineland[2],
        "{rhineland:?}"
    );
    // The first round is mainly Anglo-Saxon, the last one has dimensions strong on
    // both, and from the second round on Direction is divided.
    let zones =
        |t: &TeamFigures| -> Vec<TeamZone> { t.dimensions().iter().map(|d| d.now.zone).collect() };
    assert!(zones(&teams[0]).contains(&TeamZone::Together(Zone::MainlyAngloSaxon)));
    assert!(zones(&teams[2]).contains(&TeamZone::Together(Zone::StrongOnBoth)));
    assert_eq!(zones(&teams[2])[6], TeamZone::Divided);
    assert_eq!(zones(&teams[1])[6], TeamZone::Divided);
    // The second round does not ask where we want to be; the others do, with trade-offs.
    assert_eq!(
        rounds.iter().map(|r| r.ask_desired).collect::<Vec<_>>(),
        [true, false, true]
    );
    assert!(teams[2]
        .dimensions()
        .iter()
        .all(|d| d.trade_off_now.is_some()));
    // Some "don't know" and "doesn't apply", as in a real team.
    let answers: Vec<Answer> = rounds
        .iter()
        .flat_map(|r| r.data(&team.name).respondents)
        .flatten()
        .filter_map(|(now, _)| now)
        .collect();
    assert!(answers.contains(&Answer::Skip));
    assert!(answers.contains(&Answer::NotApplicable));
    assert!(rounds[0].date_days < rounds[1].date_days && rounds[1].date_days < rounds[2].date_days);
    assert_eq!(rounds[2].date_days, 20_500);
    // Same input, same demo.
    assert_eq!(
        demo_team(
            TEAM,
            [RoundId([7; 6]), RoundId([8; 6]), RoundId([9; 6])],
            20_500,
            0,
            Locale::En
        )
        .1,
        rounds
    );
}

#[test]
fn counts_read_as_a_sentence_with_singular_and_plural() {
    use teambalans_core::store::backup::{count_list, Counted};
    let list = [
        (1, Counted::Team),
        (2, Counted::Round),
        (1, Counted::Response),
        (0, Counted::Action),
    ];
    assert_eq!(
        count_list(&list, Locale::Nl),
        "1 team, 2 rondes, 1 antwoordset en 0 acties"
    );
    assert_eq!(
        count_list(&list, Locale::En),
        "1 team, 2 rounds, 1 response and 0 actions"
    );
    // A restore says how many actions it brought back too.
    let mut with_action = book(3, "Werkplaats");
    with_action
        .add_action(
            ROUND,
            teambalans_core::round::rounds::Action {
                created_at: 9,
                who: "Kim".into(),
                what: "Vraag".into(),
                by_days: None,
                dimension: None,
                status: Default::default(),
                updated_at: 9,
            },
        )
        .ok();
    let file = backup::encode(&with_action, &Default::default(), 1);
    let restored = backup::decode(&file).unwrap();
    let mut empty = TeamBook::default();
    let report = backup::restore(&mut empty, &restored.teams);
    assert_eq!(
        report.added.summary(Locale::En),
        "1 team, 1 round, 3 responses and 1 action"
    );
}

/// Two rounds of one team: the first (version 1, three members) with two actions, one
/// done and one partly by the second, which has an action of its own.
fn book_with_actions() -> TeamBook {
    use teambalans_core::round::rounds::{Action, ActionStatus};
    let mut book = book(3, "Werkplaats");
    let later = RoundId([3; 6]);
    let later_members: Vec<MemberResponse> = (0..3u8)
        .map(|m| MemberResponse {
            member: MemberId([m + 30; 6]),
            revision: 1,
            instrument: Instrument::V2,
            trade_offs: vec![(Some(m + 3), None); 9],
            has_desired: false,
            ratings: vec![(Some(Answer::Level(Level::from_value(m + 2).unwrap())), None); 72],
            facilitator: false,
            name: None,
            own_answers: Vec::new(),
        })
        .collect();
    book.add_round(
        RoundDraft {
            team: TEAM,
            title: "Voorjaar".into(),
            date_days: 20_100,
            ask_desired: false,
            min_group: 3,
            expected: None,
            open: false,
            facilitator_out: false,
            own_statements: Vec::new(),
        },
        later,
        10,
    )
    .unwrap();
    for r in &later_members {
        book.add_response(later, r, 15).unwrap();
    }
    let action = |created_at, who: &str, what: &str, dimension| Action {
        created_at,
        who: who.into(),
        what: what.into(),
        by_days: Some(20_050),
        dimension,
        status: ActionStatus::Open,
        updated_at: created_at,
    };
    book.add_action(ROUND, action(1, "Anouk", "=Klant bellen", Some(1)))
        .unwrap();
    // Longer than a link carries (typed before the limit, or restored from a backup).
    let long = format!("Retro {}", "é".repeat(60));
    book.add_action(ROUND, action(2, "", &long, None)).unwrap();
    book.set_action_status(ROUND, 1, ActionStatus::Done, 20)
        .unwrap();
    book.set_action_status(ROUND, 2, ActionStatus::Partly, 21)
        .unwrap();
    book.add_action(later, action(3, "Mo", "Demo elke sprint", None))
        .unwrap();
    book
}

#[test]
fn a_rounds_data_carries_the_round_befores_actions_and_the_earlier_rounds() {
    let book = book_with_actions();
    let later = book.round_data(RoundId([3; 6])).unwrap();
    let review = later.review.as_ref().unwrap();
    assert_eq!(review.date_days, 20_000);
    assert_eq!(review.instrument, Instrument::V1);
    let follow: Vec<_> = review
        .actions
        .iter()
        .map(|a| (a.what.as_str(), a.status))
        .collect();
    use teambalans_core::round::rounds::ActionStatus;
    assert_eq!(follow[0], ("=Klant bellen", ActionStatus::Done));
    assert_eq!(follow[1].1, ActionStatus::Partly);
    assert_eq!(later.actions.len(), 1);
    assert_eq!(later.actions[0].what, "Demo elke sprint");
    // The earlier round on the trend: everyone gave level m % 5 + 1 on both poles,
    // so both team means are the same, and inside 0–100.
    assert_eq!(later.trend.len(), 1);
    assert_eq!(later.trend[0].date_days, 20_000);
    assert_eq!(later.trend[0].figures.len(), 10);
    let f = later.trend[0].figures[0].unwrap();
    assert_eq!(f.anglo_saxon, f.rhineland);
    assert!(f.anglo_saxon > 0 && f.anglo_saxon < 100, "{f:?}");
    // The first round has no round before and nothing earlier.
    let first = book.round_data(ROUND).unwrap();
    assert!(first.review.is_none() && first.trend.is_empty());
    assert_eq!(first.actions.len(), 2);
}

#[test]
fn the_results_link_carries_actions_and_trend_and_cuts_long_texts_at_a_character() {
    let book = book_with_actions();
    let later = book.round_data(RoundId([3; 6])).unwrap();
    let results = later.results().unwrap();
    let fragment = to_fragment(&Link::Results(results)).unwrap();
    let Ok(Link::Results(back)) = decode(&fragment) else {
        panic!("the results link opens");
    };
    let opened = RoundData::from_results(&back);
    assert_eq!(opened.actions, later.actions);
    assert_eq!(opened.trend, later.trend);
    let review = opened.review.unwrap();
    assert_eq!(review.actions[0], later.review.as_ref().unwrap().actions[0]);
    // 6 + 60 × 2 bytes, cut to 80 at a character boundary: 37 of the 60 accents.
    let cut = &review.actions[1].what;
    assert_eq!(cut.len(), 80);
    assert_eq!(cut, &format!("Retro {}", "é".repeat(37)));
}

#[test]
fn exports_add_the_actions_with_their_follow_up_and_the_trend() {
    let book = book_with_actions();
    let later = book.round_data(RoundId([3; 6])).unwrap();
    // CSV: one table per file: the answers as before, the team figures per theme, the
    // actions, the earlier rounds.
    let names: Vec<String> = csv_files(&later, Locale::Nl)
        .into_iter()
        .map(|(n, _)| n)
        .collect();
    assert_eq!(
        names,
        ["answers.csv", "themes.csv", "actions.csv", "trend.csv"]
    );
    let themes_file = csv_file(&later, Locale::Nl, "themes.csv");
    let themes: Vec<&str> = themes_file.trim_end().split("\r\n").collect();
    assert_eq!(themes.len(), 1 + 9);
    assert_eq!(
        themes[0],
        "\"dimensie\";\"angelsaksisch\";\"rijnlands\";\"verschil\";\"zwakste_kant\";\"spreiding\";\"gewenst_angelsaksisch\";\"gewenst_rijnlands\""
    );
    assert_eq!(csv(&later, Locale::Nl).lines().count(), 1 + 3 * 72);
    let actions_file = csv_file(&later, Locale::Nl, "actions.csv");
    let actions: Vec<&str> = actions_file.trim_end().split("\r\n").collect();
    assert_eq!(
        actions[0],
        "\"afspraken_van\";\"datum_ronde\";\"status\";\"status_tekst\";\"wie\";\"wat\";\"klaar_op\";\"thema\""
    );
    // The formula in a "what" is defused like any cell.
    assert!(actions[1].starts_with(
        "\"previous_round\";\"2024-10-04\";\"done\";\"gedaan\";\"Anouk\";\"'=Klant bellen\";\"2024-11-23\";\""
    ), "{}", actions[1]);
    assert!(actions[2].contains("\"partly\";\"deels gedaan\""));
    assert!(actions[3].starts_with(
        "\"this_round\";\"2025-01-12\";\"open\";\"loopt nog\";\"Mo\";\"Demo elke sprint\""
    ));
    assert_eq!(actions.len(), 4);
    let trend_file = csv_file(&later, Locale::Nl, "trend.csv");
    let trend: Vec<&str> = trend_file.trim_end().split("\r\n").collect();
    assert_eq!(trend.len(), 1 + 10);
    assert!(trend[1].starts_with("\"2024-10-04\";\"1\";"));
    // Both sides and the spread, as that round's dashboard showed them: each member
    // gave one level on both poles, so the sides are equal; the members differ.
    let cells: Vec<&str> = trend[1].split(';').collect();
    assert_eq!(cells.len(), 6);
    assert_eq!(cells[3], cells[4]);
    assert!(cells[5].trim_matches('"').parse::<u8>().unwrap() > 0);
    let en = csv_file(&later, Locale::En, "actions.csv");
    assert!(en.starts_with("\"actions_of\",\"round_date\",\"status\",\"status_text\""));
    assert!(en.contains("\"previous_round\",\"2024-10-04\",\"partly\",\"partly done\""));
    // A round without actions or earlier rounds exports its answers and figures, below
    // its minimum group only its answers.
    let plain = data(&self::book(3, "Team"));
    let names = |d| -> Vec<String> {
        csv_files(d, Locale::En)
            .into_iter()
            .map(|(n, _)| n)
            .collect()
    };
    assert_eq!(names(&plain), ["answers.csv", "themes.csv"]);
    let mut small = plain.clone();
    small.respondents.truncate(2);
    assert_eq!(names(&small), ["answers.csv"]);

    // JSON: new fields beside the documented ones, which keep their meaning.
    let value: serde_json::Value = serde_json::from_str(&json(&later)).unwrap();
    assert_eq!(value["respondents"].as_array().unwrap().len(), 3);
    assert_eq!(value["actions"][0]["what"], "Demo elke sprint");
    assert_eq!(value["actions"][0]["status"], "open");
    assert_eq!(value["previous_actions"]["round_date"], "2024-10-04");
    assert_eq!(value["previous_actions"]["instrument"], 1);
    assert_eq!(value["previous_actions"]["actions"][0]["status"], "done");
    assert_eq!(value["previous_actions"]["actions"][0]["dimension"], 1);
    assert_eq!(value["previous_actions"]["actions"][0]["by"], "2024-11-23");
    assert_eq!(value["previous_actions"]["actions"][1]["status"], "partly");
    assert_eq!(value["trend"][0]["date"], "2024-10-04");
    assert_eq!(
        value["trend"][0]["dimensions"].as_array().unwrap().len(),
        10
    );
    let figure = &value["trend"][0]["dimensions"][0];
    assert_eq!(figure["anglo_saxon"], figure["rhineland"]);
    assert!(figure["anglo_saxon"].as_u64().is_some());
    assert_eq!(
        format!("\"{}\"", figure["spread"]),
        cells[5],
        "the JSON and the CSV"
    );
    // The team figures per theme, the same numbers as themes.csv.
    assert_eq!(value["themes"].as_array().unwrap().len(), 9);
    let first: Vec<&str> = themes[1].split(';').collect();
    let cell = |v: &serde_json::Value| {
        format!(
            "\"{}\"",
            v.as_i64().map(|n| n.to_string()).unwrap_or_default()
        )
    };
    assert_eq!(cell(&value["themes"][0]["anglo_saxon"]), first[1]);
    assert_eq!(cell(&value["themes"][0]["spread"]), first[5]);
}

#[test]
fn a_dropped_action_is_exported_as_dropped_in_both_languages() {
    use teambalans_core::round::rounds::ActionStatus;
    let mut book = book_with_actions();
    book.set_action_status(ROUND, 2, ActionStatus::Dropped, 30)
        .unwrap();
    let later = book.round_data(RoundId([3; 6])).unwrap();
    assert!(csv_file(&later, Locale::Nl, "actions.csv").contains("\"dropped\";\"laten vallen\""));
    assert!(csv_file(&later, Locale::En, "actions.csv").contains("\"dropped\",\"dropped\""));
    let value: serde_json::Value = serde_json::from_str(&json(&later)).unwrap();
    assert_eq!(value["previous_actions"]["actions"][1]["status"], "dropped");
}
