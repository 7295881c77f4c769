//! The link format: round trips, robustness against anything pasted, fuzzing, and golden
//! links of every released format version that must keep opening.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use teambalans_core::instrument::answers::Answer;
use teambalans_core::instrument::Instrument;
use teambalans_core::link::action_status::ActionStatus;
use teambalans_core::link::{
    decode, encode, to_fragment, ActionReview, AgreedAction, Invite, Link, LinkError, LinkKind,
    MemberId, Response, Results, RoundId, Sealed, ShownFigures, TrendEntry, FORMAT_VERSION,
    MAX_LINK_ACTIONS, MAX_NAME_BYTES, MAX_OWN_STATEMENTS, MAX_RESULTS_RESPONDENTS, MAX_TEXT_BYTES,
    MAX_TREND_ROUNDS, REVISION_EPOCH_MS, TREND_TENTHS,
};

/// A sealed envelope with fixed bytes: the codec's part, without any crypto.
pub fn example_sealed() -> Sealed {
    Sealed {
        inner: LinkKind::Results,
        salt: [7; 16],
        iv: [9; 12],
        ciphertext: (0u8..40).collect(),
    }
}

pub fn example_invite() -> Invite {
    Invite {
        round: RoundId([1, 2, 3, 4, 5, 6]),
        date_days: 20_415,
        ask_desired: true,
        min_group: 3,
        instrument: Instrument::V1,
        team_name: "Klantenteam Oost — ‘naoberschap’".to_string(),
        round_title: "Najaar <b>2025</b>".to_string(),
        open: false,
        own_statements: Vec::new(),
    }
}

pub fn example_response(statements: usize, desired: bool) -> Response {
    Response {
        round: RoundId([1, 2, 3, 4, 5, 6]),
        member: MemberId([9, 8, 7, 6, 5, 4]),
        // 1,000,000 minutes after 2024-01-01: what format 1 carried, read as ms.
        revision: REVISION_EPOCH_MS + 1_000_000 * 60_000,
        instrument: Instrument::V1,
        has_desired: desired,
        ratings: (0..statements)
            .map(|i| {
                let now = Answer::from_id((i % 7) as u8);
                let wanted = if desired {
                    Answer::from_id(((i + 3) % 7) as u8)
                } else {
                    None
                };
                (now, wanted)
            })
            .collect(),
        trade_offs: Vec::new(),
        facilitator: false,
        name: None,
        own_answers: Vec::new(),
    }
}

/// The example round asking instrument version 2.
pub fn example_invite_v2() -> Invite {
    Invite {
        instrument: Instrument::V2,
        ..example_invite()
    }
}

/// A version 2 response: 72 statements with every answer id 0–7, and nine trade-offs
/// with every point count 0–10 and "not divided".
pub fn example_response_v2(desired: bool) -> Response {
    Response {
        instrument: Instrument::V2,
        ratings: (0..72)
            .map(|i| {
                let now = Answer::from_id((i % 8) as u8);
                let wanted = if desired {
                    Answer::from_id(((i + 5) % 8) as u8)
                } else {
                    None
                };
                (now, wanted)
            })
            .collect(),
        trade_offs: (0..9u8)
            .map(|i| {
                let points = |k: u8| (k % 12 < 11).then_some(k % 12);
                (
                    points(i * 2),
                    if desired { points(i * 2 + 1) } else { None },
                )
            })
            .collect(),
        ..example_response(0, desired)
    }
}

/// Three anonymous respondents of the example round in version 2.
pub fn example_results_v2() -> Results {
    let people: Vec<Response> = (0..3)
        .map(|n| {
            let mut r = example_response_v2(true);
            r.ratings.rotate_left(n);
            r.trade_offs.rotate_left(n);
            r
        })
        .collect();
    Results {
        round: example_invite_v2(),
        has_desired: true,
        statements: 72,
        respondents: people.iter().map(|r| r.ratings.clone()).collect(),
        trade_offs: people.iter().map(|r| r.trade_offs.clone()).collect(),
        trend: Vec::new(),
        review: None,
        actions: Vec::new(),
        own_answers: Vec::new(),
        names: Vec::new(),
    }
}

/// The example round asking instrument version 3.
pub fn example_invite_v3() -> Invite {
    Invite {
        instrument: Instrument::V3,
        ..example_invite()
    }
}

/// A version 3 response: 72 statements with every answer id 0–7 and no "desired" on
/// them (version 3 asks it of the trade-offs only), and nine trade-offs.
pub fn example_response_v3(desired: bool) -> Response {
    let v2 = example_response_v2(desired);
    Response {
        instrument: Instrument::V3,
        ratings: v2.ratings.iter().map(|(now, _)| (*now, None)).collect(),
        ..v2
    }
}

/// Three anonymous respondents of the example round in version 3.
pub fn example_results_v3() -> Results {
    let v2 = example_results_v2();
    Results {
        round: example_invite_v3(),
        respondents: v2
            .respondents
            .iter()
            .map(|ratings| ratings.iter().map(|(now, _)| (*now, None)).collect())
            .collect(),
        ..v2
    }
}

/// Five anonymous respondents of the example round, 40 statements with "desired".
pub fn example_results() -> Results {
    Results {
        round: example_invite(),
        has_desired: true,
        statements: 40,
        respondents: (0..5)
            .map(|n| {
                example_response(40, true)
                    .ratings
                    .into_iter()
                    .cycle()
                    .skip(n)
                    .take(40)
                    .collect()
            })
            .collect(),
        trade_offs: Vec::new(),
        trend: Vec::new(),
        review: None,
        actions: Vec::new(),
        own_answers: Vec::new(),
        names: Vec::new(),
    }
}

/// The example trend as formats 4 and 5 wrote it, in tenths: per dimension the means
/// (Anglo-Saxon, Rhineland) and the spread, each when shown. Two rounds, one of each
/// version, one dimension without a figure.
#[allow(clippy::type_complexity)]
fn example_trend_tenths() -> Vec<(u16, Instrument, Vec<Option<((u16, u16), Option<u16>)>>)> {
    vec![
        (
            20_100,
            Instrument::V1,
            (0..10u16)
                .map(|i| (i != 3).then_some(((i * 100, TREND_TENTHS - i * 37), Some(i * 21))))
                .collect(),
        ),
        (
            20_250,
            Instrument::V2,
            (0..9u16)
                .map(|i| Some(((i * 111, 505), (i % 2 == 0).then_some(250))))
                .collect(),
        ),
    ]
}

