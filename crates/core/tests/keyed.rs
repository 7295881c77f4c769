//! Instrument version 2's numbers, checked as a careful coach would: yes-saying and
//! random answers must not produce findings, honest answers must.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use teambalans_core::instrument::answers::{Answer, Level};
use teambalans_core::instrument::model::{Instrument, Key, Pole};
use teambalans_core::instrument::v2::{DIMENSIONS, STATEMENTS};
use teambalans_core::score::member::{
    pole_alpha, score_member, team_dimension, Consistency, PoleScore, TeamZone,
};
use teambalans_core::score::scoring::Zone;
use teambalans_core::score::simulation::{random_clear_pct, uniform_strong_pct, Synthetic};

/// Answers that put every dimension in `zone`: a strong pole seen "often" and its
/// absences "sometimes", a weak pole the other way round.
fn honest(zone: Zone) -> Vec<Option<Answer>> {
    STATEMENTS
        .iter()
        .map(|s| {
            let strong = zone.is_strong(s.pole);
            let seen = strong == (s.key == Key::Plus);
            Some(Answer::Level(if seen {
                Level::Largely
            } else {
                Level::ALittle
            }))
        })
        .collect()
}

#[test]
fn a_zone_names_which_poles_are_strong() {
    for zone in Zone::ALL {
        let back = Zone::from_sides(
            zone.is_strong(Pole::AngloSaxon),
            zone.is_strong(Pole::Rhineland),
        );
        assert_eq!(back, zone);
    }
}

#[test]
fn a_uniform_responder_gets_no_strong_zone_and_no_clear_difference() {
    assert_eq!(uniform_strong_pct(Instrument::V2), 0.0);
    for frequency in Level::ALL {
        let ratings = vec![Some(Answer::Level(frequency)); STATEMENTS.len()];
        let member = score_member(Instrument::V2, &ratings, &[]);
        assert!(member.uniform);
        for dimension in &member.dimensions {
            assert_eq!(dimension.difference(), Some(0.0), "{frequency:?}");
            assert_eq!(dimension.clear_difference(), None);
            assert!(
                dimension.zone().is_none_or(|z| z == Zone::WeakOnBoth),
                "{frequency:?}: {:?}",
                dimension.zone()
            );
        }
    }
}

#[test]
fn saying_yes_to_everything_is_measured() {
    let yes = vec![Some(Answer::Level(Level::Completely)); STATEMENTS.len()];
    let member = score_member(Instrument::V2, &yes, &[]);
    assert!(member.says_yes_to_everything());
    assert_eq!(member.yes_saying, Some(2.0));
    let consistent = score_member(Instrument::V2, &honest(Zone::StrongOnBoth), &[]);
    assert!(!consistent.says_yes_to_everything());
    assert!(!consistent.uniform);
}

#[test]
fn random_responders_rarely_get_a_clear_difference() {
    let pct = random_clear_pct(Instrument::V2, 4000, 7);
    assert!(
        pct <= 5.0,
        "{pct} % of random responders got a clear difference"
    );
}

#[test]
fn members_with_a_known_profile_land_in_their_true_zone() {
    let pct = Synthetic::REPORTED.recovery_pct(1500, 11);
    assert!(pct >= 90.0, "only {pct} % placed in their true zone");
}

#[test]
fn honest_answers_land_in_their_zone_with_a_clear_difference_where_the_poles_differ() {
    for zone in Zone::ALL {
        let member = score_member(Instrument::V2, &honest(zone), &[]);
        for dimension in &member.dimensions {
            assert_eq!(dimension.zone(), Some(zone));
            let expected = match zone {
                Zone::MainlyAngloSaxon => Some(Pole::AngloSaxon),
                Zone::MainlyRhineland => Some(Pole::Rhineland),
                _ => None,
            };
            assert_eq!(dimension.clear_difference(), expected, "{zone:?}");
        }
    }
}

#[test]
fn neither_non_answer_counts_and_one_answer_gives_no_number() {
    let mut ratings = vec![Some(Answer::Skip); STATEMENTS.len()];
    ratings[0] = Some(Answer::Level(Level::Largely));
    ratings[1] = Some(Answer::NotApplicable);
    let member = score_member(Instrument::V2, &ratings, &[]);
    for dimension in &member.dimensions {
        for pole in Pole::ALL {
            assert!(matches!(
                dimension.pole(pole),
                PoleScore::TooFewAnswers { answered: 0 | 1 }
            ));
        }
        assert_eq!(dimension.zone(), None);
        assert_eq!(dimension.difference(), None);
    }
}

