//! The governments whose directories Lifeboat reads, one per nationality.

use std::fmt;

use lifeboat_advisory::SourceId;
use serde::{Deserialize, Serialize};

/// One government's published list of its own offices abroad.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum DirectorySource {
    /// Global Affairs Canada: the `offices` of each country's `cta-cap-XX.json`.
    #[serde(rename = "ca-gac")]
    Canada,
    /// GOV.UK: the embassies index, then each organisation's contacts.
    #[serde(rename = "uk-govuk")]
    UnitedKingdom,
    /// The Auswärtiges Amt's OpenData `representativesInCountry` (every country in one file).
    #[serde(rename = "de-aa")]
    Germany,
    /// The State Department's country information (`travel_embassyAndConsulate`), one file per country.
    #[serde(rename = "us-state")]
    UnitedStates,
}

impl DirectorySource {
    pub const ALL: [DirectorySource; 4] = [
        DirectorySource::Canada,
        DirectorySource::UnitedKingdom,
        DirectorySource::Germany,
        DirectorySource::UnitedStates,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            DirectorySource::Canada => "ca-gac",
            DirectorySource::UnitedKingdom => "uk-govuk",
            DirectorySource::Germany => "de-aa",
            DirectorySource::UnitedStates => "us-state",
        }
    }

    /// The nationality whose offices the source lists.
    pub fn nationality(self) -> &'static str {
        match self {
            DirectorySource::Canada => "CA",
            DirectorySource::UnitedKingdom => "GB",
            DirectorySource::Germany => "DE",
            DirectorySource::UnitedStates => "US",
        }
    }

    /// The source for a nationality, when Lifeboat reads one.
    pub fn for_nationality(code: &str) -> Option<DirectorySource> {
        Self::ALL.into_iter().find(|s| s.nationality() == code)
    }

    /// The publisher, as a person reads it under a mission ("Global Affairs Canada").
    pub fn publisher(self) -> &'static str {
        match self {
            DirectorySource::Canada => "Global Affairs Canada",
            DirectorySource::UnitedKingdom => "GOV.UK (FCDO)",
            DirectorySource::Germany => "Auswärtiges Amt",
            DirectorySource::UnitedStates => "U.S. Department of State",
        }
    }

    /// The advisory feed of the same government: its fetch layer names failures by it, and the hosts are the
    /// same publishers' (data.international.gc.ca, www.gov.uk, www.auswaertiges-amt.de, cadataapi.state.gov),
    /// all JSON.
    pub fn fetch_id(self) -> SourceId {
        match self {
            DirectorySource::Canada => SourceId::CaTravel,
            DirectorySource::UnitedKingdom => SourceId::UkFcdo,
            DirectorySource::Germany => SourceId::DeAa,
            DirectorySource::UnitedStates => SourceId::UsStateJson,
        }
    }
}

impl fmt::Display for DirectorySource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}
