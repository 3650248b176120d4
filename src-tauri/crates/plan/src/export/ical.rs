//! Document expiry reminders as iCalendar (RFC 5545): all-day events 6, 3 and 1 months before each expiry and on
//! the day itself. Month offsets cannot be alarms (RFC 5545 durations have no months), so each is its own event.
//! Document numbers are left out: calendars are often synced to servers the user does not control.

use chrono::{DateTime, Months, NaiveDate, Utc};
use lifeboat_i18n::t;

use crate::export::text::{escape, push_line};
use crate::model::Plan;

pub const REMINDER_MONTHS: [u32; 3] = [6, 3, 1];

fn event(
    out: &mut String,
    uid: &str,
    stamp: &str,
    day: NaiveDate,
    summary: &str,
    description: &str,
) {
    push_line(out, "BEGIN:VEVENT");
    push_line(out, &format!("UID:{uid}"));
    push_line(out, &format!("DTSTAMP:{stamp}"));
    push_line(out, &format!("DTSTART;VALUE=DATE:{}", day.format("%Y%m%d")));
    if let Some(next) = day.succ_opt() {
        push_line(out, &format!("DTEND;VALUE=DATE:{}", next.format("%Y%m%d")));
    }
    push_line(out, &format!("SUMMARY:{}", escape(summary)));
    push_line(out, &format!("DESCRIPTION:{}", escape(description)));
    push_line(out, "TRANSP:TRANSPARENT");
    push_line(out, "BEGIN:VALARM");
    push_line(out, "ACTION:DISPLAY");
    push_line(out, &format!("DESCRIPTION:{}", escape(summary)));
    // 09:00 on the day of an all-day event.
    push_line(out, "TRIGGER:PT9H");
    push_line(out, "END:VALARM");
    push_line(out, "END:VEVENT");
}

/// Reminders that still lie ahead of `today`, written in `locale`; `now` stamps the events.
pub fn expiry_reminders(plan: &Plan, today: NaiveDate, now: DateTime<Utc>, locale: &str) -> String {
    let stamp = now.format("%Y%m%dT%H%M%SZ").to_string();
    let mut out = String::new();
    push_line(&mut out, "BEGIN:VCALENDAR");
    push_line(&mut out, "VERSION:2.0");
    push_line(&mut out, "PRODID:-//Lifeboat//Departure plan//EN");
    push_line(&mut out, "CALSCALE:GREGORIAN");
    push_line(
        &mut out,
        &format!(
            "X-WR-CALNAME:{}",
            escape(&t!(locale, "plan-ical-calendar-name"))
        ),
    );
    for d in &plan.documents {
        let Some(expires) = d.expires else { continue };
        let label = match plan.holder_name(&d.holder_id) {
            Some(_) => d.label_with_holder(plan, locale),
            None => d.name(locale),
        };
        let date = expires.to_string();
        let description = match d.original_location.trim() {
            "" => t!(
                locale,
                "plan-ical-description",
                document = label.as_str(),
                date = date.as_str()
            ),
            place => t!(
                locale,
                "plan-ical-description-original",
                document = label.as_str(),
                date = date.as_str(),
                place = place
            ),
        };
        for months in REMINDER_MONTHS {
            let Some(day) = expires.checked_sub_months(Months::new(months)) else {
                continue;
            };
            if day < today {
                continue;
            }
            let summary = t!(
                locale,
                "plan-ical-expires-in",
                document = label.as_str(),
                months = months,
                date = date.as_str()
            );
            event(
                &mut out,
                &format!("{}-{months}m@lifeboat", d.id),
                &stamp,
                day,
                &summary,
                &description,
            );
        }
        if expires >= today {
            let summary = t!(locale, "plan-ical-expires-today", document = label.as_str());
            event(
                &mut out,
                &format!("{}-expiry@lifeboat", d.id),
                &stamp,
                expires,
                &summary,
                &description,
            );
        }
    }
    push_line(&mut out, "END:VCALENDAR");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::documents::Document;

    fn plan_with_passport(expires: NaiveDate) -> Plan {
        let mut plan = Plan::default();
        plan.profile.name = "Sara".into();
        plan.documents.push(Document {
            id: "pp".into(),
            holder_id: "self".into(),
            number: "X1234567".into(),
            expires: Some(expires),
            original_location: "safe, bedroom".into(),
            ..Document::default()
        });
        plan
    }

    fn now() -> DateTime<Utc> {
        DateTime::parse_from_rfc3339("2026-11-25T10:00:00Z")
            .expect("valid")
            .with_timezone(&Utc)
    }

    #[test]
    fn reminders_fall_6_3_and_1_months_before_and_on_the_day() {
        let ics = expiry_reminders(
            &plan_with_passport(NaiveDate::from_ymd_opt(2027, 8, 31).expect("date")),
            NaiveDate::from_ymd_opt(2026, 11, 25).expect("date"),
            now(),
            "en",
        );
        let starts: Vec<&str> = ics
            .split("\r\n")
            .filter(|l| l.starts_with("DTSTART"))
            .collect();
        // 31 August minus months clamps to the end of shorter months.
        assert_eq!(
            starts,
            vec![
                "DTSTART;VALUE=DATE:20270228",
                "DTSTART;VALUE=DATE:20270531",
                "DTSTART;VALUE=DATE:20270731",
                "DTSTART;VALUE=DATE:20270831",
            ]
        );
        let unfolded = ics
            .replace("\r\n ", "")
            .replace(['\u{2068}', '\u{2069}'], "");
        assert!(unfolded.contains("SUMMARY:Passport of Sara expires in 6 months (2027-08-31)"));
        assert!(unfolded.contains("X-WR-CALNAME:Lifeboat document expiries"));
        assert!(ics.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        assert!(ics.ends_with("END:VCALENDAR\r\n"));
    }

    #[test]
    fn past_reminders_are_skipped_and_numbers_never_leave_the_plan() {
        let ics = expiry_reminders(
            &plan_with_passport(NaiveDate::from_ymd_opt(2027, 1, 10).expect("date")),
            NaiveDate::from_ymd_opt(2026, 11, 25).expect("date"),
            now(),
            "en",
        );
        assert_eq!(ics.matches("BEGIN:VEVENT").count(), 2, "{ics}");
        assert!(!ics.contains("X1234567"));
    }
}
