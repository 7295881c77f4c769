//! The pole-means model's plain-language readings (the first version's, frozen): of an
//! own result, which pole is stronger where, where both are strong, where both are weak
//! and where there were not enough answers; of a team, from its means.

use crate::instrument::Dimension;
use crate::locale::Locale;
use crate::score::figure::whole;
use crate::score::member::{DimensionScore, MemberScores};
use crate::score::scoring::Zone;
use crate::text::Text;

pub fn names(dimensions: &[Dimension], locale: Locale) -> String {
    let list: Vec<&str> = dimensions
        .iter()
        .map(|d| d.def().name.get(locale))
        .collect();
    join_names(&list, locale)
}

/// Names as a list in a sentence: "A, B en C" / "A, B and C". For any version's
/// dimensions (`DimensionView::name`).
pub fn join_names(list: &[&str], locale: Locale) -> String {
    let (and, sep) = match locale {
        Locale::Nl => (" en ", ", "),
        Locale::En => (" and ", ", "),
    };
    match list {
        [] => String::new(),
        [one] => (*one).to_string(),
        [init @ .., last] => format!("{}{and}{last}", init.join(sep)),
    }
}

/// A sentence around a list of names ("Te weinig antwoorden voor een score bij " + list
/// + "."); none for an empty list.
pub fn list_sentence(list: &str, before: Text, after: Text, locale: Locale) -> Option<String> {
    (!list.is_empty()).then(|| format!("{}{list}{}", before.get(locale), after.get(locale)))
}

/// Version 2's sentence for dimensions where a side has too few answers, personal and
/// team alike.
pub const TOO_FEW_FOR_A_SCORE: (Text, Text) = (
    Text {
        nl: "Te weinig antwoorden voor een score bij ",
        en: "Too few answers for a score in ",
    },
    Text { nl: ".", en: "." },
);

/// Sentences in `locale`, most important first.
pub fn reading(scores: &MemberScores, locale: Locale) -> Vec<String> {
    let mut out = Vec::new();
    let nl = locale == Locale::Nl;
    let overall = scores.overall();
    let strength = |pole| {
        overall
            .as_ref()
            .and_then(|o| o.pole(pole).strength().map(|s| s.value))
    };
    if let (Some(zone), Some(a), Some(r)) = (
        overall.as_ref().and_then(DimensionScore::zone),
        strength(crate::instrument::Pole::AngloSaxon),
        strength(crate::instrument::Pole::Rhineland),
    ) {
        out.push(if nl {
            format!(
                "Alles bij elkaar genomen zie je je team als ‘{}’: Angelsaksisch {} en Rijnlands {} van de 100.",
                zone.name().get(locale),
                whole(a),
                whole(r)
            )
        } else {
            format!(
                "Taken together you see your team as ‘{}’: Anglo-Saxon {} and Rhineland {} out of 100.",
                zone.name().get(locale),
                whole(a),
                whole(r)
            )
        });
    }

    let pick = |keep: &dyn Fn(&DimensionScore) -> bool| -> Vec<Dimension> {
        scores
            .dimensions
            .iter()
            .filter(|s| keep(s))
            .filter_map(|s| Dimension::from_id(s.dimension))
            .collect()
    };
    // Each dimension in one sentence at most: its zone says it first ("strong on both",
    // "weak on both"); only where one side is strong and the other not is the stronger
    // side named, so Focus is never both "clearly stronger" and "weak on both".
    // A smaller difference is not called "stronger": one step on the scale for one of two
    // statements is 12.5 points (the rules' `difference_at_least`, 15).
    let clear = scores.instrument.rules().difference_at_least;
    let one_side_clearly = |s: &DimensionScore, sign: f64| {
        matches!(
            s.zone(),
            Some(Zone::MainlyAngloSaxon | Zone::MainlyRhineland)
        ) && s.difference().is_some_and(|b| b * sign >= clear)
    };
    let rhine_stronger = pick(&|s| one_side_clearly(s, 1.0));
    let anglo_stronger = pick(&|s| one_side_clearly(s, -1.0));
    let both_strong = pick(&|s| s.zone() == Some(Zone::StrongOnBoth));
    let both_weak = pick(&|s| s.zone() == Some(Zone::WeakOnBoth));
    let missing = pick(&|s| s.zone().is_none());

    // Each group is one sentence: text before the dimension names, and text after.
    let groups = [
        (
            both_strong,
            Text {
                nl: "Beide kanten sterk bij ",
                en: "Strong on both in ",
            },
            Text {
                nl: ". Daar gaan vooruitgang en verbinding samen.",
                en: ". There progress and connection go together.",
            },
        ),
        (
            anglo_stronger,
            Text {
                nl: "De Angelsaksische kant is duidelijk sterker bij ",
                en: "The Anglo-Saxon side is clearly stronger in ",
            },
            Text { nl: ".", en: "." },
        ),
        (
            rhine_stronger,
            Text {
                nl: "De Rijnlandse kant is duidelijk sterker bij ",
                en: "The Rhineland side is clearly stronger in ",
            },
            Text { nl: ".", en: "." },
        ),
        (
            both_weak,
            Text {
                nl: "Beide kanten zwak bij ",
                en: "Weak on both in ",
            },
            Text {
                nl: ". Hier is aan beide kanten winst te halen.",
                en: ". Here there is something to gain on both sides.",
            },
        ),
        (
            missing,
            Text {
                nl: "Te weinig antwoorden voor een uitkomst bij ",
                en: "Not enough answers for a result in ",
            },
            Text { nl: ".", en: "." },
        ),
    ];
    for (dimensions, before, after) in groups {
        if !dimensions.is_empty() {
            out.push(format!(
                "{}{}{}",
                before.get(locale),
                names(&dimensions, locale),
                after.get(locale)
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::instrument::answers::{Answer, Answers, Horizon, Level, Rating};
    use crate::instrument::Instrument;
    use crate::instrument::{statements, Pole};
    use crate::score::member::score_answers;

    fn answers(anglo: Level, rhine: Level, skip: Dimension) -> Answers {
        statements()
            .iter()
            .map(|s| {
                let answer = if s.dimension == skip {
                    Answer::Skip
                } else if s.pole == Pole::AngloSaxon {
                    Answer::Level(anglo)
                } else {
                    Answer::Level(rhine)
                };
                (
                    s.id,
                    Rating {
                        now: Some(answer),
                        desired: None,
                    },
                )
            })
            .collect()
    }

    #[test]
    fn names_the_stronger_pole_and_the_missing_dimension_in_both_languages() {
        let p = score_answers(
            Instrument::V1,
            &answers(Level::ALittle, Level::Completely, Dimension::Goals),
            Horizon::Now,
        );
        let en = reading(&p, Locale::En);
        assert!(en
            .iter()
            .any(|s| s.starts_with("The Rhineland side is clearly stronger in Ownership, Focus")));
        assert!(en
            .iter()
            .any(|s| s == "Not enough answers for a result in Goals."));
        let nl = reading(&p, Locale::Nl);
        assert_eq!(nl.len(), en.len());
        assert!(nl
            .iter()
            .any(|s| s.contains("Rijnlandse kant is duidelijk sterker")));
    }

    #[test]
    fn weak_on_both_is_called_out_not_called_balanced() {
        let p = score_answers(
            Instrument::V1,
            &answers(Level::ALittle, Level::ALittle, Dimension::Goals),
            Horizon::Now,
        );
        let en = reading(&p, Locale::En);
        assert!(en
            .iter()
            .any(|s| s.starts_with("Weak on both in Ownership")));
        assert!(!en.iter().any(|s| s.contains("clearly stronger")));
    }
}
