//! A U.S. embassy's security alerts: the WordPress RSS 2.0 feed at `https://<host>/category/alert/feed/`.
//!
//! The channel's `<link>` host says whose feed it is, through [`crate::embassies`] (an unknown host is an error,
//! never a guess). Per `<item>`: `guid` (the identity: embassies reuse titles such as "Security Alert – U.S.
//! Embassy …" for unrelated alerts, so a title never is one), `title`, `pubDate` (RFC 2822 with its zone),
//! `link`, and the body in `content:encoded` (WordPress's full text; `description` is its excerpt and the
//! fallback).
//!
//! Never an empty success: empty bytes, an HTML page served with 200, malformed XML, a document that is not
//! RSS, and a channel without items are errors, so a failure never reads as "no new alerts".

use chrono::{DateTime, FixedOffset, Utc};
use serde::{Deserialize, Serialize};

use crate::embassies;
use crate::error::AdvisoryError;
use crate::model::{SkipReason, Skipped, TimePrecision};
use crate::payload_checks::looks_like_challenge;
use crate::priority::{self, Priority};
use crate::source_id::SourceId;
use crate::sources::{rss, shape};
use crate::{summary_policy, time, wording};

const SOURCE: SourceId = SourceId::UsEmbassyAlerts;

/// One embassy's alert feed, parsed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AlertFeed {
    /// ISO 3166-1 alpha-2 of the embassy's country, from the channel link's host.
    pub country: String,
    /// The embassy website's host (`ir.usembassy.gov`).
    pub host: String,
    /// The channel's title ("Alert – U.S. Virtual Embassy Iran"), decoded.
    pub title: String,
    /// In feed order (WordPress: newest first).
    pub alerts: Vec<EmbassyAlert>,
    /// Items that could not be kept (no `guid`), with the reason.
    pub skipped: Vec<Skipped>,
}

/// One alert.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EmbassyAlert {
    /// The item's `guid` as published: the alert's identity.
    pub guid: String,
    pub title: String,
    /// `pubDate` with the zone it was published in.
    pub published: Option<DateTime<FixedOffset>>,
    pub time_precision: TimePrecision,
    /// The alert's page: https, on the embassy's own host or another official U.S. government host; `None`
    /// otherwise.
    pub url: Option<String>,
    /// The body as plain text ([`wording::plain_text`]).
    pub text: String,
    /// The body sanitised with the one allow-list ([`summary_policy`]), relative links resolved against the
    /// embassy's site.
    pub html: String,
    /// The text tells people to leave ([`wording::says_leave_now`]).
    pub leave_now: bool,
    pub priority: Priority,
    /// Why that priority, in the rule's words.
    pub reason: String,
    /// The rule's code ([`crate::priority::Rule`]), worded by the UI in its language.
    pub reason_code: crate::priority::Rule,
}

impl EmbassyAlert {
    /// `published` in UTC, as the watch stores times.
    pub fn published_utc(&self) -> Option<DateTime<Utc>> {
        self.published.map(|d| d.with_timezone(&Utc))
    }
}

/// The host of an absolute URL, lower case.
fn host_of(url: &str) -> Option<String> {
    let parsed = url::Url::parse(url.trim()).ok()?;
    parsed.host_str().map(str::to_ascii_lowercase)
}

/// A link worth opening: https, on the embassy's host or an official U.S. government host.
fn official_link(link: &str, host: &str) -> Option<String> {
    let parsed = url::Url::parse(link.trim()).ok()?;
    let link_host = parsed.host_str()?.to_ascii_lowercase();
    (parsed.scheme() == "https"
        && (link_host == host || embassies::is_us_government_host(&link_host)))
    .then(|| parsed.to_string())
}

/// Parses one embassy alert feed.
pub fn parse(bytes: &[u8]) -> Result<AlertFeed, AdvisoryError> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(AdvisoryError::Empty { feed: SOURCE });
    }
    if looks_like_challenge(bytes, None) {
        return Err(AdvisoryError::ChallengePage { feed: SOURCE });
    }
    let channel = rss::read(SOURCE, bytes)?;
    let link = channel
        .link
        .ok_or_else(|| shape(SOURCE, "the channel has no <link>"))?;
    let host = host_of(&link).ok_or_else(|| shape(SOURCE, format!("channel link {link:?}")))?;
    let country =
        embassies::country_of_host(&host).ok_or_else(|| AdvisoryError::UnknownEmbassy {
            feed: SOURCE,
            host: host.clone(),
        })?;
    if channel.items.is_empty() {
        return Err(AdvisoryError::NoAdvisories { feed: SOURCE });
    }
    let origin = embassies::origin(&host);
    let mut alerts = Vec::with_capacity(channel.items.len());
    let mut skipped = Vec::new();
    for it in channel.items {
        let title = wording::decode_entities(&it.title);
        if it.guid.is_empty() {
            skipped.push(Skipped {
                raw: title,
                reason: SkipReason::NoIdentity,
            });
            continue;
        }
        let body = if it.content.trim().is_empty() {
            &it.description
        } else {
            &it.content
        };
        let text = wording::plain_text(body);
        let assessment = priority::assess(&title, &text);
        let date = time::rss_date(&it.pub_date);
        alerts.push(EmbassyAlert {
            guid: it.guid,
            published: DateTime::parse_from_rfc2822(it.pub_date.trim())
                .ok()
                .or_else(|| date.map(|(d, _)| d.fixed_offset())),
            time_precision: match date {
                Some((_, true)) => TimePrecision::DateOnlyMidnightUtc,
                _ => TimePrecision::Exact,
            },
            url: official_link(&it.link, &host),
            html: summary_policy::sanitize(body, &origin),
            leave_now: wording::says_leave_now(&text) || wording::says_leave_now(&title),
            priority: assessment.priority,
            reason: assessment.reason,
            reason_code: assessment.rule,
            text,
            title,
        });
    }
    if alerts.is_empty() {
        return Err(AdvisoryError::NoAdvisories { feed: SOURCE });
    }
    Ok(AlertFeed {
        country: country.to_owned(),
        host,
        title: wording::decode_entities(channel.title.as_deref().unwrap_or_default()),
        alerts,
        skipped,
    })
}
