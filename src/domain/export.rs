//! Getting a round's answers out: CSV for spreadsheets (one row per respondent ×
//! statement) and JSON with a documented schema (`docs/export.md`). Respondents are
//! numbered, never named or identified; exports exist only from the minimum group size.

use serde::Serialize;

use crate::domain::answers::Answer;
use crate::domain::dates::iso_date;
use crate::domain::instrument::{statements, Instrument, Pole};
use crate::domain::locale::Locale;
use crate::domain::round::round_data::RoundData;

/// Spreadsheet programs run cells starting with these as formulas.
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// One CSV cell: quoted, quotes doubled, and a leading formula character defused.
fn cell(text: &str) -> String {
    let guarded = if text.starts_with(FORMULA_STARTS) {
        format!("'{text}")
    } else {
        text.to_string()
    };
    format!("\"{}\"", guarded.replace('"', "\"\""))
}

fn pole_code(pole: Pole) -> &'static str {
    match pole {
        Pole::AngloSaxon => "anglo_saxon",
        Pole::Rhineland => "rhineland",
    }
}

fn answer_cells(answer: Option<Answer>, locale: Locale) -> (String, String) {
    match answer {
        Some(a) => (
            a.id().to_string(),
            a.label(Instrument::V1).get(locale).to_string(),
        ),
        None => (String::new(), String::new()),
    }
}

/// The CSV a spreadsheet opens directly: UTF-8 with a byte-order mark (so Excel reads
/// the accents), `;` between cells in Dutch (where `,` is the decimal mark), `,` in
/// English.
pub fn csv(data: &RoundData, locale: Locale) -> String {
    let sep = match locale {
        Locale::Nl => ";",
        Locale::En => ",",
    };
    let header = match locale {
        Locale::Nl => [
            "team",
            "ronde",
            "datum",
            "deelnemer",
            "stelling_id",
            "dimensie",
            "kant",
            "stelling",
            "nu",
            "nu_tekst",
            "gewenst",
            "gewenst_tekst",
        ],
        Locale::En => [
            "team",
            "round",
            "date",
            "respondent",
            "statement_id",
            "dimension",
            "pole",
            "statement",
            "now",
            "now_text",
            "desired",
            "desired_text",
        ],
    };
    let mut out = String::from("\u{feff}");
    out.push_str(&header.map(cell).join(sep));
    out.push_str("\r\n");
    let date = iso_date(data.date_days);
    for (n, ratings) in data.respondents.iter().enumerate() {
        for (i, def) in statements().iter().enumerate() {
            let (now, desired) = ratings.get(i).copied().unwrap_or((None, None));
            let (now_id, now_text) = answer_cells(now, locale);
            let (des_id, des_text) = answer_cells(desired, locale);
            let row = [
                data.team_name.clone(),
                data.title.clone(),
                date.clone(),
                (n + 1).to_string(),
                def.id.0.to_string(),
                def.dimension.def().name.get(locale).to_string(),
                pole_code(def.pole).to_string(),
                def.text.get(locale).to_string(),
                now_id,
                now_text,
                des_id,
                des_text,
            ];
            out.push_str(&row.iter().map(|c| cell(c)).collect::<Vec<_>>().join(sep));
            out.push_str("\r\n");
        }
    }
    out
}

#[derive(Serialize)]
struct JsonExport<'a> {
    format: &'static str,
    version: u32,
    team: &'a str,
    round: JsonRound<'a>,
    statements: Vec<JsonStatement>,
    respondents: Vec<JsonRespondent>,
}

#[derive(Serialize)]
struct JsonRound<'a> {
    id: String,
    title: &'a str,
    date: String,
    min_group: u8,
    asks_desired: bool,
}

#[derive(Serialize)]
struct JsonStatement {
    id: u16,
    dimension: u8,
    pole: &'static str,
    text_nl: &'static str,
    text_en: &'static str,
}

#[derive(Serialize)]
struct JsonRespondent {
    respondent: usize,
    answers: Vec<JsonAnswer>,
}

#[derive(Serialize)]
struct JsonAnswer {
    statement: u16,
    now: Option<u8>,
    #[serde(skip_serializing_if = "Option::is_none")]
    desired: Option<u8>,
}

/// The round as JSON, schema `teambalans-round` version 1 (see `docs/export.md`).
pub fn json(data: &RoundData) -> String {
    let export = JsonExport {
        format: "teambalans-round",
        version: 1,
        team: &data.team_name,
        round: JsonRound {
            id: data.round.to_hex(),
            title: &data.title,
            date: iso_date(data.date_days),
            min_group: data.min_group,
            asks_desired: data.has_desired,
        },
        statements: statements()
            .iter()
            .map(|s| JsonStatement {
                id: s.id.0,
                dimension: s.dimension.id(),
                pole: pole_code(s.pole),
                text_nl: s.text.nl,
                text_en: s.text.en,
            })
            .collect(),
        respondents: data
            .respondents
            .iter()
            .enumerate()
            .map(|(n, ratings)| JsonRespondent {
                respondent: n + 1,
                answers: statements()
                    .iter()
                    .enumerate()
                    .map(|(i, s)| {
                        let (now, desired) = ratings.get(i).copied().unwrap_or((None, None));
                        JsonAnswer {
                            statement: s.id.0,
                            now: now.map(Answer::id),
                            desired: desired.map(Answer::id),
                        }
                    })
                    .collect(),
            })
            .collect(),
    };
    serde_json::to_string_pretty(&export).unwrap_or_default()
}

/// A file name for a round's export: team, date, extension; only safe characters.
pub fn file_name(data: &RoundData, extension: &str) -> String {
    let safe: String = data
        .team_name
        .chars()
        .map(|c| {
            if c.is_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    let safe = safe.trim_matches('-');
    let safe = if safe.is_empty() { "team" } else { safe };
    format!("teambalans-{safe}-{}.{extension}", iso_date(data.date_days))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_are_quoted_and_formulas_defused() {
        assert_eq!(cell("a\"b"), "\"a\"\"b\"");
        assert_eq!(cell("=SUM(A1)"), "\"'=SUM(A1)\"");
        assert_eq!(cell("-2"), "\"'-2\"");
        assert_eq!(cell("@x"), "\"'@x\"");
        assert_eq!(cell("Team; Oost"), "\"Team; Oost\"");
    }
}
