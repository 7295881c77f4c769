//! The Anglo-Saxon / Rhineland instrument: its ids and types in `model`, each version's
//! texts as plain data beside it, and the lookups here.

pub mod model;
pub mod v1;
pub mod v2;

pub use self::model::{Dimension, DimensionDef, Pole, Seed, StatementDef, StatementId};

impl Dimension {
    pub fn def(self) -> &'static DimensionDef {
        // The table is in `ALL` order; a test pins that.
        &v1::DIMENSIONS[self.index()]
    }

    pub fn statements(self) -> impl Iterator<Item = &'static StatementDef> {
        v1::STATEMENTS.iter().filter(move |s| s.dimension == self)
    }
}

pub fn statements() -> &'static [StatementDef] {
    &v1::STATEMENTS
}

pub fn statement(id: StatementId) -> Option<&'static StatementDef> {
    statements().iter().find(|s| s.id == id)
}