/// The example trend as shown: what a format 6 link carries, and what the tenths of
/// formats 4 and 5 read as (rounded in the version's step, halfway up).
pub fn example_trend() -> Vec<TrendEntry> {
    example_trend_tenths()
        .into_iter()
        .map(|(date_days, instrument, figures)| {
            let step = instrument.rules().step.size() as u32;
            // Written out here rather than calling the reader's own rounding.
            let shown = |t: u16| i64::from((u32::from(t) + 5 * step) / (10 * step)) * step as i64;
            TrendEntry {
                date_days,
                instrument,
                figures: figures
                    .into_iter()
                    .map(|f| {
                        f.map(|((a, r), s)| ShownFigures {
                            anglo_saxon: shown(a),
                            rhineland: shown(r),
                            spread: s.map(shown),
                        })
                    })
                    .collect(),
            }
        })
        .collect()
}

/// The example results with what format 4 adds: two earlier rounds (one of each
/// version, one dimension without a figure), the round before's actions with every
/// follow-up, and this round's actions, texts with markup and accents included.
pub fn example_results_agreed() -> Results {
    let action = |who: &str, what: &str, by_days, dimension, status| AgreedAction {
        who: who.to_string(),
        what: what.to_string(),
        by_days,
        dimension,
        status,
    };
    Results {
        trend: example_trend(),
        review: Some(ActionReview {
            instrument: Instrument::V2,
            date_days: 20_250,
            actions: vec![
                action(
                    "Anouk",
                    "Elke maandag één klant bellen",
                    Some(20_300),
                    Some(1),
                    ActionStatus::Done,
                ),
                action(
                    "",
                    "Retro <b>om de week</b> & ‘samen’",
                    None,
                    None,
                    ActionStatus::Partly,
                ),
                action(
                    "Jörg",
                    "Budget delen",
                    Some(20_280),
                    Some(9),
                    ActionStatus::Open,
                ),
                action("Sam", "Nog te bespreken", None, Some(4), ActionStatus::Open),
            ],
        }),
        actions: vec![
            action(
                "Team",
                "Besluiten op het bord zetten",
                Some(20_500),
                Some(3),
                ActionStatus::Open,
            ),
            action(
                "Mo",
                "😀 één keer per sprint demo",
                None,
                None,
                ActionStatus::Done,
            ),
        ],
        ..example_results()
    }
}

/// An open round of version 2 with three own statements (markup and accents included).
pub fn example_invite_own() -> Invite {
    Invite {
        open: true,
        own_statements: vec![
            "We durven elkaar aan te spreken".to_string(),
            "Besluiten zijn <i>helder</i> — ook ná het overleg".to_string(),
            "Ik weet wat er van mij verwacht wordt".to_string(),
        ],
        ..example_invite_v2()
    }
}

/// A version 2 response to the open round: by the facilitator with a name, or by a
/// member without one; own answers with every kind (a level, don't know, none).
pub fn example_response_own(named: bool) -> Response {
    Response {
        facilitator: named,
        name: named.then(|| "Anouk van Dijk".to_string()),
        own_answers: vec![Answer::from_id(4), Answer::from_id(6), None],
        ..example_response_v2(false)
    }
}

/// The open round's results: three respondents with own answers, two of them named.
pub fn example_results_own() -> Results {
    Results {
        round: example_invite_own(),
        own_answers: vec![
            vec![Answer::from_id(4), Answer::from_id(6), None],
            vec![Answer::from_id(2), Answer::from_id(5), Answer::from_id(7)],
            vec![Answer::from_id(1), None, Answer::from_id(3)],
        ],
        names: vec!["Anouk".to_string(), "Jeroen".to_string()],
        ..example_results_v2()
    }
}

#[test]
fn a_response_for_48_statements_with_desired_fits_in_80_characters() {
    let payload = encode(&Link::Response(example_response(48, true))).unwrap();
    assert!(payload.len() <= 80, "{} characters", payload.len());
}

#[test]
fn links_open_from_anything_a_person_might_paste() {
    let link = Link::Response(example_response(40, true));
    let fragment = to_fragment(&link).unwrap();
    let url = format!("https://teambalans.example/app/{fragment}");
    let broken_by_mail = {
        let (a, b) = url.split_at(40);
        format!("{a}\r\n{b}")
    };
    let percent = url.replace('#', "%23").replace('/', "%2F");
    for pasted in [
        url.clone(),
        fragment.clone(),
        fragment.trim_start_matches("#/r/").to_string(),
        format!("<{url}>"),
        format!("  {url}.  "),
        format!("\"{url}\""),
        broken_by_mail,
        percent,
    ] {
        assert_eq!(decode(&pasted).as_ref(), Ok(&link), "{pasted:?}");
    }
}

#[test]
fn bad_links_are_typed_errors() {
    let good = to_fragment(&Link::Invite(example_invite())).unwrap();
    let payload = good.trim_start_matches("#/i/").to_string();
    assert_eq!(decode(""), Err(LinkError::Empty));
    assert_eq!(decode("   <> "), Err(LinkError::Empty));
    assert_eq!(
        decode(&"a".repeat(1_000_000)),
        Err(LinkError::TooLong(1_000_000))
    );
    assert_eq!(
        decode("hello world, how are you?"),
        Err(LinkError::NotALink)
    );
    assert_eq!(
        decode("https://example.com/#/r/"),
        Err(LinkError::Truncated)
    );
    assert_eq!(decode(&payload[..6]), Err(LinkError::Truncated));
    assert_eq!(
        decode(&payload[..payload.len() - 12]),
        Err(LinkError::Truncated)
    );
    // One character changed: the checksum catches it.
    let mut chars: Vec<char> = payload.chars().collect();
    chars[10] = if chars[10] == 'A' { 'B' } else { 'A' };
    assert_eq!(
        decode(&chars.iter().collect::<String>()),
        Err(LinkError::Checksum)
    );
    // Extra characters at the end.
    assert!(decode(&format!("{payload}AAAA")).is_err());
}

