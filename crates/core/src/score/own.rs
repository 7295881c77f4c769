//! A member's own result, by the way of scoring its version's rules name: the keyed model's their scores now (and where they want
//! to be), and a plain-language reading that only calls a difference clear when it is
//! larger than the answers' own uncertainty.

use crate::instrument::answers::Answer;
use crate::instrument::rules::Model;
use crate::instrument::{Instrument, Pole};
use crate::locale::Locale;
use crate::scan::ScanData;
use crate::scan::{ratings_of, trade_offs_of};
use crate::score::member::{score_member, MemberScores};
use crate::score::reading::{join_names, list_sentence, TOO_FEW_FOR_A_SCORE};
use crate::score::scoring::Zone;
use crate::text::Text;

/// What the result page of a scan shows.
#[derive(Debug, Clone, PartialEq)]
pub struct OwnResult {
    pub now: MemberScores,
    pub desired: Option<MemberScores>,
    /// Statements answered "now" with a frequency: a non-answer does not count here.
    pub answered: usize,
    /// Statements answered "don't know" or "does not apply" ("now").
    pub non_answers: usize,
    /// Trade-off items divided ("now").
    pub divided: usize,
}

/// The scores of a scan, by its version's rules.
pub fn own_result(scan: &ScanData) -> OwnResult {
    let ratings = ratings_of(scan, scan.ask_desired);
    let trade_offs = trade_offs_of(scan, scan.ask_desired);
    // Horizon::Now reads the first of each pair, Horizon::Desired the second.
    let score = |desired: bool| {
        let answers: Vec<Option<Answer>> = ratings
            .iter()
            .map(|(now, wanted)| if desired { *wanted } else { *now })
            .collect();
        let divided: Vec<Option<u8>> = trade_offs
            .iter()
            .map(|(now, wanted)| if desired { *wanted } else { *now })
            .collect();
        score_member(scan.instrument, &answers, &divided)
    };
    let tally = scan.tally();
    OwnResult {
        now: score(false),
        desired: scan.ask_desired.then(|| score(true)),
        answered: tally.answered,
        non_answers: tally.non_answers,
        divided: trade_offs.iter().filter(|t| t.0.is_some()).count(),
    }
}

/// The reading of an own result in `locale`, most important first: each way of scoring
/// has its own sentences (the pole means' are frozen with the first version).
pub fn own_reading(scores: &MemberScores, locale: Locale) -> Vec<String> {
    match scores.instrument.rules().model {
        Model::Keyed => personal_reading(scores, locale),
        Model::PoleMeans => crate::score::reading::reading(scores, locale),
    }
}

fn dimension_names(instrument: Instrument, ids: &[u8], locale: Locale) -> String {
    let names: Vec<&str> = ids
        .iter()
        .filter_map(|id| instrument.dimension_by_id(*id))
        .map(|d| d.name.get(locale))
        .collect();
    join_names(&names, locale)
}

const TOO_FEW_OVERALL: Text = Text {
    nl: "Je hebt te weinig stellingen beantwoord voor een totaalbeeld. Je kunt terug om er meer te beantwoorden.",
    en: "You answered too few statements for an overall picture. You can go back and answer more.",
};

const NEAR_MIDDLE: Text = Text {
    nl: "Alles bij elkaar genomen ligt je beeld dicht bij het midden: geen van beide kanten is duidelijk sterk of duidelijk zwak.",
    en: "Taken together, your picture lies close to the middle: neither side is clearly strong or clearly weak.",
};

const UNIFORM: Text = Text {
    nl: "Je gaf bijna overal hetzelfde antwoord. Daardoor komt je uitslag rond het midden uit en zegt hij weinig over verschillen tussen de kanten.",
    en: "You gave nearly the same answer everywhere. Your result therefore ends up near the middle and says little about differences between the sides.",
};

