//! The figures of the facilitator's own statements: answered on the instrument's scale
//! but never part of its scores, so computed here apart, with the same mean and spread
//! as the rest (`member::mean`, `member::spread`).

use crate::instrument::answers::Answer;
use crate::score::member::{mean, spread};

/// One own statement as the dashboard shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct OwnFigure {
    pub statement: String,
    /// Respondents who chose a point of the scale.
    pub answered: usize,
    /// Respondents who said "don't know" or "does not apply".
    pub non_answers: usize,
    /// Per point of the scale (1–5), how many chose it.
    pub counts: [usize; 5],
    /// Mean and spread (sample standard deviation) on the 1–5 scale; `None` below two
    /// answers, where a spread says nothing.
    pub mean: Option<f64>,
    pub spread: Option<f64>,
}

/// The figures of each own statement from every counted respondent's own answers
/// (`answers[respondent][statement]`; a short row counts as not answered).
pub fn own_figures(statements: &[String], answers: &[Vec<Option<Answer>>]) -> Vec<OwnFigure> {
    statements
        .iter()
        .enumerate()
        .map(|(i, statement)| {
            let given: Vec<Answer> = answers.iter().filter_map(|a| a.get(i).copied()?).collect();
            let values: Vec<f64> = given.iter().filter_map(|a| a.value()).collect();
            let mut counts = [0; 5];
            for v in &values {
                counts[(*v as usize).clamp(1, 5) - 1] += 1;
            }
            let enough = values.len() >= 2;
            OwnFigure {
                statement: statement.clone(),
                answered: values.len(),
                non_answers: given.len() - values.len(),
                counts,
                mean: enough.then(|| mean(&values)),
                spread: enough.then(|| spread(&values)),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::instrument::answers::Level;

    #[test]
    fn figures_count_levels_apart_from_non_answers() {
        let level = |v| Some(Answer::Level(Level::from_value(v).unwrap_or(Level::Partly)));
        let answers = vec![
            vec![level(2), Some(Answer::Skip)],
            vec![level(4), level(5)],
            vec![level(3)],
        ];
        let figures = own_figures(&["a".into(), "b".into()], &answers);
        assert_eq!(figures[0].answered, 3);
        assert_eq!(figures[0].counts, [0, 1, 1, 1, 0]);
        assert_eq!(figures[0].mean, Some(3.0));
        assert_eq!(figures[0].spread, Some(1.0));
        // One level and one "don't know": no mean or spread from a single answer.
        assert_eq!(figures[1].answered, 1);
        assert_eq!(figures[1].non_answers, 1);
        assert_eq!(figures[1].mean, None);
    }
}
