//! The Anglo-Saxon / Rhineland instrument: its ids and types in `model`, each version's
//! texts as plain data beside it, the answer scales in `answers`, and the lookups
//! here. Screens read a version through
//! the same two views, `DimensionView` and `StatementView`, so one questionnaire and
//! one result page serve both versions.

pub mod answers;
pub mod model;
pub mod rules;
pub mod v1;
pub mod v2;
pub mod v3;

pub use self::model::{
    Dimension, DimensionDef, Instrument, Intro, Key, Pole, Seed, StatementDef, StatementId,
    TradeOffDef, UnknownInstrument,
};
use crate::text::Text;

impl Dimension {
    pub fn def(self) -> &'static DimensionDef {
        // The table is in `ALL` order; a test pins that.
        &v1::DIMENSIONS[self.index()]
    }

    pub fn statements(self) -> impl Iterator<Item = &'static StatementDef> {
        v1::STATEMENTS.iter().filter(move |s| s.dimension == self)
    }
}

/// Version 1's statements (frozen), in instrument order.
pub fn statements() -> &'static [StatementDef] {
    &v1::STATEMENTS
}

/// A version 1 statement.
pub fn statement(id: StatementId) -> Option<&'static StatementDef> {
    statements().iter().find(|s| s.id == id)
}

/// One dimension as the screens show it, whatever the version.
#[derive(Debug, Clone, Copy)]
pub struct DimensionView {
    pub instrument: Instrument,
    /// Position in questionnaire order (0-based).
    pub index: usize,
    /// The version's stable dimension id.
    pub id: u8,
    /// Its short code in exports; empty where a version has none.
    pub code: &'static str,
    pub name: Text,
    pub explanation: Text,
    pub anglo_saxon: Text,
    pub rhineland: Text,
    pub source: Text,
    pub conversation: Text,
    /// The keyed versions' item on which ten points are divided; version 1 has none.
    pub trade_off: Option<TradeOffDef>,
}

impl DimensionView {
    pub fn statements(&self) -> impl Iterator<Item = StatementView> {
        let id = self.id;
        self.instrument
            .statements()
            .filter(move |s| s.dimension == id)
    }
}

/// One statement as the screens show it, whatever the version.
#[derive(Debug, Clone, Copy)]
pub struct StatementView {
    pub id: StatementId,
    /// `DimensionView::id`.
    pub dimension: u8,
    pub pole: Pole,
    /// Version 1's statements all count forward.
    pub key: Key,
    pub text: Text,
    /// A reverse-keyed statement's forward mirror of the same pole (keyed versions).
    pub mirror: Option<StatementId>,
}

fn view_v1(index: usize, d: &DimensionDef) -> DimensionView {
    DimensionView {
        instrument: Instrument::V1,
        index,
        id: d.dimension.id(),
        code: "",
        name: d.name,
        explanation: d.explanation,
        anglo_saxon: d.anglo_saxon,
        rhineland: d.rhineland,
        source: d.source,
        conversation: d.conversation,
        trade_off: None,
    }
}

fn view_keyed(instrument: Instrument, index: usize, d: &model::KeyedDimensionDef) -> DimensionView {
    DimensionView {
        instrument,
        index,
        id: d.id,
        code: d.code,
        name: d.name,
        explanation: d.explanation,
        anglo_saxon: d.anglo_saxon,
        rhineland: d.rhineland,
        source: d.source,
        conversation: d.conversation,
        trade_off: Some(d.trade_off),
    }
}

fn statement_v1(s: &StatementDef) -> StatementView {
    StatementView {
        id: s.id,
        dimension: s.dimension.id(),
        pole: s.pole,
        key: Key::Plus,
        text: s.text,
        mirror: None,
    }
}

fn statement_keyed(s: &model::KeyedStatementDef) -> StatementView {
    StatementView {
        id: StatementId(s.id),
        dimension: s.dimension,
        pole: s.pole,
        key: s.key,
        text: s.text,
        mirror: s.mirror.map(StatementId),
    }
}

impl Instrument {
    pub fn dimension_count(self) -> usize {
        match self {
            Instrument::V1 => v1::DIMENSIONS.len(),
            Instrument::V2 => v2::DIMENSIONS.len(),
            Instrument::V3 => v3::DIMENSIONS.len(),
        }
    }

    pub fn statement_count(self) -> usize {
        match self {
            Instrument::V1 => v1::STATEMENTS.len(),
            Instrument::V2 => v2::STATEMENTS.len(),
            Instrument::V3 => v3::STATEMENTS.len(),
        }
    }