#[test]
fn a_newer_format_version_says_so() {
    // The next version in the first byte, whatever follows.
    let next = FORMAT_VERSION + 1;
    let bytes = [(next << 4) | 2, 1, 2, 3, 4, 5, 6, 7, 8];
    let text = teambalans_core::link::base64url_encode(&bytes);
    assert_eq!(decode(&text), Err(LinkError::NewerVersion(next)));
}

#[test]
fn an_unknown_kind_says_so() {
    let mut bytes = vec![0x1fu8, 0, 0];
    let crc = teambalans_core::link::crc32(&bytes);
    bytes.extend_from_slice(&crc.to_be_bytes());
    let text = teambalans_core::link::base64url_encode(&bytes);
    assert_eq!(decode(&text), Err(LinkError::UnknownKind(15)));
}

#[test]
fn names_are_limited_in_length() {
    let mut invite = example_invite();
    invite.team_name = "x".repeat(MAX_TEXT_BYTES + 1);
    assert_eq!(encode(&Link::Invite(invite)), Err(LinkError::TextTooLong));
}

#[test]
fn every_error_has_a_message_in_both_languages() {
    for error in [
        LinkError::Empty,
        LinkError::TooLong(1),
        LinkError::NotALink,
        LinkError::Truncated,
        LinkError::Checksum,
        LinkError::NewerVersion(2),
        LinkError::UnknownKind(9),
        LinkError::Invalid("x"),
        LinkError::TextTooLong,
    ] {
        let m = error.message();
        assert!(
            !m.nl.is_empty() && !m.en.is_empty() && m.nl != m.en,
            "{error:?}"
        );
    }
}

/// Golden links: `tests/fixtures/links/v<N>.txt` holds `<name> <link>` lines made by
/// format version N. Each must decode to the content named here, forever.
#[test]
fn golden_links_of_every_format_version_still_open() {
    let mut seen = 0;
    for version in 1..=FORMAT_VERSION {
        let path = format!(
            "{}/tests/fixtures/links/v{version}.txt",
            concat!(env!("CARGO_MANIFEST_DIR"), "/../..")
        );
        let text = std::fs::read_to_string(&path).unwrap();
        for line in text
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        {
            let (name, link) = line.split_once(' ').unwrap();
            let expected = match name {
                "invite" => Link::Invite(example_invite()),
                "response-40-desired" => Link::Response(example_response(40, true)),
                "response-24" => Link::Response(example_response(24, false)),
                "results-5-desired" => Link::Results(example_results()),
                "sealed-results" => Link::Sealed(example_sealed()),
                "invite-v2" => Link::Invite(example_invite_v2()),
                "response-v2-desired" => Link::Response(example_response_v2(true)),
                "response-v2" => Link::Response(example_response_v2(false)),
                "results-v2-3-desired" => Link::Results(example_results_v2()),
                "results-agreed" => Link::Results(example_results_agreed()),
                "invite-own" => Link::Invite(example_invite_own()),
                "response-own-named" => Link::Response(example_response_own(true)),
                "response-own-anonymous" => Link::Response(example_response_own(false)),
                "results-own-open" => Link::Results(example_results_own()),
                "invite-v3" => Link::Invite(example_invite_v3()),
                "response-v3-desired" => Link::Response(example_response_v3(true)),
                "response-v3" => Link::Response(example_response_v3(false)),
                "results-v3-3-desired" => Link::Results(example_results_v3()),
                other => panic!("unknown golden link {other}"),
            };
            assert_eq!(decode(link), Ok(expected), "v{version} {name}");
            seen += 1;
        }
    }
    // Five of each format; formats 3 to 6 add instrument version 2's four, formats 4 to
    // 6 results with actions and a trend, formats 5 and 6 their four with the round's
    // choices and instrument version 3's four.
    assert_eq!(
        seen,
        5 * usize::from(FORMAT_VERSION) + 4 * 4 + 3 + 4 * 2 + 4 * 2
    );
}

/// Prints the golden lines of the current format, for a new `v<N>.txt`:
/// `cargo test -p teambalans-core --test link print_golden_lines -- --ignored --nocapture`.
#[test]
#[ignore]
fn print_golden_lines() {
    let lines = [
        ("invite", Link::Invite(example_invite())),
        (
            "response-40-desired",
            Link::Response(example_response(40, true)),
        ),
        ("response-24", Link::Response(example_response(24, false))),
        ("results-5-desired", Link::Results(example_results())),
        ("sealed-results", Link::Sealed(example_sealed())),
        ("invite-v2", Link::Invite(example_invite_v2())),
        (
            "response-v2-desired",
            Link::Response(example_response_v2(true)),
        ),
        ("response-v2", Link::Response(example_response_v2(false))),
        ("results-v2-3-desired", Link::Results(example_results_v2())),
        ("results-agreed", Link::Results(example_results_agreed())),
        ("invite-own", Link::Invite(example_invite_own())),
        (
            "response-own-named",
            Link::Response(example_response_own(true)),
        ),
        (
            "response-own-anonymous",
            Link::Response(example_response_own(false)),
        ),
        ("results-own-open", Link::Results(example_results_own())),
        ("invite-v3", Link::Invite(example_invite_v3())),
        (
            "response-v3-desired",
            Link::Response(example_response_v3(true)),
        ),
        ("response-v3", Link::Response(example_response_v3(false))),
        ("results-v3-3-desired", Link::Results(example_results_v3())),
    ];
    for (name, link) in lines {
        println!("{name} {}", to_fragment(&link).unwrap());
    }
}

#[test]
fn a_version_2_response_with_desired_fits_in_130_characters() {
    let payload = encode(&Link::Response(example_response_v2(true))).unwrap();
    assert!(payload.len() <= 130, "{} characters", payload.len());
}

