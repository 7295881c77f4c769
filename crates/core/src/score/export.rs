//! Getting a round's answers out: CSV for spreadsheets (one row per respondent ×
//! statement) and JSON with a documented schema (`docs/export.md`). Respondents are
//! numbered, never named or identified; exports exist only from the minimum group size.

use serde::Serialize;

use crate::dates::iso_date;
use crate::instrument::answers::Answer;
use crate::instrument::rules::Model;
use crate::instrument::{Instrument, Key, Pole};
use crate::link::{AgreedAction, RatingPair};
use crate::locale::Locale;
use crate::score::figure;
use crate::score::own_statements::own_figures;
use crate::score::round_data::RoundData;
use crate::score::shown::{self, ShownTheme};
use crate::score::team::TeamFigures;

/// Spreadsheet programs run cells starting with these as formulas.
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// A plain number ("-15", "3,5"): a spreadsheet reads it as that number and runs
/// nothing, so its minus is left alone.
fn plain_number(text: &str) -> bool {
    let digits = text.strip_prefix('-').unwrap_or(text);
    let mut parts = digits.splitn(2, [',', '.']);
    let whole = parts.next().unwrap_or_default();
    let ok = |p: &str| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit());
    ok(whole) && parts.next().is_none_or(ok)
}

/// One CSV cell: quoted, quotes doubled, and a leading formula character defused
/// (except before a plain number, such as a negative difference).
fn cell(text: &str) -> String {
    let guarded = if text.starts_with(FORMULA_STARTS) && !plain_number(text) {
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

/// The CSV export: one table per file (issue 30, point 12), each with one header row,
/// UTF-8 without a byte-order mark, `;` between cells in Dutch (where `,` is the decimal
/// mark) and `,` in English, so a spreadsheet and a CSV parser read each with no option
/// but the separator. The answers always; the actions, the earlier rounds' figures and
/// the own statements' figures when there are any. Downloaded together as one zip
/// ([`csv_zip`]). The file names are the same in both languages.
pub fn csv_files(data: &RoundData, locale: Locale) -> Vec<(String, String)> {
    let mut files = vec![("answers.csv".to_string(), csv_answers(data, locale))];
    for (name, table) in [
        ("themes.csv", csv_themes(data, locale)),
        ("actions.csv", csv_actions(data, locale)),
        ("trend.csv", csv_trend(data, locale)),
        ("own_statements.csv", csv_own_statements(data, locale)),
    ] {
        if !table.is_empty() {
            files.push((name.to_string(), table));
        }
    }
    files
}

/// The CSV files as one zip archive, for one download.
pub fn csv_zip(data: &RoundData, locale: Locale) -> Vec<u8> {
    crate::zip::stored(&csv_files(data, locale))
}

/// The own statements' figures as the dashboard shows them: per statement the mean and
/// spread on the 1–5 scale (one decimal, as on screen), how many chose a point and how
/// many did not, and the count per point. Nothing without own statements, and nothing
/// below the round's minimum group, where the screen shows none either.
fn csv_own_statements(data: &RoundData, locale: Locale) -> String {
    if data.own_statements.is_empty() || !data.enough() {
        return String::new();
    }
    let sep = separator(locale);
    let header: [&str; 10] = match locale {
        Locale::Nl => [
            "stelling",
            "gemiddelde",
            "spreiding",
            "beantwoord",
            "geen_antwoord",
            "punt_1",
            "punt_2",
            "punt_3",
            "punt_4",
            "punt_5",
        ],
        Locale::En => [
            "statement",
            "mean",
            "spread",
            "answered",
            "no_answer",
            "point_1",
            "point_2",
            "point_3",
            "point_4",
            "point_5",
        ],
    };
    let mut out = csv_line(&header.map(String::from), sep);
    for f in own_figures(&data.own_statements, &data.own_answers) {
        let decimal = |v: Option<f64>| {
            v.map(|v| figure::one_decimal(v, locale))
                .unwrap_or_default()
        };
        let mut row = vec![
            f.statement.clone(),
            decimal(f.mean),
            decimal(f.spread),
            f.answered.to_string(),
            f.non_answers.to_string(),
        ];
        row.extend(f.counts.iter().map(|n| n.to_string()));
        out.push_str(&csv_line(&row, sep));
    }
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
    let mut out = String::new();
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
            "spreiding",
        ],
        Locale::En => [
            "earlier_round",
            "questionnaire",
            "dimension",
            "anglo_saxon",
            "rhineland",
            "spread",
        ],
    };
    let mut out = String::new();
    out.push_str(&csv_line(&header.map(String::from), sep));
    for entry in &data.trend {
        for (d, shown) in entry.instrument.dimensions().zip(&entry.figures) {
            let row = [
                iso_date(entry.date_days),
                entry.instrument.id().to_string(),
                d.name.get(locale).to_string(),
                number(shown.map(|f| f.anglo_saxon)),
                number(shown.map(|f| f.rhineland)),
                number(shown.and_then(|f| f.spread)),
            ];
            out.push_str(&csv_line(&row, sep));
        }
    }
    out
}

