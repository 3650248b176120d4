//! One watched country's embassy alert feed in a round: fetch (conditionally), parse, check it is that
//! country's, apply.
//!
//! Through the same fetch layer as the level feeds: HTTPS only, validators once the feed has been applied,
//! a 403/407 or a challenge page served with 200 is a failure ("source down"), never "no new alerts".

use chrono::{DateTime, Utc};

use crate::alerts;
use crate::changes::Found;
use crate::embassies::Embassy;
use crate::error::{AdvisoryError, FetchError};
use crate::fetch::{FetchOutcome, Fetcher, Validators};
use crate::source_id::SourceId;
use crate::sources::us_embassy_alerts;

use super::{validators_of, Endpoints, Outcome, WatchFile};

const SOURCE: SourceId = SourceId::UsEmbassyAlerts;

pub(super) async fn poll(
    fetcher: &Fetcher,
    endpoints: &Endpoints,
    embassy: &Embassy,
    file: &mut WatchFile,
    now: DateTime<Utc>,
    sink: &mut Found,
) -> Result<Outcome, FetchError> {
    let country = embassy.country;
    let url = endpoints.embassy_url(country, embassy.host);
    // Never applied: a 304 would leave the baseline unset, so ask in full.
    let validators = if file.state.alert_state(country).is_some() {
        validators_of(file, &url)
    } else {
        Validators::default()
    };
    match fetcher.fetch(SOURCE, &url, &validators).await? {
        FetchOutcome::NotModified => Ok(Outcome::NotModified),
        FetchOutcome::Fresh {
            body, validators, ..
        } => {
            let feed = us_embassy_alerts::parse(&body)?;
            // The feed must be the embassy's asked for: a redirect or a misconfigured mirror would otherwise
            // file one country's alerts under another.
            if feed.country != country {
                return Err(FetchError::Parse(AdvisoryError::Shape {
                    feed: SOURCE,
                    detail: format!(
                        "the feed at {url} is {}'s ({}), not {country}'s",
                        feed.country, feed.host
                    ),
                }));
            }
            let updates = alerts::apply_alerts(&mut file.state, &feed, true, now);
            sink.updates.extend(updates);
            file.validators.insert(url, validators);
            Ok(Outcome::Updated {
                countries: feed.alerts.len(),
            })
        }
    }
}
