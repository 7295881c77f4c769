//! Native benchmark figures, printed by `scripts/bench.sh` in the agreed form
//! `figure: <name> = <value> <unit> (budget <value> <unit>: ok|over)`.
//!
//! Link sizes: our payload next to JSON + deflate + base64url of the same data.

use teambalans_core::id::{OrgId, TeamId};
use teambalans_core::instrument::answers::Answer;
use teambalans_core::instrument::Instrument;
use teambalans_core::link::action_status::ActionStatus;
use teambalans_core::link::to_fragment;
use teambalans_core::link::{
    base64url_encode, encode, shown_from_tenths, ActionReview, AgreedAction, Invite, Link,
    MemberId, RatingPair, Response, Results, RoundId, ShownFigures, TrendEntry,
};
use teambalans_core::org::book::{OrgPaste, Organisation};
use teambalans_core::round::import::{import_all, ImportResult, PastePlace};
use teambalans_core::round::responses::MemberResponse;
use teambalans_core::round::rounds::{Action, RoundDraft};
use teambalans_core::score::simulation::{
    halo_yes_zone_pct, halo_zone_pct, one_key_nonanswer_error_pct, random_clear_pct,
    round_responses, teams_results, uniform_strong_pct, Synthetic,
};
use teambalans_core::store::schema::{self, AppData, STORAGE_KEY};

fn figure(name: &str, value: usize, unit: &str, budget: Option<usize>) {
    match budget {
        Some(b) => {
            let verdict = if value <= b { "ok" } else { "over" };
            println!("figure: {name} = {value} {unit} (budget {b} {unit}: {verdict})");
        }
        None => println!("figure: {name} = {value} {unit}"),
    }
}

/// A realistic member: most statements answered, a few skipped or left open.
fn response(statements: usize, desired: bool) -> Response {
    response_seeded(statements, desired, 0x9e37_79b9_7f4a_7c15)
}

/// Another member: the same kind of answers from another seed.
fn response_seeded(statements: usize, desired: bool, seed: u64) -> Response {
    response_in(Instrument::V1, statements, desired, seed)
}

/// A member of version 2: its 72 statements and 9 trade-offs.
fn response_v2(desired: bool, seed: u64) -> Response {
    response_in(Instrument::V2, 72, desired, seed)
}

fn response_in(
    instrument: Instrument,
    statements: usize,
    desired: bool,
    mut seed: u64,
) -> Response {
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let options = Answer::options(instrument).len() as u64 + 1;
    let mut draw = move || next();
    let mut pick = move || Answer::from_id((draw() % options) as u8);
    let mut points = move || {
        let n = next() % 12;
        (n < 11).then_some(n as u8)
    };
    let trade_offs = if instrument.has_trade_offs() {
        (0..instrument.dimension_count())
            .map(|_| (points(), if desired { points() } else { None }))
            .collect()
    } else {
        Vec::new()
    };
    Response {
        round: RoundId([0x3a, 0x91, 0x0c, 0x77, 0xe2, 0x05]),
        member: MemberId([0x5d, 0x18, 0xc4, 0x2b, 0x90, 0xfe]),
        revision: teambalans_core::link::REVISION_EPOCH_MS + 1_234_567_890,
        instrument,
        has_desired: desired,
        ratings: (0..statements)
            .map(|_| (pick(), if desired { pick() } else { None }))
            .collect(),
        trade_offs,
        facilitator: false,
        name: None,
        own_answers: Vec::new(),
    }
}

/// Most characters a results link with actions and trend may take: a guard against
/// growth, so it stays one chat message and one QR code (`_qr_modules`, of at most 177).
const RESULTS_LINK_BUDGET: usize = 1_500;

