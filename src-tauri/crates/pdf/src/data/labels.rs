//! Every fixed word of the page (headings, column heads, notes) in the PDF's language, read by the template as
//! `m.l.<field>`. Sentences that hold a value only Typst knows (the page number) or a drawn mark (the 24/7 tag)
//! carry a private-use character where it goes, which the template's `fill` replaces.

use lifeboat_i18n::t;
use serde::Serialize;

use crate::lang::Lang;

/// Stands for the first value the template fills into a sentence; the next one is `U+E001`, and so on.
pub(crate) const SLOT_0: &str = "\u{E000}";
pub(crate) const SLOT_1: &str = "\u{E001}";

#[derive(Debug, Serialize)]
pub(crate) struct Labels {
    pub made: String,
    pub confidential: String,
    /// "Page \u{E000} of \u{E001}".
    pub page: String,
    pub arrow: String,
    /// ", " in most languages, "، " in Persian and Arabic: between a rally point's name and its address.
    pub list_separator: String,
    pub tag_24_7: String,

    pub cover_intro: String,
    pub cover_updated: Option<String>,
    pub phase: String,
    pub doing: String,
    pub household: String,
    pub name: String,
    pub relationship: String,
    pub nationality: String,
    pub born: String,
    pub medical: String,
    pub lives: String,

    pub advisories: String,
    pub advisories_none: String,
    pub advisories_scale: String,
    pub country: String,
    pub level: String,
    pub meaning: String,
    pub source: String,
    pub wording: String,
    pub updated: String,

    pub instructions: String,
    pub instructions_none: String,
    pub call_first: String,
    pub who: String,
    pub role: String,
    pub phone: String,
    pub leave_now: String,
    pub tripwires: String,
    pub when: String,
    pub move_to: String,
    pub notes: String,

    pub contacts: String,
    pub contacts_none: String,
    /// "In the order to call them. \u{E000} means they answer at any hour."
    pub contacts_intro: String,
    pub contacts_number: String,
    pub contacts_who: String,
    pub contacts_phones: String,
    pub contacts_other: String,

    pub routes: String,
    pub routes_none: String,
    pub legs_number: String,
    pub from_to: String,
    pub by: String,
    pub time: String,
    pub border: String,
    pub needs: String,
    pub rally_points: String,

    pub documents: String,
    pub documents_last4: String,
    pub documents_hidden: String,
    pub documents_none: String,
    pub document: String,
    pub holder: String,
    pub number: String,
    pub expires: String,
    pub original: String,
    pub copies: String,
    pub expired: String,

    pub checklists: String,
    pub checklists_none: String,
    pub item: String,
    pub quantity: String,
}

impl Labels {
    /// `made` is the day the copy is made, `generated` the same instant with its time, `updated` when the plan
    /// last changed, all already in the PDF's language.
    pub fn new(l: &Lang, made: &str, generated: &str, updated: Option<&str>) -> Self {
        let c = l.code;
        Self {
            made: t!(c, "pdf-header-made", date = made),
            confidential: t!(c, "pdf-footer-confidential"),
            page: bare(t!(c, "pdf-footer-page", page = SLOT_0, pages = SLOT_1)),
            arrow: t!(c, "pdf-leg-arrow"),
            list_separator: t!(c, "pdf-list-separator"),
            tag_24_7: t!(c, "pdf-tag-24-7"),

            cover_intro: t!(c, "pdf-cover-intro", date = generated),
            cover_updated: updated.map(|d| t!(c, "pdf-cover-updated", date = d)),
            phase: t!(c, "pdf-cover-phase"),
            doing: t!(c, "pdf-cover-doing"),
            household: t!(c, "pdf-household-heading"),
            name: t!(c, "pdf-household-name"),
            relationship: t!(c, "pdf-household-relationship"),
            nationality: t!(c, "pdf-household-nationality"),
            born: t!(c, "pdf-household-born"),
            medical: t!(c, "pdf-household-medical"),
            lives: t!(c, "pdf-household-lives"),

            advisories: t!(c, "pdf-advisories-heading"),
            advisories_none: t!(c, "pdf-advisories-none"),
            advisories_scale: l.digits(&t!(c, "pdf-advisories-scale")),
            country: t!(c, "pdf-advisories-country"),
            level: t!(c, "pdf-advisories-level"),
            meaning: t!(c, "pdf-advisories-meaning"),
            source: t!(c, "pdf-advisories-source"),
            wording: t!(c, "pdf-advisories-wording"),
            updated: t!(c, "pdf-advisories-updated"),

            instructions: t!(c, "pdf-instructions-heading"),
            instructions_none: t!(c, "pdf-instructions-none"),
            call_first: t!(c, "pdf-call-first-heading"),
            who: t!(c, "pdf-call-first-who"),
            role: t!(c, "pdf-call-first-role"),
            phone: t!(c, "pdf-call-first-phone"),
            leave_now: t!(c, "pdf-leave-now-heading"),
            tripwires: t!(c, "pdf-tripwires-heading"),
            when: t!(c, "pdf-tripwires-when"),
            move_to: t!(c, "pdf-tripwires-phase"),
            notes: t!(c, "pdf-tripwires-notes"),

            contacts: t!(c, "pdf-contacts-heading"),
            contacts_none: t!(c, "pdf-contacts-none"),
            contacts_intro: bare(t!(c, "pdf-contacts-intro", tag = SLOT_0)),
            contacts_number: t!(c, "pdf-contacts-number"),
            contacts_who: t!(c, "pdf-contacts-who"),
            contacts_phones: t!(c, "pdf-contacts-phones"),
            contacts_other: t!(c, "pdf-contacts-other"),

            routes: t!(c, "pdf-routes-heading"),
            routes_none: t!(c, "pdf-routes-none"),
            legs_number: t!(c, "pdf-legs-number"),
            from_to: t!(c, "pdf-legs-from-to"),
            by: t!(c, "pdf-legs-by"),
            time: t!(c, "pdf-legs-time"),
            border: t!(c, "pdf-legs-border"),
            needs: t!(c, "pdf-legs-needs"),
            rally_points: t!(c, "pdf-rally-points"),

            documents: t!(c, "pdf-documents-heading"),
            documents_last4: t!(c, "pdf-documents-last4"),
            documents_hidden: t!(c, "pdf-documents-hidden"),
            documents_none: t!(c, "pdf-documents-none"),
            document: t!(c, "pdf-documents-document"),
            holder: t!(c, "pdf-documents-holder"),
            number: t!(c, "pdf-documents-number"),
            expires: t!(c, "pdf-documents-expires"),
            original: t!(c, "pdf-documents-original"),
            copies: t!(c, "pdf-documents-copies"),
            expired: t!(c, "pdf-documents-expired"),

            checklists: t!(c, "pdf-checklists-heading"),
            checklists_none: t!(c, "pdf-checklists-none"),
            item: t!(c, "pdf-checklists-item"),
            quantity: t!(c, "pdf-checklists-quantity"),
        }
    }
}

/// A sentence with slots, without Fluent's isolation marks around them: the template cuts it at the slots and
/// places the parts as they are, and a mark left in a part would end up in the PDF's text.
fn bare(s: String) -> String {
    s.replace(['\u{2068}', '\u{2069}'], "")
}
