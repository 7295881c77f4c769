//! Getting a round's answers out: CSV for spreadsheets (one row per respondent ×
//! statement) and JSON with a documented schema (`docs/export.md`). Respondents are
//! numbered, never named or identified; exports exist only from the minimum group size.

use serde::Serialize;

use crate::dates::iso_date;
use crate::instrument::answers::Answer;
use crate::instrument::rules::Model;
use crate::instrument::{statements, v2, Instrument, Key, Pole, StatementView};
use crate::link::{AgreedAction, RatingPair};
use crate::locale::Locale;
use crate::score::figure;
use crate::score::round_data::RoundData;

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

fn key_code(key: Key) -> &'static str {
    match key {
        Key::Plus => "plus",
        Key::Minus => "minus",
    }
}

fn answer_cells(
    answer: Option<Answer>,
    instrument: Instrument,
    locale: Locale,
) -> (String, String) {
    match answer {
        Some(a) => (
            a.id().to_string(),
            a.label(instrument).get(locale).to_string(),
        ),
        None => (String::new(), String::new()),
    }
}

fn points(value: Option<u8>) -> String {
    value.map(|p| p.to_string()).unwrap_or_default()
}

pub(crate) fn separator(locale: Locale) -> &'static str {
    match locale {
        Locale::Nl => ";",
        Locale::En => ",",
    }
}

pub(crate) fn csv_line(cells: &[String], sep: &str) -> String {
    let mut line = cells.iter().map(|c| cell(c)).collect::<Vec<_>>().join(sep);
    line.push_str("\r\n");
    line
}

/// The CSV a spreadsheet opens directly: UTF-8 with a byte-order mark (so Excel reads
/// the accents), `;` between cells in Dutch (where `,` is the decimal mark), `,` in
/// English. The answers come first; after an empty line, the actions (when there are
/// any), and after another, the earlier rounds' team figures (when there are any).
pub fn csv(data: &RoundData, locale: Locale) -> String {
    // Each way of scoring has its own published columns (docs/export.md).
    let mut out = match data.instrument.rules().model {
        Model::Keyed => csv_v2(data, locale),
        Model::PoleMeans => csv_v1(data, locale),
    };
    out.push_str(&csv_actions(data, locale));
    out.push_str(&csv_trend(data, locale));
    out
}

/// Which list an action is in, in a column of its own: the same codes in both languages.
const PREVIOUS_ROUND: &str = "previous_round";
const THIS_ROUND: &str = "this_round";

/// The actions block: the round before's actions with how far they got, then this
/// round's. Nothing without actions.
fn csv_actions(data: &RoundData, locale: Locale) -> String {
    let sep = separator(locale);
    let header = match locale {
        Locale::Nl => [
            "afspraken_van",
            "datum_ronde",
            "status",
            "status_tekst",
            "wie",
            "wat",
            "klaar_op",
            "thema",
        ],
        Locale::En => [
            "actions_of",
            "round_date",
            "status",
            "status_text",
            "who",
            "what",
            "by",
            "theme",
        ],
    };
    let mut lists: Vec<(&str, u16, Instrument, &[AgreedAction])> = Vec::new();
    if let Some(review) = &data.review {
        lists.push((
            PREVIOUS_ROUND,
            review.date_days,
            review.instrument,
            &review.actions,
        ));
    }
    lists.push((THIS_ROUND, data.date_days, data.instrument, &data.actions));
    if lists.iter().all(|(_, _, _, actions)| actions.is_empty()) {
        return String::new();
    }
    let mut out = String::from("\r\n");
    out.push_str(&csv_line(&header.map(String::from), sep));
    for (list, date, instrument, actions) in lists {
        for action in actions {
            let row = [
                list.to_string(),
                iso_date(date),
                action.status.export_code().to_string(),
                action.status.label().get(locale).to_string(),
                action.who.clone(),
                action.what.clone(),
                action.by_days.map(iso_date).unwrap_or_default(),
                action
                    .dimension
                    .and_then(|id| instrument.dimension_by_id(id))
                    .map(|d| d.name.get(locale).to_string())
                    .unwrap_or_default(),
            ];
            out.push_str(&csv_line(&row, sep));
        }
    }
    out
}

