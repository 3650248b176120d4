# Who helps you here: the embassy directory (issue 17). Embassies, consulates, honorary consuls and protecting
# powers for each nationality in the household, in each country the plan touches. Consular terms follow the
# glossary in locales/README.md (embassy, consulate, protecting power). Phone numbers, e-mail addresses and the
# offices' own names are never put in these messages: they stay in their own fields, as the publisher wrote them.

## Readiness findings (built in Rust in the plan's language, shown on the dashboard).

# Used for $people when a household member has no name yet.
directory-readiness-unnamed = someone in the household
# $people: the household members' names, comma-separated. $nationality and $country: country names.
directory-readiness-no-mission = no embassy, consulate or protecting power is known for { $people } (citizens of { $nationality }) in { $country }
# $mission: the office's name as its government writes it.
directory-readiness-not-in-contacts = { $mission } can help { $people } (citizens of { $nationality }) in { $country }: add it to your contacts
# $date: the day the data was last fetched; $days: how long ago (always more than 90).
directory-readiness-stale = { $days ->
        [one] the embassy data for citizens of { $nationality } in { $country } is from { $date }, { $days } day ago: refresh it
       *[other] the embassy data for citizens of { $nationality } in { $country } is from { $date }, { $days } days ago: refresh it
    }

## Kinds of office.

directory-kind-embassy = Embassy
directory-kind-consulate = Consulate
directory-kind-honorary-consul = Honorary consul
# A section of another state's embassy that looks after this nationality (Switzerland's in Tehran for the US).
directory-kind-interests-section = Interests section
directory-kind-protecting-power = Protecting power
# Another country's mission that gives consular help under an agreement (Canada's partners).
directory-kind-partner-mission = Partner country's mission
# Any EU state's mission, for an EU citizen whose own state has none there.
directory-kind-eu-member-state = Another EU state's mission

## The panel (Contacts section).

directory-title = Who helps you here
directory-intro = Embassies, consulates and protecting powers for each nationality in your household, in each country your plan touches. They are kept on this computer, so they are still here when the network is cut.
# A heading: $nationality and $country are country names.
directory-for = Citizens of { $nationality } in { $country }
directory-none-known = Nobody is known to help citizens of { $nationality } in { $country }. Ask their foreign ministry which embassy covers this country and add it as a contact.
directory-assistance-none = The government of { $nationality } says it gives no help in { $country }.
directory-assistance-remote = Help comes from an office in another country.
# Where an office is, when it is not in the country itself. $country is a country name.
directory-located-in = Located in { $country }
# The state that runs an office acting for this nationality. $state is a country name.
directory-operated-by = Run by { $state }
directory-phone = Phone
directory-emergency = 24-hour emergency
directory-email = E-mail
directory-website = Website
directory-hours = Hours
directory-address = Address
# $source: the publisher ("Global Affairs Canada"); $date: the publisher's date for the data.
directory-source = { $source }, data of { $date }
# $date: when Lifeboat last fetched it.
directory-fetched = Fetched { $date }
directory-not-fetched = Not fetched yet: shown from Lifeboat's own table of protecting powers.
directory-refresh-failed = The last refresh failed: this is the last data that could be fetched.
directory-refresh = Refresh
directory-refreshing = Refreshing…
directory-add = Add to my contacts
directory-added = In your contacts
directory-no-pairs = Add each person's nationality in Household to see who helps them here.
# One protecting-power arrangement. $state, $nationality, $country: country names; $since: a year.
directory-arrangement = { $state } acts for citizens of { $nationality } in { $country } (protecting power) since { $since }.
# The EU rule. $nationality is an EU member state's name.
directory-eu-rule = If { $nationality } has no embassy or consulate here, the embassy or consulate of any other EU member state must help you as it helps its own citizens.
# $date: the day the row was last checked against its source.
directory-checked = Checked { $date }
directory-check-source = Source

## The copied contact's notes (written into the plan in its language).

# $kind: one of the kinds above; $source: the publisher; $date: the data's date.
directory-contact-note = { $kind } · { $source }, data of { $date }

## Family PDF (on the page with "If you cannot reach us").

directory-pdf-title = Who helps us here
# $people: names; $nationality, $country: country names.
directory-pdf-for = { $people } (citizens of { $nationality }) in { $country }
directory-pdf-none = No embassy, consulate or protecting power is known. Ask the foreign ministry.

## Command line (`lifeboat embassies`).

directory-cli-about = Who helps a nationality in a country: embassies, consulates, protecting powers
directory-cli-nationality = The nationality, as an ISO code (US, CA, GB, DE…)
directory-cli-country = The country, as an ISO code (IR…)
directory-cli-refresh-help = Fetch the governments' data first (otherwise the kept copy is read)
directory-cli-json-help = Print JSON instead of a table
# $updated, $unchanged, $failed: counts.
directory-cli-refreshed = Refreshed. Updated: { $updated }, unchanged: { $unchanged }, failed: { $failed }.
# $source: a source name; $country: an ISO code; $code: an error code.
directory-cli-failed = { $source } for { $country } failed ({ $code }): the last good data is kept.
