//! The text of a notification: what changed, in the government's own words, and what the user's plan says to do.

use lifeboat_advisory::Change;
use lifeboat_plan::phases::Phase;
use lifeboat_plan::watchlist::phase_for_level;

use crate::context::{country_name, government_of, WatchContext};

/// A notification as the notifier shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Alert {
    pub summary: String,
    pub body: String,
    /// The level rose or the government now tells people to leave.
    pub critical: bool,
    /// Opened in the Advisories section when the user clicks the notification.
    pub country: String,
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

pub fn alert_for(change: &Change, ctx: &WatchContext) -> Alert {
    let name = country_name(&change.country);
    let government = government_of(change.source);
    let (to, from) = (change.to.get(), change.from.get());
    let words = wording(&change.native_label);
    let summary = if to == from && change.leave_now_added {
        format!(
            "{name} — {}: leave now (Level {to}, {words})",
            government.short_name()
        )
    } else {
        format!(
            "{name} — {}: Level {to}, {words} (was {from})",
            government.short_name()
        )
    };
    let mut lines = Vec::new();
    if change.leave_now_added && to != from {
        lines.push("The government now tells its citizens there to leave.".to_owned());
    }
    if let Some(parts) = change.regional_max.filter(|r| r.get() > to) {
        lines.push(format!("Parts of the country: Level {}.", parts.get()));
    }
    let phase = phase_for_level(&ctx.phases, &change.country, government, to);
    if ctx.plan_in_notifications {
        if phase != Phase::Normal {
            if let Some(text) = ctx.instructions.get(&phase) {
                lines.push(format!("Your plan: {text}"));
            }
        }
    } else if phase != Phase::Normal {
        lines.push("Open Lifeboat to see what your plan says.".to_owned());
    }
    Alert {
        summary,
        body: lines.join("\n"),
        critical: change.rose || change.leave_now_added,
        country: change.country.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use lifeboat_advisory::{Level, SourceId};
    use lifeboat_plan::routes::{Leg, Route};
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

    fn tehran() -> WatchContext {
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
        WatchContext::from_plan(&plan)
    }

    #[test]
    fn a_rise_to_level_4_names_the_government_the_old_level_and_the_plans_route() {
        let alert = alert_for(&change(3, 4, "Level 4: Do Not Travel"), &tehran());
        assert_eq!(alert.summary, "Iran — US: Level 4, Do Not Travel (was 3)");
        assert_eq!(
            alert.body,
            "Your plan: Leave now — Route A (Plan A): IKA → IST"
        );
        assert!(alert.critical);
        assert_eq!(alert.country, "IR");
    }

    #[test]
    fn a_fall_is_not_critical_and_a_private_user_gets_no_plan_text() {
        let mut ctx = tehran();
        ctx.plan_in_notifications = false;
        let down = alert_for(&change(4, 3, "Level 3: Reconsider Travel"), &ctx);
        assert_eq!(
            down.summary,
            "Iran — US: Level 3, Reconsider Travel (was 4)"
        );
        assert!(!down.critical);
        assert_eq!(down.body, "Open Lifeboat to see what your plan says.");
        assert!(!down.body.contains("IKA"));
    }

    #[test]
    fn leave_now_wording_at_the_same_level_is_its_own_critical_alert() {
        let mut c = change(4, 4, "Advise against all travel");
        c.source = SourceId::UkFcdo;
        c.leave_now_added = true;
        c.leave_now = true;
        let alert = alert_for(&c, &tehran());
        assert_eq!(
            alert.summary,
            "Iran — UK: leave now (Level 4, Advise against all travel)"
        );
        assert!(alert.critical);
    }
}
