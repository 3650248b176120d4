//! Which feed a record, a state or an error is about: the one identity every module shares.

use std::fmt;

use serde::{Deserialize, Serialize};

/// The feeds Lifeboat reads. The serialised names are the ones the CLI and settings use; `str::parse` reads
/// them back (implemented in [`crate::sources`], beside the parsers, so that this module imports nothing).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum SourceId {
    #[serde(rename = "us-state-rss")]
    UsStateRss,
    #[serde(rename = "us-state-json")]
    UsStateJson,
    #[serde(rename = "uk-fcdo")]
    UkFcdo,
    #[serde(rename = "ca-travel")]
    CaTravel,
    #[serde(rename = "au-smartraveller")]
    AuSmartraveller,
    #[serde(rename = "de-aa")]
    DeAa,
    /// A U.S. embassy's security alerts (WordPress RSS, one feed per embassy, see [`crate::embassies`]). Not a
    /// level feed: it is parsed by [`crate::sources::us_embassy_alerts::parse`], not [`crate::parse`].
    #[serde(rename = "us-embassy-alerts")]
    UsEmbassyAlerts,
}

impl SourceId {
    /// Every name the CLI and settings know, the embassy alert feed included.
    pub const ALL: [SourceId; 7] = [
        SourceId::UsStateRss,
        SourceId::UsStateJson,
        SourceId::UkFcdo,
        SourceId::CaTravel,
        SourceId::AuSmartraveller,
        SourceId::DeAa,
        SourceId::UsEmbassyAlerts,
    ];

    /// The feeds that publish levels ([`crate::parse`] reads them); the embassy alert feed does not.
    pub const LEVEL_FEEDS: [SourceId; 6] = [
        SourceId::UsStateRss,
        SourceId::UsStateJson,
        SourceId::UkFcdo,
        SourceId::CaTravel,
        SourceId::AuSmartraveller,
        SourceId::DeAa,
    ];

    /// Whether [`crate::parse`] reads this source (it publishes levels).
    pub fn is_level_feed(self) -> bool {
        self != SourceId::UsEmbassyAlerts
    }

    pub fn as_str(self) -> &'static str {
        match self {
            SourceId::UsStateRss => "us-state-rss",
            SourceId::UsStateJson => "us-state-json",
            SourceId::UkFcdo => "uk-fcdo",
            SourceId::CaTravel => "ca-travel",
            SourceId::AuSmartraveller => "au-smartraveller",
            SourceId::DeAa => "de-aa",
            SourceId::UsEmbassyAlerts => "us-embassy-alerts",
        }
    }

    /// The government behind the source, for "Iran — US: Level 4".
    pub fn government(self) -> &'static str {
        match self {
            SourceId::UsStateRss | SourceId::UsStateJson | SourceId::UsEmbassyAlerts => "US",
            SourceId::UkFcdo => "UK",
            SourceId::CaTravel => "Canada",
            SourceId::AuSmartraveller => "Australia",
            SourceId::DeAa => "Germany",
        }
    }

    /// The https origin relative links in this source's summaries are resolved against. The embassy alert feeds
    /// each live on their own host: their summaries are resolved against that host
    /// ([`crate::embassies::origin`]); this is only the fallback, the State Department's travel site.
    pub fn origin(self) -> &'static str {
        match self {
            SourceId::UsStateRss | SourceId::UsStateJson | SourceId::UsEmbassyAlerts => {
                "https://travel.state.gov"
            }
            SourceId::UkFcdo => "https://www.gov.uk",
            SourceId::CaTravel => "https://travel.gc.ca",
            SourceId::AuSmartraveller => "https://www.smartraveller.gov.au",
            SourceId::DeAa => "https://www.auswaertiges-amt.de",
        }
    }

    /// The default feed URL (the poller may override it, e.g. for a loopback fixture server). The UK needs one
    /// request per country: this is the index, and [`crate::sources::uk_fcdo::country_api_url`] builds the rest.
    /// The embassy alerts have one feed per embassy ([`crate::embassies::feed_url`]): this is the U.S. Virtual
    /// Embassy Iran's, the case the feed was added for.
    pub fn default_url(self) -> &'static str {
        match self {
            SourceId::UsStateRss => "https://travel.state.gov/_res/rss/TAsTWs.xml",
            SourceId::UsStateJson => "https://cadataapi.state.gov/api/TravelAdvisories",
            SourceId::UkFcdo => "https://www.gov.uk/api/content/foreign-travel-advice",
            SourceId::CaTravel => {
                "https://data.international.gc.ca/travel-voyage/index-alpha-eng.json"
            }
            SourceId::AuSmartraveller => "https://www.smartraveller.gov.au/destinations-export",
            SourceId::DeAa => "https://www.auswaertiges-amt.de/opendata/travelwarning",
            SourceId::UsEmbassyAlerts => "https://ir.usembassy.gov/category/alert/feed/",
        }
    }
}

impl fmt::Display for SourceId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}
