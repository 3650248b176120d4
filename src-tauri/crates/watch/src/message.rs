//! The text of a notification: what changed, in the government's own words, and what the watch suggests, with
//! the user's plan for that phase only when the plan holds one. Written in the plan's language at the time it is
//! sent (the watch's context is renewed at every save), the government's own words quoted as they are.

use lifeboat_advisory::{Change, Priority, SourceId, Update};
use lifeboat_i18n::t;
use lifeboat_plan::phases::Phase;
use lifeboat_plan::watchlist::PhaseSuggestion;

use crate::context::{country_name_in, government_of, WatchContext};
use crate::links;
use lifeboat_i18n::plain_for as plain;

/// A notification as the notifier shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Alert {
    pub summary: String,
    pub body: String,
    /// The level rose or the government now tells people to leave.
    pub critical: bool,
    /// Opened in the Advisories section when the user clicks the notification.
    pub country: String,
    /// The official page its "Open" action opens (https, a government's own site: [`crate::links`]).
    pub url: Option<String>,
    /// The language it is written in; its buttons are worded in it too.
    pub locale: &'static str,
}

/// Longest first sentence a notification carries; the timeline has the rest.
const SENTENCE_CHARS: usize = 240;

/// Words that end in a full stop without ending the sentence ("U.S. citizens", "Mr. Smith").
fn is_abbreviation(word: &str) -> bool {
    let bare = word.trim_start_matches(['(', '"', '“', '\'']);
    let stem = bare.trim_end_matches('.');
    stem.contains('.')
        || (stem.chars().count() == 1 && stem.chars().all(char::is_alphabetic))
        || matches!(
            stem.to_ascii_lowercase().as_str(),
            "mr" | "mrs" | "ms" | "dr" | "st" | "no" | "approx" | "etc" | "e.g" | "i.e" | "vs"
        )
}

/// The first sentence of a plain text, cut at a word with "…" past [`SENTENCE_CHARS`]. Embassy alerts open with
/// "Location: Iran Event: …": the event is the sentence worth reading, so a leading location label is skipped.
pub fn first_sentence(text: &str) -> String {
    let text = text.trim_start();
    let text = match text.strip_prefix("Location:") {
        Some(rest) => rest.split_once("Event:").map_or(text, |(_, event)| event),
        None => text,
    };
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut out = String::new();
    for (i, word) in words.iter().enumerate() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
        let ends = word.ends_with(['.', '!', '?']) && !is_abbreviation(word);
        let next_starts = words
            .get(i + 1)
            .is_none_or(|n| n.chars().next().is_some_and(|c| !c.is_lowercase()));
        if ends && next_starts {
            break;
        }
    }
    if out.chars().count() <= SENTENCE_CHARS {
        return out;
    }
    let cut: String = out.chars().take(SENTENCE_CHARS).collect();
    let at = cut.rfind(' ').unwrap_or(cut.len());
    format!("{}…", cut[..at].trim_end_matches([',', ';', ':']))
}

/// Who published an update, as the notification names them: the embassy for its alerts, else the government.
fn publisher(source: SourceId, locale: &str) -> String {
    match source {
        SourceId::UsEmbassyAlerts => t!(locale, "watch-publisher-us-embassy"),
        other => government_of(other).label(locale),
    }
}

/// A new alert or advisory update: "Iran — U.S. Embassy: Security Alert – …" with the first sentence of its
/// text, and when it is high priority, critical with the watch's suggestion. `None` for a low-priority one: those
/// are history only.
pub fn update_alert(
    update: &Update,
    ctx: &WatchContext,
    suggestion: Option<&PhaseSuggestion>,
) -> Option<Alert> {
    if update.priority == Priority::Low {
        return None;
    }
    let locale = ctx.locale();
    let critical = update.priority == Priority::High;
    let mut lines: Vec<String> = vec![first_sentence(&update.text)];
    if critical {
        lines.extend(plan_line(ctx, &update.country, suggestion));
    }
    lines.retain(|l| !l.is_empty());
    let summary = t!(
        locale,
        "watch-update",
        country = country_name_in(&update.country, locale),
        publisher = publisher(update.source, locale),
        title = update.title.trim(),
    );
    Some(Alert {
        summary: plain(locale, summary),
        body: plain(locale, lines.join("\n")),
        critical,
        country: update.country.clone(),
        url: links::official(update.url.as_deref()),
        locale,
    })
}

