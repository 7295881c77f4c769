//! Browser tests: components and platform wrappers against the real DOM and the real
//! localStorage of headless Chromium (`cargo test --target wasm32-unknown-unknown --test web`).
#![cfg(target_arch = "wasm32")]

use leptos::mount::mount_to;
use teambalans::app::App;
use teambalans::domain::store::schema::STORAGE_KEY;
use teambalans::platform::storage::{self, StorageError};
use teambalans::platform::{fragment, panic};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

fn local_storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

/// Mounts a fresh app into its own container and returns the container.
fn mount_app() -> web_sys::HtmlElement {
    let container: web_sys::HtmlElement =
        document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&container).unwrap();
    let handle = mount_to(container.clone(), App);
    handle.forget();
    container
}

fn find(container: &web_sys::HtmlElement, selector: &str) -> web_sys::HtmlElement {
    container
        .query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no element matches {selector}"))
        .unchecked_into()
}

fn text(container: &web_sys::HtmlElement, selector: &str) -> String {
    find(container, selector).text_content().unwrap_or_default()
}

#[wasm_bindgen_test]
async fn the_language_switch_changes_the_text_and_is_remembered() {
    local_storage().clear().unwrap();
    fragment::go("#/");
    let app = mount_app();
    leptos::task::tick().await;

    find(&app, "[data-testid=lang-en]").click();
    leptos::task::tick().await;
    assert_eq!(
        text(&app, "[data-testid=start-scan]").trim(),
        "Start a scan"
    );
    assert_eq!(
        find(&app, "[data-testid=lang-en]")
            .get_attribute("aria-pressed")
            .as_deref(),
        Some("true")
    );
    let saved = local_storage().get_item(STORAGE_KEY).unwrap().unwrap();
    assert!(saved.contains("\"locale\":\"en\""), "saved: {saved}");

    find(&app, "[data-testid=lang-nl]").click();
    leptos::task::tick().await;
    assert_eq!(
        text(&app, "[data-testid=start-scan]").trim(),
        "Start een scan"
    );
    assert_eq!(
        document()
            .document_element()
            .unwrap()
            .get_attribute("lang")
            .as_deref(),
        Some("nl")
    );
    let saved = local_storage().get_item(STORAGE_KEY).unwrap().unwrap();
    assert!(saved.contains("\"locale\":\"nl\""), "saved: {saved}");

    // A newly mounted app (as after a reload) starts in the remembered language.
    let again = mount_app();
    leptos::task::tick().await;
    assert_eq!(
        text(&again, "[data-testid=start-scan]").trim(),
        "Start een scan"
    );
    app.remove();
    again.remove();
}

#[wasm_bindgen_test]
async fn the_fragment_decides_the_page() {
    local_storage().clear().unwrap();
    fragment::go("#/nowhere");
    let app = mount_app();
    leptos::task::tick().await;
    assert!(app
        .query_selector("[data-testid=not-found]")
        .unwrap()
        .is_some());

    fragment::go("#/team");
    // hashchange is dispatched asynchronously by the browser.
    gloo_wait().await;
    leptos::task::tick().await;
    assert!(app
        .query_selector("[data-testid=team-page]")
        .unwrap()
        .is_some());
    assert!(app
        .query_selector("[data-testid=not-found]")
        .unwrap()
        .is_none());
    fragment::go("#/");
    app.remove();
}

/// Lets the browser run its queued tasks (events such as hashchange).
async fn gloo_wait() {
    let promise = js_sys_promise_timeout(50);
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

fn js_sys_promise_timeout(ms: i32) -> js_sys::Promise {
    js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    })
}

#[wasm_bindgen_test]
fn storage_round_trips_and_removes() {
    local_storage().clear().unwrap();
    assert_eq!(storage::get("tb-test"), Ok(None));
    storage::set("tb-test", "waarde ✓").unwrap();
    assert_eq!(storage::get("tb-test"), Ok(Some("waarde ✓".to_string())));
    storage::remove("tb-test").unwrap();
    assert_eq!(storage::get("tb-test"), Ok(None));
}

