//! The fetch layer: one conditional GET per source, with the checks that turn a bad answer into a failed fetch.
//!
//! - [`Fetcher`] wraps a reqwest client: rustls with the `ring` provider and the platform's roots, gzip,
//!   connect and total timeouts, a body cap enforced while streaming, a User-Agent naming the app, HTTPS only
//!   (plain `http://` only to loopback and only when [`FetchConfig::allow_plain_http_to_loopback_only`] is set,
//!   for tests). Redirects are followed by hand so every hop passes the same URL check.
//! - [`check_source`] ties fetch → [`crate::looks_like_challenge`] → [`crate::parse`] → [`crate::plausible`]
//!   together and returns a [`SourceCheck`] (the poller adds the US RSS fallback, see [`crate::poll`]).
//! - [`backoff`] is exponential backoff with full jitter; the random value is injected.
//!
//! Nothing here touches the persisted state: the caller applies an [`SourceCheck::Updated`] with
//! [`crate::changes::apply`], stores its validators, and on [`SourceCheck::Failed`] keeps the last good data
//! and marks it stale.

use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, Utc};
use reqwest::header::{
    HeaderMap, HeaderValue, ACCEPT, CONTENT_LENGTH, CONTENT_TYPE, ETAG, IF_MODIFIED_SINCE,
    IF_NONE_MATCH, LAST_MODIFIED, LOCATION, RETRY_AFTER,
};
use reqwest::StatusCode;
use rustls_platform_verifier::BuilderVerifierExt;
use serde::{Deserialize, Serialize};
use url::{Host, Url};

use crate::error::FetchError;
use crate::payload_checks::looks_like_challenge;
use crate::source_id::SourceId;

mod backoff;
mod check;

pub use backoff::{backoff, jitter_unit, retry_delay};
pub use check::{check_counted, check_source, evaluate, SourceCheck};

/// Redirect hops followed before giving up.
pub const MAX_REDIRECTS: usize = 5;

/// `Lifeboat/<version> (advisory watch)`; the app passes its own version through [`user_agent`].
pub const DEFAULT_USER_AGENT: &str = concat!(
    "Lifeboat/",
    env!("CARGO_PKG_VERSION"),
    " (advisory watch; desktop app)"
);

/// The User-Agent for an app version: names the app so a government webmaster can tell what polls them.
pub fn user_agent(app_version: &str) -> String {
    format!("Lifeboat/{app_version} (advisory watch; desktop app)")
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FetchConfig {
    /// Time allowed to open the TCP + TLS connection.
    pub connect_timeout: Duration,
    /// Time allowed for the whole fetch: every redirect hop and the whole body.
    pub total_timeout: Duration,
    /// Largest body accepted (after gzip decoding); a larger one is an error, never truncated.
    pub max_body_bytes: u64,
    pub user_agent: String,
    /// Accept plain `http://` to 127.0.0.0/8, `::1` and `localhost` (fixture servers in tests). Off in the app:
    /// then every `http://` URL is refused.
    pub allow_plain_http_to_loopback_only: bool,
}

impl Default for FetchConfig {
    fn default() -> Self {
        FetchConfig {
            connect_timeout: Duration::from_secs(10),
            total_timeout: Duration::from_secs(60),
            // The whole US RSS is ~0.6 MB and the Smartraveller export a few MB.
            max_body_bytes: 16 * 1024 * 1024,
            user_agent: DEFAULT_USER_AGENT.to_owned(),
            allow_plain_http_to_loopback_only: false,
        }
    }
}

/// The HTTP cache validators of the last good fetch of one URL, persisted by the caller per source.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Validators {
    #[serde(default)]
    pub etag: Option<String>,
    /// The `Last-Modified` value verbatim, sent back as `If-Modified-Since`.
    #[serde(default)]
    pub last_modified: Option<String>,
}

