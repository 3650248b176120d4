//! One refresh: fetch what is due for the plan's nationalities and countries, through the advisory watch's fetch
//! layer (HTTPS only, conditional GET with the kept validators, body cap, challenge pages refused), and fold the
//! answers into the state. A failure of any kind keeps the country's last good data; the report says what
//! happened so the app and the command line can tell the user.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{DateTime, Utc};
use lifeboat_advisory::{FetchOutcome, Fetcher};
use lifeboat_plan::missions::{Assistance, Mission};
use lifeboat_plan::watchlist::watched_countries;
use lifeboat_plan::Plan;

use crate::error::DirectoryError;
use crate::source::DirectorySource;
use crate::sources::{ca_gac, de_aa, uk_govuk, us_state, Found};
use crate::state::DirectoryState;

/// Where each publisher's data is fetched from; the tests point them at a loopback server.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Endpoints {
    /// `{CC}` is the upper-case ISO code.
    pub canada: String,
    pub uk_index: String,
    /// Organisation paths (`/world/organisations/…`) are read under `{uk_base}/api/content`.
    pub uk_base: String,
    pub germany: String,
    /// `{CC}` is the upper-case ISO code.
    pub united_states: String,
}

impl Default for Endpoints {
    fn default() -> Self {
        Endpoints {
            canada: "https://data.international.gc.ca/travel-voyage/cta-cap-{CC}.json".to_owned(),
            uk_index: "https://www.gov.uk/api/content/world/embassies".to_owned(),
            uk_base: "https://www.gov.uk".to_owned(),
            germany: "https://www.auswaertiges-amt.de/opendata/representativesInCountry".to_owned(),
            united_states: "https://cadataapi.state.gov/api/CountryTravelInformation/{CC}"
                .to_owned(),
        }
    }
}

impl Endpoints {
    /// Every endpoint under one base URL, in the publishers' own paths (the loopback server's layout).
    pub fn under(base: &str) -> Self {
        let base = base.trim_end_matches('/');
        Endpoints {
            canada: format!("{base}/travel-voyage/cta-cap-{{CC}}.json"),
            uk_index: format!("{base}/api/content/world/embassies"),
            uk_base: base.to_owned(),
            germany: format!("{base}/opendata/representativesInCountry"),
            united_states: format!("{base}/api/CountryTravelInformation/{{CC}}"),
        }
    }
}

/// Every (nationality, country) the plan needs: each nationality of anyone in the household, in each country
/// the plan touches (residence, route legs, watched countries), except a nationality in its own country.
pub fn wanted_pairs(plan: &Plan) -> Vec<(String, String)> {
    let nationalities: BTreeSet<String> = plan
        .people()
        .flat_map(|p| p.nationalities.iter())
        .map(|n| n.trim().to_ascii_uppercase())
        .filter(|n| lifeboat_countries::is_valid(n))
        .collect();
    let mut out = Vec::new();
    for c in watched_countries(plan) {
        for n in &nationalities {
            if *n != c.country {
                out.push((n.clone(), c.country.clone()));
            }
        }
    }
    out
}

/// What one refresh did, per source: the countries updated, confirmed unchanged, and failed (with the code).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RefreshReport {
    pub updated: Vec<(DirectorySource, String)>,
    pub unchanged: Vec<(DirectorySource, String)>,
    pub failed: Vec<(DirectorySource, String, String)>,
}

impl RefreshReport {
    pub fn is_empty(&self) -> bool {
        self.updated.is_empty() && self.unchanged.is_empty() && self.failed.is_empty()
    }
}

