//! The organisation in words and files: a layer gap as a sentence, and the organisation's
//! figures as CSV and JSON (`docs/export.md`, `teambalans-organisation`). Only what the
//! screen shows leaves: means and spreads of whole counted teams, never a member's
//! answers, and of a team below the minimum only its name.

use serde::Serialize;

use crate::dates::iso_date;
use crate::instrument::Instrument;
use crate::locale::Locale;
use crate::org::organisation::{Gap, Layer, Mark, OrgView, Standing, TeamRow, ORG_MIN_GROUP};
use crate::score::export::{csv_line, json_dimensions, safe_name, separator, JsonDimension};
use crate::score::figure::{self, Step};

/// The `JSON` schema version of an organisation export.
pub const ORG_EXPORT_VERSION: u8 = 1;

fn dimension_name(index: usize, instrument: Instrument, locale: Locale) -> &'static str {
    instrument
        .dimension(index)
        .map(|d| d.name.get(locale))
        .unwrap_or_default()
}

/// A figure in the instrument's step, as its teams' dashboards show theirs (issue 30,
/// point 10): the organisation has no scale or rounding of its own.
pub fn shown(value: f64, instrument: Instrument) -> i64 {
    figure::rounded(value, Step::of(instrument))
}

/// "20 punten sterker" / "even sterk": how much stronger or weaker one side is seen.
fn side(difference: f64, instrument: Instrument, locale: Locale) -> (i64, String) {
    let n = shown(difference, instrument);
    let text = match (locale, n.signum()) {
        (Locale::Nl, 0) => "even sterk".to_string(),
        (Locale::Nl, 1) => format!("{n} punten sterker"),
        (Locale::Nl, _) => format!("{} punten zwakker", n.unsigned_abs()),
        (Locale::En, 0) => "equally strong".to_string(),
        (Locale::En, 1) => format!("{n} points stronger"),
        (Locale::En, _) => format!("{} points weaker", n.unsigned_abs()),
    };
    (n, text)
}

/// A gap as a talking point: "Zeggenschap: het team ziet de Angelsaksische kant 20 punten
/// sterker dan de leiding, en de Rijnlandse kant 5 punten zwakker."
pub fn gap_sentence(gap: &Gap, instrument: Instrument, locale: Locale) -> String {
    let name = dimension_name(gap.index, instrument, locale);
    let first = gap.first.subject().get(locale);
    let second = gap.second.subject().get(locale);
    let (a, a_text) = side(gap.anglo_saxon, instrument, locale);
    let (_, r_text) = side(gap.rhineland, instrument, locale);
    match locale {
        Locale::Nl => {
            let than = if a == 0 { "als" } else { "dan" };
            format!("{name}: {second} ziet de Angelsaksische kant {a_text} {than} {first}, en de Rijnlandse kant {r_text}.")
        }
        Locale::En => {
            let than = if a == 0 { "as" } else { "than" };
            format!("{name}: {second} sees the Anglo-Saxon side {a_text} {than} {first}, and the Rhineland side {r_text}.")
        }
    }
}

/// A team's standing as a code, the same in both languages.
/// The status of a team's dimension row it is divided on (its mean would fit nobody).
const DIVIDED: &str = "divided";

pub fn standing_code(standing: &Standing) -> &'static str {
    match standing {
        Standing::Counted(_) => "counted",
        Standing::TooFew => "too_few",
        Standing::OtherVersion => "other_questionnaire",
        Standing::Superseded => "older_round",
    }
}

fn layer_code(layer: Option<Layer>) -> &'static str {
    match layer {
        None => "",
        Some(Layer::Management) => "management",
        Some(Layer::Team) => "team",
        Some(Layer::Support) => "support",
    }
}

/// The organisation's figures as CSV files, by the round export's conventions (one table
/// per file with one header row, no byte-order mark, quoted cells, `;` in Dutch; see
/// `docs/export.md`): `teams.csv`, one row per team and dimension (first its overall
/// position), and `gaps.csv`, the layers' gaps, largest first, when there are any.
pub fn csv_files(name: &str, view: &OrgView, locale: Locale) -> Vec<(String, String)> {
    let mut files = vec![("teams.csv".to_string(), csv_teams(name, view, locale))];
    if !view.gaps.is_empty() {
        files.push(("gaps.csv".to_string(), csv_gaps(view, locale)));
    }
    files
}

/// The CSV files as one zip archive, for one download.
pub fn csv_zip(name: &str, view: &OrgView, locale: Locale) -> Vec<u8> {
    crate::zip::stored(&csv_files(name, view, locale))
}