/// "Level 4: Do Not Travel" → "Do Not Travel": the number is already in the summary.
fn wording(native: &str) -> &str {
    let t = native.trim();
    let lower = t.to_ascii_lowercase();
    if lower.starts_with("level ") {
        if let Some((_, rest)) = t.split_once(':') {
            let rest = rest.trim();
            if !rest.is_empty() {
                return rest;
            }
        }
    }
    t
}

/// The notification's closing line about `country`, from the watch's one suggestion (the dashboard and the tray
/// show the same): "Suggested: Leave now (Canada: Iraq at level 4). Open Lifeboat to decide.", with "Your plan:
/// …" instead of the last sentence when the plan holds a route or instructions for that phase and the user lets
/// plan text into notifications. A suggestion about another country is not repeated here; with none, a plan
/// already above normal is quoted as it stands (again only what the user wrote). In the context's language.
pub fn plan_line(
    ctx: &WatchContext,
    country: &str,
    suggestion: Option<&PhaseSuggestion>,
) -> Option<String> {
    let locale = ctx.locale();
    let quote = |phase: Phase| {
        ctx.plan_in_notifications
            .then(|| ctx.instructions.get(&phase))
            .flatten()
    };
    let line = match suggestion.filter(|s| s.country == country) {
        Some(s) => {
            let phase = s.phase.label(locale);
            let reason = s.reason(locale);
            Some(match quote(s.phase) {
                Some(plan) => t!(
                    locale,
                    "watch-suggested-with-plan",
                    phase = phase,
                    reason = reason,
                    plan = plan.as_str(),
                ),
                None => t!(locale, "watch-suggested", phase = phase, reason = reason),
            })
        }
        None if ctx.phases.current != Phase::Normal => quote(ctx.phases.current)
            .map(|plan| t!(locale, "watch-your-plan", plan = plan.as_str())),
        None => None,
    };
    line.map(|l| plain(locale, l))
}