/// The earlier rounds' team means, one row per round and dimension, as whole numbers
/// 0–100 (the trend on screen shows version 2 in steps of 5; an export keeps the
/// points). Nothing without earlier rounds.
fn csv_trend(data: &RoundData, locale: Locale) -> String {
    if data.trend.is_empty() {
        return String::new();
    }
    let sep = separator(locale);
    let header = match locale {
        Locale::Nl => [
            "eerdere_ronde",
            "vragenlijst",
            "dimensie",
            "angelsaksisch",
            "rijnlands",
        ],
        Locale::En => [
            "earlier_round",
            "questionnaire",
            "dimension",
            "anglo_saxon",
            "rhineland",
        ],
    };
    let mut out = String::from("\r\n");
    out.push_str(&csv_line(&header.map(String::from), sep));
    for entry in &data.trend {
        for (d, mean) in entry.instrument.dimensions().zip(&entry.means) {
            let (a, r) = mean.map(whole_tenths).unwrap_or_default();
            let row = [
                iso_date(entry.date_days),
                entry.instrument.id().to_string(),
                d.name.get(locale).to_string(),
                a,
                r,
            ];
            out.push_str(&csv_line(&row, sep));
        }
    }
    out
}

/// A trend figure in tenths (0–1000) as a whole number, by the one rounding rule.
fn whole_number(tenths: u16) -> u16 {
    figure::whole(f64::from(tenths) / 10.0) as u16
}

fn whole_tenths((a, r): (u16, u16)) -> (String, String) {
    (whole_number(a).to_string(), whole_number(r).to_string())
}

/// Version 1's answers.
fn csv_v1(data: &RoundData, locale: Locale) -> String {
    let sep = separator(locale);
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
    out.push_str(&csv_line(&header.map(String::from), sep));
    let date = iso_date(data.date_days);
    for (n, ratings) in data.respondents.iter().enumerate() {
        for (i, def) in statements().iter().enumerate() {
            let (now, desired) = ratings.get(i).copied().unwrap_or((None, None));
            let (now_id, now_text) = answer_cells(now, Instrument::V1, locale);
            let (des_id, des_text) = answer_cells(desired, Instrument::V1, locale);
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
            out.push_str(&csv_line(&row, sep));
        }
    }
    out
}

/// Version 2's CSV: the version on every row, each statement's dimension code and key,
/// and the member's trade-off of that dimension (Rhineland points of ten) beside it.
fn csv_v2(data: &RoundData, locale: Locale) -> String {
    let sep = separator(locale);
    let header = match locale {
        Locale::Nl => [
            "team",
            "ronde",
            "datum",
            "vragenlijst",
            "deelnemer",
            "stelling_id",
            "dimensie",
            "dimensie_code",
            "kant",
            "sleutel",
            "stelling",
            "nu",
            "nu_tekst",
            "gewenst",
            "gewenst_tekst",
            "verdeelvraag_rijnlands_nu",
            "verdeelvraag_rijnlands_gewenst",
        ],
        Locale::En => [
            "team",
            "round",
            "date",
            "questionnaire",
            "respondent",
            "statement_id",
            "dimension",
            "dimension_code",
            "pole",
            "key",
            "statement",
            "now",
            "now_text",
            "desired",
            "desired_text",
            "trade_off_rhineland_now",
            "trade_off_rhineland_desired",
        ],
    };
    let mut out = String::from("\u{feff}");
    out.push_str(&csv_line(&header.map(String::from), sep));
    let date = iso_date(data.date_days);
    let version = data.instrument.id().to_string();
    for (n, ratings) in data.respondents.iter().enumerate() {
        let trades = data.trade_offs.get(n);
        for (i, def) in data.instrument.statements().enumerate() {
            let (now, desired) = ratings.get(i).copied().unwrap_or((None, None));
            let (now_id, now_text) = answer_cells(now, data.instrument, locale);
            let (des_id, des_text) = answer_cells(desired, data.instrument, locale);
            let dimension = data.instrument.dimension_by_id(def.dimension);
            let (trade_now, trade_desired) = dimension
                .and_then(|d| trades?.get(d.index).copied())
                .unwrap_or((None, None));
            let row = [
                data.team_name.clone(),
                data.title.clone(),
                date.clone(),
                version.clone(),
                (n + 1).to_string(),
                def.id.0.to_string(),
                dimension
                    .map(|d| d.name.get(locale).to_string())
                    .unwrap_or_default(),
                dimension_code(&def).to_string(),
                pole_code(def.pole).to_string(),
                key_code(def.key).to_string(),
                def.text.get(locale).to_string(),
                now_id,
                now_text,
                des_id,
                des_text,
                points(trade_now),
                points(trade_desired),
            ];
            out.push_str(&csv_line(&row, sep));
        }
    }
    out
}