#[wasm_bindgen_test]
fn a_full_storage_is_a_typed_error_not_a_crash() {
    let ls = local_storage();
    ls.clear().unwrap();
    // Fill the origin's quota with big values, then smaller ones, until it refuses.
    let mut size = 1 << 20;
    let mut i = 0;
    while size >= 16 {
        let chunk = "x".repeat(size);
        if ls.set_item(&format!("fill-{i}"), &chunk).is_err() {
            size /= 2;
        }
        i += 1;
    }
    let result = storage::set("one-more", &"y".repeat(4096));
    ls.clear().unwrap();
    assert_eq!(result, Err(StorageError::QuotaExceeded));
}

#[wasm_bindgen_test]
fn a_panic_shows_a_message_with_a_reload_button() {
    document()
        .document_element()
        .unwrap()
        .set_attribute("lang", "en")
        .unwrap();
    panic::show_fallback();
    let fallback = document()
        .get_element_by_id(panic::FALLBACK_ID)
        .expect("fallback shown");
    assert_eq!(fallback.get_attribute("role").as_deref(), Some("alert"));
    let heading = fallback.query_selector("h1").unwrap().unwrap();
    assert_eq!(
        heading.text_content().as_deref(),
        Some("Something went wrong")
    );
    let button = fallback.query_selector("button").unwrap().unwrap();
    assert_eq!(button.text_content().as_deref(), Some("Reload"));
    fallback.remove();
}

/// Clicks the radio for `answer_id` of the statement at `index` on the current step.
fn rate(app: &web_sys::HtmlElement, index: usize, answer_id: u8) {
    let statements = app.query_selector_all("[data-testid=statement]").unwrap();
    let statement: web_sys::Element = statements.item(index as u32).unwrap().unchecked_into();
    let input: web_sys::HtmlElement = statement
        .query_selector(&format!(
            "[data-horizon=now] input[data-answer=\"{answer_id}\"]"
        ))
        .unwrap()
        .unwrap()
        .unchecked_into();
    input.click();
}

#[wasm_bindgen_test]
async fn the_numbers_on_the_result_equal_the_scoring() {
    use teambalans::domain::instrument::answers::{Answer, Horizon};
    use teambalans::domain::instrument::Instrument;
    use teambalans::domain::scan::ScanData;
    use teambalans::domain::score::own::own_result;

    local_storage().clear().unwrap();
    fragment::go("#/scan");
    let app = mount_app();
    leptos::task::tick().await;
    find(&app, "[data-testid=lang-en]").click();
    find(&app, "[data-testid=scan-begin]").click();
    leptos::task::tick().await;

    // First dimension (the current version): eight answers in screen order, one of them
    // "does not occur"; the rest of the scan left open.
    let picks = [5u8, 1, 4, 2, 7, 3, 5, 2];
    let mut expected = ScanData::new(Instrument::CURRENT);
    let first = Instrument::CURRENT.dimension(0).unwrap();
    for (i, (statement, pick)) in first.statements().zip(picks).enumerate() {
        rate(&app, i, pick);
        leptos::task::tick().await;
        expected.answer(
            statement.id,
            Horizon::Now,
            Answer::from_id(pick).unwrap(),
            1,
        );
    }
    // The fieldset shows it is answered, and the answer is saved with its version.
    assert_eq!(
        app.query_selector_all("fieldset.statement.answered")
            .unwrap()
            .length(),
        8
    );
    let saved = local_storage().get_item(STORAGE_KEY).unwrap().unwrap();
    assert!(saved.contains("\"instrument\":3"), "saved: {saved}");

    for _ in 0..Instrument::CURRENT.dimension_count() {
        find(&app, "[data-testid=scan-next]").click();
        leptos::task::tick().await;
    }
    assert!(app
        .query_selector("[data-testid=scan-result]")
        .unwrap()
        .is_some());

    let result = own_result(&expected);
    let score = result.now.dimensions[0];
    let cell = |pole: &teambalans::domain::score::member::PoleScore| {
        let s = pole
            .strength()
            .expect("four statements a side, three or four answered");
        format!("{} ± {}", s.shown(), s.margin.round() as i64)
    };
    let first_row = find(&app, "[data-testid=theme-row][data-dimension=\"1\"]");
    let values: Vec<String> = {
        let list = first_row.query_selector_all("td").unwrap();
        (0..2)
            .map(|i| list.item(i).unwrap().text_content().unwrap_or_default())
            .collect()
    };
    assert_eq!(
        values,
        vec![cell(&score.anglo_saxon), cell(&score.rhineland)]
    );
    // A dimension with nothing answered says so instead of showing 0.
    let second_row = find(&app, "[data-testid=theme-row][data-dimension=\"2\"]");
    assert!(second_row
        .text_content()
        .unwrap()
        .contains("too few answers"));
    local_storage().clear().unwrap();
    fragment::go("#/");
    app.remove();
}