impl Validators {
    pub fn is_empty(&self) -> bool {
        self.etag.is_none() && self.last_modified.is_none()
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FetchOutcome {
    /// 304: the payload is unchanged since `validators`; nothing to parse.
    NotModified,
    /// 200 with a body that is not an HTML page.
    Fresh {
        body: Vec<u8>,
        /// The new validators to store once the body has been parsed and found plausible.
        validators: Validators,
        content_type: Option<String>,
    },
}

/// An HTTP client for the advisory feeds. Cheap to clone; share one.
#[derive(Debug, Clone)]
pub struct Fetcher {
    client: reqwest::Client,
    config: Arc<FetchConfig>,
}

impl Fetcher {
    pub fn new(config: FetchConfig) -> Result<Self, FetchError> {
        let setup = |e: &dyn std::fmt::Display| FetchError::Setup(e.to_string());
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let mut tls = rustls::ClientConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .map_err(|e| setup(&e))?
            .with_platform_verifier()
            .map_err(|e| setup(&e))?
            .with_no_client_auth();
        // reqwest leaves ALPN to a preconfigured backend; this build speaks HTTP/1.1 only.
        tls.alpn_protocols = vec![b"http/1.1".to_vec()];
        let client = reqwest::Client::builder()
            .tls_backend_preconfigured(tls)
            .connect_timeout(config.connect_timeout)
            .timeout(config.total_timeout)
            .redirect(reqwest::redirect::Policy::none())
            .user_agent(config.user_agent.as_str())
            .build()
            .map_err(|e| setup(&e))?;
        Ok(Fetcher {
            client,
            config: Arc::new(config),
        })
    }

    pub fn config(&self) -> &FetchConfig {
        &self.config
    }

    /// Parses `url` and refuses it unless it is `https://`, or plain `http://` to loopback when allowed.
    /// Runs before any connection (and again on every redirect target).
    pub fn check_url(&self, url: &str) -> Result<Url, FetchError> {
        let parsed = Url::parse(url).map_err(|e| FetchError::InvalidUrl {
            url: url.to_owned(),
            detail: e.to_string(),
        })?;
        self.check_parsed(parsed)
    }

    fn check_parsed(&self, url: Url) -> Result<Url, FetchError> {
        let allowed = match url.scheme() {
            "https" => url.host().is_some(),
            "http" => self.config.allow_plain_http_to_loopback_only && is_loopback(&url),
            _ => false,
        };
        if allowed {
            Ok(url)
        } else {
            Err(FetchError::InsecureUrl {
                url: url.to_string(),
            })
        }
    }

    /// One conditional GET of `url` for `source`, following up to [`MAX_REDIRECTS`] redirects.
    ///
    /// 304 → [`FetchOutcome::NotModified`]; 2xx → [`FetchOutcome::Fresh`] unless the body is over the cap
    /// or an HTML page; 429, other 4xx, 5xx, timeouts and transport failures → errors.
    pub async fn fetch(
        &self,
        source: SourceId,
        url: &str,
        validators: &Validators,
    ) -> Result<FetchOutcome, FetchError> {
        let url = self.check_url(url)?;
        match tokio::time::timeout(
            self.config.total_timeout,
            self.fetch_checked(source, url, validators),
        )
        .await
        {
            Ok(result) => result,
            Err(_) => Err(FetchError::Timeout { feed: source }),
        }
    }

    async fn fetch_checked(
        &self,
        source: SourceId,
        mut url: Url,
        validators: &Validators,
    ) -> Result<FetchOutcome, FetchError> {
        for _ in 0..=MAX_REDIRECTS {
            let mut request = self.client.get(url.clone()).header(ACCEPT, accept(source));
            if let Some(v) = header_value(validators.etag.as_deref()) {
                request = request.header(IF_NONE_MATCH, v);
            }
            if let Some(v) = header_value(validators.last_modified.as_deref()) {
                request = request.header(IF_MODIFIED_SINCE, v);
            }
            let response = request.send().await.map_err(|e| transport(source, &e))?;
            let status = response.status();
            if status == StatusCode::NOT_MODIFIED {
                return Ok(FetchOutcome::NotModified);
            }
            if status.is_redirection() {
                let target = response
                    .headers()
                    .get(LOCATION)
                    .and_then(|v| v.to_str().ok())
                    .ok_or(FetchError::HttpStatus {
                        feed: source,
                        status: status.as_u16(),
                    })?;
                let next = url.join(target).map_err(|e| FetchError::InvalidUrl {
                    url: target.to_owned(),
                    detail: e.to_string(),
                })?;
                url = self.check_parsed(next)?;
                continue;
            }
            if status == StatusCode::TOO_MANY_REQUESTS {
                return Err(FetchError::RateLimited {
                    feed: source,
                    retry_after: response
                        .headers()
                        .get(RETRY_AFTER)
                        .and_then(|v| v.to_str().ok())
                        .and_then(|v| parse_retry_after(v, Utc::now())),
                });
            }
            if status.is_server_error() {
                return Err(FetchError::ServerError {
                    feed: source,
                    status: status.as_u16(),
                });
            }
            if !status.is_success() {
                return Err(FetchError::HttpStatus {
                    feed: source,
                    status: status.as_u16(),
                });
            }
            let headers = response.headers();
            let content_type = header_string(headers, CONTENT_TYPE);
            let new_validators = Validators {
                etag: header_string(headers, ETAG),
                last_modified: header_string(headers, LAST_MODIFIED),
            };
            let body = self.read_capped(source, response).await?;
            if looks_like_challenge(&body, content_type.as_deref()) {
                return Err(FetchError::Challenge { feed: source });
            }
            return Ok(FetchOutcome::Fresh {
                body,
                validators: new_validators,
                content_type,
            });
        }
        Err(FetchError::TooManyRedirects {
            feed: source,
            max: MAX_REDIRECTS,
        })
    }

    /// Reads the (gzip-decoded) body, failing as soon as it passes the cap.
    async fn read_capped(
        &self,
        source: SourceId,
        mut response: reqwest::Response,
    ) -> Result<Vec<u8>, FetchError> {
        let limit = self.config.max_body_bytes;
        let too_large = FetchError::BodyTooLarge {
            feed: source,
            limit,
        };
        // A declared length over the cap fails before reading. (reqwest drops the header when it decodes gzip,
        // so this only ever sees identity bodies; the loop below is the real guard.)
        let declared = header_string(response.headers(), CONTENT_LENGTH)
            .and_then(|v| v.trim().parse::<u64>().ok());
        if declared.is_some_and(|n| n > limit) {
            return Err(too_large);
        }
        let mut body = Vec::with_capacity(
            usize::try_from(declared.unwrap_or(0).min(limit).min(1 << 20)).unwrap_or(0),
        );
        while let Some(chunk) = response.chunk().await.map_err(|e| transport(source, &e))? {
            if body.len() as u64 + chunk.len() as u64 > limit {
                return Err(too_large);
            }
            body.extend_from_slice(&chunk);
        }
        Ok(body)
    }
}

fn is_loopback(url: &Url) -> bool {
    match url.host() {
        Some(Host::Ipv4(ip)) => ip.is_loopback(),
        Some(Host::Ipv6(ip)) => ip.is_loopback(),
        Some(Host::Domain(d)) => d.eq_ignore_ascii_case("localhost"),
        None => false,
    }
}

fn accept(source: SourceId) -> &'static str {
    match source {
        SourceId::UsStateRss | SourceId::UsEmbassyAlerts => {
            "application/rss+xml, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.1"
        }
        _ => "application/json, */*;q=0.1",
    }
}

/// A stored validator that is not a valid header value (hand-edited state) is simply not sent.
fn header_value(v: Option<&str>) -> Option<HeaderValue> {
    v.and_then(|v| HeaderValue::from_str(v).ok())
}

fn header_string(headers: &HeaderMap, name: reqwest::header::HeaderName) -> Option<String> {
    headers
        .get(name)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned)
}