/// Fetches what is due among `pairs` (all of them when `force`), folding the answers into `state`.
pub async fn refresh(
    fetcher: &Fetcher,
    endpoints: &Endpoints,
    state: &mut DirectoryState,
    pairs: &[(String, String)],
    force: bool,
    now: DateTime<Utc>,
) -> RefreshReport {
    let mut wanted: BTreeMap<DirectorySource, BTreeSet<String>> = BTreeMap::new();
    for (nationality, country) in pairs {
        if let Some(source) = DirectorySource::for_nationality(nationality) {
            if force || state.is_due(source, country, now) {
                wanted.entry(source).or_default().insert(country.clone());
            }
        }
    }
    let mut report = RefreshReport::default();
    for (source, countries) in wanted {
        match source {
            DirectorySource::Canada => {
                for c in &countries {
                    let url = ca_gac::url(&endpoints.canada, c);
                    let r = get(fetcher, state, source, &url).await;
                    fold(state, &mut report, source, c, &url, r, now, |b| {
                        ca_gac::parse(b, now.date_naive()).and_then(|f| same_country(source, f, c))
                    });
                }
            }
            DirectorySource::UnitedStates => {
                for c in &countries {
                    let url = us_state::url(&endpoints.united_states, c);
                    let r = get(fetcher, state, source, &url).await;
                    fold(state, &mut report, source, c, &url, r, now, |b| {
                        us_state::parse(b, c, now.date_naive())
                    });
                }
            }
            DirectorySource::Germany => {
                germany(fetcher, endpoints, state, &mut report, &countries, now).await;
            }
            DirectorySource::UnitedKingdom => {
                united_kingdom(fetcher, endpoints, state, &mut report, &countries, now).await;
            }
        }
    }
    report
}

type Got = Result<Option<(Vec<u8>, lifeboat_advisory::Validators)>, DirectoryError>;

/// One conditional GET: `Ok(None)` for a 304.
async fn get(fetcher: &Fetcher, state: &DirectoryState, source: DirectorySource, url: &str) -> Got {
    let validators = state.validators(source, url);
    match fetcher.fetch(source.fetch_id(), url, &validators).await? {
        FetchOutcome::NotModified => Ok(None),
        FetchOutcome::Fresh {
            body, validators, ..
        } => Ok(Some((body, validators))),
    }
}

fn same_country(
    source: DirectorySource,
    found: Found,
    asked: &str,
) -> Result<Found, DirectoryError> {
    if found.country == asked {
        Ok(found)
    } else {
        Err(DirectoryError::Shape {
            feed: source,
            detail: format!("asked for {asked}, the file is about {}", found.country),
        })
    }
}

#[allow(clippy::too_many_arguments)]
fn fold(
    state: &mut DirectoryState,
    report: &mut RefreshReport,
    source: DirectorySource,
    country: &str,
    url: &str,
    got: Got,
    now: DateTime<Utc>,
    parse: impl FnOnce(&[u8]) -> Result<Found, DirectoryError>,
) {
    let result = got.and_then(|body| match body {
        None => Ok(None),
        Some((bytes, validators)) => parse(&bytes).map(|f| Some((f, validators))),
    });
    match result {
        Ok(None) if state.country(source, country).is_some() => {
            state.confirm(source, country, now);
            report.unchanged.push((source, country.to_owned()));
        }
        // A 304 for data we no longer hold (a hand-cleared state): fetch it whole next time.
        Ok(None) => {
            state.set_validators(source, url, Default::default());
            state.record_failure(source, country, "directory_empty", now);
            report
                .failed
                .push((source, country.to_owned(), "directory_empty".to_owned()));
        }
        Ok(Some((found, validators))) => {
            state.apply_found(source, found, now);
            state.set_validators(source, url, validators);
            report.updated.push((source, country.to_owned()));
        }
        Err(e) => {
            state.record_failure(source, country, e.code(), now);
            report
                .failed
                .push((source, country.to_owned(), e.code().to_owned()));
        }
    }
}

/// The Auswärtiges Amt's one file for every country: taken only when it covers at least half the countries the
/// last good one did, then applied for the countries the plan needs.
async fn germany(
    fetcher: &Fetcher,
    endpoints: &Endpoints,
    state: &mut DirectoryState,
    report: &mut RefreshReport,
    countries: &BTreeSet<String>,
    now: DateTime<Utc>,
) {
    let source = DirectorySource::Germany;
    let url = endpoints.germany.clone();
    // A country the kept state has never had (just added to the plan) needs the whole file, even when it has not
    // changed since the last fetch: a 304 would confirm data we do not hold.
    let validators = if countries.iter().all(|c| state.country(source, c).is_some()) {
        state.validators(source, &url)
    } else {
        Default::default()
    };
    let got: Got = match fetcher.fetch(source.fetch_id(), &url, &validators).await {
        Ok(FetchOutcome::NotModified) => Ok(None),
        Ok(FetchOutcome::Fresh {
            body, validators, ..
        }) => Ok(Some((body, validators))),
        Err(e) => Err(e.into()),
    };
    let parsed = got.and_then(|got| match got {
        None => Ok(None),
        Some((bytes, validators)) => {
            let (found, _unplaced) = de_aa::parse(&bytes, now.date_naive())?;
            let previous = state.source(source).map_or(0, |s| s.covered);
            if found.len() * 2 < previous {
                return Err(DirectoryError::Implausible {
                    feed: source,
                    previous,
                    now: found.len(),
                });
            }
            Ok(Some((found, validators)))
        }
    });
    match parsed {
        Ok(None) => {
            for c in countries {
                state.confirm(source, c, now);
                report.unchanged.push((source, c.clone()));
            }
        }
        Ok(Some((found, validators))) => {
            let total = found.len();
            let mut by_country: BTreeMap<String, Found> =
                found.into_iter().map(|f| (f.country.clone(), f)).collect();
            for c in countries {
                // Germany has no office in a country the file does not list: that is the publisher's word.
                let f = by_country.remove(c).unwrap_or(Found {
                    country: c.clone(),
                    assistance: Assistance::None,
                    missions: Vec::new(),
                });
                state.apply_found(source, f, now);
                report.updated.push((source, c.clone()));
            }
            state.set_validators(source, &url, validators);
            state.sources.entry(source).or_default().covered = total;
        }
        Err(e) => {
            for c in countries {
                state.record_failure(source, c, e.code(), now);
                report.failed.push((source, c.clone(), e.code().to_owned()));
            }
        }
    }
}