#[test]
fn a_team_split_between_zones_is_divided_not_placed_at_its_mean() {
    let members: Vec<_> = [Zone::MainlyAngloSaxon, Zone::MainlyRhineland]
        .iter()
        .cycle()
        .take(6)
        .map(|z| score_member(Instrument::V2, &honest(*z), &[]))
        .collect();
    let team = team_dimension(&members, 0).expect("a dimension");
    assert_eq!(team.zone, TeamZone::Divided);
    assert_eq!(team.zones[Zone::MainlyAngloSaxon as usize], 3);

    let together: Vec<_> = (0..5)
        .map(|_| score_member(Instrument::V2, &honest(Zone::StrongOnBoth), &[]))
        .chain([score_member(Instrument::V2, &honest(Zone::WeakOnBoth), &[])])
        .collect();
    let team = team_dimension(&together, 0).expect("a dimension");
    assert_eq!(team.zone, TeamZone::Together(Zone::StrongOnBoth));
}

#[test]
fn statements_that_hang_together_read_as_consistent() {
    // Six members who differ in how present dimension 1's Anglo-Saxon pole is, each
    // answering its four statements consistently: α is high.
    let dimension = DIMENSIONS[0].id;
    let members: Vec<Vec<Option<Answer>>> = (0..6)
        .map(|m| {
            STATEMENTS
                .iter()
                .map(|s| {
                    let presence = 1 + (m % 5) as u8;
                    let value = if s.key == Key::Plus {
                        presence
                    } else {
                        6 - presence
                    };
                    Level::from_value(value).map(Answer::Level)
                })
                .collect()
        })
        .collect();
    let refs: Vec<&[Option<Answer>]> = members.iter().map(Vec::as_slice).collect();
    let alpha = pole_alpha(Instrument::V2, &refs, dimension, Pole::AngloSaxon).expect("α");
    assert!((alpha - 1.0).abs() < 1e-9);
    assert_eq!(Consistency::of(alpha), Consistency::Good);
    assert_eq!(
        pole_alpha(Instrument::V2, &refs[..5], dimension, Pole::AngloSaxon),
        None
    );
}

proptest! {
    #[test]
    fn any_one_answer_to_everything_never_reads_as_strong(id in 1u8..=7) {
        let rating = Answer::from_id_in(id, Instrument::V2);
        let ratings = vec![rating; STATEMENTS.len()];
        let member = score_member(Instrument::V2, &ratings, &[]);
        for dimension in &member.dimensions {
            prop_assert!(dimension.clear_difference().is_none());
            prop_assert!(!matches!(
                dimension.zone(),
                Some(Zone::StrongOnBoth | Zone::MainlyAngloSaxon | Zone::MainlyRhineland)
            ));
        }
    }

    #[test]
    fn a_non_answer_never_counts_as_a_number(
        answers in proptest::collection::vec(0u8..=7, 72),
        replacement in 0u8..3,
    ) {
        // "Don't know", "doesn't apply" and no answer at all are interchangeable: none
        // of them moves any score.
        let ratings: Vec<Option<Answer>> = answers.iter().map(|a| Answer::from_id_in(*a, Instrument::V2)).collect();
        let other = match replacement {
            0 => None,
            1 => Some(Answer::Skip),
            _ => Some(Answer::NotApplicable),
        };
        let swapped: Vec<Option<Answer>> = ratings
            .iter()
            .map(|r| if r.and_then(Answer::value).is_some() { *r } else { other })
            .collect();
        let a = score_member(Instrument::V2, &ratings, &[]);
        let b = score_member(Instrument::V2, &swapped, &[]);
        prop_assert_eq!(a, b);
    }
}

// ---------- docs/instrument.md stays in step with the data ----------

fn seed_name(seed: teambalans_core::instrument::Seed) -> &'static str {
    use teambalans_core::instrument::Seed;
    match seed {
        Seed::MeaningfulProgress => "000/001",
        Seed::FromSilosToConnection => "002",
        Seed::TwoSystemModels => "003",
        Seed::SmallThings => "004",
    }
}

fn pole_name(pole: Pole) -> &'static str {
    match pole {
        Pole::AngloSaxon => "A",
        Pole::Rhineland => "R",
    }
}

/// Table cells: a `|` inside a text would break the row.
fn cell(text: &str) -> String {
    text.replace('|', "\\|")
}

