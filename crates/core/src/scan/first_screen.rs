//! What a member did on an invite's first screen (`index.html`), before the app had
//! arrived: that screen also holds the questionnaire's first step as plain form fields,
//! so a member on a slow phone answers while the wasm downloads. The app reads those
//! fields once (as name and value strings, untrusted) and takes them in here.

use crate::instrument::answers::{Answer, Horizon, TRADE_OFF_POINTS};
use crate::instrument::{Instrument, StatementId};
use crate::scan::{ScanData, Step};

/// One answer given on the first screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FirstScreenField {
    Statement {
        id: StatementId,
        horizon: Horizon,
        answer: Answer,
    },
    /// A trade-off's division, as the slider shows it: the Anglo-Saxon (A) side's points.
    TradeOff {
        dimension: u8,
        horizon: Horizon,
        anglo: u8,
    },
}

/// What the first screen held when the app arrived.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FirstScreen {
    /// "Begin" was pressed: the member is on the first step.
    pub begun: bool,
    /// "Next" was pressed on the first step.
    pub next: bool,
    pub fields: Vec<FirstScreenField>,
}

impl FirstScreenField {
    /// Reads one field: a rating's radio group is named by `rating_name` and its value is
    /// the answer's id; a trade-off's slider has `trade_off_input_id` as its id and A's
    /// points as its value. Anything the instrument does not offer reads as nothing.
    pub fn read(instrument: Instrument, key: &str, value: &str) -> Option<FirstScreenField> {
        let (kind, rest) = key.split_at_checked(1)?;
        let (number, horizon) = rest.split_once('-')?;
        let horizon = Horizon::from_code(horizon)?;
        let number = digits(number)?;
        let value = u8::try_from(digits(value)?).ok()?;
        match kind {
            "s" => {
                let id = StatementId(number);
                instrument.statement(id)?;
                let answer = Answer::from_id_in(value, instrument)?;
                Some(FirstScreenField::Statement {
                    id,
                    horizon,
                    answer,
                })
            }
            "t" if instrument.has_trade_offs() && value <= TRADE_OFF_POINTS => {
                let number = u8::try_from(number).ok()?;
                instrument.dimension_by_id(number)?;
                Some(FirstScreenField::TradeOff {
                    dimension: number,
                    horizon,
                    anglo: value,
                })
            }
            _ => None,
        }
    }
}

/// The name of a statement's radio group for one horizon, e.g. `s11-now`.
pub fn rating_name(id: StatementId, horizon: Horizon) -> String {
    format!("s{}-{}", id.0, horizon.code())
}

/// The id of a trade-off's slider for one horizon, e.g. `t1-now`.
pub fn trade_off_input_id(dimension: u8, horizon: Horizon) -> String {
    format!("t{dimension}-{}", horizon.code())
}

impl FirstScreenField {
    /// The CSS selector of this answer's input on the questionnaire's step: where focus
    /// goes back to when the app takes over. Made of digits and fixed words only.
    pub fn selector(&self) -> String {
        match *self {
            FirstScreenField::Statement {
                id,
                horizon,
                answer,
            } => format!(
                "input[name=\"{}\"][value=\"{}\"]",
                rating_name(id, horizon),
                answer.id()
            ),
            FirstScreenField::TradeOff {
                dimension, horizon, ..
            } => format!("#{}", trade_off_input_id(dimension, horizon)),
        }
    }
}