#[test]
fn answers_and_versions_a_link_cannot_carry_are_refused() {
    // "Does not apply" is not an answer of version 1.
    let mut v1 = example_response(40, false);
    v1.ratings[0].0 = Some(Answer::NotApplicable);
    assert!(matches!(
        encode(&Link::Response(v1)),
        Err(LinkError::Invalid(_))
    ));
    // Eleven points of ten.
    let mut v2 = example_response_v2(false);
    v2.trade_offs[0].0 = Some(11);
    assert!(matches!(
        encode(&Link::Response(v2)),
        Err(LinkError::Invalid(_))
    ));
    // An instrument this build does not know: made by a newer Teambalans.
    let good = encode(&Link::Invite(example_invite())).unwrap();
    let mut bytes = teambalans_core::link::base64url_decode(&good).unwrap();
    let instrument_at = 1 + 6 + 2 + 1 + 1;
    bytes[instrument_at] = 9;
    let body = bytes.len() - 4;
    let crc = teambalans_core::link::crc32(&bytes[..body]);
    bytes[body..].copy_from_slice(&crc.to_be_bytes());
    let forged = teambalans_core::link::base64url_encode(&bytes);
    assert_eq!(decode(&forged), Err(LinkError::NewerInstrument(9)));
    assert_ne!(
        LinkError::NewerInstrument(9).message().nl,
        LinkError::Invalid("x").message().nl
    );
}

// ---------- property tests and fuzzing ----------

fn answer() -> impl Strategy<Value = Option<Answer>> {
    (0u8..=6).prop_map(|d| if d == 0 { None } else { Answer::from_id(d) })
}

fn answer_v2() -> impl Strategy<Value = Option<Answer>> {
    (0u8..=7).prop_map(|d| if d == 0 { None } else { Answer::from_id(d) })
}

fn instrument() -> impl Strategy<Value = Instrument> {
    prop_oneof![Just(Instrument::V1), Just(Instrument::V2)]
}

fn text() -> impl Strategy<Value = String> {
    proptest::string::string_regex(".{0,30}")
        .unwrap()
        .prop_map(|s| {
            let mut s = s;
            while s.len() > MAX_TEXT_BYTES {
                s.pop();
            }
            s
        })
}

/// Any action text a link carries: any characters, cut to the byte limit.
fn action_text() -> impl Strategy<Value = String> {
    any::<String>().prop_map(|mut s| {
        while s.len() > MAX_TEXT_BYTES {
            s.pop();
        }
        s
    })
}

fn actions(instrument: Instrument) -> impl Strategy<Value = Vec<AgreedAction>> {
    let ids: Vec<u8> = instrument.dimensions().map(|d| d.id).collect();
    proptest::collection::vec(
        (
            action_text(),
            action_text(),
            proptest::option::of(any::<u16>()),
            proptest::option::of(proptest::sample::select(ids)),
            0u8..5, // every status, "dropped" (4) too: this build writes format 5
        )
            .prop_map(|(who, what, by_days, dimension, code)| AgreedAction {
                who,
                what,
                by_days,
                dimension,
                status: ActionStatus::from_code(code).unwrap(),
            }),
        0..4,
    )
}

fn trend_entry() -> impl Strategy<Value = TrendEntry> {
    (instrument(), any::<u16>()).prop_flat_map(|(instrument, date_days)| {
        // Shown figures: whole steps of the version, 0–100.
        let step = instrument.rules().step.size();
        let steps = 0..=100 / step;
        proptest::collection::vec(
            proptest::option::of((steps.clone(), steps.clone(), proptest::option::of(steps))),
            instrument.dimension_count(),
        )
        .prop_map(move |figures| TrendEntry {
            date_days,
            instrument,
            figures: figures
                .into_iter()
                .map(|f| {
                    f.map(|(a, r, s)| ShownFigures {
                        anglo_saxon: a * step,
                        rhineland: r * step,
                        spread: s.map(|s| s * step),
                    })
                })
                .collect(),
        })
    })
}

/// Format 4's section of a results link (the round is version 1).
#[allow(clippy::type_complexity)]
fn agreements() -> impl Strategy<Value = (Vec<TrendEntry>, Option<ActionReview>, Vec<AgreedAction>)>
{
    let review = (instrument(), any::<u16>()).prop_flat_map(|(instrument, date_days)| {
        actions(instrument).prop_map(move |actions| ActionReview {
            instrument,
            date_days,
            actions,
        })
    });
    (
        proptest::collection::vec(trend_entry(), 0..4),
        proptest::option::of(review),
        actions(Instrument::V1),
    )
}