/// A shown figure as a cell: empty where there is none.
fn number(value: Option<i64>) -> String {
    value.map(|v| v.to_string()).unwrap_or_default()
}

/// The round's team figures per theme, as "Per thema" shows them (from the one display
/// model, [`shown`]): both sides, their difference, the weaker side, the spread and,
/// when asked, where the team wants to be. A divided theme has no means here either.
/// Nothing below the minimum group, where the screen shows none.
fn csv_themes(data: &RoundData, locale: Locale) -> String {
    let team = TeamFigures::of(data);
    if !team.enough() {
        return String::new();
    }
    let sep = separator(locale);
    let header = match locale {
        Locale::Nl => [
            "dimensie",
            "angelsaksisch",
            "rijnlands",
            "verschil",
            "zwakste_kant",
            "spreiding",
            "gewenst_angelsaksisch",
            "gewenst_rijnlands",
        ],
        Locale::En => [
            "dimension",
            "anglo_saxon",
            "rhineland",
            "difference",
            "weaker_side",
            "spread",
            "desired_anglo_saxon",
            "desired_rhineland",
        ],
    };
    let mut out = csv_line(&header.map(String::from), sep);
    for (d, t) in data.instrument.dimensions().zip(shown::themes(&team)) {
        let row = [
            d.name.get(locale).to_string(),
            number(t.anglo_saxon),
            number(t.rhineland),
            number(t.difference()),
            number(t.weaker_side()),
            number(t.spread),
            number(t.desired_anglo_saxon),
            number(t.desired_rhineland),
        ];
        out.push_str(&csv_line(&row, sep));
    }
    out
}

/// What a column of the answers table holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Column {
    Team,
    Round,
    Date,
    Questionnaire,
    Respondent,
    StatementId,
    Dimension,
    DimensionCode,
    Pole,
    Key,
    Statement,
    Now,
    NowText,
    Desired,
    DesiredText,
    TradeOffNow,
    TradeOffDesired,
}

/// A published column: what it holds, and its header in Dutch and in English.
type Published = (Column, &'static str, &'static str);

/// The pole means' answers table (the first version's), as published in docs/export.md.
const POLE_MEANS_COLUMNS: [Published; 12] = [
    (Column::Team, "team", "team"),
    (Column::Round, "ronde", "round"),
    (Column::Date, "datum", "date"),
    (Column::Respondent, "deelnemer", "respondent"),
    (Column::StatementId, "stelling_id", "statement_id"),
    (Column::Dimension, "dimensie", "dimension"),
    (Column::Pole, "kant", "pole"),
    (Column::Statement, "stelling", "statement"),
    (Column::Now, "nu", "now"),
    (Column::NowText, "nu_tekst", "now_text"),
    (Column::Desired, "gewenst", "desired"),
    (Column::DesiredText, "gewenst_tekst", "desired_text"),
];

/// The keyed model's answers table: the version on every row, each statement's
/// dimension code and key, and the member's trade-off of that dimension (Rhineland
/// points of ten) beside it.
const KEYED_COLUMNS: [Published; 17] = [
    (Column::Team, "team", "team"),
    (Column::Round, "ronde", "round"),
    (Column::Date, "datum", "date"),
    (Column::Questionnaire, "vragenlijst", "questionnaire"),
    (Column::Respondent, "deelnemer", "respondent"),
    (Column::StatementId, "stelling_id", "statement_id"),
    (Column::Dimension, "dimensie", "dimension"),
    (Column::DimensionCode, "dimensie_code", "dimension_code"),
    (Column::Pole, "kant", "pole"),
    (Column::Key, "sleutel", "key"),
    (Column::Statement, "stelling", "statement"),
    (Column::Now, "nu", "now"),
    (Column::NowText, "nu_tekst", "now_text"),
    (Column::Desired, "gewenst", "desired"),
    (Column::DesiredText, "gewenst_tekst", "desired_text"),
    (
        Column::TradeOffNow,
        "verdeelvraag_rijnlands_nu",
        "trade_off_rhineland_now",
    ),
    (
        Column::TradeOffDesired,
        "verdeelvraag_rijnlands_gewenst",
        "trade_off_rhineland_desired",
    ),
];