fn transport(source: SourceId, e: &reqwest::Error) -> FetchError {
    // The Display of a reqwest error omits its cause ("error sending request"); add the chain.
    let mut detail = e.to_string();
    let mut cause = std::error::Error::source(e);
    while let Some(c) = cause {
        detail.push_str(": ");
        detail.push_str(&c.to_string());
        cause = c.source();
    }
    if e.is_timeout() {
        FetchError::Timeout { feed: source }
    } else if e.is_connect() {
        FetchError::Connect {
            feed: source,
            detail,
        }
    } else {
        FetchError::Transport {
            feed: source,
            detail,
        }
    }
}

/// `Retry-After` as delay-seconds or an HTTP-date (a date in the past means "now").
pub fn parse_retry_after(value: &str, now: DateTime<Utc>) -> Option<Duration> {
    let value = value.trim();
    if let Ok(secs) = value.parse::<u64>() {
        return Some(Duration::from_secs(secs));
    }
    let when = DateTime::parse_from_rfc2822(value)
        .ok()?
        .with_timezone(&Utc);
    Some((when - now).to_std().unwrap_or(Duration::ZERO))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fetcher(allow_loopback: bool) -> Fetcher {
        Fetcher::new(FetchConfig {
            allow_plain_http_to_loopback_only: allow_loopback,
            ..FetchConfig::default()
        })
        .expect("client builds")
    }

    #[test]
    fn url_policy() {
        let f = fetcher(true);
        assert!(f
            .check_url("https://travel.state.gov/_res/rss/TAsTWs.xml")
            .is_ok());
        for ok in [
            "http://127.0.0.1:8080/x",
            "http://127.9.9.9/x",
            "http://[::1]:1/x",
            "http://LocalHost:3/x",
        ] {
            assert!(f.check_url(ok).is_ok(), "{ok}");
        }
        for bad in [
            "http://10.0.0.1/x",
            "http://example.com/x",
            "http://localhost.example.com/x",
            "http://[::2]/x",
            "http://0.0.0.0/x",
            "ftp://travel.state.gov/x",
            "file:///etc/passwd",
        ] {
            assert_eq!(
                f.check_url(bad).map_err(|e| e.code()),
                Err("insecure_url"),
                "{bad}"
            );
        }
        assert_eq!(
            f.check_url("not a url").map_err(|e| e.code()),
            Err("invalid_url")
        );
        let strict = fetcher(false);
        assert_eq!(
            strict
                .check_url("http://127.0.0.1:8080/x")
                .map_err(|e| e.code()),
            Err("insecure_url")
        );
        assert!(strict.check_url("https://127.0.0.1/x").is_ok());
    }

    #[test]
    fn retry_after_forms() {
        let now: DateTime<Utc> = "2026-10-08T12:00:00Z".parse().expect("literal");
        assert_eq!(
            parse_retry_after(" 120 ", now),
            Some(Duration::from_secs(120))
        );
        assert_eq!(
            parse_retry_after("Thu, 08 Oct 2026 12:01:30 GMT", now),
            Some(Duration::from_secs(90))
        );
        assert_eq!(
            parse_retry_after("Thu, 08 Oct 2026 11:00:00 GMT", now),
            Some(Duration::ZERO)
        );
        assert_eq!(parse_retry_after("soon", now), None);
        assert_eq!(parse_retry_after("-5", now), None);
    }

    #[test]
    fn user_agent_names_the_app() {
        assert!(DEFAULT_USER_AGENT.starts_with("Lifeboat/0."));
        assert_eq!(
            user_agent("1.2.3"),
            "Lifeboat/1.2.3 (advisory watch; desktop app)"
        );
    }
}