/// GOV.UK: the index (one request, conditional), then each needed country's consular offices.
async fn united_kingdom(
    fetcher: &Fetcher,
    endpoints: &Endpoints,
    state: &mut DirectoryState,
    report: &mut RefreshReport,
    countries: &BTreeSet<String>,
    now: DateTime<Utc>,
) {
    let source = DirectorySource::UnitedKingdom;
    // The index is fetched whole each time (it is small): a 304 would leave no list to follow.
    let index = match fetcher
        .fetch(source.fetch_id(), &endpoints.uk_index, &Default::default())
        .await
        .map_err(DirectoryError::from)
        .and_then(|o| match o {
            FetchOutcome::Fresh { body, .. } => uk_govuk::parse_index(&body).map(|(l, _)| l),
            FetchOutcome::NotModified => Err(DirectoryError::Empty {
                feed: source,
                country: "*".to_owned(),
            }),
        }) {
        Ok(index) => index,
        Err(e) => {
            for c in countries {
                state.record_failure(source, c, e.code(), now);
                report.failed.push((source, c.clone(), e.code().to_owned()));
            }
            return;
        }
    };
    for c in countries {
        let Some(loc) = index.iter().find(|l| &l.country == c) else {
            state.record_failure(source, c, "directory_empty", now);
            report
                .failed
                .push((source, c.clone(), "directory_empty".to_owned()));
            continue;
        };
        if loc.assistance == Assistance::None {
            state.apply_found(
                source,
                Found {
                    country: c.clone(),
                    assistance: Assistance::None,
                    missions: Vec::new(),
                },
                now,
            );
            report.updated.push((source, c.clone()));
            continue;
        }
        let located_in = if loc.assistance == Assistance::Remote {
            loc.remote_country.clone()
        } else {
            c.clone()
        };
        let mut missions: Vec<Mission> = Vec::new();
        let mut failure: Option<String> = None;
        for path in loc.offices.iter().take(6) {
            let url = uk_govuk::organisation_url(&endpoints.uk_base, path);
            let page = fetcher
                .fetch(source.fetch_id(), &url, &Default::default())
                .await
                .map_err(DirectoryError::from)
                .and_then(|o| match o {
                    FetchOutcome::Fresh { body, .. } => {
                        uk_govuk::parse_organisation(&body, c, &located_in, now.date_naive())
                    }
                    FetchOutcome::NotModified => Err(DirectoryError::Empty {
                        feed: source,
                        country: c.clone(),
                    }),
                });
            match page {
                Ok(m) => missions.push(m),
                Err(e) => failure = Some(e.code().to_owned()),
            }
        }
        // Every office of the country or none: half a country would hide the office that failed.
        match (failure, missions.is_empty()) {
            (None, false) => {
                state.apply_found(
                    source,
                    Found {
                        country: c.clone(),
                        assistance: loc.assistance,
                        missions,
                    },
                    now,
                );
                report.updated.push((source, c.clone()));
            }
            (failure, _) => {
                let code = failure.unwrap_or_else(|| "directory_empty".to_owned());
                state.record_failure(source, c, &code, now);
                report.failed.push((source, c.clone(), code));
            }
        }
    }
}