fn csv_teams(name: &str, view: &OrgView, locale: Locale) -> String {
    let sep = separator(locale);
    let header: &[&str] = match locale {
        Locale::Nl => &[
            "organisatie",
            "team",
            "ronde",
            "datum",
            "laag",
            "status",
            "antwoorden",
            "dimensie",
            "angelsaksisch",
            "spreiding_angelsaksisch",
            "rijnlands",
            "spreiding_rijnlands",
        ],
        Locale::En => &[
            "organisation",
            "team",
            "round",
            "date",
            "layer",
            "status",
            "respondents",
            "dimension",
            "anglo_saxon",
            "anglo_saxon_spread",
            "rhineland",
            "rhineland_spread",
        ],
    };
    let overall = match locale {
        Locale::Nl => "alle dimensies",
        Locale::En => "all dimensions",
    };
    let mut out = csv_line(
        &header.iter().map(|h| h.to_string()).collect::<Vec<_>>(),
        sep,
    );
    for row in &view.teams {
        // Of a team below the minimum nothing but its name (and that it has too few).
        let too_few = row.standing == Standing::TooFew;
        let (title, date) = if too_few {
            (String::new(), String::new())
        } else {
            (row.title.clone(), iso_date(row.date_days))
        };
        let start = |respondents: String, dimension: &str, mark: Option<Mark>, divided: bool| {
            // A dimension the team is divided on says so, without a mean.
            let status = if divided {
                DIVIDED
            } else {
                standing_code(&row.standing)
            };
            let mut cells = vec![
                name.to_string(),
                row.name.clone(),
                title.clone(),
                date.clone(),
                layer_code(row.layer).to_string(),
                status.to_string(),
                respondents,
                dimension.to_string(),
            ];
            cells.extend(mark_cells(mark, view.instrument));
            cells
        };
        match row.marks() {
            None => out.push_str(&csv_line(&start(String::new(), "", None, false), sep)),
            Some(marks) => {
                let n = marks.respondents.to_string();
                out.push_str(&csv_line(
                    &start(n.clone(), overall, marks.overall, false),
                    sep,
                ));
                for index in 0..marks.dimensions.len() {
                    let cells = start(
                        n.clone(),
                        dimension_name(index, view.instrument, locale),
                        marks.shown(index),
                        marks.is_divided(index),
                    );
                    out.push_str(&csv_line(&cells, sep));
                }
            }
        }
    }
    out
}

fn csv_gaps(view: &OrgView, locale: Locale) -> String {
    let sep = separator(locale);
    let header: &[&str] = match locale {
        Locale::Nl => &[
            "dimensie",
            "laag",
            "vergeleken_met",
            "verschil_angelsaksisch",
            "verschil_rijnlands",
            "gespreksvraag",
        ],
        Locale::En => &[
            "dimension",
            "layer",
            "compared_with",
            "anglo_saxon_difference",
            "rhineland_difference",
            "question",
        ],
    };
    let mut out = csv_line(
        &header.iter().map(|h| h.to_string()).collect::<Vec<_>>(),
        sep,
    );
    for gap in &view.gaps {
        // A plain ASCII minus: a spreadsheet reads "-5" as a number, "−5" as text.
        out.push_str(&csv_line(
            &[
                dimension_name(gap.index, view.instrument, locale).to_string(),
                gap.second.name().get(locale).to_string(),
                gap.first.name().get(locale).to_string(),
                shown(gap.anglo_saxon, view.instrument).to_string(),
                shown(gap.rhineland, view.instrument).to_string(),
                gap.prompt(locale),
            ],
            sep,
        ));
    }
    out
}

fn mark_cells(mark: Option<Mark>, instrument: Instrument) -> Vec<String> {
    match mark {
        None => vec![String::new(); 4],
        Some(m) => [
            m.anglo_saxon.mean,
            m.anglo_saxon.spread,
            m.rhineland.mean,
            m.rhineland.spread,
        ]
        .iter()
        .map(|v| shown(*v, instrument).to_string())
        .collect(),
    }
}

#[derive(Serialize)]
struct JsonOrg<'a> {
    format: &'static str,
    version: u8,
    name: &'a str,
    min_group: usize,
    dimensions: Vec<JsonDimension>,
    teams: Vec<JsonTeam<'a>>,
    differ_most: Vec<JsonBetween>,
    layers: Vec<JsonLayer>,
    gaps: Vec<JsonGap>,
}

#[derive(Serialize)]
struct JsonTeam<'a> {
    team: &'a str,
    round: Option<String>,
    title: Option<&'a str>,
    date: Option<String>,
    layer: Option<&'static str>,
    status: &'static str,
    respondents: Option<usize>,
    overall: Option<JsonMark>,
    dimensions: Vec<JsonDimensionMark>,
}