#[wasm_bindgen_test]
fn random_ids_come_from_the_browser_and_differ() {
    use teambalans::platform::random;
    let a = random::id48().expect("crypto.getRandomValues");
    let b = random::id48().expect("crypto.getRandomValues");
    assert_ne!(a, b);
}

#[wasm_bindgen_test]
fn links_point_at_this_page_without_its_fragment() {
    fragment::go("#/team");
    let base = fragment::base_url();
    assert!(!base.contains('#'), "{base}");
    assert!(base.starts_with("http://127.0.0.1"), "{base}");
}

#[wasm_bindgen_test]
async fn a_round_page_shows_its_invite_link_and_qr_code_and_counts_imports() {
    use teambalans::domain::instrument::Instrument;
    use teambalans::domain::link::{Link, MemberId, Response};

    let (app, invite) = new_round_page().await;
    assert_eq!(invite.team_name, "Werkplaats");
    assert!(invite.ask_desired);
    let path = find(&app, "[data-testid=invite-qr] path")
        .get_attribute("d")
        .unwrap_or_default();
    assert!(
        path.starts_with("M4 4h7"),
        "QR finder pattern missing: {path}"
    );

    // A response for this round, pasted: the count on the page follows the storage.
    let response = Response {
        round: invite.round,
        member: MemberId([7; 6]),
        revision: 1_795_000_000_000,
        instrument: Instrument::CURRENT,
        has_desired: false,
        ratings: vec![(None, None); Instrument::CURRENT.statement_count()],
        trade_offs: vec![(None, None); Instrument::CURRENT.dimension_count()],
        facilitator: false,
        name: None,
        own_answers: Vec::new(),
    };
    let link = teambalans::domain::link::to_fragment(&Link::Response(response)).unwrap();
    paste(&app, &link);
    leptos::task::tick().await;
    assert_eq!(
        text(&app, "[data-testid=respondent-count]").trim(),
        "Answers received: 1"
    );
    let stored = local_storage().get_item(STORAGE_KEY).unwrap().unwrap();
    assert!(stored.contains("\"member\":\"070707070707\""), "{stored}");
}

/// Stored data with one team and one round of the current questionnaire (no desired,
/// minimum group 3), for a page that shows a round.
fn team_with_round(
    team: teambalans::domain::id::TeamId,
    round: teambalans::domain::id::RoundId,
    team_name: &str,
    title: &str,
) -> teambalans::domain::store::schema::AppData {
    use teambalans::domain::round::rounds::RoundDraft;
    let mut data = teambalans::domain::store::schema::AppData::default();
    data.teams.add_team(team, team_name.into(), 1);
    data.teams
        .add_round(
            RoundDraft {
                team,
                title: title.into(),
                date_days: 20_000,
                ask_desired: false,
                min_group: 3,
                expected: None,
                open: false,
                facilitator_out: false,
                own_statements: Vec::new(),
            },
            round,
            1,
        )
        .unwrap();
    data
}

