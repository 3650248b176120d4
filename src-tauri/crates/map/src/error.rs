//! What can stop a map from being drawn. A leg or crossing without a point is not an error: it is skipped and
//! reported in [`crate::RenderedMap::skipped`].

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum MapError {
    /// The compiled-in borders did not decode: a build from a damaged or mismatched data file.
    #[error("the map's border data is damaged: {0}")]
    Borders(String),
}