pub fn alert_for(
    change: &Change,
    ctx: &WatchContext,
    suggestion: Option<&PhaseSuggestion>,
) -> Alert {
    let locale = ctx.locale();
    let country = country_name_in(&change.country, locale);
    let government = government_of(change.source).label(locale);
    let (to, from) = (change.to.get(), change.from.get());
    let words = wording(&change.native_label);
    let summary = if to == from && change.leave_now_added {
        t!(
            locale,
            "watch-leave-now-added",
            country = country,
            government = government,
            level = to,
            wording = words,
        )
    } else {
        t!(
            locale,
            "watch-level-changed",
            country = country,
            government = government,
            level = to,
            wording = words,
            from = from,
        )
    };
    let mut lines = Vec::new();
    if change.leave_now_added && to != from {
        lines.push(t!(locale, "watch-leave-now-body"));
    }
    if let Some(parts) = change.regional_max.filter(|r| r.get() > to) {
        lines.push(t!(locale, "watch-regional-level", level = parts.get()));
    }
    lines.extend(plan_line(ctx, &change.country, suggestion));
    Alert {
        summary: plain(locale, summary),
        body: plain(locale, lines.join("\n")),
        critical: change.rose || change.leave_now_added,
        country: change.country.clone(),
        url: links::official(change.url.as_deref()),
        locale,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use lifeboat_advisory::{Level, SourceId};
    use lifeboat_plan::routes::{Leg, Route};
    use lifeboat_plan::settings::Government;
    use lifeboat_plan::watchlist::{suggest_phase, CountryLevel};
    use lifeboat_plan::Plan;

    fn change(from: u8, to: u8, native: &str) -> Change {
        let level = |n| Level::new(n).expect("1..=4");
        Change {
            source: SourceId::UsStateJson,
            country: "IR".into(),
            from: level(from),
            to: level(to),
            rose: to > from,
            leave_now_added: false,
            leave_now: false,
            native_label: native.into(),
            regional_max: None,
            updated: None,
            url: None,
        }
    }

    fn tehran_plan() -> Plan {
        let mut plan = Plan::default();
        plan.profile.residence_country = "IR".into();
        plan.routes = vec![Route {
            id: "a".into(),
            name: "Plan A".into(),
            legs: vec![Leg {
                from: "IKA".into(),
                from_country: "IR".into(),
                to: "IST".into(),
                to_country: "TR".into(),
                ..Leg::default()
            }],
            ..Route::default()
        }];
        plan
    }

    /// The watch's one suggestion with the US at `level` for Iran.
    fn suggested(ctx: &WatchContext, level: u8) -> Option<PhaseSuggestion> {
        let levels = [CountryLevel {
            country: "IR",
            government: Government::Us,
            level,
        }];
        suggest_phase(&ctx.phases, &levels, &[])
    }

    #[test]
    fn a_rise_to_level_4_suggests_leaving_without_quoting_a_plan_the_user_never_wrote() {
        // The plan has a route but no "leave now" plan: the notification suggests and names why, nothing more.
        let ctx = WatchContext::from_plan(&tehran_plan());
        let s = suggested(&ctx, 4);
        let alert = alert_for(&change(3, 4, "Level 4: Do Not Travel"), &ctx, s.as_ref());
        assert_eq!(alert.summary, "Iran — US: Level 4, Do Not Travel (was 3)");
        assert_eq!(
            alert.body,
            "Suggested: Leave now (US: Iran at level 4). Open Lifeboat to decide."
        );
        assert!(!alert.body.contains("Your plan"));
        assert!(alert.critical);
        assert_eq!(alert.country, "IR");
    }

    #[test]
    fn the_plan_is_quoted_for_the_suggested_phase_when_the_user_wrote_one_and_allows_it() {
        let mut plan = tehran_plan();
        plan.phases.plans.leave_now.route_id = Some("a".into());
        plan.settings.watch.plan_in_notifications = true;
        let ctx = WatchContext::from_plan(&plan);
        let s = suggested(&ctx, 4);
        let alert = alert_for(&change(3, 4, "Level 4: Do Not Travel"), &ctx, s.as_ref());
        assert_eq!(
            alert.body,
            "Suggested: Leave now (US: Iran at level 4). Your plan: Leave now — Route A (Plan A): IKA → IST"
        );

        plan.settings.watch.plan_in_notifications = false;
        let private = WatchContext::from_plan(&plan);
        let alert = alert_for(
            &change(3, 4, "Level 4: Do Not Travel"),
            &private,
            s.as_ref(),
        );
        assert!(!alert.body.contains("IKA"), "{}", alert.body);
        assert!(alert.body.ends_with("Open Lifeboat to decide."));
    }

    #[test]
    fn a_fall_is_not_critical_and_suggests_nothing() {
        let ctx = WatchContext::from_plan(&tehran_plan());
        let down = alert_for(
            &change(4, 2, "Level 2: Exercise Increased Caution"),
            &ctx,
            suggested(&ctx, 2).as_ref(),
        );
        assert_eq!(
            down.summary,
            "Iran — US: Level 2, Exercise Increased Caution (was 4)"
        );
        assert!(!down.critical);
        assert_eq!(down.body, "");
    }

    #[test]
    fn a_suggestion_about_another_country_is_not_repeated_under_this_one() {
        let ctx = WatchContext::from_plan(&tehran_plan());
        let iraq = suggest_phase(
            &ctx.phases,
            &[CountryLevel {
                country: "IQ",
                government: Government::Ca,
                level: 4,
            }],
            &[],
        );
        assert_eq!(plan_line(&ctx, "IR", iraq.as_ref()), None);
        assert_eq!(
            plan_line(&ctx, "IQ", iraq.as_ref()).as_deref(),
            Some("Suggested: Leave now (Canada: Iraq at level 4). Open Lifeboat to decide.")
        );
    }

    #[test]
    fn leave_now_wording_at_the_same_level_is_its_own_critical_alert() {
        let mut c = change(4, 4, "Advise against all travel");
        c.source = SourceId::UkFcdo;
        c.leave_now_added = true;
        c.leave_now = true;
        let ctx = WatchContext::from_plan(&tehran_plan());
        let alert = alert_for(&c, &ctx, None);
        assert_eq!(
            alert.summary,
            "Iran — UK: leave now (Level 4, Advise against all travel)"
        );
        assert!(alert.critical);
    }

    fn update(source: SourceId, priority: Priority, title: &str, text: &str) -> Update {
        Update {
            source,
            country: "IR".into(),
            id: "https://ir.usembassy.gov/?p=4123".into(),
            title: title.into(),
            text: text.into(),
            published: None,
            url: Some("https://ir.usembassy.gov/security-alert/".into()),
            leave_now: priority == Priority::High,
            priority,
            reason: "tells people to leave".into(),
            reason_code: Some(lifeboat_advisory::Rule::LeaveNow),
            level: None,
        }
    }

    #[test]
    fn an_embassy_alert_names_the_embassy_its_title_and_first_sentence_and_is_critical_when_high() {
        let ctx = WatchContext::from_plan(&tehran_plan());
        let u = update(
            SourceId::UsEmbassyAlerts,
            Priority::High,
            "Security Alert – U.S. Virtual Embassy Iran",
            "Location: Iran Event: Leave Iran now. U.S. citizens should make departure plans.",
        );
        let s = suggested(&ctx, 4);
        let alert = update_alert(&u, &ctx, s.as_ref()).expect("notified");
        assert_eq!(
            alert.summary,
            "Iran — U.S. Embassy: Security Alert – U.S. Virtual Embassy Iran"
        );
        assert_eq!(
            alert.body,
            "Leave Iran now.\nSuggested: Leave now (US: Iran at level 4). Open Lifeboat to decide."
        );
        assert!(alert.critical);
        assert_eq!(
            alert.url.as_deref(),
            Some("https://ir.usembassy.gov/security-alert/")
        );
    }

    #[test]
    fn an_advisory_update_names_the_government_and_its_note_and_a_low_one_is_not_notified() {
        let ctx = WatchContext::from_plan(&tehran_plan());
        let mut u = update(
            SourceId::UkFcdo,
            Priority::Normal,
            "Updated information on flights.",
            "Some airlines have resumed flights from Tehran. Check with your airline.",
        );
        u.url = Some("http://www.gov.uk/foreign-travel-advice/iran".into());
        let alert = update_alert(&u, &ctx, suggested(&ctx, 4).as_ref()).expect("notified");
        assert_eq!(alert.summary, "Iran — UK: Updated information on flights.");
        assert_eq!(
            alert.body, "Some airlines have resumed flights from Tehran.",
            "normal priority: no suggestion line"
        );
        assert!(!alert.critical);
        assert_eq!(alert.url, None, "only https pages open");
        u.priority = Priority::Low;
        assert_eq!(update_alert(&u, &ctx, None), None);
    }

    const FSI: char = '\u{2068}';
    const PDI: char = '\u{2069}';

    /// `value` as Fluent inserts it into a sentence: between bidi isolation marks.
    fn isolated(value: &str) -> String {
        format!("{FSI}{value}{PDI}")
    }

    #[test]
    fn in_persian_a_rise_is_a_persian_sentence_with_the_names_and_levels_isolated() {
        let mut plan = tehran_plan();
        plan.settings.language = Some("fa".into());
        let ctx = WatchContext::from_plan(&plan);
        let s = suggested(&ctx, 4);
        let alert = alert_for(&change(3, 4, "Level 4: Do Not Travel"), &ctx, s.as_ref());
        assert_eq!(alert.locale, "fa");
        // The country's and the government's names (both in Persian), the level numbers (in Persian digits, as
        // the app writes them) and the government's own English wording each keep their isolation marks, so they
        // read whole and in place inside the right-to-left sentence.
        assert_eq!(
            alert.summary,
            format!(
                "{} — {}: سطح {}، {} (قبلاً {})",
                isolated("ایران"),
                isolated("آمریکا"),
                isolated("۴"),
                isolated("Do Not Travel"),
                isolated("۳"),
            )
        );
        assert!(alert.body.starts_with("پیشنهاد: "), "{}", alert.body);
        assert!(
            alert.body.contains(&isolated("همین حالا بروید")),
            "the phase, in Persian: {}",
            alert.body
        );
        assert!(
            alert.body.contains(&isolated("ایران")) && alert.body.contains(&isolated("۴")),
            "the reason names the country, in Persian, and the level: {}",
            alert.body
        );
        assert!(
            alert.body.ends_with("برای تصمیم‌گیری Lifeboat را باز کنید."),
            "{}",
            alert.body
        );
        assert!(alert.critical);
    }

    #[test]
    fn in_persian_an_embassy_alert_names_the_embassy_in_persian_and_quotes_the_alert_as_written() {
        let mut plan = tehran_plan();
        plan.settings.language = Some("fa".into());
        let ctx = WatchContext::from_plan(&plan);
        let u = update(
            SourceId::UsEmbassyAlerts,
            Priority::High,
            "Security Alert – U.S. Virtual Embassy Iran",
            "Location: Iran Event: Leave Iran now. U.S. citizens should make departure plans.",
        );
        let alert = update_alert(&u, &ctx, suggested(&ctx, 4).as_ref()).expect("notified");
        assert_eq!(
            alert.summary,
            format!(
                "{} — {}: {}",
                isolated("ایران"),
                isolated("سفارت ایالات متحده"),
                isolated("Security Alert – U.S. Virtual Embassy Iran"),
            )
        );
        let mut lines = alert.body.lines();
        assert_eq!(
            lines.next(),
            Some("Leave Iran now."),
            "the alert's own words"
        );
        assert!(lines.next().is_some_and(|l| l.starts_with("پیشنهاد: ")));
    }

    #[test]
    fn a_notification_names_the_country_in_the_plans_language() {
        for (locale, iran, turkiye) in [
            ("en", "Iran", "Türkiye"),
            ("fa", "ایران", "ترکیه"),
            ("ar", "إيران", "تركيا"),
            ("fr", "Iran", "Turquie"),
            ("de", "Iran", "Türkei"),
            ("es", "Irán", "Turquía"),
            ("ru", "Иран", "Турция"),
            ("tr", "İran", "Türkiye"),
        ] {
            let mut plan = tehran_plan();
            plan.settings.language = Some(locale.into());
            let ctx = WatchContext::from_plan(&plan);
            let bare = |s: String| s.replace([FSI, PDI], "");
            let rise = bare(alert_for(&change(3, 4, "Level 4: Do Not Travel"), &ctx, None).summary);
            assert!(rise.starts_with(&format!("{iran} — ")), "{locale}: {rise}");
            let mut u = update(
                SourceId::UkFcdo,
                Priority::Normal,
                "Updated.",
                "Flights resumed.",
            );
            u.country = "TR".into();
            let update = bare(update_alert(&u, &ctx, None).expect("notified").summary);
            assert!(
                update.starts_with(&format!("{turkiye} — ")),
                "{locale}: {update}"
            );
        }
    }

    #[test]
    fn the_same_rise_in_english_reads_without_isolation_marks() {
        let ctx = WatchContext::from_plan(&tehran_plan());
        let alert = alert_for(&change(3, 4, "Level 4: Do Not Travel"), &ctx, None);
        assert_eq!(alert.locale, "en");
        assert!(
            !alert.summary.contains([FSI, PDI]),
            "plain text for the notification server: {:?}",
            alert.summary
        );
    }

    #[test]
    fn the_first_sentence_does_not_stop_at_abbreviations_and_is_cut_when_long() {
        assert_eq!(
            first_sentence("The U.S. Embassy urges U.S. citizens to depart. Flights are full."),
            "The U.S. Embassy urges U.S. citizens to depart."
        );
        let long = "word ".repeat(100);
        let cut = first_sentence(&long);
        assert!(
            cut.ends_with('…') && cut.chars().count() <= SENTENCE_CHARS + 1,
            "{cut}"
        );
    }
}
