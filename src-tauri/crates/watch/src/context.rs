//! What the watch keeps of the plan. Taken at unlock and at every save, and kept while the plan is locked so the
//! watch can go on running from the tray: the watched countries, the settings, the tripwires, and the plan's
//! instruction for each phase, already written out, so the plan itself can leave memory. It is also what the app
//! hands to the background process (see [`crate::handover`]), hence serialisable.

use std::collections::BTreeMap;

use lifeboat_advisory::SourceId;
use lifeboat_plan::phases::{Phase, Phases};
use lifeboat_plan::settings::Government;
use lifeboat_plan::watchlist::{self, WatchedCountry};
use lifeboat_plan::Plan;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WatchContext {
    pub watched: Vec<WatchedCountry>,
    pub governments: Vec<Government>,
    pub notifications: bool,
    pub plan_in_notifications: bool,
    pub close_to_tray: bool,
    pub start_at_login: bool,
    /// The current phase and the advisory tripwires (the rest of `Phases` is not needed, and is emptied).
    pub phases: Phases,
    /// What the plan says to do per phase, for the phases the user wrote a route or instructions for only: a
    /// notification quotes nothing else. Written in [`Self::locale`].
    pub instructions: BTreeMap<Phase, String>,
    /// The language notifications and the tray are written in: the plan's `settings.language`, as the UI shows
    /// it (see [`Self::locale`]). A handover from before languages were chosen has none, and reads as English,
    /// the only language that Lifeboat spoke.
    #[serde(default = "english")]
    pub locale: String,
}

fn english() -> String {
    lifeboat_i18n::DEFAULT_LOCALE.to_owned()
}

impl WatchContext {
    pub fn from_plan(plan: &Plan) -> Self {
        let watch = &plan.settings.watch;
        let phases = Phases {
            current: plan.phases.current,
            since: plan.phases.since,
            advisory_tripwires: plan.phases.advisory_tripwires.clone(),
            ..Phases::default()
        };
        let locale = plan.locale();
        WatchContext {
            watched: watchlist::watched_countries(plan),
            governments: watch.governments.clone(),
            notifications: watch.notifications,
            plan_in_notifications: watch.plan_in_notifications,
            close_to_tray: watch.close_to_tray,
            start_at_login: watch.start_at_login,
            phases,
            instructions: Phase::ALL
                .into_iter()
                .filter_map(|p| Some((p, watchlist::instruction(plan, p, locale)?)))
                .collect(),
            locale: locale.to_owned(),
        }
    }

    /// The shipped locale the watch writes in; anything a handover might carry is negotiated (unknown: English).
    pub fn locale(&self) -> &'static str {
        lifeboat_i18n::locale(&self.locale).code
    }

    pub fn watched_codes(&self) -> Vec<String> {
        self.watched.iter().map(|w| w.country.clone()).collect()
    }

    pub fn is_watched(&self, country: &str) -> bool {
        self.watched.iter().any(|w| w.country == country)
    }

    /// The feeds to poll for the enabled governments.
    pub fn sources(&self) -> Vec<SourceId> {
        self.governments.iter().map(|g| source_of(*g)).collect()
    }
}

/// The feed a government's state is kept under (the US's RSS is its JSON's fallback, see `lifeboat_advisory::poll`).
pub fn source_of(g: Government) -> SourceId {
    match g {
        Government::Us => SourceId::UsStateJson,
        Government::Uk => SourceId::UkFcdo,
        Government::Ca => SourceId::CaTravel,
        Government::Au => SourceId::AuSmartraveller,
        Government::De => SourceId::DeAa,
    }
}

pub fn government_of(s: SourceId) -> Government {
    match s {
        SourceId::UsStateJson | SourceId::UsStateRss | SourceId::UsEmbassyAlerts => Government::Us,
        SourceId::UkFcdo => Government::Uk,
        SourceId::CaTravel => Government::Ca,
        SourceId::AuSmartraveller => Government::Au,
        SourceId::DeAa => Government::De,
    }
}

/// `code`'s English name (the code itself when unknown): what the views the UI reads carry (`CountryView.name`),
/// the UI naming the country in its own language from the code. Text a person reads takes [`country_name_in`].
pub fn country_name(code: &str) -> String {
    lifeboat_plan::countries::name(code)
        .map(str::to_owned)
        .unwrap_or_else(|| code.to_owned())
}

/// `code`'s name in `locale` ("IR" in Persian: «ایران»), for notifications and anything else a person reads in
/// the watch's language; the code itself when unknown.
pub fn country_name_in(code: &str, locale: &str) -> String {
    lifeboat_plan::countries::name_in(code, locale).unwrap_or_else(|| code.to_owned())
}
