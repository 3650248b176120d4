//! How ready the plan is to be used tomorrow: findings with a severity and the field that fixes each.
//!
//! Computed in Rust (not the UI) so the dashboard, the PDF and any later reminder agree on the same rules.

use chrono::{Months, NaiveDate};
use lifeboat_i18n::{format_date, t};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::contacts::ContactRole;
use crate::countries::name_in;
use crate::documents::DocumentKind;
use crate::missions::Help;
use crate::model::Plan;
use crate::routes::RouteStatus;
use crate::validate::{FieldRef, Section};

/// Many countries refuse entry on a passport with less than six months left.
pub const EXPIRY_WARNING_MONTHS: u32 = 6;
/// A route nobody has checked for this long may have changed (closed crossing, new visa rule).
pub const ROUTE_STALE_DAYS: i64 = 90;
/// Embassy data this old may name a closed office or a changed number.
pub const DIRECTORY_STALE_DAYS: i64 = 90;

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, TS, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    Info,
    Warning,
    Critical,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Rule {
    DocumentExpiringSoon,
    DocumentExpired,
    DocumentWithoutCopy,
    NoAlternateRoute,
    NoContactOutsideCountry,
    RouteNotVerified,
    /// A household member's nationality has nobody known to help in their country of residence: no mission in
    /// the directory, no protecting power in the table, no such contact in the plan.
    NoMissionKnown,
    /// The directory knows who helps that nationality there, but the plan's contacts do not hold it yet.
    MissionNotInContacts,
    /// The directory's data for a nationality and country was fetched more than 90 days ago.
    DirectoryStale,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, JsonSchema)]
pub struct Finding {
    pub rule: Rule,
    pub severity: Severity,
    /// In the language `assess` was given (the plan's, so the UI's once unlocked).
    pub message: String,
    /// The field to open to fix it.
    pub fix: FieldRef,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, JsonSchema)]
pub struct ChecklistProgress {
    pub checklist_id: String,
    pub title: String,
    pub done: u32,
    pub total: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, JsonSchema)]
pub struct Readiness {
    /// The day the rules were evaluated against.
    pub as_of: NaiveDate,
    /// Most severe first.
    pub findings: Vec<Finding>,
    pub checklists: Vec<ChecklistProgress>,
}