fn link() -> impl Strategy<Value = Link> {
    let invite = (
        any::<[u8; 6]>(),
        any::<u16>(),
        any::<bool>(),
        any::<u8>(),
        instrument(),
        text(),
        text(),
        any::<bool>(),
        own_statements(),
    )
        .prop_map(
            |(
                round,
                date_days,
                ask_desired,
                min_group,
                instrument,
                team_name,
                round_title,
                open,
                own_statements,
            )| {
                Link::Invite(Invite {
                    round: RoundId(round),
                    date_days,
                    ask_desired,
                    min_group,
                    instrument,
                    team_name,
                    round_title,
                    open,
                    own_statements,
                })
            },
        );
    let response = (
        any::<[u8; 6]>(),
        any::<[u8; 6]>(),
        REVISION_EPOCH_MS..REVISION_EPOCH_MS + (1 << 40),
        any::<bool>(),
        any::<bool>(),
        proptest::collection::vec((answer_v2(), answer_v2()), 0..80),
        proptest::collection::vec(
            (
                proptest::option::of(0u8..=10),
                proptest::option::of(0u8..=10),
            ),
            0..12,
        ),
        (
            any::<bool>(),
            proptest::option::of(name()),
            proptest::collection::vec(answer_v2(), 0..=MAX_OWN_STATEMENTS),
        ),
    )
        .prop_map(
            |(
                round,
                member,
                revision,
                v2,
                has_desired,
                ratings,
                trade_offs,
                (facilitator, name, own_answers),
            )| {
                let instrument = if v2 { Instrument::V2 } else { Instrument::V1 };
                let fits =
                    |a: Option<Answer>| a.filter(|a| Answer::options(instrument).contains(a));
                let ratings = ratings
                    .into_iter()
                    .map(|(now, desired)| {
                        (fits(now), if has_desired { fits(desired) } else { None })
                    })
                    .collect();
                let trade_offs = if v2 {
                    trade_offs
                        .into_iter()
                        .map(|(now, desired)| (now, if has_desired { desired } else { None }))
                        .collect()
                } else {
                    Vec::new()
                };
                Link::Response(Response {
                    round: RoundId(round),
                    member: MemberId(member),
                    revision,
                    instrument,
                    has_desired,
                    ratings,
                    trade_offs,
                    facilitator,
                    name,
                    own_answers: own_answers.into_iter().map(fits).collect(),
                })
            },
        );
    let results = (
        any::<bool>(),
        0usize..50,
        proptest::collection::vec(proptest::collection::vec((answer(), answer()), 50), 0..8),
        agreements(),
    )
        .prop_map(
            |(has_desired, statements, people, (trend, review, actions))| {
                let respondents = people
                    .into_iter()
                    .map(|ratings| {
                        ratings
                            .into_iter()
                            .take(statements)
                            .map(|(now, desired)| (now, if has_desired { desired } else { None }))
                            .collect()
                    })
                    .collect();
                Link::Results(Results {
                    round: example_invite(),
                    has_desired,
                    statements: statements as u8,
                    respondents,
                    trade_offs: Vec::new(),
                    trend,
                    review,
                    actions,
                    own_answers: Vec::new(),
                    names: Vec::new(),
                })
            },
        );
    let sealed = (
        any::<[u8; 16]>(),
        any::<[u8; 12]>(),
        proptest::collection::vec(any::<u8>(), 16..200),
        0usize..3,
    )
        .prop_map(|(salt, iv, ciphertext, k)| {
            Link::Sealed(Sealed {
                inner: [LinkKind::Invite, LinkKind::Response, LinkKind::Results][k],
                salt,
                iv,
                ciphertext,
            })
        });
    prop_oneof![invite, response, results, results_own(), sealed]
}

/// Own statements as a link carries them: up to five, none empty, any characters.
fn own_statements() -> impl Strategy<Value = Vec<String>> {
    proptest::collection::vec(
        action_text().prop_filter("not empty", |s| !s.is_empty()),
        0..=MAX_OWN_STATEMENTS,
    )
}

/// A member's name: not empty, any characters, at most `MAX_NAME_BYTES`.
fn name() -> impl Strategy<Value = String> {
    any::<String>()
        .prop_map(|mut s| {
            while s.len() > MAX_NAME_BYTES {
                s.pop();
            }
            s
        })
        .prop_filter("not empty", |s| !s.is_empty())
}