/// The answers table: a row per member and statement, in the columns its way of scoring
/// published.
fn csv_answers(data: &RoundData, locale: Locale) -> String {
    let sep = separator(locale);
    let instrument = data.instrument;
    let columns: &[Published] = match instrument.rules().model {
        Model::Keyed => &KEYED_COLUMNS,
        Model::PoleMeans => &POLE_MEANS_COLUMNS,
    };
    let header: Vec<String> = columns
        .iter()
        .map(|(_, nl, en)| match locale {
            Locale::Nl => nl.to_string(),
            Locale::En => en.to_string(),
        })
        .collect();
    let mut out = csv_line(&header, sep);
    let date = iso_date(data.date_days);
    for (n, ratings) in data.respondents.iter().enumerate() {
        let trades = data.trade_offs.get(n);
        for (i, def) in instrument.statements().enumerate() {
            let (now, desired) = ratings.get(i).copied().unwrap_or((None, None));
            let (now_id, now_text) = answer_cells(now, instrument, locale);
            let (des_id, des_text) = answer_cells(desired, instrument, locale);
            let dimension = instrument.dimension_by_id(def.dimension);
            let (trade_now, trade_desired) = dimension
                .and_then(|d| trades?.get(d.index).copied())
                .unwrap_or((None, None));
            let row: Vec<String> = columns
                .iter()
                .map(|(column, _, _)| match column {
                    Column::Team => data.team_name.clone(),
                    Column::Round => data.title.clone(),
                    Column::Date => date.clone(),
                    Column::Questionnaire => instrument.id().to_string(),
                    Column::Respondent => (n + 1).to_string(),
                    Column::StatementId => def.id.0.to_string(),
                    Column::Dimension => dimension
                        .map(|d| d.name.get(locale).to_string())
                        .unwrap_or_default(),
                    Column::DimensionCode => {
                        dimension.map(|d| d.code).unwrap_or_default().to_string()
                    }
                    Column::Pole => pole_code(def.pole).to_string(),
                    Column::Key => key_code(def.key).to_string(),
                    Column::Statement => def.text.get(locale).to_string(),
                    Column::Now => now_id.clone(),
                    Column::NowText => now_text.clone(),
                    Column::Desired => des_id.clone(),
                    Column::DesiredText => des_text.clone(),
                    Column::TradeOffNow => points(trade_now),
                    Column::TradeOffDesired => points(trade_desired),
                })
                .collect();
            out.push_str(&csv_line(&row, sep));
        }
    }
    out
}

#[derive(Serialize)]
struct JsonExport<'a> {
    format: &'static str,
    version: u32,
    /// From schema version 2 on: the questionnaire, its answers' words and dimensions.
    #[serde(skip_serializing_if = "Option::is_none")]
    instrument: Option<u8>,
    team: &'a str,
    round: JsonRound<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    answer_labels: Option<Vec<JsonLabel>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    dimensions: Option<Vec<JsonDimension>>,
    statements: Vec<JsonStatement>,
    respondents: Vec<JsonRespondent>,
    #[serde(flatten)]
    agreements: JsonAgreements<'a>,
    /// The own statements' figures, as the dashboard shows them (added in both schema
    /// versions; absent without own statements or below the minimum group).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    own_statements: Vec<JsonOwnStatement>,
    /// The team figures per theme as shown (added in both schema versions; absent below
    /// the minimum group).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    themes: Vec<JsonTheme>,
}

#[derive(Serialize)]
struct JsonOwnStatement {
    statement: String,
    mean: Option<f64>,
    spread: Option<f64>,
    answered: usize,
    no_answer: usize,
    /// How many chose each point of the 1–5 scale.
    counts: [usize; 5],
}

/// One decimal, as the dashboard shows an own statement's figure.
fn tenth(value: f64) -> f64 {
    (value * 10.0).round() / 10.0
}

fn json_own_statements(data: &RoundData) -> Vec<JsonOwnStatement> {
    if !data.enough() {
        return Vec::new();
    }
    own_figures(&data.own_statements, &data.own_answers)
        .into_iter()
        .map(|f| JsonOwnStatement {
            statement: f.statement,
            mean: f.mean.map(tenth),
            spread: f.spread.map(tenth),
            answered: f.answered,
            no_answer: f.non_answers,
            counts: f.counts,
        })
        .collect()
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
    anglo_saxon: Option<i64>,
    rhineland: Option<i64>,
    spread: Option<i64>,
}