/// The plan's findings as of `today`, their messages written in `locale` (a shipped code or anything
/// `lifeboat_i18n::negotiate` reads; the app passes [`Plan::locale`]). Dates go into the messages as the UI shows
/// a plan date in that language (`format_date`: "Mar 6, 2027", "۱۵ اسفند ۱۴۰۵"), counts as numbers, which the
/// catalogue writes in the language's digits.
pub fn assess(plan: &Plan, today: NaiveDate, locale: &str) -> Readiness {
    let mut findings = Vec::new();
    let warn_until = today
        .checked_add_months(Months::new(EXPIRY_WARNING_MONTHS))
        .unwrap_or(NaiveDate::MAX);

    for d in &plan.documents {
        let fix = |field: &str| FieldRef::new(Section::Documents, Some(&d.id), field);
        if let Some(expires) = d.expires {
            if expires < today {
                findings.push(Finding {
                    rule: Rule::DocumentExpired,
                    severity: Severity::Critical,
                    message: t!(
                        locale,
                        "plan-readiness-document-expired",
                        document = d.label_with_holder(plan, locale),
                        date = format_date(locale, expires),
                    ),
                    fix: fix("expires"),
                });
            } else if expires < warn_until
                && matches!(
                    d.kind,
                    DocumentKind::Passport | DocumentKind::ResidencePermit
                )
            {
                let days = (expires - today).num_days();
                findings.push(Finding {
                    rule: Rule::DocumentExpiringSoon,
                    severity: Severity::Warning,
                    message: t!(
                        locale,
                        "plan-readiness-document-expiring",
                        document = d.label_with_holder(plan, locale),
                        date = format_date(locale, expires),
                        days = days,
                    ),
                    fix: fix("expires"),
                });
            }
        }
        if d.copies.iter().all(|c| c.location.trim().is_empty()) {
            findings.push(Finding {
                rule: Rule::DocumentWithoutCopy,
                severity: Severity::Warning,
                message: t!(
                    locale,
                    "plan-readiness-document-without-copy",
                    document = d.label_with_holder(plan, locale),
                ),
                fix: fix("copies"),
            });
        }
    }

    let usable_routes = plan
        .routes
        .iter()
        .filter(|r| r.status != RouteStatus::Closed)
        .count();
    if usable_routes < 2 {
        findings.push(Finding {
            rule: Rule::NoAlternateRoute,
            severity: if usable_routes == 0 {
                Severity::Critical
            } else {
                Severity::Warning
            },
            message: match usable_routes {
                0 => t!(locale, "plan-readiness-no-route"),
                _ => t!(locale, "plan-readiness-one-route"),
            },
            fix: FieldRef::new(Section::Routes, None, "routes"),
        });
    }

    let home = plan.profile.residence_country.as_str();
    let outside = plan
        .contacts
        .iter()
        .any(|c| !c.country.is_empty() && c.country != home);
    if !outside {
        findings.push(Finding {
            rule: Rule::NoContactOutsideCountry,
            severity: Severity::Warning,
            message: t!(locale, "plan-readiness-no-contact-abroad"),
            fix: FieldRef::new(Section::Contacts, None, "country"),
        });
    }

    for r in plan
        .routes
        .iter()
        .filter(|r| r.status != RouteStatus::Closed)
    {
        let name = || {
            if r.name.trim().is_empty() {
                t!(locale, "plan-route-unnamed")
            } else {
                r.name.clone()
            }
        };
        let stale = match r.last_verified {
            None => Some(t!(
                locale,
                "plan-readiness-route-never-verified",
                route = name()
            )),
            Some(day) if (today - day).num_days() > ROUTE_STALE_DAYS => Some(t!(
                locale,
                "plan-readiness-route-stale",
                route = name(),
                date = format_date(locale, day),
                days = (today - day).num_days(),
            )),
            Some(_) => None,
        };
        if let Some(message) = stale {
            findings.push(Finding {
                rule: Rule::RouteNotVerified,
                severity: Severity::Warning,
                message,
                fix: FieldRef::new(Section::Routes, Some(&r.id), "last_verified"),
            });
        }
    }

    // Stable order: most severe first, then in the order the rules found them.
    findings.sort_by_key(|f| std::cmp::Reverse(f.severity));

    let checklists = plan
        .checklists
        .iter()
        .map(|l| ChecklistProgress {
            checklist_id: l.id.clone(),
            title: l.title.clone(),
            done: u32::try_from(l.done_count()).unwrap_or(u32::MAX),
            total: u32::try_from(l.items.len()).unwrap_or(u32::MAX),
        })
        .collect();

    Readiness {
        as_of: today,
        findings,
        checklists,
    }
}

/// [`assess`] and the directory's rules: for each nationality of each household member in their country of
/// residence, someone known to help and in the plan's contacts; and no directory data older than
/// [`DIRECTORY_STALE_DAYS`]. `helps` is what the directory knows for the plan's pairs (the app's
/// `lifeboat_directory::missions_for` of each); a pair missing from it counts as nobody known.
pub fn assess_with(plan: &Plan, today: NaiveDate, locale: &str, helps: &[Help]) -> Readiness {
    let mut readiness = assess(plan, today, locale);
    readiness
        .findings
        .extend(directory_findings(plan, today, locale, helps));
    readiness
        .findings
        .sort_by_key(|f| std::cmp::Reverse(f.severity));
    readiness
}

