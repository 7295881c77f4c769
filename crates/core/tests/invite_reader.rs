//! The first screen reads an invite in JS before the wasm has arrived (`boot/invite.js`),
//! so that a member sees the team and round at once. That reader must read every invite
//! as the core does: `boot/invite-decodings.json` holds what the core reads from every
//! golden invite in `tests/fixtures/links/` and from broken and edge-case invites made
//! here, and `tests/boot/invite.test.mjs` (run by scripts/test.sh) feeds the same
//! fragments to the JS reader and compares. This test keeps the file equal to the core:
//! `BLESS=1 cargo test -p teambalans-core --test invite_reader` writes it anew.
#![cfg(not(target_arch = "wasm32"))]

use serde_json::{json, Value};
use teambalans_core::id::RoundId;
use teambalans_core::instrument::Instrument;
use teambalans_core::link::{
    base64url_decode, base64url_encode, crc32, decode, to_fragment, Invite, Link,
    MAX_OWN_STATEMENTS, MAX_TEXT_BYTES,
};

const ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");
const PATH: &str = concat!(
    concat!(env!("CARGO_MANIFEST_DIR"), "/../.."),
    "/boot/invite-decodings.json"
);

/// What the core reads from `fragment`: the invite's fields, or why it is refused.
fn decoding(name: &str, fragment: &str) -> Value {
    let read = match decode(fragment) {
        Ok(Link::Invite(invite)) => json!({
            "team": invite.team_name,
            "round": invite.round_title,
            "id": invite.round.to_hex(),
            "days": invite.date_days,
            "desired": invite.ask_desired,
            "min_group": invite.min_group,
            "instrument": invite.instrument.id(),
            "open": invite.open,
            "own_statements": invite.own_statements,
        }),
        Ok(other) => json!({ "refused": format!("not an invite: {:?}", other.kind()) }),
        Err(error) => json!({ "refused": format!("{error:?}") }),
    };
    json!({ "name": name, "fragment": fragment, "invite": read })
}

/// The golden invites of every released link format, as they are in the fixtures.
fn golden() -> Vec<(String, String)> {
    let mut out = Vec::new();
    for version in 1..=teambalans_core::link::FORMAT_VERSION {
        let file = format!("{ROOT}/tests/fixtures/links/v{version}.txt");
        let Ok(text) = std::fs::read_to_string(&file) else {
            panic!("{file} is missing");
        };
        for line in text.lines().filter(|l| !l.starts_with('#')) {
            let Some((name, link)) = line.split_once(' ') else {
                continue;
            };
            if let Some(at) = link.find("#/i/") {
                out.push((format!("v{version} {name}"), link[at..].to_string()));
            }
        }
    }
    assert!(
        out.len() >= 9,
        "fewer golden invites than released: {out:?}"
    );
    out
}

/// An invite's bytes with its checksum made anew after `edit`.
fn relinked(fragment: &str, edit: impl Fn(&mut Vec<u8>)) -> String {
    let Some(mut bytes) = fragment.strip_prefix("#/i/").and_then(base64url_decode) else {
        panic!("not an invite fragment: {fragment}");
    };
    bytes.truncate(bytes.len() - 4);
    edit(&mut bytes);
    let crc = crc32(&bytes);
    bytes.extend_from_slice(&crc.to_be_bytes());
    format!("#/i/{}", base64url_encode(&bytes))
}

/// The largest invite a round can make: every text at its longest, in several scripts.
fn largest() -> String {
    let long = |seed: &str| {
        let mut text = String::new();
        while text.len() + seed.len() <= MAX_TEXT_BYTES {
            text.push_str(seed);
        }
        text
    };
    let invite = Invite {
        round: RoundId([0xfe, 0xdc, 0xba, 0x98, 0x76, 0x54]),
        date_days: u16::MAX,
        ask_desired: true,
        min_group: 255,
        instrument: Instrument::CURRENT,
        team_name: long("Zorgteam ‘ë’ 👩‍⚕️ "),
        round_title: long("<b>&amp;</b> "),
        open: true,
        own_statements: (0..MAX_OWN_STATEMENTS)
            .map(|i| long(&format!("{i} ‘we’ ")))
            .collect(),
    };
    match to_fragment(&Link::Invite(invite)) {
        Ok(fragment) => fragment,
        Err(error) => panic!("the largest invite does not encode: {error}"),
    }
}

