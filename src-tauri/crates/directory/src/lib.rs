//! Who helps you here: the embassies, consulates, honorary consuls and protecting powers that can help each
//! nationality of a household in each country its plan touches, from the governments' own open data, kept so it
//! is there when the network is not.
//!
//! - [`sources`] parses each publisher's format: Global Affairs Canada's per-country `cta-cap-XX.json` (its
//!   `offices`), GOV.UK's embassies index and organisation pages, the Auswärtiges Amt's
//!   `representativesInCountry` and the State Department's country information (`travel_embassyAndConsulate`);
//! - [`protecting`] is the table, kept in the repository, of who acts where a state has no mission of its own
//!   (Switzerland for the United States in Iran, Italy for Canada there) and the EU rule for unrepresented EU
//!   citizens;
//! - [`state`] is what is kept between runs: per source and country the last good data with its date, never
//!   replaced by a failed or empty fetch;
//! - [`refresh`] fetches what is due through the advisory watch's fetch layer (HTTPS, conditional GET, a failure
//!   is never a change);
//! - [`lookup::missions_for`] merges the sources and the table into one [`lifeboat_plan::missions::Help`].
//!
//! No Tauri, no display: the app stores the state encrypted beside the plan and the command line reads it.

pub mod countries;
pub mod error;
pub mod html;
pub mod lookup;
pub mod protecting;
pub mod refresh;
pub mod source;
pub mod sources;
pub mod state;

pub use error::DirectoryError;
pub use lookup::missions_for;
pub use refresh::{refresh, wanted_pairs, Endpoints, RefreshReport};
pub use source::DirectorySource;
pub use state::{CountryData, DirectoryState, SourceState};
