//! The one scale every government is mapped onto.

use serde::{Deserialize, Serialize};

/// 1 = normal precautions, 2 = increased caution, 3 = reconsider / avoid non-essential travel,
/// 4 = do not travel / avoid all travel. Ordered, so "rose" is a plain comparison.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "u8", into = "u8")]
pub struct Level(u8);

impl Level {
    pub const NORMAL: Level = Level(1);
    pub const CAUTION: Level = Level(2);
    pub const RECONSIDER: Level = Level(3);
    pub const DO_NOT_TRAVEL: Level = Level(4);

    pub fn new(n: u8) -> Option<Level> {
        (1..=4).contains(&n).then_some(Level(n))
    }

    pub fn get(self) -> u8 {
        self.0
    }

    /// English wording the UI can show beside the government's own.
    pub fn label(self) -> &'static str {
        match self.0 {
            1 => "Normal precautions",
            2 => "Increased caution",
            3 => "Reconsider travel",
            _ => "Do not travel",
        }
    }
}

impl TryFrom<u8> for Level {
    type Error = String;
    fn try_from(n: u8) -> Result<Self, Self::Error> {
        Level::new(n).ok_or_else(|| format!("advisory level {n} is outside 1..=4"))
    }
}

impl From<Level> for u8 {
    fn from(l: Level) -> u8 {
        l.0
    }
}

impl std::fmt::Display for Level {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Level {}", self.0)
    }
}