fn decodings() -> Vec<Value> {
    let golden = golden();
    let mut cases: Vec<Value> = golden.iter().map(|(n, f)| decoding(n, f)).collect();
    for (name, fragment) in &golden {
        // A bit of the checksum changed (not its last character, whose low bits may be
        // padding that both readers ignore), and the link cut off in a chat.
        let mut flipped = fragment.clone().into_bytes();
        let at = flipped.len() - 3;
        flipped[at] = if flipped[at] == b'A' { b'B' } else { b'A' };
        let flipped = String::from_utf8(flipped).unwrap_or_default();
        cases.push(decoding(&format!("{name}, checksum changed"), &flipped));
        cases.push(decoding(
            &format!("{name}, cut off"),
            &fragment[..fragment.len() - 5],
        ));
    }
    // Format 3, instrument version 2: the fields at fixed places.
    let Some((_, v3)) = golden.iter().find(|(n, _)| n == "v3 invite-v2") else {
        panic!("no golden invite-v2 of format 3: {golden:?}");
    };
    let v3 = v3.as_str();
    cases.push(decoding("largest", &largest()));
    cases.push(decoding(
        "untitled",
        &relinked(v3, |b| {
            let at = 13 + usize::from(b[12]);
            b.truncate(at);
            b.push(0);
        }),
    ));
    cases.push(decoding(
        "empty team name",
        &relinked(v3, |b| {
            let len = usize::from(b[12]);
            b.drain(13..13 + len);
            b[12] = 0;
        }),
    ));
    cases.push(decoding(
        "a newer link format",
        &relinked(v3, |b| b[0] = 0x61),
    ));
    // The instrument's version at byte 11: none, and one this build does not know.
    cases.push(decoding("no instrument", &relinked(v3, |b| b[11] = 0)));
    cases.push(decoding(
        "an instrument this build does not know",
        &relinked(v3, |b| b[11] = 0xee),
    ));
    cases.push(decoding("a byte too many", &relinked(v3, |b| b.push(0))));
    cases.push(decoding(
        "a byte too few",
        &relinked(v3, |b| {
            b.pop();
        }),
    ));
    cases.push(decoding(
        "desired flag out of range",
        &relinked(v3, |b| b[9] = 2),
    ));
    cases.push(decoding(
        "team name not UTF-8",
        &relinked(v3, |b| b[13] = 0xff),
    ));
    cases.push(decoding(
        "team name longer than a link carries",
        &relinked(v3, |b| {
            let len = usize::from(b[12]);
            let mut more = vec![b'a'; MAX_TEXT_BYTES + 1 - len];
            let at = 13 + len;
            b.splice(at..at, more.drain(..));
            b[12] = (MAX_TEXT_BYTES + 1) as u8;
        }),
    ));
    if let Some((_, response)) = golden_response() {
        cases.push(decoding(
            "a response link's payload as an invite",
            &response,
        ));
    }
    cases.push(decoding("not base64url", "#/i/MQECAwQFBk+/AQMCJktsYW50"));
    cases.push(decoding("too short", "#/i/MQEC"));
    cases
}

/// A golden response link's payload behind `#/i/`.
fn golden_response() -> Option<(String, String)> {
    let text = std::fs::read_to_string(format!("{ROOT}/tests/fixtures/links/v5.txt")).ok()?;
    let line = text.lines().find(|l| l.starts_with("response-24 "))?;
    let at = line.find("#/r/")?;
    Some(("response".into(), format!("#/i/{}", &line[at + 4..])))
}

#[test]
fn the_js_invite_reader_has_the_cores_reading_of_every_invite() {
    let file = json!({
        "_about": "Made by crates/core/tests/invite_reader.rs from the core's link decoder: do not edit; BLESS=1 cargo test -p teambalans-core --test invite_reader writes it. tests/boot/invite.test.mjs checks boot/invite.js against it.",
        "cases": decodings(),
    });
    let want = format!(
        "{}\n",
        serde_json::to_string_pretty(&file).expect("plain JSON values")
    );
    if std::env::var_os("BLESS").is_some() {
        std::fs::write(PATH, &want).expect("boot/invite-decodings.json is writable");
    }
    let have = std::fs::read_to_string(PATH).unwrap_or_default();
    assert!(
        have == want,
        "boot/invite-decodings.json differs from the core's decoding: run BLESS=1 cargo test -p teambalans-core --test invite_reader"
    );
}

#[test]
fn the_cases_cover_what_the_reader_must_tell_apart() {
    let cases = decodings();
    let read = cases.iter().filter(|c| c["invite"]["team"].is_string());
    assert!(read.count() >= 12, "golden, largest, untitled, empty team");
    // Every golden invite is read, and every one changed on the way is refused.
    for case in &cases {
        let name = case["name"].as_str().unwrap_or_default();
        let refused = case["invite"]["refused"].is_string();
        if name.ends_with("checksum changed") || name.ends_with("cut off") {
            assert!(refused, "{name} is read");
        }
        if name.starts_with('v') && !name.contains(',') {
            assert!(!refused, "{name} is refused");
        }
    }
    for unknown in ["no instrument", "an instrument this build does not know"] {
        assert!(
            cases
                .iter()
                .any(|c| c["name"] == unknown && c["invite"]["refused"].is_string()),
            "{unknown} is read"
        );
    }
    // The largest invite is longer than any fixed limit a reader might be tempted by.
    let Some(largest) = cases.iter().find(|c| c["name"] == "largest") else {
        panic!("no largest case");
    };
    assert!(largest["fragment"].as_str().map_or(0, str::len) > 700);
}