fn generated_sections() -> Vec<(&'static str, String)> {
    let mut dimensions =
        String::from("| id | code | Dutch | English | pole A (NL / EN) | pole R (NL / EN) |\n| --- | --- | --- | --- | --- | --- |\n");
    let mut trade_offs =
        String::from("| dimension | A (NL / EN) | R (NL / EN) |\n| --- | --- | --- |\n");
    for d in &DIMENSIONS {
        dimensions.push_str(&format!(
            "| {} | {} | {} | {} | {} / {} | {} / {} |\n",
            d.id,
            d.code,
            d.name.nl,
            d.name.en,
            d.anglo_saxon.nl,
            d.anglo_saxon.en,
            d.rhineland.nl,
            d.rhineland.en
        ));
        trade_offs.push_str(&format!(
            "| {} {} | {} / {} | {} / {} |\n",
            d.id,
            d.code,
            cell(d.trade_off.anglo_saxon.nl),
            cell(d.trade_off.anglo_saxon.en),
            cell(d.trade_off.rhineland.nl),
            cell(d.trade_off.rhineland.en)
        ));
    }
    let mut statements = String::from(
        "| id | dim | pole | key | seed passage | Dutch | English |\n| --- | --- | --- | --- | --- | --- | --- |\n",
    );
    for s in &STATEMENTS {
        let code = DIMENSIONS
            .iter()
            .find(|d| d.id == s.dimension)
            .map_or("?", |d| d.code);
        let key = match s.key {
            Key::Plus => "+".to_string(),
            Key::Minus => format!("− (mirror {})", s.mirror.unwrap_or_default()),
        };
        statements.push_str(&format!(
            "| {} | {} | {} | {} | {} “{}” | {} | {} |\n",
            s.id,
            code,
            pole_name(s.pole),
            key,
            seed_name(s.passage.seed),
            cell(s.passage.quote),
            cell(s.text.nl),
            cell(s.text.en)
        ));
    }
    let mut v1 = String::from("| id | dimension | pole | key | Dutch | English |\n| --- | --- | --- | --- | --- | --- |\n");
    for s in teambalans_core::instrument::statements() {
        v1.push_str(&format!(
            "| {} | {} | {} | + | {} | {} |\n",
            s.id.0,
            s.dimension.def().name.en,
            pole_name(s.pole),
            cell(s.text.nl),
            cell(s.text.en)
        ));
    }
    vec![
        ("dimensions", dimensions),
        ("statements", statements),
        ("trade-offs", trade_offs),
        ("v1", v1),
    ]
}

/// `docs/instrument.md` lists every statement of both versions as the code has them.
/// Run with `UPDATE_DOCS=1` to write the generated tables into it.
#[test]
fn docs_instrument_md_lists_every_statement_as_the_code_has_it() {
    let path = concat!(
        concat!(env!("CARGO_MANIFEST_DIR"), "/../.."),
        "/docs/instrument.md"
    );
    let doc = std::fs::read_to_string(path).expect("docs/instrument.md exists");
    let mut expected = doc.clone();
    for (name, table) in generated_sections() {
        let begin = format!("<!-- generated:{name}:begin -->\n");
        let end = format!("<!-- generated:{name}:end -->");
        let start = expected.find(&begin).expect("begin marker") + begin.len();
        let stop = expected.find(&end).expect("end marker");
        expected.replace_range(start..stop, &table);
    }
    if std::env::var_os("UPDATE_DOCS").is_some() {
        std::fs::write(path, &expected).expect("docs/instrument.md written");
        return;
    }
    assert!(
        doc == expected,
        "docs/instrument.md is out of step with the instrument; run UPDATE_DOCS=1 cargo test -p teambalans-core --test instrument_v2"
    );
}

/// Every seed passage the instrument names is found in the seed articles (`../shared/seeds/`,
/// beside the repository), so each statement can be traced to what the authors wrote.
#[test]
fn every_seed_passage_is_in_the_articles() {
    let folder = concat!(
        concat!(env!("CARGO_MANIFEST_DIR"), "/../.."),
        "/../shared/seeds"
    );
    let normalise = |text: &str| -> String {
        text.chars()
            .map(|c| match c {
                '“' | '”' | '„' | '"' | '‘' | '’' | '\'' => '"',
                c if c.is_whitespace() => ' ',
                c => c,
            })
            .collect::<String>()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    let articles: String = std::fs::read_dir(folder)
        .expect("the seed articles beside the repository")
        .map(|entry| {
            let path = entry.expect("a seed file").path();
            normalise(&std::fs::read_to_string(path).expect("a readable seed"))
        })
        .collect::<Vec<_>>()
        .join("\n");
    // Versions 2 and 3.
    let passages = DIMENSIONS
        .iter()
        .chain(teambalans_core::instrument::v3::DIMENSIONS.iter())
        .flat_map(|d| d.passages.iter())
        .chain(STATEMENTS.iter().map(|s| &s.passage))
        .chain(
            teambalans_core::instrument::v3::STATEMENTS
                .iter()
                .map(|s| &s.passage),
        );
    // A quote may leave words out with "…": its parts must then follow each other in
    // one article.
    let found = |quote: &str| {
        articles.lines().any(|article| {
            let mut from = 0;
            quote
                .split('…')
                .map(normalise)
                .all(|part| match article[from..].find(part.trim()) {
                    Some(at) => {
                        from += at + part.trim().len();
                        true
                    }
                    None => false,
                })
        })
    };
    let missing: Vec<&str> = passages.map(|p| p.quote).filter(|q| !found(q)).collect();
    assert!(
        missing.is_empty(),
        "passages not found in the seeds: {missing:#?}"
    );
}