#[wasm_bindgen_test]
async fn the_dashboard_shows_exactly_the_aggregated_figures() {
    use teambalans::domain::id::{MemberId, RoundId, TeamId};
    use teambalans::domain::instrument::answers::{Answer, Level};
    use teambalans::domain::instrument::Instrument;
    use teambalans::domain::link::RatingPair;
    use teambalans::domain::round::responses::MemberResponse;
    use teambalans::domain::score::figure::whole;
    use teambalans::domain::score::team::TeamFigures;
    use teambalans::domain::store::schema::encode;

    // Four members with varied answers: a statement's level depends on member and index.
    let people: Vec<Vec<RatingPair>> = (0..4u8)
        .map(|m| {
            (0..40u8)
                .map(|i| {
                    let level = Level::from_value((m + i) % 5 + 1).unwrap();
                    (Some(Answer::Level(level)), None)
                })
                .collect()
        })
        .collect();
    let (team, round) = (TeamId([4; 6]), RoundId([5; 6]));
    let mut data = team_with_round(team, round, "Werkplaats", "Test");
    // A round of version 1, as stored before version 2: its dashboard stays as it was.
    data.teams.rounds[0].instrument = Instrument::V1;
    for (m, ratings) in people.iter().enumerate() {
        let response = MemberResponse {
            member: MemberId([m as u8; 6]),
            revision: 1,
            instrument: Instrument::V1,
            has_desired: false,
            ratings: ratings.clone(),
            trade_offs: Vec::new(),
            facilitator: false,
            name: None,
            own_answers: Vec::new(),
        };
        data.teams.add_response(round, &response, 2).unwrap();
    }
    local_storage().clear().unwrap();
    local_storage()
        .set_item(STORAGE_KEY, &encode(&data))
        .unwrap();
    fragment::go(&format!("#/round/{}/results", round.to_hex()));
    let app = mount_app();
    leptos::task::tick().await;

    let stats = TeamFigures::of(&data.teams.round_data(round).expect("the stored round"));
    let shown = |selector: &str| -> Vec<String> {
        let list = app.query_selector_all(selector).unwrap();
        (0..list.length())
            .map(|i| list.item(i).unwrap().text_content().unwrap_or_default())
            .collect()
    };
    let expected_anglo: Vec<String> = stats
        .dimensions()
        .iter()
        .map(|d| whole(d.means().unwrap().0).to_string())
        .collect();
    let expected_rhine: Vec<String> = stats
        .dimensions()
        .iter()
        .map(|d| whole(d.means().unwrap().1).to_string())
        .collect();
    assert_eq!(shown("[data-testid=team-anglo]"), expected_anglo);
    assert_eq!(shown("[data-testid=team-rhine]"), expected_rhine);
    assert_eq!(
        app.query_selector_all(".zone-plane circle.member")
            .unwrap()
            .length(),
        stats.figures.as_ref().map_or(0, |f| f.overall.dots.len()) as u32
    );
    let top = stats.most_disagreed()[0];
    let first_point = text(
        &app,
        "[data-testid=most-disagreed] [data-testid=talking-point]",
    );
    assert!(
        [
            format!("spread {}", whole(top.1)),
            format!("spreiding {}", whole(top.1))
        ]
        .iter()
        .any(|figure| first_point.contains(figure.as_str())),
        "{first_point}"
    );
    app.remove();
}