fn dimension_code(statement: &StatementView) -> &'static str {
    v2::DIMENSIONS
        .iter()
        .find(|d| d.id == statement.dimension)
        .map(|d| d.code)
        .unwrap_or_default()
}

#[derive(Serialize)]
struct JsonExport<'a> {
    format: &'static str,
    version: u32,
    team: &'a str,
    round: JsonRound<'a>,
    statements: Vec<JsonStatement>,
    respondents: Vec<JsonRespondent>,
    #[serde(flatten)]
    agreements: JsonAgreements<'a>,
}

/// Added within both schema versions: the actions and the earlier rounds.
#[derive(Serialize)]
struct JsonAgreements<'a> {
    actions: Vec<JsonAction<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    previous_actions: Option<JsonReview<'a>>,
    trend: Vec<JsonTrendRound>,
}

#[derive(Serialize)]
struct JsonAction<'a> {
    who: &'a str,
    what: &'a str,
    by: Option<String>,
    dimension: Option<u8>,
    status: &'static str,
}

#[derive(Serialize)]
struct JsonReview<'a> {
    round_date: String,
    instrument: u8,
    actions: Vec<JsonAction<'a>>,
}

#[derive(Serialize)]
struct JsonTrendRound {
    date: String,
    instrument: u8,
    dimensions: Vec<JsonTrendFigure>,
}

#[derive(Serialize)]
struct JsonTrendFigure {
    dimension: u8,
    anglo_saxon: Option<u16>,
    rhineland: Option<u16>,
}

fn json_actions(actions: &[AgreedAction]) -> Vec<JsonAction<'_>> {
    actions
        .iter()
        .map(|a| JsonAction {
            who: &a.who,
            what: &a.what,
            by: a.by_days.map(iso_date),
            dimension: a.dimension,
            status: a.status.export_code(),
        })
        .collect()
}

fn json_agreements(data: &RoundData) -> JsonAgreements<'_> {
    JsonAgreements {
        actions: json_actions(&data.actions),
        previous_actions: data.review.as_ref().map(|r| JsonReview {
            round_date: iso_date(r.date_days),
            instrument: r.instrument.id(),
            actions: json_actions(&r.actions),
        }),
        trend: data
            .trend
            .iter()
            .map(|e| JsonTrendRound {
                date: iso_date(e.date_days),
                instrument: e.instrument.id(),
                dimensions: e
                    .instrument
                    .dimensions()
                    .zip(&e.means)
                    .map(|(d, m)| JsonTrendFigure {
                        dimension: d.id,
                        anglo_saxon: m.map(|(a, _)| whole_number(a)),
                        rhineland: m.map(|(_, r)| whole_number(r)),
                    })
                    .collect(),
            })
            .collect(),
    }
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

/// One respondent's answers, statement by statement in instrument order.
fn json_answers(instrument: Instrument, ratings: &[RatingPair]) -> Vec<JsonAnswer> {
    instrument
        .statements()
        .enumerate()
        .map(|(i, s)| {
            let (now, desired) = ratings.get(i).copied().unwrap_or((None, None));
            JsonAnswer {
                statement: s.id.0,
                now: now.map(Answer::id),
                desired: desired.map(Answer::id),
            }
        })
        .collect()
}

#[derive(Serialize)]
struct JsonExportV2<'a> {
    format: &'static str,
    version: u32,
    instrument: u8,
    team: &'a str,
    round: JsonRound<'a>,
    answer_labels: Vec<JsonLabel>,
    dimensions: Vec<JsonDimension>,
    statements: Vec<JsonStatementV2>,
    respondents: Vec<JsonRespondentV2>,
    #[serde(flatten)]
    agreements: JsonAgreements<'a>,
}

