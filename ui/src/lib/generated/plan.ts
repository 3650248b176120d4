// Generated from the Rust plan model (src-tauri/crates/plan, tests/generated.rs). Do not edit:
// change the Rust types and run `UPDATE_GENERATED=1 cargo test -p lifeboat-plan --test generated`.

export type PersonKind = "person" | "pet";

export type Person = { id: string, kind: PersonKind, 
/**
 * In any script; shown with `dir="auto"`.
 */
name: string, 
/**
 * Relationship to the profile's owner ("spouse", "daughter", "dog"); empty for the owner.
 */
relationship: string, 
/**
 * ISO 3166-1 alpha-2 codes, most relevant first.
 */
nationalities: Array<string>, 
/**
 * ISO 3166-1 alpha-2.
 */
residence_country: string, city: string, languages: Array<string>, 
/**
 * Free text ("O+", "AB-", "unknown"); pets have their own systems.
 */
blood_type: string, date_of_birth?: string, medical_notes: string, notes: string, };

export type DocumentKind = "passport" | "national_id" | "visa" | "residence_permit" | "exit_reentry_permit" | "driving_licence" | "birth_certificate" | "marriage_certificate" | "vaccination_record" | "insurance_policy" | "property_deed" | "other";

export type CopyMedium = "paper" | "usb" | "cloud" | "phone" | "other";

export type DocumentCopy = { medium: CopyMedium, 
/**
 * Where it is: "with sister in Lyon", "encrypted USB in go-bag", "Proton Drive /docs".
 */
location: string, };

export type Document = { id: string, kind: DocumentKind, 
/**
 * Extra words for `other` or to tell two visas apart ("Turkish e-visa").
 */
title: string, 
/**
 * Id of the profile or a household member.
 */
holder_id: string, 
/**
 * Sensitive: redacted in printed copies unless the user asks otherwise.
 */
number: string, 
/**
 * ISO 3166-1 alpha-2.
 */
issuing_country: string, issued?: string, expires?: string, original_location: string, copies: Array<DocumentCopy>, notes: string, };

export type ContactRole = "family" | "out_of_country" | "employer_security" | "embassy" | "protecting_power" | "lawyer" | "doctor" | "driver" | "airline" | "other";

export type MessengerApp = "signal" | "whatsapp" | "telegram" | "other";

export type Messenger = { app: MessengerApp, 
/**
 * Number or username as the app shows it.
 */
handle: string, };

export type Contact = { id: string, 
/**
 * In any script («علی رضایی»); shown with `dir="auto"`.
 */
name: string, role: ContactRole, organisation: string, phones: Array<string>, email: string, messengers: Array<Messenger>, address: string, 
/**
 * ISO 3166-1 alpha-2 of where the contact is; "outside the country" is judged from this.
 */
country: string, 
/**
 * 1 is called first.
 */
priority: number, available_24_7: boolean, notes: string, };

export type TravelMode = "air" | "road" | "rail" | "sea" | "foot";

export type RouteStatus = "open" | "uncertain" | "closed";

export type NeedKind = "document" | "visa" | "cash" | "fuel" | "other";

export type LegNeed = { kind: NeedKind, 
/**
 * "USD 300 per adult", "full tank + 20 L jerrycan", "Turkish e-visa".
 */
detail: string, 
/**
 * For `document` needs: the document in the plan this refers to.
 */
document_id?: string, };

export type Leg = { id: string, 
/**
 * Place names as the user writes them ("Tehran, home", "IKA airport").
 */
from: string, to: string, 
/**
 * ISO 3166-1 alpha-2 of each end; the advisory watch follows every country a route passes through.
 */
from_country: string, to_country: string, mode: TravelMode, 
/**
 * Name of the border crossing when the leg crosses one ("Bazargan / Gürbulak").
 */
border_crossing: string, expected_minutes?: number, needs: Array<LegNeed>, notes: string, };

export type RallyPoint = { name: string, address: string, notes: string, };

export type Route = { id: string, 
/**
 * "Plan A", "Plan B"… The order of `Plan::routes` is the order of preference.
 */
name: string, summary: string, legs: Array<Leg>, rally_points: Array<RallyPoint>, status: RouteStatus, last_verified?: string, notes: string, };