#[derive(Serialize)]
struct JsonMark {
    anglo_saxon: i64,
    anglo_saxon_spread: i64,
    rhineland: i64,
    rhineland_spread: i64,
}

#[derive(Serialize)]
struct JsonDimensionMark {
    dimension: u8,
    /// The team is divided here: no mean, as on its own dashboard.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    divided: bool,
    #[serde(flatten)]
    mark: Option<JsonMark>,
}

#[derive(Serialize)]
struct JsonBetween {
    dimension: u8,
    spread_between_teams: i64,
}

#[derive(Serialize)]
struct JsonLayer {
    layer: &'static str,
    teams: usize,
    respondents: usize,
    dimensions: Vec<JsonLayerDimension>,
}

#[derive(Serialize)]
struct JsonLayerDimension {
    dimension: u8,
    anglo_saxon: Option<i64>,
    rhineland: Option<i64>,
}

#[derive(Serialize)]
struct JsonGap {
    dimension: u8,
    layer: &'static str,
    compared_with: &'static str,
    anglo_saxon: i64,
    rhineland: i64,
}

fn dimension_id(index: usize, instrument: Instrument) -> u8 {
    instrument
        .dimension(index)
        .map(|d| d.id)
        .unwrap_or_default()
}

fn json_mark(mark: Option<Mark>, instrument: Instrument) -> Option<JsonMark> {
    mark.map(|m| JsonMark {
        anglo_saxon: shown(m.anglo_saxon.mean, instrument),
        anglo_saxon_spread: shown(m.anglo_saxon.spread, instrument),
        rhineland: shown(m.rhineland.mean, instrument),
        rhineland_spread: shown(m.rhineland.spread, instrument),
    })
}

fn json_team(row: &TeamRow, instrument: Instrument) -> JsonTeam<'_> {
    let marks = row.marks();
    // Of a team below the minimum nothing but its name (and that it has too few).
    let shown = row.standing != Standing::TooFew;
    JsonTeam {
        team: &row.name,
        round: shown.then(|| row.round.to_hex()),
        title: shown.then_some(row.title.as_str()),
        date: shown.then(|| iso_date(row.date_days)),
        layer: row.layer.map(|l| layer_code(Some(l))),
        status: standing_code(&row.standing),
        respondents: marks.map(|m| m.respondents),
        overall: json_mark(marks.and_then(|m| m.overall), instrument),
        dimensions: marks
            .map(|m| {
                (0..m.dimensions.len())
                    .map(|index| JsonDimensionMark {
                        dimension: dimension_id(index, instrument),
                        divided: m.is_divided(index),
                        mark: json_mark(m.shown(index), instrument),
                    })
                    .collect()
            })
            .unwrap_or_default(),
    }
}

/// The organisation as JSON, schema `teambalans-organisation` version 1.
pub fn json(name: &str, view: &OrgView) -> String {
    let export = JsonOrg {
        format: "teambalans-organisation",
        version: ORG_EXPORT_VERSION,
        name,
        min_group: ORG_MIN_GROUP,
        dimensions: json_dimensions(view.instrument),
        teams: view
            .teams
            .iter()
            .map(|t| json_team(t, view.instrument))
            .collect(),
        differ_most: view
            .differ_most()
            .into_iter()
            .map(|(index, spread)| JsonBetween {
                dimension: dimension_id(index, view.instrument),
                spread_between_teams: shown(spread, view.instrument),
            })
            .collect(),
        layers: view
            .layers
            .iter()
            .map(|l| JsonLayer {
                layer: layer_code(Some(l.layer)),
                teams: l.teams,
                respondents: l.respondents,
                dimensions: l
                    .dimensions
                    .iter()
                    .enumerate()
                    .map(|(index, d)| JsonLayerDimension {
                        dimension: dimension_id(index, view.instrument),
                        anglo_saxon: d.map(|d| shown(d.0, view.instrument)),
                        rhineland: d.map(|d| shown(d.1, view.instrument)),
                    })
                    .collect(),
            })
            .collect(),
        gaps: view
            .gaps
            .iter()
            .map(|g| JsonGap {
                dimension: dimension_id(g.index, view.instrument),
                layer: layer_code(Some(g.second)),
                compared_with: layer_code(Some(g.first)),
                anglo_saxon: shown(g.anglo_saxon, view.instrument),
                rhineland: shown(g.rhineland, view.instrument),
            })
            .collect(),
    };
    serde_json::to_string_pretty(&export).unwrap_or_default()
}

/// A file name for an organisation's export: its name, the day, the extension.
pub fn file_name(name: &str, today_days: u16, extension: &str) -> String {
    let safe = safe_name(name, "organisatie");
    format!(
        "teambalans-organisatie-{safe}-{}.{extension}",
        iso_date(today_days)
    )
}