/// A theme's team figures as shown (see [`csv_themes`]).
#[derive(Serialize)]
struct JsonTheme {
    dimension: u8,
    anglo_saxon: Option<i64>,
    rhineland: Option<i64>,
    difference: Option<i64>,
    weaker_side: Option<i64>,
    spread: Option<i64>,
    desired_anglo_saxon: Option<i64>,
    desired_rhineland: Option<i64>,
}

impl From<ShownTheme> for JsonTheme {
    fn from(t: ShownTheme) -> JsonTheme {
        JsonTheme {
            dimension: t.id,
            anglo_saxon: t.anglo_saxon,
            rhineland: t.rhineland,
            difference: t.difference(),
            weaker_side: t.weaker_side(),
            spread: t.spread,
            desired_anglo_saxon: t.desired_anglo_saxon,
            desired_rhineland: t.desired_rhineland,
        }
    }
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
                    .zip(&e.figures)
                    .map(|(d, f)| JsonTrendFigure {
                        dimension: d.id,
                        anglo_saxon: f.map(|f| f.anglo_saxon),
                        rhineland: f.map(|f| f.rhineland),
                        spread: f.and_then(|f| f.spread),
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
    #[serde(skip_serializing_if = "Option::is_none")]
    dimension_code: Option<&'static str>,
    pole: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    key: Option<&'static str>,
    text_nl: &'static str,
    text_en: &'static str,
}

#[derive(Serialize)]
struct JsonRespondent {
    respondent: usize,
    answers: Vec<JsonAnswer>,
    #[serde(skip_serializing_if = "Option::is_none")]
    trade_offs: Option<Vec<JsonTradeOff>>,
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

/// A version's dimensions as the JSON exports name them (a round's and an organisation's).
pub(crate) fn json_dimensions(instrument: Instrument) -> Vec<JsonDimension> {
    instrument
        .dimensions()
        .map(|d| JsonDimension {
            id: d.id,
            code: d.code,
            name_nl: d.name.nl,
            name_en: d.name.en,
        })
        .collect()
}

#[derive(Serialize)]
struct JsonTradeOff {
    dimension: u8,
    now: Option<u8>,
    #[serde(skip_serializing_if = "Option::is_none")]
    desired: Option<u8>,
}

/// The round as JSON, schema `teambalans-round` (see `docs/export.md`): version 1 for a
/// round of the pole means, which names no questionnaire; version 2 for a keyed one,
/// with its questionnaire (its ids are its own id space), its answers' words, its dimensions, each statement's code and
/// key, and each member's trade-offs.
pub fn json(data: &RoundData) -> String {
    let instrument = data.instrument;
    let keyed = instrument.rules().model == Model::Keyed;
    let export = JsonExport {
        format: "teambalans-round",
        version: if keyed { 2 } else { 1 },
        instrument: keyed.then(|| instrument.id()),
        team: &data.team_name,
        round: JsonRound {
            id: data.round.to_hex(),
            title: &data.title,
            date: iso_date(data.date_days),
            min_group: data.min_group,
            asks_desired: data.has_desired,
        },
        answer_labels: keyed.then(|| {
            Answer::options(instrument)
                .iter()
                .map(|a| JsonLabel {
                    id: a.id(),
                    nl: a.label(instrument).nl,
                    en: a.label(instrument).en,
                })
                .collect()
        }),
        dimensions: keyed.then(|| json_dimensions(instrument)),
        statements: instrument
            .statements()
            .map(|s| JsonStatement {
                id: s.id.0,
                dimension: s.dimension,
                dimension_code: keyed.then(|| {
                    instrument
                        .dimension_by_id(s.dimension)
                        .map_or("", |d| d.code)
                }),
                pole: pole_code(s.pole),
                key: keyed.then(|| key_code(s.key)),
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
                answers: json_answers(instrument, ratings),
                trade_offs: keyed.then(|| {
                    instrument
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
                        .collect()
                }),
            })
            .collect(),
        agreements: json_agreements(data),
        own_statements: json_own_statements(data),
        themes: shown::themes(&TeamFigures::of(data))
            .into_iter()
            .map(JsonTheme::from)
            .collect(),
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
        assert_eq!(cell("-2+3"), "\"'-2+3\"");
        assert_eq!(cell("-2,5-1"), "\"'-2,5-1\"");
        assert_eq!(cell("-"), "\"'-\"");
        assert_eq!(cell("+2"), "\"'+2\"");
        // A negative figure stays a number.
        assert_eq!(cell("-15"), "\"-15\"");
        assert_eq!(cell("-1,5"), "\"-1,5\"");
        assert_eq!(cell("@x"), "\"'@x\"");
        assert_eq!(cell("Team; Oost"), "\"Team; Oost\"");
    }
}