/// Results of an open or anonymous round with own statements, answers and names.
fn results_own() -> impl Strategy<Value = Link> {
    (any::<bool>(), own_statements(), 0usize..8).prop_flat_map(|(open, statements, people)| {
        let own = statements.len();
        (
            Just((open, statements)),
            proptest::collection::vec(
                proptest::collection::vec(answer_v2(), own..=own),
                people..=people,
            ),
            proptest::collection::vec(name(), 0..=if open { people } else { 0 }),
        )
            .prop_map(move |((open, statements), own_answers, names)| {
                let base = example_results_v2();
                let respondents = (0..people)
                    .map(|i| base.respondents[i % 3].clone())
                    .collect();
                let trade_offs = (0..people)
                    .map(|i| base.trade_offs[i % 3].clone())
                    .collect();
                Link::Results(Results {
                    round: Invite {
                        open,
                        own_statements: statements,
                        ..example_invite_v2()
                    },
                    respondents,
                    trade_offs,
                    own_answers: if own == 0 { Vec::new() } else { own_answers },
                    names,
                    ..base
                })
            })
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    #[test]
    fn decode_of_encode_is_the_same_link(link in link()) {
        let fragment = to_fragment(&link).unwrap();
        prop_assert_eq!(decode(&fragment), Ok(link));
    }
}

/// A small deterministic generator, so a failing fuzz case can be replayed.
struct XorShift(u64);
impl XorShift {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

#[test]
fn fuzz_ten_thousand_random_inputs_never_panic() {
    let mut rng = XorShift(0x5eed_1234_abcd_ef01);
    let alphabet: Vec<char> =
        "ABCxyz019-_#/%<>\n\r \t.:?=&éü€😀\u{202e}\0abcdefghijklmnopqrstuvwxyzr"
            .chars()
            .collect();
    for _ in 0..10_000 {
        let len = rng.below(200);
        let input: String = (0..len)
            .map(|_| alphabet[rng.below(alphabet.len())])
            .collect();
        let _ = decode(&input);
        let prefixed = format!("#/r/{input}");
        let _ = decode(&prefixed);
    }
}

#[test]
fn fuzz_ten_thousand_mutations_of_valid_links_never_panic_and_never_pass_as_another() {
    let mut rng = XorShift(0x0bad_cafe_f00d_0001);
    let valid: Vec<(Link, String)> = [
        Link::Invite(example_invite()),
        Link::Response(example_response(40, true)),
        Link::Response(example_response(24, false)),
        Link::Results(example_results()),
        Link::Sealed(example_sealed()),
        Link::Results(example_results_agreed()),
    ]
    .into_iter()
    .map(|l| {
        let p = encode(&l).unwrap();
        (l, p)
    })
    .collect();
    let alphabet = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let mut undetected = 0;
    for i in 0..10_000 {
        let (original, payload) = &valid[i % valid.len()];
        let mut bytes = payload.as_bytes().to_vec();
        match rng.below(4) {
            0 => {
                let at = rng.below(bytes.len());
                bytes[at] = alphabet[rng.below(64)];
            }
            1 => {
                let at = rng.below(bytes.len());
                bytes.truncate(at);
            }
            2 => {
                let at = rng.below(bytes.len() + 1);
                bytes.insert(at, alphabet[rng.below(64)]);
            }
            _ => {
                let at = rng.below(bytes.len());
                bytes.remove(at);
            }
        }
        let mutated = String::from_utf8(bytes).unwrap();
        if let Ok(decoded) = decode(&mutated) {
            if &decoded != original {
                undetected += 1;
            }
        }
    }
    // CRC-32 lets about one in four billion changes through; none in ten thousand.
    assert_eq!(undetected, 0);
}

#[test]
#[ignore = "prints the golden links for a new format version; run with --ignored"]
fn print_golden_links() {
    println!(
        "invite {}",
        to_fragment(&Link::Invite(example_invite())).unwrap()
    );
    println!(
        "response-40-desired {}",
        to_fragment(&Link::Response(example_response(40, true))).unwrap()
    );
    println!(
        "response-24 {}",
        to_fragment(&Link::Response(example_response(24, false))).unwrap()
    );
    println!(
        "results-5-desired {}",
        to_fragment(&Link::Results(example_results())).unwrap()
    );
    println!(
        "sealed-results {}",
        to_fragment(&Link::Sealed(example_sealed())).unwrap()
    );
}

#[test]
fn a_sealed_link_never_holds_another_sealed_link_or_a_cut_tag() {
    let mut nested = example_sealed();
    nested.inner = LinkKind::Sealed;
    assert!(encode(&Link::Sealed(nested)).is_err());
    let mut short = example_sealed();
    short.ciphertext.truncate(15);
    assert!(encode(&Link::Sealed(short)).is_err());
}

#[test]
fn results_refuse_uneven_or_too_many_respondents() {
    let mut uneven = example_results();
    uneven.respondents[2].pop();
    assert!(matches!(
        encode(&Link::Results(uneven)),
        Err(LinkError::Invalid(_))
    ));
    let mut crowd = example_results();
    crowd.respondents = vec![crowd.respondents[0].clone(); MAX_RESULTS_RESPONDENTS + 1];
    assert!(matches!(
        encode(&Link::Results(crowd)),
        Err(LinkError::Invalid(_))
    ));
}

#[test]
fn what_results_carry_of_actions_and_trend_is_bounded_both_ways() {
    // Writing: a text over the limit, too many actions or rounds, a figure over 100, a
    // theme the round's version does not have.
    let mut long = example_results_agreed();
    long.actions[0].what = "é".repeat(MAX_TEXT_BYTES / 2 + 1);
    assert_eq!(encode(&Link::Results(long)), Err(LinkError::TextTooLong));
    let mut many = example_results_agreed();
    many.actions = vec![many.actions[0].clone(); MAX_LINK_ACTIONS + 1];
    assert!(matches!(
        encode(&Link::Results(many)),
        Err(LinkError::Invalid(_))
    ));
    let mut rounds = example_results_agreed();
    rounds.trend = vec![rounds.trend[0].clone(); MAX_TREND_ROUNDS + 1];
    assert!(matches!(
        encode(&Link::Results(rounds)),
        Err(LinkError::Invalid(_))
    ));
    // A figure over 100, below 0, or between two of its version's steps: never shown,
    // so never carried.
    for (round, figure) in [(0, 101), (0, -1), (1, 33)] {
        let mut off = example_results_agreed();
        let f = off.trend[round].figures[0].as_mut().unwrap();
        f.anglo_saxon = figure;
        assert!(
            matches!(encode(&Link::Results(off)), Err(LinkError::Invalid(_))),
            "{figure}"
        );
        let mut off = example_results_agreed();
        off.trend[round].figures[0].as_mut().unwrap().spread = Some(figure);
        assert!(matches!(
            encode(&Link::Results(off)),
            Err(LinkError::Invalid(_))
        ));
    }
    let mut short = example_results_agreed();
    short.trend[1].figures.pop();
    assert!(matches!(
        encode(&Link::Results(short)),
        Err(LinkError::Invalid(_))
    ));
    let mut theme = example_results_agreed();
    theme.actions[0].dimension = Some(99);
    assert!(matches!(
        encode(&Link::Results(theme)),
        Err(LinkError::Invalid(_))
    ));

    // Reading: forged bytes with a valid checksum are typed errors, never a panic.
    let good = teambalans_core::link::to_bytes(&Link::Results(example_results_agreed())).unwrap();
    let body = &good[..good.len() - 4];
    let forge = |body: &[u8]| {
        let mut bytes = body.to_vec();
        bytes.extend_from_slice(&teambalans_core::link::crc32(body).to_be_bytes());
        decode(&teambalans_core::link::base64url_encode(&bytes))
    };
    // The last action's "what" (before format 5's empty names count): its length byte
    // says 81.
    let what = &example_results_agreed().actions[1].what;
    let at = body.len() - 1 - what.len() - 1;
    let mut too_long = body.to_vec();
    too_long[at] = (MAX_TEXT_BYTES + 1) as u8;
    assert_eq!(forge(&too_long), Err(LinkError::TextTooLong));
    // Not UTF-8.
    let mut garbled = body.to_vec();
    let last = garbled.len() - 1;
    garbled[last] = 0xff;
    assert!(matches!(forge(&garbled), Err(LinkError::Invalid(_))));
    // Cut anywhere in the new section: cut off, or not adding up; never read as another.
    let section = body.len() - 200;
    for end in section..body.len() {
        assert!(forge(&body[..end]).is_err(), "cut at {end}");
    }
    // A byte more at the end.
    let mut longer = body.to_vec();
    longer.push(0);
    assert_eq!(forge(&longer), Err(LinkError::Invalid("extra bytes")));
}

#[test]
fn results_links_of_earlier_formats_open_without_actions_or_trend() {
    let text = std::fs::read_to_string(format!(
        "{}/tests/fixtures/links/v3.txt",
        concat!(env!("CARGO_MANIFEST_DIR"), "/../..")
    ))
    .unwrap();
    let line = text
        .lines()
        .find(|l| l.starts_with("results-5-desired "))
        .unwrap();
    let Ok(Link::Results(results)) = decode(line) else {
        panic!("the format 3 results link opens");
    };
    assert!(results.trend.is_empty() && results.review.is_none() && results.actions.is_empty());
}

/// Format 5: an anonymous response has no name field at all, a named one adds exactly its
/// length byte and text; formats 1 to 4 read as anonymous, without own statements.
#[test]
fn an_anonymous_response_carries_no_name_field() {
    let anonymous = teambalans_core::link::to_bytes(&Link::Response(Response {
        facilitator: false,
        ..example_response_own(false)
    }))
    .unwrap();
    let named = teambalans_core::link::to_bytes(&Link::Response(Response {
        facilitator: false,
        ..example_response_own(true)
    }))
    .unwrap();
    let name = "Anouk van Dijk";
    assert_eq!(named.len(), anonymous.len() + 1 + name.len());
    assert!(!anonymous.windows(name.len()).any(|w| w == name.as_bytes()));
    let Ok(Link::Response(read)) =
        decode(&to_fragment(&Link::Response(example_response_own(false))).unwrap())
    else {
        panic!("the anonymous response opens");
    };
    assert_eq!(read.name, None);

    let text = std::fs::read_to_string(format!(
        "{}/tests/fixtures/links/v4.txt",
        concat!(env!("CARGO_MANIFEST_DIR"), "/../..")
    ))
    .unwrap();
    for line in text.lines().filter(|l| l.contains("#/")) {
        match decode(line) {
            Ok(Link::Invite(invite)) => assert!(!invite.open && invite.own_statements.is_empty()),
            Ok(Link::Response(r)) => {
                assert!(!r.facilitator && r.name.is_none() && r.own_answers.is_empty())
            }
            Ok(Link::Results(r)) => {
                assert!(!r.round.open && r.own_answers.is_empty() && r.names.is_empty())
            }
            Ok(Link::Sealed(_)) => {}
            Err(e) => panic!("{line}: {e}"),
        }
    }
}

/// Format 5's additions are bounded when written and when read: too many statements or
/// answers, too long a name, names in an anonymous round, unknown flags, a cut link.
#[test]
fn the_rounds_choices_are_bounded_both_ways() {
    let invalid = |link: Link| matches!(encode(&link), Err(LinkError::Invalid(_)));
    let mut six = example_invite_own();
    six.own_statements = vec!["x".to_string(); MAX_OWN_STATEMENTS + 1];
    assert!(invalid(Link::Invite(six)));
    let mut empty = example_invite_own();
    empty.own_statements.push(String::new());
    assert!(invalid(Link::Invite(empty)));
    let mut long = example_invite_own();
    long.own_statements[0] = "x".repeat(MAX_TEXT_BYTES + 1);
    assert_eq!(encode(&Link::Invite(long)), Err(LinkError::TextTooLong));
    let mut long_name = example_response_own(true);
    long_name.name = Some("x".repeat(MAX_NAME_BYTES + 1));
    assert!(invalid(Link::Response(long_name)));
    let mut many = example_response_own(true);
    many.own_answers = vec![None; MAX_OWN_STATEMENTS + 1];
    assert!(invalid(Link::Response(many)));
    let mut anonymous = example_results_own();
    anonymous.round.open = false;
    assert!(invalid(Link::Results(anonymous)));
    let mut uneven = example_results_own();
    uneven.own_answers[1].pop();
    assert!(invalid(Link::Results(uneven)));
    let mut crowd = example_results_own();
    crowd.names = vec!["n".to_string(); 4];
    assert!(invalid(Link::Results(crowd)));

    let forge = |body: &[u8]| {
        let mut bytes = body.to_vec();
        bytes.extend_from_slice(&teambalans_core::link::crc32(body).to_be_bytes());
        decode(&teambalans_core::link::base64url_encode(&bytes))
    };
    // The response's end: flags with the own count, name, own digits (3 answers: 2 bytes).
    let good =
        teambalans_core::link::to_bytes(&Link::Response(example_response_own(true))).unwrap();
    let body = &good[..good.len() - 4];
    let name_len = "Anouk van Dijk".len();
    let flags_at = body.len() - 2 - name_len - 1 - 1;
    assert_eq!(body[flags_at], 0b11 | (3 << 2));
    let mut unknown = body.to_vec();
    unknown[flags_at] |= 0b1000_0000;
    assert_eq!(forge(&unknown), Err(LinkError::Invalid("response flags")));
    let mut too_long = body.to_vec();
    too_long[flags_at + 1] = (MAX_NAME_BYTES + 1) as u8;
    assert!(forge(&too_long).is_err());
    let mut too_many = body.to_vec();
    too_many[flags_at] = 0b11 | (((MAX_OWN_STATEMENTS + 1) as u8) << 2);
    assert!(forge(&too_many).is_err());
    // An anonymous round's results that claim a name.
    let results = teambalans_core::link::to_bytes(&Link::Results(example_results_own())).unwrap();
    let rbody = &results[..results.len() - 4];
    let mut closed = rbody.to_vec();
    // The open flag sits after the round's texts.
    let invite = example_invite_own();
    let open_at = 1 + 6 + 2 + 1 + 1 + 1 + 1 + invite.team_name.len() + 1 + invite.round_title.len();
    assert_eq!(closed[open_at], 1);
    closed[open_at] = 0;
    assert_eq!(
        forge(&closed),
        Err(LinkError::Invalid("names in an anonymous round"))
    );
    // Cut anywhere in format 5's part: an error, never another link.
    for end in rbody.len() - 40..rbody.len() {
        assert!(forge(&rbody[..end]).is_err(), "cut at {end}");
    }
    for end in body.len() - 20..body.len() {
        assert!(forge(&body[..end]).is_err(), "cut at {end}");
    }
}

#[test]
fn a_dropped_action_travels_only_from_format_5_on() {
    use teambalans_core::link::action_status::DROPPED_FROM_FORMAT;
    assert_eq!(DROPPED_FROM_FORMAT, 5);
    // Code 4 means "dropped" and nothing else, but only a format 5 link may carry it.
    assert_eq!(ActionStatus::from_code_in(4, 4), None);
    assert_eq!(
        ActionStatus::from_code_in(4, 5),
        Some(ActionStatus::Dropped)
    );
    assert_eq!(ActionStatus::Dropped.code_in(4), ActionStatus::Open.code());
    // "Not yet" (code 3) was "still open" under another name: read as open in every format.
    for format in [4, 5] {
        assert_eq!(
            ActionStatus::from_code_in(3, format),
            Some(ActionStatus::Open)
        );
    }
    assert_eq!(ActionStatus::Dropped.code_in(5), 4);
    for code in 0..4 {
        assert_eq!(
            ActionStatus::from_code_in(code, 4),
            ActionStatus::from_code(code)
        );
    }

    let mut results = example_results_agreed();
    if let Some(review) = results.review.as_mut() {
        review.actions[1].status = ActionStatus::Dropped;
    }
    let Link::Results(back) = decode(&encode(&Link::Results(results.clone())).unwrap()).unwrap()
    else {
        panic!("a results link");
    };
    // This build writes format 5 or later: a dropped action comes back dropped.
    const { assert!(FORMAT_VERSION >= DROPPED_FROM_FORMAT) };
    assert_eq!(
        back.review.unwrap().actions[1].status,
        ActionStatus::Dropped
    );
}

/// Formats 4 and 5 carried the trend in tenths; they keep opening, their tenths rounded
/// in the version's step as the docs say. Format 6 carries the shown figure itself, so
/// a spread of 32.49 (shown 30) no longer comes back as 32.5 and then 35 (issue 30,
/// point 3).
#[test]
fn older_trend_tenths_round_in_the_versions_step_and_format_6_keeps_the_shown_figure() {
    use teambalans_core::instrument::rules::Step;
    use teambalans_core::link::shown_from_tenths;
    assert_eq!(shown_from_tenths(325, Step::Five), 35);
    assert_eq!(shown_from_tenths(324, Step::Five), 30);
    assert_eq!(shown_from_tenths(125, Step::One), 13);
    assert_eq!(shown_from_tenths(1000, Step::Five), 100);
    let text = std::fs::read_to_string(format!(
        "{}/tests/fixtures/links/v5.txt",
        concat!(env!("CARGO_MANIFEST_DIR"), "/../..")
    ))
    .unwrap();
    let line = text
        .lines()
        .find(|l| l.starts_with("results-agreed "))
        .unwrap();
    let Ok(Link::Results(old)) = decode(line) else {
        panic!("the format 5 results open");
    };
    let sides =
        |e: &TrendEntry, i: usize| e.figures[i].map(|f| (f.anglo_saxon, f.rhineland, f.spread));
    // Version 1 in whole points: 10.0 and 96.3 with a spread of 2.1; no figure for the
    // fourth dimension.
    assert_eq!(sides(&old.trend[0], 1), Some((10, 96, Some(2))));
    assert_eq!(sides(&old.trend[0], 3), None);
    // Version 2 in steps of 5: 22.2 → 20, 33.3 → 35, 50.5 → 50, a spread of 25.0 → 25.
    assert_eq!(sides(&old.trend[1], 2), Some((20, 50, Some(25))));
    assert_eq!(sides(&old.trend[1], 3), Some((35, 50, None)));

    // Format 6: the shown figure travels as it is.
    let mut results = example_results_agreed();
    results.trend[1].figures[0] = Some(ShownFigures {
        anglo_saxon: 55,
        rhineland: 45,
        spread: Some(30),
    });
    let Ok(Link::Results(back)) = decode(&encode(&Link::Results(results.clone())).unwrap()) else {
        panic!("the format 6 results open");
    };
    assert_eq!(back.trend, results.trend);
}

/// The member's front-end reads invites only: every golden invite of every format reads
/// as `decode` reads it, every other golden link is `Unsupported` of its kind (handed to
/// the whole app unread), and a broken link is the same error as `decode` gives.
#[test]
fn decode_invite_reads_every_invite_and_leaves_other_kinds_unread() {
    use teambalans_core::link::decode_invite;
    let mut invites = 0;
    for version in 1..=FORMAT_VERSION {
        let text = std::fs::read_to_string(format!(
            "{}/tests/fixtures/links/v{version}.txt",
            concat!(env!("CARGO_MANIFEST_DIR"), "/../..")
        ))
        .unwrap();
        for line in text.lines().filter(|l| l.contains("#/")) {
            match decode(line) {
                Ok(Link::Invite(invite)) => {
                    assert_eq!(decode_invite(line), Ok(invite));
                    invites += 1;
                }
                Ok(other) => assert_eq!(
                    decode_invite(line),
                    Err(LinkError::Unsupported(other.kind())),
                    "{line}"
                ),
                Err(e) => panic!("{line}: {e}"),
            }
        }
    }
    assert!(invites >= 12, "{invites}");
    let invite = to_fragment(&Link::Invite(example_invite())).unwrap();
    for broken in [&invite[..invite.len() - 3], "hallo", "#/i/AAAA"] {
        assert_eq!(
            decode_invite(broken).err(),
            decode(broken).err(),
            "{broken}"
        );
    }
}

/// The member's writers (a response, a sealed envelope) write exactly what `to_bytes`
/// writes, and `fragment_of` gives `to_fragment`'s fragment.
#[test]
fn a_kinds_own_writer_writes_what_to_bytes_writes() {
    use teambalans_core::link::{fragment_of, response_bytes, sealed_bytes, to_bytes};
    for response in [
        example_response(40, true),
        example_response_v2(false),
        example_response_v3(true),
        example_response_own(true),
    ] {
        let link = Link::Response(response.clone());
        let bytes = response_bytes(&response).unwrap();
        assert_eq!(bytes, to_bytes(&link).unwrap());
        assert_eq!(
            fragment_of(LinkKind::Response, &bytes),
            to_fragment(&link).unwrap()
        );
    }
    let sealed = example_sealed();
    let bytes = sealed_bytes(&sealed).unwrap();
    assert_eq!(bytes, to_bytes(&Link::Sealed(sealed.clone())).unwrap());
    assert_eq!(
        fragment_of(LinkKind::Sealed, &bytes),
        to_fragment(&Link::Sealed(sealed)).unwrap()
    );
}