#[wasm_bindgen_test]
async fn a_version_2_dashboard_shows_exactly_the_team_figures() {
    use teambalans::domain::id::{MemberId, RoundId, TeamId};
    use teambalans::domain::instrument::answers::Answer;
    use teambalans::domain::instrument::{Instrument, Pole};
    use teambalans::domain::round::responses::MemberResponse;
    use teambalans::domain::score::figure::{rounded, Step};
    use teambalans::domain::score::team::{team_zone_code, TeamFigures};
    use teambalans::domain::store::schema::encode;

    let (team, round) = (TeamId([6; 6]), RoundId([7; 6]));
    let mut data = team_with_round(team, round, "Zorgteam", "Versie 2");
    // New rounds ask the current version; this one keeps version 2's, which it pins.
    data.teams.rounds[0].instrument = Instrument::V2;
    // Four members: a statement's answer depends on member and index, with some "don't
    // know" and "doesn't apply"; trade-offs on most dimensions.
    for m in 0..4u8 {
        let response = MemberResponse {
            member: MemberId([m + 1; 6]),
            revision: 1,
            instrument: Instrument::V2,
            has_desired: false,
            ratings: (0..72u8)
                .map(|i| (Answer::from_id((m * 3 + i) % 7 + 1), None))
                .collect(),
            trade_offs: (0..9u8)
                .map(|d| ((d != 4).then_some((m + d) % 11), None))
                .collect(),
            facilitator: false,
            name: None,
            own_answers: Vec::new(),
        };
        data.teams.add_response(round, &response, 2).unwrap();
    }
    let expected = TeamFigures::of(&data.teams.round(round).unwrap().data("Zorgteam"));
    let figures = expected.figures.as_ref().unwrap();
    local_storage().clear().unwrap();
    local_storage()
        .set_item(STORAGE_KEY, &encode(&data))
        .unwrap();
    fragment::go(&format!("#/round/{}/results", round.to_hex()));
    let app = mount_app();
    leptos::task::tick().await;

    let all = |selector: &str| -> Vec<web_sys::Element> {
        let list = app.query_selector_all(selector).unwrap();
        (0..list.length())
            .map(|i| list.item(i).unwrap().dyn_into().unwrap())
            .collect()
    };
    let texts = |selector: &str| -> Vec<String> {
        all(selector)
            .iter()
            .map(|e| e.text_content().unwrap_or_default())
            .collect()
    };
    let rows = all("[data-testid=team-dimension-members]");
    assert_eq!(rows.len(), 9);
    let ids: Vec<String> = rows
        .iter()
        .map(|r| r.get_attribute("data-dimension").unwrap_or_default())
        .collect();
    assert_eq!(ids, (1..=9).map(|i| i.to_string()).collect::<Vec<_>>());
    let zones: Vec<String> = rows
        .iter()
        .map(|r| r.get_attribute("data-zone").unwrap_or_default())
        .collect();
    let expected_zones: Vec<String> = figures
        .dimensions
        .iter()
        .map(|d| team_zone_code(d.now.zone).to_string())
        .collect();
    assert_eq!(zones, expected_zones);
    // Each side rounded to 5, as the team figures give it (all poles have enough); a
    // divided theme's means are shown nowhere.
    let side = |pole: Pole| -> Vec<String> {
        figures
            .dimensions
            .iter()
            .map(|d| {
                d.shown_pole(pole).map_or_else(
                    || "–".to_string(),
                    |p| rounded(p.mean, Step::Five).to_string(),
                )
            })
            .collect()
    };
    let (anglo, rhine) = (side(Pole::AngloSaxon), side(Pole::Rhineland));
    assert!(figures.dimensions.iter().any(|d| d.divided()) && anglo.iter().any(|a| a != "–"));
    assert_eq!(texts("[data-testid=team-anglo-members]"), anglo);
    assert_eq!(texts("[data-testid=team-rhine-members]"), rhine);
    // No trade-off mean where nobody divided points (dimension 5).
    let trade = texts("[data-testid=team-trade-off-members]");
    assert_eq!(trade[4], "–");
    assert!(trade[0] != "–");
    // Every member's dot, and a numbered circle only where the team is not divided.
    assert_eq!(
        app.query_selector_all(".zone-plane circle.member")
            .unwrap()
            .length(),
        figures.overall.dots.len() as u32
    );
    let marks = figures.dimensions.iter().filter(|d| !d.divided()).count()
        + usize::from(figures.overall.position.is_some());
    assert_eq!(
        app.query_selector_all(".zone-plane circle.team")
            .unwrap()
            .length(),
        marks as u32
    );
    // The talking points start where the team differs most.
    let first = all("[data-testid=most-disagreed] [data-testid=talking-point]");
    assert_eq!(
        first[0].get_attribute("data-dimension"),
        Some(expected.most_disagreed()[0].0.id.to_string())
    );
    // Four members: consistency is shown from six on.
    assert!(app
        .query_selector("[data-testid=consistency-not-yet]")
        .unwrap()
        .is_some());
    assert!(app
        .query_selector("[data-testid=zone-cut]")
        .unwrap()
        .is_some());
    app.remove();
}

/// Waits (50 ms at a time, up to 30 s) until `ready` holds: WebCrypto's key derivation
/// is slow on purpose, so an unlock takes a moment.
async fn wait_until(what: &str, ready: impl Fn() -> bool) {
    for _ in 0..600 {
        if ready() {
            return;
        }
        gloo_wait().await;
        leptos::task::tick().await;
    }
    panic!("timed out waiting for {what}");
}

