//! Native benchmark figures, printed by `scripts/bench.sh` in the agreed form
//! `figure: <name> = <value> <unit> (budget <value> <unit>: ok|over)`.
//!
//! Link sizes: our payload next to JSON + deflate + base64url of the same data.

use teambalans::domain::answers::Answer;
use teambalans::domain::link::{
    base64url_encode, encode, Invite, Link, MemberId, Response, RoundId,
};

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
    let mut seed = 0x9e37_79b9_7f4a_7c15u64;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let mut pick = move || Answer::from_id((next() % 7) as u8);
    Response {
        round: RoundId([0x3a, 0x91, 0x0c, 0x77, 0xe2, 0x05]),
        member: MemberId([0x5d, 0x18, 0xc4, 0x2b, 0x90, 0xfe]),
        revision: 1_234_567,
        instrument: 1,
        has_desired: desired,
        ratings: (0..statements)
            .map(|_| (pick(), if desired { pick() } else { None }))
            .collect(),
    }
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
        r.instrument,
        ratings.join(",")
    );
    let deflated = miniz_oxide::deflate::compress_to_vec(json.as_bytes(), 10);
    base64url_encode(&deflated).len()
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
    figure(
        "link_invite_chars",
        chars(Link::Invite(Invite {
            round: RoundId([0x3a, 0x91, 0x0c, 0x77, 0xe2, 0x05]),
            date_days: 20_415,
            ask_desired: true,
            min_group: 3,
            instrument: 1,
            team_name: "Zorgteam De Linde".to_string(),
            round_title: "Najaarsscan 2025".to_string(),
        })),
        "chars",
        None,
    );
}