/// `results` with three earlier rounds, the round before's three actions (one done, one
/// partly, one not yet) and this round's three, texts as coaches write them.
fn agreed_results(results: Results) -> Results {
    let instrument = results.round.instrument;
    let action = |who: &str, what: &str, by_days, dimension, status| AgreedAction {
        who: who.to_string(),
        what: what.to_string(),
        by_days,
        dimension: Some(dimension),
        status,
    };
    let trend = (0..3u16)
        .map(|n| TrendEntry {
            date_days: 20_100 + n * 90,
            instrument,
            figures: (0..instrument.dimension_count() as u32)
                .map(|d| {
                    let shown = |tenths| shown_from_tenths(tenths, instrument.rules().step);
                    Some(ShownFigures {
                        anglo_saxon: shown(400 + d * 31 + u32::from(n) * 17),
                        rhineland: shown(550 - d * 23 + u32::from(n) * 9),
                        spread: Some(shown(80 + d * 13 + u32::from(n) * 7)),
                    })
                })
                .collect(),
        })
        .collect();
    Results {
        trend,
        review: Some(ActionReview {
            instrument,
            date_days: 20_370,
            actions: vec![
                action(
                    "Anouk",
                    "Elke maandag kort de week doornemen",
                    Some(20_400),
                    3,
                    ActionStatus::Done,
                ),
                action(
                    "Jeroen",
                    "Klantvragen op het bord zetten",
                    Some(20_410),
                    5,
                    ActionStatus::Partly,
                ),
                action(
                    "Team",
                    "Eén besluit per overleg expliciet maken",
                    None,
                    7,
                    ActionStatus::Open,
                ),
            ],
        }),
        actions: vec![
            action(
                "Fatima",
                "Wekelijks vijf minuten voor successen",
                Some(20_480),
                2,
                ActionStatus::Open,
            ),
            action(
                "Sanne",
                "Nieuwe collega een buddy geven",
                Some(20_500),
                8,
                ActionStatus::Open,
            ),
            action(
                "Team",
                "Na elk project een korte terugblik",
                None,
                1,
                ActionStatus::Open,
            ),
        ],
        ..results
    }
}

/// A realistic round as an invite carries it.
fn example_invite() -> Invite {
    Invite {
        round: RoundId([0x3a, 0x91, 0x0c, 0x77, 0xe2, 0x05]),
        date_days: 20_415,
        ask_desired: true,
        min_group: 3,
        instrument: Instrument::V1,
        team_name: "Zorgteam De Linde".to_string(),
        round_title: "Najaarsscan 2025".to_string(),
        open: false,
        own_statements: Vec::new(),
    }
}

/// Characters of `json` deflated at the highest level, in base64url.
fn deflated_chars(json: &str) -> usize {
    let deflated = miniz_oxide::deflate::compress_to_vec(json.as_bytes(), 10);
    base64url_encode(&deflated).len()
}

/// The same response as JSON, deflated, in base64url: what a naive link would carry.
fn json_deflate_chars(r: &Response) -> usize {
    let hex = |b: &[u8]| b.iter().map(|x| format!("{x:02x}")).collect::<String>();
    let digit = |a: Option<Answer>| a.map_or(0, |a| a.id());
    let ratings: Vec<String> = r
        .ratings
        .iter()
        .enumerate()
        .map(|(i, (now, desired))| {
            if r.has_desired {
                format!(
                    "{{\"s\":{},\"now\":{},\"desired\":{}}}",
                    i + 1,
                    digit(*now),
                    digit(*desired)
                )
            } else {
                format!("{{\"s\":{},\"now\":{}}}", i + 1, digit(*now))
            }
        })
        .collect();
    let json = format!(
        "{{\"v\":1,\"kind\":\"response\",\"round\":\"{}\",\"member\":\"{}\",\"revision\":{},\"instrument\":{},\"answers\":[{}]}}",
        hex(&r.round.0),
        hex(&r.member.0),
        r.revision,
        r.instrument.id(),
        ratings.join(",")
    );
    deflated_chars(&json)
}

/// The same results as JSON (one answer list per respondent), deflated, in base64url.
fn results_json_deflate_chars(r: &Results) -> usize {
    let digit = |a: Option<Answer>| a.map_or(0, |a| a.id());
    let people: Vec<String> = r
        .respondents
        .iter()
        .map(|ratings| {
            let items: Vec<String> = ratings
                .iter()
                .enumerate()
                .map(|(i, (now, desired))| {
                    format!(
                        "{{\"s\":{},\"now\":{},\"desired\":{}}}",
                        i + 1,
                        digit(*now),
                        digit(*desired)
                    )
                })
                .collect();
            format!("[{}]", items.join(","))
        })
        .collect();
    let json = format!(
        "{{\"v\":1,\"kind\":\"results\",\"team\":\"{}\",\"title\":\"{}\",\"date\":{},\"min_group\":{},\"respondents\":[{}]}}",
        r.round.team_name,
        r.round.round_title,
        r.round.date_days,
        r.round.min_group,
        people.join(",")
    );
    deflated_chars(&json)
}