/// A fresh app in English on the page of a new round of a new team "Werkplaats", with
/// the round's invite.
async fn new_round_page() -> (web_sys::HtmlElement, teambalans::domain::link::Invite) {
    use teambalans::domain::link::{decode, Link};

    local_storage().clear().unwrap();
    fragment::go("#/team");
    let app = mount_app();
    leptos::task::tick().await;
    find(&app, "[data-testid=lang-en]").click();
    leptos::task::tick().await;
    type_into(&app, "[data-testid=team-name]", "Werkplaats");
    find(&app, "[data-testid=create-team]").click();
    leptos::task::tick().await;
    find(&app, "[data-testid=create-round]").click();
    // Creating the round navigates by the fragment; the hashchange arrives asynchronously.
    gloo_wait().await;
    leptos::task::tick().await;

    let field: web_sys::HtmlTextAreaElement =
        find(&app, "[data-testid=invite-link]").unchecked_into();
    let invite = match decode(&field.value()) {
        Ok(Link::Invite(invite)) => invite,
        other => panic!("not an invite: {other:?}"),
    };
    (app, invite)
}

/// Pastes `text` into the paste box and presses its button.
fn paste(container: &web_sys::HtmlElement, text: &str) {
    let field: web_sys::HtmlTextAreaElement =
        find(container, "[data-testid=import-field]").unchecked_into();
    field.set_value(text);
    field
        .dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
    find(container, "[data-testid=import-button]").click();
}

fn type_into(container: &web_sys::HtmlElement, selector: &str, value: &str) {
    let field: web_sys::HtmlInputElement = find(container, selector).unchecked_into();
    field.set_value(value);
    field
        .dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
}

#[wasm_bindgen_test]
async fn a_protected_response_pasted_into_a_round_asks_its_passphrase_there_and_is_then_added() {
    use teambalans::domain::instrument::Instrument;
    use teambalans::domain::link::{to_bytes, to_fragment, Link, LinkKind, MemberId, Response};
    use teambalans::state::protect::protect;

    let (app, invite) = new_round_page().await;
    let response = Link::Response(Response {
        round: invite.round,
        member: MemberId([8; 6]),
        revision: 1_795_000_000_000,
        instrument: Instrument::CURRENT,
        has_desired: false,
        ratings: vec![(None, None); Instrument::CURRENT.statement_count()],
        trade_offs: vec![(None, None); Instrument::CURRENT.dimension_count()],
        facilitator: false,
        name: None,
        own_answers: Vec::new(),
    });
    let plain = to_bytes(&response).unwrap();
    let sealed = protect(LinkKind::Response, &plain, "correct horse battery")
        .await
        .unwrap();
    let link = format!(
        "Mijn antwoorden: https://x.example/{}",
        to_fragment(&Link::Sealed(sealed)).unwrap()
    );

    paste(&app, &link);
    leptos::task::tick().await;
    let row = |app: &web_sys::HtmlElement| {
        find(app, "[data-testid=import-row]")
            .get_attribute("data-result")
            .unwrap_or_default()
    };
    assert_eq!(row(&app), "locked");
    let message = text(&app, "[data-testid=import-row]");
    assert!(message.contains("protected with a passphrase"), "{message}");
    assert!(!message.contains("version"), "{message}");
    let count = |app: &web_sys::HtmlElement| text(app, "[data-testid=respondent-count]");
    assert_eq!(count(&app).trim(), "Answers received: 0");

    // A wrong passphrase: said plainly, nothing changes, the form stays.
    type_into(
        &app,
        "[data-testid=unlock-passphrase]",
        "Correct horse battery",
    );
    find(&app, "[data-testid=unlock-open]").click();
    wait_until("the wrong passphrase to be told", || {
        app.query_selector("[data-testid=unlock-error]")
            .ok()
            .flatten()
            .is_some()
    })
    .await;
    let error = text(&app, "[data-testid=unlock-error]");
    assert!(error.contains("does not fit this link"), "{error}");
    assert_eq!(row(&app), "locked");
    assert_eq!(count(&app).trim(), "Answers received: 0");
    let stored = local_storage()
        .get_item(STORAGE_KEY)
        .unwrap()
        .unwrap_or_default();
    assert!(!stored.contains("\"member\":\"080808080808\""), "{stored}");

    // The right one: the response inside is taken in as if it had been pasted.
    type_into(
        &app,
        "[data-testid=unlock-passphrase]",
        "correct horse battery",
    );
    find(&app, "[data-testid=unlock-open]").click();
    wait_until("the unlocked response to be added", || row(&app) == "added").await;
    assert_eq!(count(&app).trim(), "Answers received: 1");
    let summary = text(&app, "[data-testid=import-summary]");
    assert!(summary.contains("Added: 1"), "{summary}");
    let stored = local_storage().get_item(STORAGE_KEY).unwrap().unwrap();
    assert!(stored.contains("\"member\":\"080808080808\""), "{stored}");
}