#[derive(Serialize)]
struct JsonLabel {
    id: u8,
    nl: &'static str,
    en: &'static str,
}

#[derive(Serialize)]
pub(crate) struct JsonDimension {
    id: u8,
    code: &'static str,
    name_nl: &'static str,
    name_en: &'static str,
}

/// Version 2's dimensions as the JSON exports name them (a round's and an organisation's).
pub(crate) fn json_dimensions_v2() -> Vec<JsonDimension> {
    v2::DIMENSIONS
        .iter()
        .map(|d| JsonDimension {
            id: d.id,
            code: d.code,
            name_nl: d.name.nl,
            name_en: d.name.en,
        })
        .collect()
}

#[derive(Serialize)]
struct JsonStatementV2 {
    id: u16,
    dimension: u8,
    dimension_code: &'static str,
    pole: &'static str,
    key: &'static str,
    text_nl: &'static str,
    text_en: &'static str,
}

#[derive(Serialize)]
struct JsonRespondentV2 {
    respondent: usize,
    answers: Vec<JsonAnswer>,
    trade_offs: Vec<JsonTradeOff>,
}

#[derive(Serialize)]
struct JsonTradeOff {
    dimension: u8,
    now: Option<u8>,
    #[serde(skip_serializing_if = "Option::is_none")]
    desired: Option<u8>,
}

/// A version 2 round as JSON, schema `teambalans-round` version 2: version 2's ids are
/// their own id space, so the schema says which questionnaire they belong to.
fn json_v2(data: &RoundData) -> String {
    let instrument = data.instrument;
    let export = JsonExportV2 {
        format: "teambalans-round",
        version: 2,
        instrument: instrument.id(),
        team: &data.team_name,
        round: JsonRound {
            id: data.round.to_hex(),
            title: &data.title,
            date: iso_date(data.date_days),
            min_group: data.min_group,
            asks_desired: data.has_desired,
        },
        answer_labels: Answer::options(instrument)
            .iter()
            .map(|a| JsonLabel {
                id: a.id(),
                nl: a.label(instrument).nl,
                en: a.label(instrument).en,
            })
            .collect(),
        dimensions: json_dimensions_v2(),
        statements: instrument
            .statements()
            .map(|s| JsonStatementV2 {
                id: s.id.0,
                dimension: s.dimension,
                dimension_code: dimension_code(&s),
                pole: pole_code(s.pole),
                key: key_code(s.key),
                text_nl: s.text.nl,
                text_en: s.text.en,
            })
            .collect(),
        respondents: data
            .respondents
            .iter()
            .enumerate()
            .map(|(n, ratings)| JsonRespondentV2 {
                respondent: n + 1,
                answers: json_answers(instrument, ratings),
                trade_offs: instrument
                    .dimensions()
                    .map(|d| {
                        let (now, desired) = data
                            .trade_offs
                            .get(n)
                            .and_then(|t| t.get(d.index).copied())
                            .unwrap_or((None, None));
                        JsonTradeOff {
                            dimension: d.id,
                            now,
                            desired,
                        }
                    })
                    .collect(),
            })
            .collect(),
        agreements: json_agreements(data),
    };
    serde_json::to_string_pretty(&export).unwrap_or_default()
}

/// The round as JSON, schema `teambalans-round` version 1 for a version 1 round and
/// version 2 for a version 2 round (see `docs/export.md`).
pub fn json(data: &RoundData) -> String {
    if data.instrument.rules().model == Model::Keyed {
        return json_v2(data);
    }
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
                answers: json_answers(Instrument::V1, ratings),
            })
            .collect(),
        agreements: json_agreements(data),
    };
    serde_json::to_string_pretty(&export).unwrap_or_default()
}

/// A file name for a round's export: team, date, extension; only safe characters.
pub fn file_name(data: &RoundData, extension: &str) -> String {
    let safe = safe_name(&data.team_name, "team");
    format!("teambalans-{safe}-{}.{extension}", iso_date(data.date_days))
}

/// A name as a file name's part: letters and digits in lower case, anything else a
/// hyphen, none at either end; `fallback` when nothing is left.
pub(crate) fn safe_name(name: &str, fallback: &str) -> String {
    let safe: String = name
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
    if safe.is_empty() { fallback } else { safe }.to_string()
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