fn directory_findings(plan: &Plan, today: NaiveDate, locale: &str, helps: &[Help]) -> Vec<Finding> {
    // (nationality, country) → the people it concerns, in household order.
    let mut pairs: Vec<((String, String), Vec<String>)> = Vec::new();
    let home = plan.profile.residence_country.trim().to_ascii_uppercase();
    for person in plan.people() {
        let residence = match person.residence_country.trim() {
            "" => home.clone(),
            r => r.to_ascii_uppercase(),
        };
        if residence.is_empty() {
            continue;
        }
        for n in &person.nationalities {
            let n = n.trim().to_ascii_uppercase();
            if n.is_empty() || n == residence {
                continue;
            }
            let name = if person.name.trim().is_empty() {
                t!(locale, "directory-readiness-unnamed")
            } else {
                person.name.trim().to_owned()
            };
            match pairs.iter_mut().find(|(k, _)| k.0 == n && k.1 == residence) {
                Some((_, people)) => people.push(name),
                None => pairs.push(((n, residence.clone()), vec![name])),
            }
        }
    }
    let country = |code: &str| name_in(code, locale).unwrap_or_else(|| code.to_owned());
    let mut findings = Vec::new();
    for ((n, c), people) in &pairs {
        // A contact copied from the directory says whom it serves; one typed by hand with an embassy's role in
        // that country is taken to serve the whole household (its nationality is not known).
        let in_contacts = plan.contacts.iter().any(|k| match &k.mission {
            Some(m) => {
                m.serves.eq_ignore_ascii_case(n)
                    && (m.country.eq_ignore_ascii_case(c) || k.country.eq_ignore_ascii_case(c))
            }
            None => {
                k.country.eq_ignore_ascii_case(c)
                    && matches!(k.role, ContactRole::Embassy | ContactRole::ProtectingPower)
            }
        });
        if in_contacts {
            continue;
        }
        let help = helps
            .iter()
            .find(|h| h.nationality == *n && h.country == *c);
        let people = people.join(", ");
        let fix = FieldRef::new(Section::Contacts, None, "directory");
        match help.and_then(|h| h.missions.first()) {
            Some(mission) => findings.push(Finding {
                rule: Rule::MissionNotInContacts,
                severity: Severity::Warning,
                message: t!(
                    locale,
                    "directory-readiness-not-in-contacts",
                    people = people,
                    nationality = country(n),
                    country = country(c),
                    mission = mission.name.clone(),
                ),
                fix,
            }),
            None => findings.push(Finding {
                rule: Rule::NoMissionKnown,
                severity: Severity::Warning,
                message: t!(
                    locale,
                    "directory-readiness-no-mission",
                    people = people,
                    nationality = country(n),
                    country = country(c),
                ),
                fix,
            }),
        }
    }
    for h in helps {
        let Some(fetched) = h.fetched_at.map(|t| t.date_naive()) else {
            continue;
        };
        let days = (today - fetched).num_days();
        if days > DIRECTORY_STALE_DAYS {
            findings.push(Finding {
                rule: Rule::DirectoryStale,
                severity: Severity::Info,
                message: t!(
                    locale,
                    "directory-readiness-stale",
                    nationality = country(&h.nationality),
                    country = country(&h.country),
                    date = format_date(locale, fetched),
                    days = days,
                ),
                fix: FieldRef::new(Section::Contacts, None, "directory"),
            });
        }
    }
    findings
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::contacts::Contact;
    use crate::documents::{Document, DocumentCopy};
    use crate::routes::Route;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("valid date")
    }

    /// The message without Fluent's bidi isolation marks around inserted values.
    fn plain(message: &str) -> String {
        message.replace(['\u{2068}', '\u{2069}'], "")
    }

    fn rules(r: &Readiness) -> Vec<Rule> {
        r.findings.iter().map(|f| f.rule).collect()
    }

    fn ready_plan() -> Plan {
        let mut plan = Plan::default();
        plan.profile.name = "Sara".into();
        plan.profile.residence_country = "IR".into();
        plan.contacts.push(Contact {
            id: "c".into(),
            country: "FR".into(),
            priority: 1,
            ..Contact::default()
        });
        for (i, name) in ["Plan A", "Plan B"].iter().enumerate() {
            plan.routes.push(Route {
                id: format!("r{i}"),
                name: (*name).into(),
                last_verified: Some(day(2026, 11, 1)),
                ..Route::default()
            });
        }
        plan
    }

    fn passport(expires: NaiveDate, copies: bool) -> Document {
        Document {
            id: "p".into(),
            holder_id: "self".into(),
            expires: Some(expires),
            copies: if copies {
                vec![DocumentCopy {
                    location: "sister in Lyon".into(),
                    ..DocumentCopy::default()
                }]
            } else {
                vec![]
            },
            ..Document::default()
        }
    }

    #[test]
    fn a_complete_plan_has_no_findings() {
        assert_eq!(
            rules(&assess(&ready_plan(), day(2026, 11, 25), "en")),
            vec![]
        );
    }

    #[test]
    fn a_passport_expiring_in_three_months_warns_and_names_the_holder() {
        let mut plan = ready_plan();
        plan.documents.push(passport(day(2027, 2, 25), true));
        let r = assess(&plan, day(2026, 11, 25), "en");
        assert_eq!(rules(&r), vec![Rule::DocumentExpiringSoon]);
        assert_eq!(r.findings[0].severity, Severity::Warning);
        assert!(
            plain(&r.findings[0].message).contains("Passport of Sara"),
            "{}",
            r.findings[0].message
        );
        assert_eq!(
            r.findings[0].fix,
            FieldRef::new(Section::Documents, Some("p"), "expires")
        );
    }

    #[test]
    fn the_six_month_window_is_counted_in_calendar_months_from_today() {
        let mut plan = ready_plan();
        plan.documents.push(passport(day(2027, 5, 25), true));
        assert_eq!(rules(&assess(&plan, day(2026, 11, 25), "en")), vec![]);
        plan.documents[0].expires = Some(day(2027, 5, 24));
        assert_eq!(
            rules(&assess(&plan, day(2026, 11, 25), "en")),
            vec![Rule::DocumentExpiringSoon]
        );
    }

    #[test]
    fn an_expired_document_is_critical_whatever_its_kind() {
        let mut plan = ready_plan();
        let mut licence = passport(day(2026, 11, 24), true);
        licence.kind = DocumentKind::DrivingLicence;
        plan.documents.push(licence);
        let r = assess(&plan, day(2026, 11, 25), "en");
        assert_eq!(rules(&r), vec![Rule::DocumentExpired]);
        assert_eq!(r.findings[0].severity, Severity::Critical);
    }

    #[test]
    fn a_visa_close_to_expiry_is_not_the_passport_rule() {
        let mut plan = ready_plan();
        let mut visa = passport(day(2027, 1, 1), true);
        visa.kind = DocumentKind::Visa;
        plan.documents.push(visa);
        assert_eq!(rules(&assess(&plan, day(2026, 11, 25), "en")), vec![]);
    }

    #[test]
    fn a_document_without_a_copy_elsewhere_is_flagged() {
        let mut plan = ready_plan();
        plan.documents.push(passport(day(2030, 1, 1), false));
        assert_eq!(
            rules(&assess(&plan, day(2026, 11, 25), "en")),
            vec![Rule::DocumentWithoutCopy]
        );
    }

    #[test]
    fn one_open_route_is_a_warning_and_none_is_critical() {
        let mut plan = ready_plan();
        plan.routes[1].status = RouteStatus::Closed;
        let r = assess(&plan, day(2026, 11, 25), "en");
        assert_eq!(rules(&r), vec![Rule::NoAlternateRoute]);
        assert_eq!(r.findings[0].severity, Severity::Warning);
        plan.routes[0].status = RouteStatus::Closed;
        assert_eq!(
            assess(&plan, day(2026, 11, 25), "en").findings[0].severity,
            Severity::Critical
        );
    }

    #[test]
    fn contacts_only_inside_the_country_of_residence_are_not_enough() {
        let mut plan = ready_plan();
        plan.contacts[0].country = "IR".into();
        assert_eq!(
            rules(&assess(&plan, day(2026, 11, 25), "en")),
            vec![Rule::NoContactOutsideCountry]
        );
    }

    #[test]
    fn a_route_unverified_for_more_than_90_days_is_flagged_but_not_at_90() {
        let mut plan = ready_plan();
        plan.routes[0].last_verified = Some(day(2026, 8, 27));
        assert_eq!(rules(&assess(&plan, day(2026, 11, 25), "en")), vec![]);
        plan.routes[0].last_verified = Some(day(2026, 8, 26));
        let r = assess(&plan, day(2026, 11, 25), "en");
        assert_eq!(rules(&r), vec![Rule::RouteNotVerified]);
        assert_eq!(r.findings[0].fix.id.as_deref(), Some("r0"));
    }

    #[test]
    fn checklist_progress_is_reported_per_list() {
        let mut plan = ready_plan();
        let mut n = 0;
        let mut list = crate::checklists::ChecklistTemplate::Money.instantiate("en", || {
            n += 1;
            format!("m{n}")
        });
        list.items[0].done = true;
        list.items[2].done = true;
        let total = list.items.len() as u32;
        plan.checklists.push(list);
        let r = assess(&plan, day(2026, 11, 25), "en");
        assert_eq!(r.checklists.len(), 1);
        assert_eq!((r.checklists[0].done, r.checklists[0].total), (2, total));
    }

    #[test]
    fn findings_come_most_severe_first() {
        let mut plan = ready_plan();
        plan.documents.push(passport(day(2027, 1, 1), false));
        let mut old = passport(day(2020, 1, 1), true);
        old.id = "old".into();
        plan.documents.push(old);
        let r = assess(&plan, day(2026, 11, 25), "en");
        assert_eq!(r.findings[0].rule, Rule::DocumentExpired);
        assert!(r
            .findings
            .windows(2)
            .all(|w| w[0].severity >= w[1].severity));
    }

    #[test]
    fn findings_are_written_in_the_language_asked_for_with_names_and_dates_isolated() {
        let mut plan = ready_plan();
        plan.documents.push(passport(day(2027, 2, 25), true));
        plan.routes[1].last_verified = None;
        let r = assess(&plan, day(2026, 11, 25), "fa");
        let passport = &r.findings[0].message;
        // The day in the Solar Hijri calendar and the count in Persian digits, as the UI writes every other date
        // and number beside it (Intl: ۶ اسفند ۱۴۰۵ is 25 February 2027).
        assert_eq!(
            plain(passport),
            "اعتبار گذرنامه به نام Sara در ۶ اسفند ۱۴۰۵، یعنی ۹۲ روز دیگر، به پایان می‌رسد؛ \
             بسیاری از مرزها شش ماه اعتبار می‌خواهند",
        );
        assert!(
            !passport.contains(|c: char| c.is_ascii_digit()),
            "{passport}"
        );
        // The Latin name sits in its own isolate, so it keeps its order inside the right-to-left sentence.
        assert!(passport.contains("\u{2068}Sara\u{2069}"), "{passport:?}");
        let route = &r.findings[1].message;
        assert_eq!(plain(route), "Plan B تاکنون بررسی نشده است");
        let english = assess(&plan, day(2026, 11, 25), "en");
        assert_eq!(
            plain(&english.findings[0].message),
            "Passport of Sara expires on Feb 25, 2027, in 92 days: many borders want six months of validity"
        );
    }

    #[test]
    fn a_count_picks_the_plural_form_of_the_locale() {
        let mut plan = ready_plan();
        plan.routes[0].last_verified = Some(day(2026, 8, 1));
        let days = |plan: &Plan, locale| {
            plain(&assess(plan, day(2026, 11, 25), locale).findings[0].message)
        };
        assert!(
            days(&plan, "en").ends_with("116 days ago"),
            "{}",
            days(&plan, "en")
        );
        assert!(
            days(&plan, "ru").contains("116 дней назад"),
            "{}",
            days(&plan, "ru")
        );
        plan.routes[0].last_verified = Some(day(2026, 11, 25) - chrono::Days::new(101));
        assert!(
            days(&plan, "ru").contains("101 день назад"),
            "{}",
            days(&plan, "ru")
        );
        plan.routes[0].last_verified = Some(day(2026, 11, 25) - chrono::Days::new(95));
        assert!(
            days(&plan, "ar").contains("قبل 95 يومًا"),
            "{}",
            days(&plan, "ar")
        );
        plan.routes[0].last_verified = Some(day(2026, 8, 1));
        assert!(
            days(&plan, "fa").contains("۱۱۶ روز پیش"),
            "{}",
            days(&plan, "fa")
        );
    }

    #[test]
    fn a_date_in_a_finding_is_written_as_the_ui_writes_it_in_that_language() {
        let mut plan = ready_plan();
        plan.routes[0].last_verified = Some(day(2026, 8, 1));
        let route = |locale| plain(&assess(&plan, day(2026, 11, 25), locale).findings[0].message);
        // Node's Intl.DateTimeFormat(locale, { dateStyle: 'medium' }) for 1 August 2026, as the UI's formatDate.
        assert!(
            route("en").contains("on Aug 1, 2026, 116 days ago"),
            "{}",
            route("en")
        );
        assert!(route("fa").contains("۱۰ مرداد ۱۴۰۵"), "{}", route("fa"));
        assert!(
            route("ar").contains("01\u{200f}/08\u{200f}/2026"),
            "{}",
            route("ar")
        );
        assert!(route("ru").contains("1 авг. 2026"), "{}", route("ru"));
        plan.documents.push(passport(day(2020, 1, 1), true));
        let expired = plain(&assess(&plan, day(2026, 11, 25), "ru").findings[0].message);
        assert!(expired.contains("истёк 1 янв. 2020"), "{expired}");
    }

    mod directory {
        use super::*;
        use crate::household::Person;
        use crate::missions::{ContactMission, Help, Mission, MissionKind};

        /// An American in Tehran with a Canadian spouse.
        fn household() -> Plan {
            let mut plan = Plan::default();
            plan.profile.name = "Dana".into();
            plan.profile.nationalities = vec!["US".into()];
            plan.profile.residence_country = "IR".into();
            plan.household.push(Person {
                id: "p-2".into(),
                name: "Sara".into(),
                nationalities: vec!["CA".into(), "IR".into()],
                ..Person::default()
            });
            plan
        }

        fn help(n: &str, c: &str, mission: Option<&str>) -> Help {
            Help {
                nationality: n.into(),
                country: c.into(),
                missions: mission
                    .map(|name| Mission {
                        name: name.into(),
                        kind: MissionKind::InterestsSection,
                        ..Mission::default()
                    })
                    .into_iter()
                    .collect(),
                ..Help::default()
            }
        }

        fn directory_rules(r: &Readiness) -> Vec<(Rule, String)> {
            r.findings
                .iter()
                .filter(|f| f.fix.field == "directory")
                .map(|f| (f.rule, plain(&f.message)))
                .collect()
        }

        #[test]
        fn each_foreign_nationality_in_the_country_of_residence_needs_someone_in_the_contacts() {
            let plan = household();
            let helps = [help("US", "IR", Some("Foreign Interests Section"))];
            let r = assess_with(&plan, day(2026, 12, 6), "en", &helps);
            assert_eq!(
                directory_rules(&r),
                [
                    (
                        Rule::MissionNotInContacts,
                        "Foreign Interests Section can help Dana (citizens of United States) in Iran: add it to your contacts".to_owned()
                    ),
                    (
                        Rule::NoMissionKnown,
                        "no embassy, consulate or protecting power is known for Sara (citizens of Canada) in Iran".to_owned()
                    ),
                ],
                "Sara's Iranian nationality needs no embassy in Iran"
            );
        }

        #[test]
        fn a_copied_mission_clears_its_nationality_only() {
            let mut plan = household();
            plan.contacts.push(Contact {
                id: "c-1".into(),
                name: "Foreign Interests Section".into(),
                role: ContactRole::ProtectingPower,
                country: "IR".into(),
                mission: Some(ContactMission {
                    kind: MissionKind::InterestsSection,
                    serves: "US".into(),
                    country: "IR".into(),
                    ..ContactMission::default()
                }),
                ..Contact::default()
            });
            let helps = [
                help("US", "IR", Some("FIS")),
                help("CA", "IR", Some("Embassy of Italy")),
            ];
            let r = assess_with(&plan, day(2026, 12, 6), "en", &helps);
            let rules: Vec<_> = directory_rules(&r).into_iter().map(|(r, _)| r).collect();
            assert_eq!(rules, [Rule::MissionNotInContacts]);
            assert!(directory_rules(&r)[0].1.contains("Sara"));

            // Canada's embassy in Ankara answers for Iran: the contact is in Türkiye, the help is for Iran.
            plan.contacts.push(Contact {
                id: "c-2".into(),
                name: "Embassy of Canada to Türkiye".into(),
                role: ContactRole::Embassy,
                country: "TR".into(),
                mission: Some(ContactMission {
                    kind: MissionKind::Embassy,
                    serves: "CA".into(),
                    country: "IR".into(),
                    ..ContactMission::default()
                }),
                ..Contact::default()
            });
            let r = assess_with(&plan, day(2026, 12, 6), "en", &helps);
            assert_eq!(directory_rules(&r), []);
        }

        #[test]
        fn directory_data_older_than_90_days() {
            let plan = household();
            let mut old = help("US", "IR", Some("FIS"));
            old.fetched_at = Some("2026-09-01T10:00:00Z".parse().expect("time"));
            let fresh = Help {
                fetched_at: Some("2026-11-30T10:00:00Z".parse().expect("time")),
                ..help("CA", "IR", Some("Embassy of Italy"))
            };
            let r = assess_with(&plan, day(2026, 12, 6), "en", &[old, fresh]);
            let stale: Vec<_> = directory_rules(&r)
                .into_iter()
                .filter(|(r, _)| *r == Rule::DirectoryStale)
                .map(|(_, m)| m)
                .collect();
            assert_eq!(
                stale,
                ["the embassy data for citizens of United States in Iran is from Sep 1, 2026, 96 days ago: refresh it"]
            );
        }

        #[test]
        fn without_the_directory_the_plan_rules_are_unchanged() {
            let plan = household();
            let today = day(2026, 12, 6);
            assert_eq!(
                assess(&plan, today, "en")
                    .findings
                    .iter()
                    .filter(|f| f.fix.field == "directory")
                    .count(),
                0
            );
        }
    }
}