#[wasm_bindgen_test]
async fn an_action_is_edited_ticked_off_and_deleted_on_the_dashboard_and_stays_deleted() {
    use teambalans::domain::id::{RoundId, TeamId};
    use teambalans::domain::round::rounds::{Action, ActionStatus};
    use teambalans::domain::store::schema::{decode, encode};

    let (team, round) = (TeamId([6; 6]), RoundId([8; 6]));
    let mut data = team_with_round(team, round, "Werkplaats", "Najaar");
    let created_at = 1_000;
    data.teams
        .add_action(
            round,
            Action {
                created_at,
                who: "Sanne".into(),
                what: "Stand-up om 9 uur".into(),
                by_days: None,
                dimension: None,
                status: ActionStatus::Open,
                updated_at: created_at,
            },
        )
        .unwrap();
    data.settings.locale = Some(teambalans::domain::locale::Locale::Nl);
    // What another tab still holds later: the action as it was before the deletion.
    let stale = data.clone();
    local_storage().clear().unwrap();
    local_storage()
        .set_item(STORAGE_KEY, &encode(&data))
        .unwrap();
    fragment::go(&format!("#/round/{}/results", round.to_hex()));
    let app = mount_app();
    leptos::task::tick().await;
    let stored = || decode(&local_storage().get_item(STORAGE_KEY).unwrap().unwrap()).unwrap();
    let action = || {
        stored()
            .teams
            .round(round)
            .unwrap()
            .action(created_at)
            .cloned()
    };
    let set = |selector: &str, value: &str| {
        let input: web_sys::HtmlInputElement = find(&app, selector).unchecked_into();
        input.set_value(value);
        input
            .dispatch_event(&web_sys::Event::new("input").unwrap())
            .unwrap();
    };

    // Ticked off, and on again, from the list; the button says which action it ticks.
    let tick = find(&app, "[data-testid=action-tick]");
    assert_eq!(
        tick.get_attribute("aria-label").as_deref(),
        Some("Vink de afspraak ‘Stand-up om 9 uur’ af")
    );
    tick.click();
    leptos::task::tick().await;
    assert_eq!(action().unwrap().status, ActionStatus::Done);
    assert_eq!(tick.get_attribute("aria-pressed").as_deref(), Some("true"));
    tick.click();
    leptos::task::tick().await;
    assert_eq!(action().unwrap().status, ActionStatus::Open);
    find(&app, "[data-testid=action-tick]").click();
    leptos::task::tick().await;

    // Edited in place; Cancel keeps it as it was, an empty text is refused, Save saves.
    find(&app, "[data-testid=action-edit]").click();
    leptos::task::tick().await;
    set("[data-testid=action-edit-what]", "Weggegooid");
    find(&app, "[data-testid=action-cancel]").click();
    leptos::task::tick().await;
    assert_eq!(
        text(&app, "[data-testid=action]"),
        "Sanne — Stand-up om 9 uur"
    );
    assert_eq!(action().unwrap().what, "Stand-up om 9 uur");
    find(&app, "[data-testid=action-edit]").click();
    leptos::task::tick().await;
    set("[data-testid=action-edit-what]", "  ");
    find(&app, "[data-testid=action-save]").click();
    leptos::task::tick().await;
    assert!(app
        .query_selector("[data-testid=action-edit-form] [role=alert]")
        .unwrap()
        .is_some());
    assert_eq!(action().unwrap().what, "Stand-up om 9 uur");
    set("[data-testid=action-edit-what]", "Stand-up om half tien\n");
    set("[data-testid=action-edit-who]", "Ahmed");
    set("[data-testid=action-edit-by]", "2026-03-01");
    find(&app, "[data-testid=action-save]").click();
    leptos::task::tick().await;
    assert!(app
        .query_selector("[data-testid=action-edit-form]")
        .unwrap()
        .is_none());
    let edited = action().unwrap();
    assert_eq!(edited.what, "Stand-up om half tien");
    assert_eq!(edited.who, "Ahmed");
    assert!(edited.by_days.is_some());
    assert_eq!(edited.status, ActionStatus::Done);
    assert!(text(&app, "[data-testid=action]").starts_with("Ahmed — Stand-up om half tien ("));

    // Deleted after a question; remembered as deleted.
    find(&app, "[data-testid=action-delete]").click();
    leptos::task::tick().await;
    assert!(text(&app, "[role=alertdialog]")
        .contains("Deze afspraak verdwijnt ook uit andere tabbladen."));
    find(&app, "[data-testid=action-delete-confirm]").click();
    leptos::task::tick().await;
    assert!(app
        .query_selector("[data-testid=action]")
        .unwrap()
        .is_none());
    assert!(action().is_none());
    assert!(stored()
        .teams
        .round(round)
        .unwrap()
        .removed_actions
        .contains(&created_at));

    // Another tab saves its older copy, which still has the action; the next save here
    // takes that copy in, and the action stays deleted.
    local_storage()
        .set_item(STORAGE_KEY, &encode(&stale))
        .unwrap();
    set("[data-testid=action-what]", "Samen lunchen");
    find(&app, "[data-testid=action-add]").click();
    leptos::task::tick().await;
    let round_now = stored().teams.round(round).unwrap().clone();
    let whats: Vec<&str> = round_now.actions.iter().map(|a| a.what.as_str()).collect();
    assert_eq!(whats, ["Samen lunchen"]);
    assert!(round_now.removed_actions.contains(&created_at));
    let shown = app.query_selector_all("[data-testid=action]").unwrap();
    assert_eq!(shown.length(), 1);
    app.remove();
}