/// Aggregation and chart geometry for 10,000 respondents: the median of 7 runs, in ms.
/// An organisation of 100 teams of 30 members (version 2, today and desired), a third of
/// them in each layer: its view and what its page draws (every team on the plane with its
/// spread, and each dimension's strip of teams), median of seven runs.
fn organisation_100x30_ms() -> f64 {
    use teambalans_core::org::organisation::{
        organisation_view, plane_marks, strip, Layer, OrgTeam,
    };
    use teambalans_core::score::chart::Plane;
    use teambalans_core::score::round_data::RoundData;
    let teams: Vec<OrgTeam> = (0..100u64)
        .map(|t| {
            let members: Vec<Response> = (0..30u64)
                .map(|m| response_v2(true, (t * 30 + m + 1).wrapping_mul(0x9e37_79b9_7f4a_7c15)))
                .collect();
            OrgTeam {
                data: RoundData {
                    round: RoundId([t as u8, 0, 0, 0, 0, 1]),
                    team_name: format!("Team {t}"),
                    title: "Najaar".into(),
                    date_days: 20_000,
                    min_group: 3,
                    instrument: Instrument::V2,
                    has_desired: true,
                    respondents: members.iter().map(|m| m.ratings.clone()).collect(),
                    trade_offs: members.iter().map(|m| m.trade_offs.clone()).collect(),
                    trend: Vec::new(),
                    review: None,
                    actions: Vec::new(),
                    open: false,
                    own_statements: Vec::new(),
                    own_answers: Vec::new(),
                    names: Vec::new(),
                },
                layer: Layer::from_id((t % 3) as u8 + 1),
            }
        })
        .collect();
    let plane = Plane::of(Instrument::V2);
    let mut times: Vec<f64> = (0..7)
        .map(|_| {
            let start = std::time::Instant::now();
            let view = organisation_view(&teams);
            let mut placed = plane_marks(&view, None, &plane).len();
            for index in 0..Instrument::V2.dimension_count() {
                placed += strip(&view, index, 300.0).len();
            }
            std::hint::black_box((placed, view.differ_most(), view.gaps.len()));
            start.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    times.sort_by(f64::total_cmp);
    times[times.len() / 2]
}

/// The median of `runs` timings of `work`, in ms; `work` is given a fresh copy of what it
/// changes each time, made outside the timing.
fn median_ms<T>(runs: usize, mut fresh: impl FnMut() -> T, mut work: impl FnMut(T)) -> f64 {
    let mut times: Vec<f64> = (0..runs)
        .map(|_| {
            let input = fresh();
            let start = std::time::Instant::now();
            work(input);
            start.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    times.sort_by(f64::total_cmp);
    times[times.len() / 2]
}

/// What the app's save does after a change (`AppStore::save`): reads the stored document
/// (another tab may have written), takes it in, and writes the whole document anew.
fn save_cycle(data: &AppData, stored: &str) -> String {
    let mut merged = data.clone();
    if let Ok(theirs) = schema::decode(stored) {
        merged.absorb(&theirs);
    }
    schema::encode(&merged)
}

/// A team with one round of version 2 (now and desired), no responses yet.
fn empty_round() -> (AppData, RoundId) {
    let (team, round) = (TeamId([0x7e; 6]), RoundId([0x77; 6]));
    let mut data = AppData::default();
    data.teams
        .add_team(team, "Zorgteam De Linde".into(), NOW_MS);
    let draft = RoundDraft {
        team,
        title: "Najaar 2026".into(),
        date_days: 20_740,
        ask_desired: true,
        min_group: 3,
        expected: None,
        open: false,
        facilitator_out: false,
        own_statements: Vec::new(),
    };
    if let Err(error) = data.teams.add_round(draft, round, NOW_MS) {
        panic!("the benchmark's round: {error}");
    }
    (data, round)
}

/// A moment late in 2026, in ms: the clock of the volume figures.
const NOW_MS: i64 = 1_796_000_000_000;

/// Links as a chat holds them: one whole URL a line.
fn chat(links: impl Iterator<Item = Link>) -> String {
    links
        .map(|link| match to_fragment(&link) {
            Ok(fragment) => format!("https://teambalans.example/{fragment}"),
            Err(error) => panic!("a benchmark link does not encode: {error}"),
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// 200 members' response links pasted into their round's box at once: what the round
/// page's paste does (`import_all`, then the save), median of five, in ms. Every one must
/// be taken in, or the figure would time less work than it says.
fn paste_200_responses_ms() -> f64 {
    let (data, round) = empty_round();
    let stored = schema::encode(&data);
    let text = chat(
        round_responses(round, 200, 2026)
            .into_iter()
            .map(Link::Response),
    );
    median_ms(
        5,
        || data.clone(),
        |mut data| {
            let rows = import_all(&text, PastePlace::Round(round), &mut data.teams, NOW_MS);
            let raw = save_cycle(&data, &stored);
            let added = rows
                .iter()
                .filter(|r| r.result == ImportResult::Added(round))
                .count();
            let kept = schema::decode(&raw)
                .ok()
                .and_then(|d| d.teams.round(round).map(|r| r.responses.len()));
            assert!(
                added == 200 && kept == Some(200),
                "paste_200_responses: {added} added, {kept:?} stored, of 200"
            );
        },
    )
}

/// 100 teams' results links pasted into an organisation at once: what its page's paste
/// does (`Organisation::paste`, then the save), median of five, in ms. Every team must be
/// taken in.
fn org_paste_100_results_ms() -> f64 {
    let org = OrgId([0x0e; 6]);
    let mut data = AppData::default();
    data.organisations
        .add(Organisation::new(org, "Zorggroep De Linde".into(), NOW_MS));
    let stored = schema::encode(&data);
    let text = chat(teams_results(100, 2026).into_iter().map(Link::Results));
    median_ms(
        5,
        || data.clone(),
        |mut data| {
            let rows = data
                .organisations
                .get_mut(org)
                .map(|o| o.paste(&text, NOW_MS))
                .unwrap_or_default();
            let raw = save_cycle(&data, &stored);
            let added = rows
                .iter()
                .filter(|r| matches!(r.result, OrgPaste::Added { .. }))
                .count();
            let kept = schema::decode(&raw)
                .ok()
                .and_then(|d| d.organisations.get(org).map(|o| o.org_teams().len()));
            assert!(
                added == 100 && kept == Some(100),
                "org_paste_100_results: {added} added, {kept:?} stored, of 100"
            );
        },
    )
}

/// Chromium's local storage quota, in UTF-16 code units of keys and values together.
/// Blink counts every character of a key or value as 2 bytes (`StorageAreaMap`'s
/// `QuotaForString`: `length() * sizeof(UChar)`, whatever the characters) against
/// `kPerStorageAreaQuota` = 10 MiB per origin (`dom_storage_constants.cc`): 5 Mi code
/// units, the "5 MB" every guide names. Every key of the origin counts (`teambalans`,
/// and a rescued copy `teambalans.unreadable.<time>` if there is one); the session
/// storage of the first screen has a quota of its own. The app keeps everything in one
/// value, written whole on every save, so what counts is that one document's length.
const CHROMIUM_QUOTA_UNITS: usize = 5 * 1024 * 1024;

/// `n` characters of Dutch prose (ASCII, as most of it is; one code unit each).
fn prose(n: usize, seed: usize) -> String {
    const WORDS: [&str; 12] = [
        "we",
        "spreken",
        "af",
        "dat",
        "elke",
        "week",
        "iemand",
        "het",
        "overleg",
        "voorzit",
        "en",
        "terugkoppelt",
    ];
    let mut text = String::new();
    let mut i = seed;
    while text.len() < n {
        if !text.is_empty() {
            text.push(' ');
        }
        text.push_str(WORDS[i % WORDS.len()]);
        i += 1;
    }
    text.truncate(n);
    text
}

/// A facilitator's browser with `rounds` rounds of 10 members (version 2, now and
/// desired, five own statements of 80 characters each answered by everyone), 20 actions
/// of 80 characters and a note of 400 characters on each of the meeting's three talking
/// points; a team for every four rounds (a year of them).
fn rounds_document(rounds: usize) -> AppData {
    let mut data = AppData::default();
    let own: Vec<String> = (0..5).map(|i| prose(80, i)).collect();
    for n in 0..rounds {
        let [.., a, b, c] = (n as u32).to_be_bytes();
        let team = TeamId([0x7e, 0, 0, a, b, c / 4 * 4]);
        if n % 4 == 0 {
            data.teams
                .add_team(team, format!("Team {}", n / 4 + 1), NOW_MS);
        }
        let round = RoundId([0x77, 0, 0, a, b, c]);
        let draft = RoundDraft {
            team,
            title: format!("Ronde {}", n % 4 + 1),
            date_days: 20_000 + (n % 4) as u16 * 91,
            ask_desired: true,
            min_group: 3,
            expected: Some(10),
            open: false,
            facilitator_out: false,
            own_statements: own.clone(),
        };
        let at = NOW_MS + n as i64 * 1_000_000;
        if let Err(error) = data.teams.add_round(draft, round, at) {
            panic!("round {n}: {error}");
        }
        for r in round_responses(round, 10, n as u64) {
            let response = MemberResponse {
                member: r.member,
                revision: r.revision,
                instrument: r.instrument,
                has_desired: r.has_desired,
                ratings: r.ratings,
                trade_offs: r.trade_offs,
                facilitator: false,
                name: None,
                own_answers: (0..5u8).map(|i| Answer::from_id(1 + i)).collect(),
            };
            if let Err(error) = data.teams.add_response(round, &response, at) {
                panic!("round {n}: {error}");
            }
        }
        for i in 0..20 {
            let action = Action {
                created_at: at + i,
                who: "Anouk".into(),
                what: prose(80, i as usize),
                by_days: Some(20_100),
                dimension: Some(1 + (i % 9) as u8),
                status: ActionStatus::Open,
                updated_at: at + i,
            };
            if let Err(error) = data.teams.add_action(round, action) {
                panic!("round {n}: {error}");
            }
        }
        for dimension in 1..=3 {
            if let Err(error) =
                data.teams
                    .set_note(round, dimension, &prose(400, dimension.into()), at)
            {
                panic!("round {n}: {error}");
            }
        }
    }
    data
}

/// Code units the origin's local storage holds with this document stored: the key and
/// the value as the app writes it (`schema::encode`), in UTF-16.
fn stored_units(data: &AppData) -> usize {
    STORAGE_KEY.encode_utf16().count() + schema::encode(data).encode_utf16().count()
}

/// How many such rounds fit in Chromium's local storage before the next save is refused.
fn rounds_per_5mb() -> usize {
    let fits = |n: usize| stored_units(&rounds_document(n)) <= CHROMIUM_QUOTA_UNITS;
    // The largest n that fits: grow until one does not, then halve the gap.
    let (mut low, mut high) = (0, 1);
    while fits(high) {
        (low, high) = (high, high * 2);
    }
    while high - low > 1 {
        let mid = (low + high) / 2;
        if fits(mid) {
            low = mid;
        } else {
            high = mid;
        }
    }
    low
}

fn team_figures_10k_ms() -> f64 {
    use teambalans_core::id::RoundId;
    use teambalans_core::instrument::Instrument;
    use teambalans_core::score::chart::Plane;
    use teambalans_core::score::round_data::RoundData;
    use teambalans_core::score::team::TeamFigures;
    let people: Vec<Vec<RatingPair>> = (1..=10_000u64)
        .map(|n| response_seeded(40, true, n.wrapping_mul(0x9e37_79b9_7f4a_7c15)).ratings)
        .collect();
    // A first-version round of 10,000 members, as the dashboard reads it.
    let round = RoundData {
        round: RoundId([1; 6]),
        team_name: String::new(),
        title: String::new(),
        date_days: 20_000,
        min_group: 3,
        instrument: Instrument::V1,
        has_desired: true,
        trade_offs: vec![Vec::new(); people.len()],
        respondents: people,
        trend: Vec::new(),
        review: None,
        actions: Vec::new(),
        open: false,
        own_statements: Vec::new(),
        own_answers: Vec::new(),
        names: Vec::new(),
    };
    let mut times: Vec<f64> = (0..7)
        .map(|_| {
            let start = std::time::Instant::now();
            let team = TeamFigures::of(&round);
            // The overview's geometry: every member dot and every dimension's team point.
            let plane = Plane::DEFAULT;
            let mut placed = 0usize;
            for (a, r) in team.figures.iter().flat_map(|f| &f.overall.dots) {
                let (x, y) = plane.point(*a, *r);
                placed += usize::from(x >= 0.0 && y >= 0.0);
            }
            for d in team.dimensions() {
                if let Some((a, r)) = d.means() {
                    let (x, y) = plane.point(a, r);
                    placed += usize::from(x >= 0.0 && y >= 0.0);
                }
            }
            std::hint::black_box(placed);
            start.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    times.sort_by(f64::total_cmp);
    times[times.len() / 2]
}

fn main() {
    let chars = |link: Link| encode(&link).map(|s| s.len()).unwrap_or(usize::MAX);

    let r48 = response(48, true);
    figure(
        "link_response_48_desired_json_deflate_chars",
        json_deflate_chars(&r48),
        "chars",
        None,
    );
    figure(
        "link_response_48_desired_chars",
        chars(Link::Response(r48)),
        "chars",
        Some(80),
    );
    let r48_now = response(48, false);
    figure(
        "link_response_48_json_deflate_chars",
        json_deflate_chars(&r48_now),
        "chars",
        None,
    );
    figure(
        "link_response_48_chars",
        chars(Link::Response(r48_now)),
        "chars",
        None,
    );
    let r24 = response(24, false);
    figure(
        "link_response_24_json_deflate_chars",
        json_deflate_chars(&r24),
        "chars",
        None,
    );
    figure(
        "link_response_24_chars",
        chars(Link::Response(r24)),
        "chars",
        None,
    );
    figure(
        "link_response_24_desired_chars",
        chars(Link::Response(response(24, true))),
        "chars",
        None,
    );
    // A round's results: eight people, 40 statements, today and where we want to be.
    let results = Results {
        round: example_invite(),
        has_desired: true,
        statements: 40,
        respondents: (1..=8u64)
            .map(|n| response_seeded(40, true, n.wrapping_mul(0x2545_f491_4f6c_dd1d)).ratings)
            .collect(),
        trade_offs: Vec::new(),
        trend: Vec::new(),
        review: None,
        actions: Vec::new(),
        own_answers: Vec::new(),
        names: Vec::new(),
    };
    figure(
        "link_results_8x40_desired_json_deflate_chars",
        results_json_deflate_chars(&results),
        "chars",
        None,
    );
    figure(
        "link_results_chars",
        chars(Link::Results(results.clone())),
        "chars",
        None,
    );
    // The same round as a team sends it after its session: three earlier rounds on the
    // trend, the round before's three actions with how far they got, and three new ones.
    let agreed = agreed_results(results);
    figure(
        "link_results_agreed_chars",
        chars(Link::Results(agreed)),
        "chars",
        Some(RESULTS_LINK_BUDGET),
    );
    // Version 2: 72 statements and 9 trade-offs, today and where we want to be.
    figure(
        "link_response_v2_desired_chars",
        chars(Link::Response(response_v2(true, 7))),
        "chars",
        Some(130),
    );
    figure(
        "link_response_v2_chars",
        chars(Link::Response(response_v2(false, 7))),
        "chars",
        None,
    );
    let members: Vec<Response> = (1..=8u64)
        .map(|n| response_v2(true, n.wrapping_mul(0x2545_f491_4f6c_dd1d)))
        .collect();
    let results_v2 = Results {
        round: Invite {
            instrument: Instrument::V2,
            ..example_invite()
        },
        has_desired: true,
        statements: 72,
        respondents: members.iter().map(|m| m.ratings.clone()).collect(),
        trade_offs: members.iter().map(|m| m.trade_offs.clone()).collect(),
        trend: Vec::new(),
        review: None,
        actions: Vec::new(),
        own_answers: Vec::new(),
        names: Vec::new(),
    };
    let results_v2_plain = results_v2.clone();
    figure(
        "link_results_v2_8x72_desired_chars",
        chars(Link::Results(results_v2.clone())),
        "chars",
        None,
    );
    // What a team of today's version sends after its session (as above).
    let agreed_v2 = agreed_results(results_v2);
    let agreed_v2_plain = agreed_v2.clone();
    figure(
        "link_results_v2_agreed_chars",
        chars(Link::Results(agreed_v2.clone())),
        "chars",
        Some(RESULTS_LINK_BUDGET),
    );
    // Its QR code (the whole URL), in modules across: 177 is the largest there is.
    let url = format!(
        "https://teambalans.example/#/s/{}",
        encode(&Link::Results(agreed_v2)).unwrap_or_default()
    );
    figure(
        "link_results_v2_agreed_qr_modules",
        teambalans_core::link::qr::qr_path(&url).map_or(usize::MAX, |q| {
            (q.size - 2 * teambalans_core::link::qr::QUIET_ZONE) as usize
        }),
        "modules",
        None,
    );
    figure(
        "link_invite_chars",
        chars(Link::Invite(example_invite())),
        "chars",
        None,
    );
    // The round's own choices (format 5): five own statements as coaches write them, and
    // an invite with five at the longest a link takes.
    let own: Vec<String> = [
        "We durven elkaar aan te spreken op afspraken",
        "Ik weet wat er van mij verwacht wordt",
        "Besluiten worden genomen door wie het werk doet",
        "We vieren wat goed gaat, ook de kleine dingen",
        "Na een fout zoeken we samen naar de oorzaak",
    ]
    .map(String::from)
    .to_vec();
    let longest = vec!["é".repeat(teambalans_core::link::MAX_TEXT_BYTES / 2); 5];
    figure(
        "link_invite_own5_chars",
        chars(Link::Invite(Invite {
            open: true,
            own_statements: own.clone(),
            ..example_invite()
        })),
        "chars",
        None,
    );
    figure(
        "link_invite_own5_longest_chars",
        chars(Link::Invite(Invite {
            own_statements: longest.clone(),
            ..example_invite()
        })),
        "chars",
        None,
    );
    // A member of an open round with a name and five own answers.
    let named = Response {
        name: Some("Anouk van Dijk".to_string()),
        own_answers: (0..5u8).map(|i| Answer::from_id(1 + i % 6)).collect(),
        ..response_v2(true, 7)
    };
    figure(
        "link_response_v2_own5_named_chars",
        chars(Link::Response(named)),
        "chars",
        None,
    );
    // Results of an open round: eight members' own answers and their first names, with
    // the five statements as written above, and at their longest.
    let with_own = |results: &Results, statements: &[String]| Results {
        round: Invite {
            open: true,
            own_statements: statements.to_vec(),
            ..results.round.clone()
        },
        own_answers: (0..results.respondents.len())
            .map(|n| {
                (0..5)
                    .map(|i| Answer::from_id(1 + ((n + i) % 7) as u8))
                    .collect()
            })
            .collect(),
        names: [
            "Anouk", "Jeroen", "Fatima", "Sanne", "Bram", "Yusuf", "Lotte", "Daan",
        ]
        .map(String::from)
        .to_vec(),
        ..results.clone()
    };
    figure(
        "link_results_v2_own5_chars",
        chars(Link::Results(with_own(&results_v2_plain, &own))),
        "chars",
        Some(RESULTS_LINK_BUDGET),
    );
    figure(
        "link_results_v2_own5_longest_chars",
        chars(Link::Results(with_own(&results_v2_plain, &longest))),
        "chars",
        Some(RESULTS_LINK_BUDGET),
    );
    // Everything at once (the trend, 3 + 3 actions, five own statements and eight names):
    // the heaviest results link there is, beyond the guard the others keep; still one QR
    // code of at most 177 modules.
    let heaviest = Link::Results(with_own(&agreed_v2_plain, &own));
    figure(
        "link_results_v2_agreed_own5_chars",
        chars(heaviest.clone()),
        "chars",
        None,
    );
    let url = format!(
        "https://teambalans.example/#/s/{}",
        encode(&heaviest).unwrap_or_default()
    );
    figure(
        "link_results_v2_agreed_own5_qr_modules",
        teambalans_core::link::qr::qr_path(&url).map_or(usize::MAX, |q| {
            (q.size - 2 * teambalans_core::link::qr::QUIET_ZONE) as usize
        }),
        "modules",
        Some(177),
    );
    let ms = organisation_100x30_ms();
    println!(
        "figure: organisation_100x30_ms = {ms:.1} ms (budget 50 ms: {})",
        if ms < 50.0 { "ok" } else { "over" }
    );
    // One round of 10,000 members of the first version (some 300 teams' worth), read by
    // the one team-figures type: every member scored with the rules' zones, dots per theme
    // for now and desired. The pole means' own aggregation it replaced took about a
    // quarter of this (33.7 against 143.7 ms in one loaded run, 2026-12-06); a team of 50
    // takes well under a millisecond either way.
    let ms = team_figures_10k_ms();
    println!(
        "figure: team_figures_10k_ms = {ms:.1} ms (budget 170 ms: {})",
        if ms < 170.0 { "ok" } else { "over" }
    );
    // Volume without loss: a whole chat of response links pasted into one round, a whole
    // organisation's results links at once, and how many rounds local storage holds.
    let ms = paste_200_responses_ms();
    println!(
        "figure: paste_200_responses_ms = {ms:.1} ms (budget 500 ms: {})",
        if ms <= 500.0 { "ok" } else { "over" }
    );
    let ms = org_paste_100_results_ms();
    println!(
        "figure: org_paste_100_results_ms = {ms:.1} ms (budget 500 ms: {})",
        if ms <= 500.0 { "ok" } else { "over" }
    );
    figure("rounds_per_5mb", rounds_per_5mb(), "rounds", None);

    // The instrument: what yes-saying, random answers, answering by how good a
    // statement sounds, non-answers on one key and honest answers with noise, a bias,
    // misread reverse statements and profiles near the cut do to its findings
    // (deterministic simulations). Version 3's figures have budgets; version 2's, by
    // the same simulations, are the baseline beside them.
    let pct = |name: &str, value: f64, budget: &str, ok: bool| {
        let verdict = if ok { "ok" } else { "over" };
        println!("figure: {name} = {value:.1} % (budget {budget}: {verdict})");
    };
    let v3 = Instrument::V3;
    let base =
        |name: &str, value: f64| println!("figure: {name} = {value:.1} % (version 2, baseline)");
    let uniform = uniform_strong_pct(v3);
    pct(
        "instrument_uniform_strong_pct",
        uniform,
        "0 %",
        uniform == 0.0,
    );
    base(
        "instrument_v2_uniform_strong_pct",
        uniform_strong_pct(Instrument::V2),
    );
    let random = random_clear_pct(v3, 20_000, 2026);
    pct(
        "instrument_random_clear_pct",
        random,
        "at most 5 %",
        random <= 5.0,
    );
    base(
        "instrument_v2_random_clear_pct",
        random_clear_pct(Instrument::V2, 20_000, 2026),
    );
    let halo = halo_zone_pct();
    pct("instrument_halo_zone_pct", halo, "0 %", halo == 0.0);
    let halo_yes = halo_yes_zone_pct();
    pct(
        "instrument_halo_yes_zone_pct",
        halo_yes,
        "0 %",
        halo_yes == 0.0,
    );
    let one_key = one_key_nonanswer_error_pct(v3, 5_000, 2026);
    pct(
        "instrument_one_key_nonanswer_error_pct",
        one_key,
        "at most 5 %",
        one_key <= 5.0,
    );
    base(
        "instrument_v2_one_key_nonanswer_error_pct",
        one_key_nonanswer_error_pct(Instrument::V2, 5_000, 2026),
    );
    let near = Synthetic::NEAR_CUT.recovery(v3, 5_000, 2026);
    pct(
        "instrument_recovery_pct",
        near.recovered_pct,
        "at least 90 %",
        near.recovered_pct >= 90.0,
    );
    pct(
        "instrument_wrong_zone_pct",
        near.wrong_pct,
        "at most 2 %",
        near.wrong_pct <= 2.0,
    );
    println!(
        "figure: instrument_exact_zone_pct = {:.1} % (true zone itself; the rest unclear or wrong)",
        near.exact_pct
    );
    let v2 = Synthetic::NEAR_CUT.recovery(Instrument::V2, 5_000, 2026);
    base("instrument_v2_recovery_pct", v2.recovered_pct);
    base("instrument_v2_wrong_zone_pct", v2.wrong_pct);
}