/// Plain decimal digits only (no sign, no spaces), as the first screen writes them.
fn digits(text: &str) -> Option<u16> {
    if text.is_empty() || text.len() > 4 || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

impl FirstScreen {
    /// Takes the answers into `scan`, at `now_ms`, and moves it to where the member was:
    /// the first step, or the second if "Next" was pressed. Answers given and then left
    /// (the member went back to the intro) are kept, as the app keeps them.
    pub fn apply(&self, scan: &mut ScanData, now_ms: i64) {
        for field in &self.fields {
            match *field {
                FirstScreenField::Statement {
                    id,
                    horizon,
                    answer,
                } => scan.answer(id, horizon, answer, now_ms),
                FirstScreenField::TradeOff {
                    dimension,
                    horizon,
                    anglo,
                } => scan.divide(dimension, horizon, TRADE_OFF_POINTS - anglo, now_ms),
            }
        }
        if self.begun {
            let dimensions = scan.instrument.dimension_count();
            scan.step = if self.next {
                Step::first().next(dimensions)
            } else {
                Step::first()
            };
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::instrument::answers::Level;

    #[test]
    fn reads_the_fields_the_step_names() {
        assert_eq!(
            FirstScreenField::read(Instrument::V2, "s11-now", "4"),
            Some(FirstScreenField::Statement {
                id: StatementId(11),
                horizon: Horizon::Now,
                answer: Answer::Level(Level::Largely),
            })
        );
        assert_eq!(
            FirstScreenField::read(Instrument::V2, "s17-desired", "7"),
            Some(FirstScreenField::Statement {
                id: StatementId(17),
                horizon: Horizon::Desired,
                answer: Answer::NotApplicable,
            })
        );
        assert_eq!(
            FirstScreenField::read(Instrument::V2, "t1-now", "3"),
            Some(FirstScreenField::TradeOff {
                dimension: 1,
                horizon: Horizon::Now,
                anglo: 3,
            })
        );
    }

    #[test]
    fn refuses_what_the_instrument_does_not_offer() {
        for (key, value) in [
            ("s11-now", "0"),
            ("s11-now", "8"),
            ("s11-now", "+4"),
            ("s11-now", " 4"),
            ("s11-later", "4"),
            ("s999-now", "4"),
            ("s-now", "4"),
            ("t1-now", "11"),
            ("t99-now", "5"),
            ("x11-now", "4"),
            ("", ""),
            ("é1-now", "1"),
        ] {
            assert_eq!(
                FirstScreenField::read(Instrument::V2, key, value),
                None,
                "{key}={value}"
            );
        }
        // Version 1 has no trade-offs.
        assert_eq!(FirstScreenField::read(Instrument::V1, "t1-now", "5"), None);
    }

    #[test]
    fn applies_answers_and_the_step() {
        let mut scan = ScanData::new(Instrument::V2);
        let screen = FirstScreen {
            begun: true,
            next: true,
            fields: vec![
                FirstScreenField::read(Instrument::V2, "s11-now", "2").unwrap(),
                FirstScreenField::read(Instrument::V2, "t1-now", "7").unwrap(),
            ],
        };
        screen.apply(&mut scan, 1_000);
        assert_eq!(
            scan.get(StatementId(11), Horizon::Now),
            Some(Answer::Level(Level::ALittle))
        );
        // Seven points for A are three for the Rhineland side, as stored.
        assert_eq!(scan.trade_off(1, Horizon::Now), Some(3));
        assert_eq!(scan.step, Step::Dimension(1));

        let mut back = ScanData::new(Instrument::V2);
        FirstScreen {
            begun: false,
            ..screen
        }
        .apply(&mut back, 1_000);
        assert_eq!(back.step, Step::Intro);
        assert_eq!(back.trade_off(1, Horizon::Now), Some(3));
    }

    #[test]
    fn a_field_is_read_back_from_the_name_it_gives_its_input() {
        for statement in Instrument::V2.statements() {
            for horizon in [Horizon::Now, Horizon::Desired] {
                let name = rating_name(statement.id, horizon);
                let field = FirstScreenField::read(Instrument::V2, &name, "6");
                assert!(
                    matches!(field, Some(FirstScreenField::Statement { id, .. }) if id == statement.id)
                );
                assert_eq!(
                    field.map(|f| f.selector()),
                    Some(format!("input[name=\"{name}\"][value=\"6\"]"))
                );
            }
        }
        let id = trade_off_input_id(9, Horizon::Desired);
        assert_eq!(id, "t9-desired");
        assert_eq!(
            FirstScreenField::read(Instrument::V2, &id, "10").map(|f| f.selector()),
            Some("#t9-desired".to_string())
        );
    }
}