/// The next value `watch_overflow` reports, as a promise resolved by its callback.
fn next_report(
    slot: &std::rc::Rc<std::cell::RefCell<Option<js_sys::Function>>>,
) -> js_sys::Promise {
    let slot = slot.clone();
    js_sys::Promise::new(&mut |resolve, _| {
        *slot.borrow_mut() = Some(resolve);
    })
}

#[wasm_bindgen_test]
async fn a_box_says_whether_it_scrolls_sideways_and_again_when_that_changes() {
    use std::cell::RefCell;
    use std::rc::Rc;
    use teambalans::platform::overflow::watch_overflow;
    let doc = document();
    let outer = doc.create_element("div").unwrap();
    outer
        .set_attribute("style", "width: 100px; overflow-x: auto")
        .unwrap();
    let inner = doc.create_element("div").unwrap();
    inner
        .set_attribute("style", "width: 300px; height: 10px")
        .unwrap();
    outer.append_child(&inner).unwrap();
    doc.body().unwrap().append_child(&outer).unwrap();
    let slot: Rc<RefCell<Option<js_sys::Function>>> = Rc::new(RefCell::new(None));
    let first = next_report(&slot);
    let reported = slot.clone();
    let watch = watch_overflow(&outer, move |scrolls| {
        if let Some(resolve) = reported.borrow_mut().take() {
            let _ = resolve.call1(&wasm_bindgen::JsValue::NULL, &scrolls.into());
        }
    })
    .expect("Chromium has a ResizeObserver");
    let wide = wasm_bindgen_futures::JsFuture::from(first).await.unwrap();
    assert_eq!(wide.as_bool(), Some(true));
    // The content shrinks to fit: the watch says so without a window resize.
    let second = next_report(&slot);
    inner
        .set_attribute("style", "width: 50px; height: 20px")
        .unwrap();
    let fits = wasm_bindgen_futures::JsFuture::from(second).await.unwrap();
    assert_eq!(fits.as_bool(), Some(false));
    drop(watch);
    outer.remove();
}