/// Sentences in `locale`, most important first.
pub fn personal_reading(scores: &MemberScores, locale: Locale) -> Vec<String> {
    let nl = locale == Locale::Nl;
    let mut out = Vec::new();
    match scores.overall() {
        None => out.push(TOO_FEW_OVERALL.get(locale).to_string()),
        Some(overall) => match overall.zone() {
            Some(zone) => {
                let name = zone.name().get(locale);
                out.push(if nl {
                    format!("Alles bij elkaar genomen zie je je team als ‘{name}’.")
                } else {
                    format!("Taken together, you see your team as ‘{name}’.")
                });
                out.push(zone.meaning().get(locale).to_string());
            }
            None => out.push(NEAR_MIDDLE.get(locale).to_string()),
        },
    }
    let by_zone = scores.instrument.rules().difference_from_zone;
    if scores.uniform || (scores.says_yes_to_everything() && !by_zone) {
        out.push(UNIFORM.get(locale).to_string());
    } else if scores.says_yes_to_everything() {
        out.push(YES_TAKEN_OFF.get(locale).to_string());
    }
    if by_zone {
        out.extend(zone_groups(scores, locale));
        return out;
    }

    let mut anglo = Vec::new();
    let mut rhine = Vec::new();
    let mut unclear = Vec::new();
    let mut too_few = Vec::new();
    for d in &scores.dimensions {
        match (d.difference(), d.clear_difference()) {
            (None, _) => too_few.push(d.dimension),
            (Some(_), Some(Pole::AngloSaxon)) => anglo.push(d.dimension),
            (Some(_), Some(Pole::Rhineland)) => rhine.push(d.dimension),
            (Some(_), None) => unclear.push(d.dimension),
        }
    }
    let (too_few_before, too_few_after) = TOO_FEW_FOR_A_SCORE;
    let groups = [
        (
            anglo,
            Text {
                nl: "De Angelsaksische kant is duidelijk sterker bij ",
                en: "The Anglo-Saxon side is clearly stronger in ",
            },
            Text { nl: ".", en: "." },
        ),
        (
            rhine,
            Text {
                nl: "De Rijnlandse kant is duidelijk sterker bij ",
                en: "The Rhineland side is clearly stronger in ",
            },
            Text { nl: ".", en: "." },
        ),
        (
            unclear,
            Text {
                nl: "Geen duidelijk verschil tussen de twee kanten bij ",
                en: "No clear difference between the two sides in ",
            },
            Text {
                nl: ": het verschil is kleiner dan de onzekerheid in de antwoorden. Dat is nog geen balans: kijk of beide kanten sterk zijn, of beide zwak.",
                en: ": the gap is smaller than the uncertainty in the answers. That is not yet balance: check whether both sides are strong, or both weak.",
            },
        ),
        (too_few, too_few_before, too_few_after),
    ];
    for (ids, before, after) in groups {
        out.extend(list_sentence(
            &dimension_names(scores.instrument, &ids, locale),
            before,
            after,
            locale,
        ));
    }
    out
}

const YES_TAKEN_OFF: Text = Text {
    nl: "Bij een stelling en haar tegenhanger koos je vaak allebei ‘vaak’ of ‘bijna altijd’. Dat lijkt op ja-zeggen; we hebben het uit je scores gehaald.",
    en: "For a statement and its counterpart you often chose ‘often’ or ‘almost always’ for both. That looks like saying yes; we have taken it out of your scores.",
};

/// The dimensions grouped by their zone, the label the table shows: one rule for the
/// table and the reading (version 3's rules).
fn zone_groups(scores: &MemberScores, locale: Locale) -> Vec<String> {
    let group = |keep: &dyn Fn(Option<Zone>, bool) -> bool| -> Vec<u8> {
        scores
            .dimensions
            .iter()
            .filter(|d| keep(d.zone(), d.difference().is_some()))
            .map(|d| d.dimension)
            .collect()
    };
    let zone = |z: Zone| group(&move |zone, _| zone == Some(z));
    let (too_few_before, _) = TOO_FEW_FOR_A_SCORE;
    let groups = [
        (
            zone(Zone::MainlyAngloSaxon),
            Text {
                nl: "Vooral Angelsaksisch bij ",
                en: "Mainly Anglo-Saxon in ",
            },
            Text {
                nl: ": die kant ligt duidelijk boven het midden, de Rijnlandse duidelijk eronder.",
                en: ": that side lies clearly above the middle, the Rhineland side clearly below it.",
            },
        ),
        (
            zone(Zone::MainlyRhineland),
            Text {
                nl: "Vooral Rijnlands bij ",
                en: "Mainly Rhineland in ",
            },
            Text {
                nl: ": die kant ligt duidelijk boven het midden, de Angelsaksische duidelijk eronder.",
                en: ": that side lies clearly above the middle, the Anglo-Saxon side clearly below it.",
            },
        ),
        (
            zone(Zone::StrongOnBoth),
            Text {
                nl: "Beide kanten sterk bij ",
                en: "Strong on both in ",
            },
            Text {
                nl: ": allebei duidelijk boven het midden.",
                en: ": both clearly above the middle.",
            },
        ),
        (
            zone(Zone::WeakOnBoth),
            Text {
                nl: "Beide kanten zwak bij ",
                en: "Weak on both in ",
            },
            Text {
                nl: ": allebei duidelijk onder het midden.",
                en: ": both clearly below the middle.",
            },
        ),
        (
            group(&|zone, scored| zone.is_none() && scored),
            Text {
                nl: "Dicht bij het midden bij ",
                en: "Close to the middle in ",
            },
            Text {
                nl: ": minstens één kant ligt minder ver van 50 dan de onzekerheid in je antwoorden. Dat is nog geen balans.",
                en: ": at least one side lies closer to 50 than the uncertainty in your answers. That is not yet balance.",
            },
        ),
        (
            group(&|_, scored| !scored),
            too_few_before,
            Text {
                nl: ": een kant telt pas met minstens twee antwoorden, waarvan één op een stelling en één op haar tegenhanger.",
                en: ": a side only counts with at least two answers, one to a statement and one to its counterpart.",
            },
        ),
    ];
    groups
        .into_iter()
        .filter_map(|(ids, before, after)| {
            list_sentence(
                &dimension_names(scores.instrument, &ids, locale),
                before,
                after,
                locale,
            )
        })
        .collect()
}