    /// How this version's answers become figures: read once, then its fields.
    pub const fn rules(self) -> &'static rules::Rules {
        match self {
            Instrument::V1 => &v1::RULES,
            Instrument::V2 => &v2::RULES,
            Instrument::V3 => &v3::RULES,
        }
    }

    /// Whether each dimension has a trade-off item.
    pub const fn has_trade_offs(self) -> bool {
        self.rules().trade_offs
    }

    /// The dimension at this position in questionnaire order.
    pub fn dimension(self, index: usize) -> Option<DimensionView> {
        match self {
            Instrument::V1 => v1::DIMENSIONS.get(index).map(|d| view_v1(index, d)),
            Instrument::V2 => v2::DIMENSIONS
                .get(index)
                .map(|d| view_keyed(self, index, d)),
            Instrument::V3 => v3::DIMENSIONS
                .get(index)
                .map(|d| view_keyed(self, index, d)),
        }
    }

    /// The pole whose trade-off description this version shows first (as A) in a
    /// dimension; Anglo-Saxon where it has none.
    pub fn trade_off_first(self, dimension: u8) -> Pole {
        self.dimension_by_id(dimension)
            .and_then(|d| d.trade_off)
            .map_or(Pole::AngloSaxon, |t| t.first)
    }

    /// The dimension with this stable id.
    pub fn dimension_by_id(self, id: u8) -> Option<DimensionView> {
        self.dimensions().find(|d| d.id == id)
    }

    pub fn dimensions(self) -> impl Iterator<Item = DimensionView> {
        (0..self.dimension_count()).filter_map(move |i| self.dimension(i))
    }

    /// Every statement in instrument order: the order links and stored responses use.
    pub fn statements(self) -> impl Iterator<Item = StatementView> {
        (0..self.statement_count()).filter_map(move |i| self.statement_at(i))
    }

    /// The statement at this position in instrument order.
    pub fn statement_at(self, index: usize) -> Option<StatementView> {
        match self {
            Instrument::V1 => v1::STATEMENTS.get(index).map(statement_v1),
            Instrument::V2 => v2::STATEMENTS.get(index).map(statement_keyed),
            Instrument::V3 => v3::STATEMENTS.get(index).map(statement_keyed),
        }
    }

    /// The statement with this id in this version.
    pub fn statement(self, id: StatementId) -> Option<StatementView> {
        match self {
            Instrument::V1 => v1::STATEMENTS.iter().find(|s| s.id == id).map(statement_v1),
            Instrument::V2 => v2::STATEMENTS
                .iter()
                .find(|s| s.id == id.0)
                .map(statement_keyed),
            Instrument::V3 => v3::STATEMENTS
                .iter()
                .find(|s| s.id == id.0)
                .map(statement_keyed),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_statement_belongs_to_a_dimension_of_its_version() {
        for instrument in Instrument::ALL {
            let dimensions: Vec<u8> = instrument.dimensions().map(|d| d.id).collect();
            assert_eq!(dimensions.len(), instrument.dimension_count());
            for statement in instrument.statements() {
                assert!(dimensions.contains(&statement.dimension));
                assert_eq!(
                    instrument.statement(statement.id).map(|s| s.id),
                    Some(statement.id)
                );
            }
            let per_dimension: usize = instrument
                .dimensions()
                .map(|d| d.statements().count())
                .sum();
            assert_eq!(per_dimension, instrument.statement_count());
        }
        assert_eq!(Instrument::V2.statement_count(), 72);
        assert!(Instrument::V2.dimensions().all(|d| d.trade_off.is_some()));
        assert!(Instrument::V1.dimensions().all(|d| d.trade_off.is_none()));
    }

    /// Every keyed version: two `Plus` and two `Minus` statements a pole, and every
    /// `Minus` the mirror of one `Plus` of its own dimension and pole, none mirrored twice.
    #[test]
    fn keyed_versions_pair_each_reverse_statement_with_one_forward_one() {
        use std::collections::HashSet;
        let keyed = Instrument::ALL
            .into_iter()
            .filter(|i| i.rules().model == rules::Model::Keyed);
        for instrument in keyed {
            for d in instrument.dimensions() {
                for pole in Pole::ALL {
                    for key in [Key::Plus, Key::Minus] {
                        let count = d
                            .statements()
                            .filter(|s| s.pole == pole && s.key == key)
                            .count();
                        assert_eq!(count, 2, "{instrument:?} {} {pole:?} {key:?}", d.id);
                    }
                }
            }
            let mut mirrored = HashSet::new();
            for s in instrument.statements() {
                let what = format!("{instrument:?} statement {}", s.id.0);
                match s.key {
                    Key::Plus => assert_eq!(s.mirror, None, "{what}"),
                    Key::Minus => {
                        let id = s.mirror.unwrap_or_else(|| panic!("{what} has no mirror"));
                        let forward = instrument
                            .statement(id)
                            .unwrap_or_else(|| panic!("mirror of {what}"));
                        assert_eq!(forward.key, Key::Plus, "mirror of {what}");
                        assert_eq!(forward.dimension, s.dimension, "mirror of {what}");
                        assert_eq!(forward.pole, s.pole, "mirror of {what}");
                        assert!(mirrored.insert(id), "{id:?} is mirrored twice");
                    }
                }
            }
            assert_eq!(mirrored.len(), 36, "{instrument:?}");
        }
    }

    #[test]
    fn instrument_ids_are_pinned() {
        assert_eq!(Instrument::V1.id(), 1);
        assert_eq!(Instrument::V2.id(), 2);
        assert_eq!(Instrument::V3.id(), 3);
        assert_eq!(Instrument::from_id(4), None);
        assert_eq!(Instrument::try_from(9), Err(UnknownInstrument(9)));
    }
}