export type ChecklistTemplate = "go_bag_72h" | "documents_and_copies" | "money" | "digital" | "home_and_pets" | "departure_day";

export type ChecklistItem = { id: string, text: string, done: boolean, quantity?: number, 
/**
 * For things that go off: medicine, water, food, cash in a currency being withdrawn.
 */
expires?: string, notes: string, };

export type Checklist = { id: string, title: string, 
/**
 * The template this list started from, if any; the items are the user's own once added.
 */
template?: ChecklistTemplate, items: Array<ChecklistItem>, };

export type Phase = "normal" | "prepare" | "leave_now" | "shelter_in_place";

export type PhasePlan = { 
/**
 * Which route to take in this phase (for "leave now"), if any.
 */
route_id?: string, checklist_ids: Array<string>, 
/**
 * What to do, in the user's words.
 */
instructions: string, };

export type PhasePlans = { normal: PhasePlan, prepare: PhasePlan, leave_now: PhasePlan, shelter_in_place: PhasePlan, };

export type Tripwire = { id: string, condition: string, phase: Phase, notes: string, };

export type AdvisoryTripwire = { id: string, 
/**
 * ISO 3166-1 alpha-2.
 */
country: string, 
/**
 * 1–4 on the watch's common scale.
 */
min_level: number, 
/**
 * `None`: any government's advice trips it.
 */
government?: Government, phase: Phase, };

export type Phases = { current: Phase, 
/**
 * When the current phase was entered (RFC 3339).
 */
since?: string, plans: PhasePlans, tripwires: Array<Tripwire>, advisory_tripwires: Array<AdvisoryTripwire>, };

export type Government = "us" | "uk" | "ca" | "au" | "de";

export type WatchSettings = { 
/**
 * Governments whose advice is polled. All by default: their levels disagree often enough to matter.
 */
governments: Array<Government>, 
/**
 * Countries watched besides the residence and every country on a route (ISO 3166-1 alpha-2).
 */
extra_countries: Array<string>, 
/**
 * Raise a desktop notification when a watched country's level changes.
 */
notifications: boolean, 
/**
 * Put the plan's own instruction ("Your plan: Leave now — Route A …") into the notification. Notifications can
 * show on a locked screen, so a user who fears shoulder surfing can keep them generic.
 */
plan_in_notifications: boolean, 
/**
 * Closing the window keeps the watch running in the tray (and locks the plan).
 */
close_to_tray: boolean, 
/**
 * Start Lifeboat (in the tray) when the user logs in.
 */
start_at_login: boolean, };

export type Settings = { 
/**
 * Lock after this many idle minutes; 0 turns auto-lock off.
 */
auto_lock_minutes: number, watch: WatchSettings, };

export type Plan = { schema_version: number, 
/**
 * A title for printed copies ("Rezaei family plan").
 */
name: string, updated_at?: string, profile: Person, household: Array<Person>, documents: Array<Document>, contacts: Array<Contact>, 
/**
 * In order of preference: the first open route is Plan A.
 */
routes: Array<Route>, checklists: Array<Checklist>, phases: Phases, 
/**
 * "If you cannot reach us": what family at home should do, who decides, whom to call first.
 */
family_instructions: string, settings: Settings, };

export type Section = "dashboard" | "household" | "documents" | "contacts" | "routes" | "checklists" | "phases" | "advisories" | "settings";

export type FieldRef = { section: Section, id?: string, field: string, };

export type FieldError = { at: FieldRef, message: string, };

export type Severity = "info" | "warning" | "critical";

export type Rule = "document_expiring_soon" | "document_expired" | "document_without_copy" | "no_alternate_route" | "no_contact_outside_country" | "route_not_verified";

export type Finding = { rule: Rule, severity: Severity, message: string, 
/**
 * The field to open to fix it.
 */
fix: FieldRef, };

export type ChecklistProgress = { checklist_id: string, title: string, done: number, total: number, };

export type Readiness = { 
/**
 * The day the rules were evaluated against.
 */
as_of: string, 
/**
 * Most severe first.
 */
findings: Array<Finding>, checklists: Array<ChecklistProgress>, };

export type ErrorPayload = { code: string, message: string, };

export type VaultState = "new" | "locked" | "unlocked";