/// The zone of one dimension as a short label, or why there is none.
pub fn zone_label(zone: Option<Zone>, scored: bool) -> Text {
    match (zone, scored) {
        (Some(zone), _) => zone.name(),
        (None, true) => Text {
            nl: "dicht bij het midden",
            en: "close to the middle",
        },
        (None, false) => Text {
            nl: "te weinig antwoorden",
            en: "too few answers",
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::instrument::answers::{Horizon, Level};
    use crate::instrument::{Key, StatementId};

    fn scan_with(pick: impl Fn(Pole, Key) -> Answer) -> ScanData {
        let mut scan = ScanData::new(Instrument::V2);
        for s in Instrument::V2.statements() {
            scan.answer(s.id, Horizon::Now, pick(s.pole, s.key), 1);
        }
        scan
    }

    #[test]
    fn a_clear_rhineland_member_reads_as_mainly_rhineland_in_both_languages() {
        // Sees the Rhineland behaviour often and its absence seldom; the reverse for the
        // Anglo-Saxon side.
        let scan = scan_with(|pole, key| {
            let seen = (pole == Pole::Rhineland) == (key == Key::Plus);
            Answer::Level(if seen { Level::Largely } else { Level::ALittle })
        });
        let result = own_result(&scan);
        assert_eq!(result.answered, 72);
        let overall = result.now.overall().expect("every dimension scored");
        assert_eq!(overall.zone(), Some(Zone::MainlyRhineland));
        let nl = personal_reading(&result.now, Locale::Nl);
        assert!(nl[0].contains("Vooral Rijnlands"), "{nl:?}");
        assert!(nl
            .iter()
            .any(|s| s.starts_with("De Rijnlandse kant is duidelijk sterker bij Eigenaarschap")));
        let en = personal_reading(&result.now, Locale::En);
        assert!(en[0].contains("Mainly Rhineland"), "{en:?}");
    }

    #[test]
    fn the_same_answer_everywhere_is_said_and_never_strong() {
        let scan = scan_with(|_, _| Answer::Level(Level::Completely));
        let result = own_result(&scan);
        assert_ne!(
            result.now.overall().and_then(|o| o.zone()),
            Some(Zone::StrongOnBoth)
        );
        let nl = personal_reading(&result.now, Locale::Nl);
        assert!(
            nl.iter().any(|s| s.contains("bijna overal hetzelfde")),
            "{nl:?}"
        );
    }

    #[test]
    fn nothing_answered_asks_for_more_and_a_version_1_scan_reads_by_its_own_rules() {
        let empty = ScanData::new(Instrument::V2);
        let result = own_result(&empty);
        assert_eq!(
            personal_reading(&result.now, Locale::Nl)[0],
            TOO_FEW_OVERALL.nl
        );
        let mut old = ScanData::new(Instrument::V1);
        old.answer(StatementId(11), Horizon::Now, Answer::Skip, 1);
        let old = own_result(&old);
        assert_eq!(old.now.dimensions.len(), 10);
        assert_eq!(old.non_answers, 1);
        assert_eq!(
            own_reading(&old.now, Locale::En),
            ["Not enough answers for a result in Ownership, Focus, Discipline, Stories and facts, Goals, Reward, Connection, Direction, Time horizon and Change."]
        );
    }
}