export type Status = { state: VaultState, data_dir: string, app_version: string, 
/**
 * Only in the start-up benchmark (`--unlock-stdin`): the backend unlocked at start and the UI takes the
 * session with `current_session` instead of asking for the passphrase.
 */
adopt_session: boolean, };

export type Session = { plan: Plan, readiness: Readiness, has_recovery_key: boolean, };

export type SaveOutcome = { 
/**
 * False when `errors` is not empty: the stored plan is unchanged and the editor keeps the draft.
 */
saved: boolean, saved_at?: string, errors: Array<FieldError>, readiness: Readiness, };

export type Onboarding = { name: string, residence_country: string, city: string, nationalities: Array<string>, templates: Array<ChecklistTemplate>, };

export type Country = { code: string, name: string, };

export type TemplateInfo = { template: ChecklistTemplate, title: string, items: number, };

export type BackupEntry = { id: string, saved_at: string, 
/**
 * Bytes on disk; JSON numbers, not bigint, on the TypeScript side.
 */
size: number, };

export type WatchReason = { "kind": "residence" } | { "kind": "route", route_id: string, route_name: string, } | { "kind": "added" };

export type WatchedCountry = { 
/**
 * ISO 3166-1 alpha-2, upper case.
 */
country: string, reasons: Array<WatchReason>, };

export type PhaseSuggestion = { phase: Phase, tripwire_id: string, country: string, government: Government, level: number, };

export type WatchView = { countries: Array<CountryView>, governments: Array<GovernmentStatus>, 
/**
 * Highest level among watched countries and enabled governments; `None` before any data.
 */
highest?: number, suggestion?: PhaseSuggestion, 
/**
 * A poll is running now.
 */
checking: boolean, last_round?: string, next_round?: string, 
/**
 * 60 normally, 10 while a watched country is at level 3+ or the plan is above "normal".
 */
interval_minutes: number, 
/**
 * The watch state could not be read (damaged file set aside); shown once so the user knows history restarted.
 */
notice?: string, };

export type CountryView = { country: string, name: string, reasons: Array<WatchReason>, 
/**
 * One per enabled government that has advice for this country, in `Government::ALL` order.
 */
levels: Array<GovernmentLevel>, highest?: number, 
/**
 * Two governments differ by 2 levels or more: read both.
 */
disagree: boolean, 
/**
 * Newest first.
 */
history: Array<HistoryItem>, };

export type GovernmentLevel = { government: Government, 
/**
 * The feed the advice came from (`us-state-json`, …).
 */
source: string, level: number, 
/**
 * The government's own words for its level.
 */
native_label: string, regional_max?: number, leave_now: boolean, 
/**
 * When the government last published it.
 */
updated?: string, 
/**
 * When Lifeboat last confirmed it (a fresh fetch or a 304).
 */
checked?: string, 
/**
 * The last attempts to refresh it failed; `checked` says how old it is.
 */
stale: boolean, 
/**
 * The official page (https only), opened in the system browser.
 */
url?: string, 
/**
 * Sanitised by the watch with a strict allow-list (no script, no images, https links only).
 */
summary_html: string, };

export type HistoryKind = "baseline" | "changed" | "reissued" | "leave_now_changed";

export type HistoryItem = { 
/**
 * When Lifeboat noticed it.
 */
at: string, government: Government, kind: HistoryKind, level: number, from?: number, native_label: string, updated?: string, };

export type GovernmentStatus = { government: Government, enabled: boolean, 
/**
 * The last fetch that produced or confirmed data.
 */
last_success?: string, last_attempt?: string, 
/**
 * Why the last attempt failed, when it did.
 */
error?: ErrorPayload, stale: boolean, 
/**
 * Countries in the last good payload.
 */
countries: number, };

export type Sections = { cover: boolean, family_instructions: boolean, contacts: boolean, routes: boolean, documents: boolean, checklists: boolean, };

export type Redaction = "full" | "last4" | "hidden";

export type Paper = "a4" | "us_letter";

export type PdfChoices = { sections: Sections, redaction: Redaction, paper: Paper, 
/**
 * Medical notes and blood types, left out unless asked for: the copy may travel through many hands.
 */
include_medical: boolean, };

export type PdfReport = { pages: number, bytes: number, 
/**
 * Things the reader should know (no font for Chinese text, …).
 */
warnings: Array<string>, };

