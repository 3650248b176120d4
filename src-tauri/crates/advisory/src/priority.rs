//! How urgent an alert or an advisory update reads, from its own words: THE one place the rule lists live.
//!
//! Every rule is a case-insensitive regex with word boundaries, run on plain text (never HTML; `’` and `‘`
//! read as `'`), and carries a code ([`Rule`], `leave_now`) that the UI and the notifications word in the reader's
//! language, with its English words ("tells people to leave") stored beside it.
//!
//! | priority | rule (reason shown) | matched on |
//! |---|---|---|
//! | High | tells people to leave ([`crate::wording::says_leave_now`], the leave-now rule) | note/title and text |
//! | High | reports an evacuation | note/title and text |
//! | High | reports an ordered departure ("ordered departure", "ordered … employees to leave/depart", "authorized departure") | note/title and text |
//! | High | reports staff withdrawn ("staff … withdrawn", "withdrawal of … staff", "staff … evacuated") | note/title and text |
//! | High | reports an embassy closing or closed (embassy/consulate … closed/closing/closure/suspended operations) | note/title and text |
//! | High | reports an airport or airspace closing or closed | note/title and text |
//! | High | reports a border closing or closed | note/title and text |
//! | High | reports a curfew | note/title and text |
//! | Low | reviewed and reissued without amendment | note/title only |
//! | Low | editorial change only ("editorial change", "minor editorial", "editorial update", "editorial review") | note/title only |
//! | Low | no change to the level or risk indicators ("no changes to the advisory level or risk indicators") | note/title only |
//! | Normal | a new alert or update (nothing above matched) | — |
//!
//! Order, because real notes combine them: a High rule in the note or title wins; then the two Low rules that
//! say nothing of substance changed ("without amendment", editorial only), whatever the standing text says
//! (a level-4 summary keeps its "leave immediately" through every editorial republish); then a High rule in the
//! text; then "no changes to the advisory level or risk indicators", which the US also writes above real news
//! ("… Advisory summary was updated to reflect changes to U.S. embassy operations" over an ordered departure, Iraq
//! 2 March 2026), so the text's High rules go first; then Normal.
//!
//! Negations seen in real captures are not High: a High match is ignored when its sentence reports the end
//! of the thing ("lifting of ordered departure", "curfew has been lifted", "reopened", "no longer"), the removal
//! of the information ("Removal of information on temporary withdrawal of UK staff"), or when one of "not",
//! "no", "never", "without", "unlikely" stands within the six words before it ("does not plan to evacuate").
//! A closure "for the holiday" (embassies announce those as alerts too) is not High, nor is an evacuation named
//! as standing advice in its sentence ("ask your insurer about evacuation assistance", in every US advisory).

use std::sync::OnceLock;

use regex::bytes::Regex;
use serde::{Deserialize, Serialize};

use crate::level::Level;
use crate::wording;

/// How urgent an item reads. Ordered: `Low < Normal < High`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Priority {
    /// A quiet history entry; no notification.
    Low,
    /// A notification.
    Normal,
    /// A critical notification.
    High,
}

impl Priority {
    pub fn as_str(self) -> &'static str {
        match self {
            Priority::Low => "low",
            Priority::Normal => "normal",
            Priority::High => "high",
        }
    }
}

/// The rule that decided a priority: a stable code (snake_case in JSON: `leave_now`, `editorial`, …) that the UI
/// and the notifications word in the reader's language, beside the English words kept in [`Assessment::reason`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Rule {
    LeaveNow,
    Evacuation,
    OrderedDeparture,
    StaffWithdrawn,
    EmbassyClosed,
    AirportClosed,
    BorderClosed,
    Curfew,
    ReissuedWithoutAmendment,
    Editorial,
    NoLevelChange,
    /// Nothing above matched: a new alert or update.
    NewItem,
    LevelRose,
    LevelLowered,
    /// The leave-now wording went at the same level.
    NoLongerLeaveNow,
}

impl Rule {
    pub const ALL: [Rule; 15] = [
        Rule::LeaveNow,
        Rule::Evacuation,
        Rule::OrderedDeparture,
        Rule::StaffWithdrawn,
        Rule::EmbassyClosed,
        Rule::AirportClosed,
        Rule::BorderClosed,
        Rule::Curfew,
        Rule::ReissuedWithoutAmendment,
        Rule::Editorial,
        Rule::NoLevelChange,
        Rule::NewItem,
        Rule::LevelRose,
        Rule::LevelLowered,
        Rule::NoLongerLeaveNow,
    ];

    /// The code, as serialised.
    pub fn as_str(self) -> &'static str {
        match self {
            Rule::LeaveNow => "leave_now",
            Rule::Evacuation => "evacuation",
            Rule::OrderedDeparture => "ordered_departure",
            Rule::StaffWithdrawn => "staff_withdrawn",
            Rule::EmbassyClosed => "embassy_closed",
            Rule::AirportClosed => "airport_closed",
            Rule::BorderClosed => "border_closed",
            Rule::Curfew => "curfew",
            Rule::ReissuedWithoutAmendment => "reissued_without_amendment",
            Rule::Editorial => "editorial",
            Rule::NoLevelChange => "no_level_change",
            Rule::NewItem => "new_item",
            Rule::LevelRose => "level_rose",
            Rule::LevelLowered => "level_lowered",
            Rule::NoLongerLeaveNow => "no_longer_leave_now",
        }
    }

    /// The rule's English words, as stored in history entries beside the code (and shown for entries written
    /// before the code existed).
    pub fn words(self) -> &'static str {
        match self {
            Rule::LeaveNow => REASON_LEAVE,
            Rule::Evacuation => "reports an evacuation",
            Rule::OrderedDeparture => "reports an ordered departure",
            Rule::StaffWithdrawn => "reports staff withdrawn",
            Rule::EmbassyClosed => "reports an embassy closing or closed",
            Rule::AirportClosed => "reports an airport or airspace closing or closed",
            Rule::BorderClosed => "reports a border closing or closed",
            Rule::Curfew => "reports a curfew",
            Rule::ReissuedWithoutAmendment => "reviewed and reissued without amendment",
            Rule::Editorial => "editorial change only",
            Rule::NoLevelChange => "no change to the level or risk indicators",
            Rule::NewItem => REASON_NORMAL,
            Rule::LevelRose => "the level rose",
            Rule::LevelLowered => "the level was lowered",
            Rule::NoLongerLeaveNow => "no longer tells people to leave",
        }
    }
}

/// A priority with the rule that decided it, as a code and in English words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Assessment {
    pub priority: Priority,
    pub rule: Rule,
    /// The rule's words: "tells people to leave", "editorial change only", … ([`Rule::words`]).
    pub reason: String,
}

impl Assessment {
    pub fn new(priority: Priority, rule: Rule) -> Self {
        Assessment {
            priority,
            rule,
            reason: rule.words().to_owned(),
        }
    }
}

pub const REASON_LEAVE: &str = "tells people to leave";
pub const REASON_NORMAL: &str = "a new alert or update";

/// The High rules besides leaving (which is [`wording::says_leave_now`]): (rule, pattern).
const HIGH_RULES: &[(Rule, &str)] = &[
    (Rule::Evacuation, r"\bevacuat(?:e|es|ed|ing|ion|ions)\b"),
    (
        Rule::OrderedDeparture,
        r"\b(?:ordered|authori[sz]ed)\s+departure\b|\bordered\b(?:\s+[^\s;:!?]+){1,8}\s+to\s+(?:leave|depart)\b",
    ),
    (
        Rule::StaffWithdrawn,
        r"\bstaff\b(?:\s+[^\s;:!?]+){0,6}\s+(?:withdrawn|evacuated|relocated)\b|\bwithdr(?:awal|ew|awn)\s+(?:of\s+)?(?:[^\s;:!?]+\s+){0,4}(?:staff|personnel|diplomats)\b",
    ),
    (
        Rule::EmbassyClosed,
        r"\b(?:embassy|consulate|consular section|interests section)\b(?:\s+[^\s;:!?]+){0,6}\s+(?:(?:is|are|has|have|been|will|be|now|temporarily|remains?)\s+)*(?:closed|closing|closes|shut|suspended)\b|\bclos(?:ure|ed|ing)\s+(?:of\s+)?(?:the\s+)?(?:[^\s;:!?]+\s+){0,4}(?:embassy|consulate)\b|\bsuspend(?:ed|s|ing)?\s+(?:all\s+)?(?:its\s+)?(?:routine\s+)?(?:consular\s+)?operations\b",
    ),
    (
        Rule::AirportClosed,
        r"\b(?:airports?|airspace)\b(?:\s+[^\s;:!?]+){0,6}\s+(?:closed|closing|closes|shut)\b|\bclos(?:ure|ed|ing)\s+(?:of\s+)?(?:the\s+)?(?:[^\s;:!?]+\s+){0,3}(?:airports?|airspace)\b",
    ),
    (
        Rule::BorderClosed,
        r"\bborders?(?:\s+crossings?)?\b(?:\s+[^\s;:!?]+){0,6}\s+(?:closed|closing|closes|shut)\b|\bclos(?:ure|ed|ing)\s+(?:of\s+)?(?:the\s+)?(?:[^\s;:!?]+\s+){0,3}borders?\b",
    ),
    (Rule::Curfew, r"\bcurfews?\b"),
];

/// Per High rule, wording in the same sentence that makes its match standing advice rather than news: "check
/// with your insurer about evacuation assistance" is in every US advisory.
const NOT_NEWS: &[(Rule, &str)] = &[(
    Rule::Evacuation,
    r"\bmedical\s+evacuation|\bevacuation\s+(?:assistance|insurance|coverage|costs?|plans?|options?|routes?|procedures?)\b|\binsurance\b",
)];

/// The Low rules that say nothing of substance changed: they win over the standing text.
const LOW_RULES: &[(Rule, &str)] = &[
    (Rule::ReissuedWithoutAmendment, r"\bwithout\s+amendments?\b"),
    (
        Rule::Editorial,
        r"\b(?:minor\s+)?editorial\s+(?:changes?|updates?|corrections?|amendments?|reviews?)\b|\bminor\s+editorial\b",
    ),
];

/// The US note that sits above real news too: weaker than the text's High rules.
const SOFT_LOW: (Rule, &str) = (
    Rule::NoLevelChange,
    r"\bno\s+changes?\s+to\s+the\s+(?:advisory\s+)?level\b",
);

/// In the six words before a match: the match is negated.
const NEGATORS_BEFORE: &str =
    r"(?:^|\s)(?:not|no|never|without|unlikely|cannot|can't|won't|don't|doesn't)(?:\s|$)";
/// Anywhere in the match's sentence: the sentence reports the end of the thing, or the removal of the
/// information about it.
const NEGATORS_IN_SENTENCE: &str = r"\b(?:lift(?:ed|ing)|ended|ending|end\s+of|reopen(?:ed|s|ing)?|re-opened|no\s+longer|removal|removed|resum(?:ed|ption)|holidays?|in\s+observance)\b";

/// The rules are English words: compiled over bytes with ASCII classes, word boundaries and case (`(?i-u)`), as
/// [`wording`]'s patterns are, they hold a fraction of what Unicode-aware automata would for the life of the
/// watch. The text's quotes are made `'` before matching ([`normalise`]).
fn compile(p: &str) -> Regex {
    Regex::new(&format!("(?i-u){p}")).unwrap_or_else(|e| panic!("static regex {p}: {e}"))
}

fn rules(list: &'static [(Rule, &'static str)]) -> Vec<(Rule, Regex)> {
    list.iter().map(|(r, p)| (*r, compile(p))).collect()
}

fn high_rules() -> &'static [(Rule, Regex)] {
    static R: OnceLock<Vec<(Rule, Regex)>> = OnceLock::new();
    R.get_or_init(|| rules(HIGH_RULES))
}

fn low_rules() -> &'static [(Rule, Regex)] {
    static R: OnceLock<Vec<(Rule, Regex)>> = OnceLock::new();
    R.get_or_init(|| rules(LOW_RULES))
}

fn soft_low() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    R.get_or_init(|| compile(SOFT_LOW.1))
}

fn not_news() -> &'static [(Rule, Regex)] {
    static R: OnceLock<Vec<(Rule, Regex)>> = OnceLock::new();
    R.get_or_init(|| rules(NOT_NEWS))
}

fn negators() -> &'static (Regex, Regex) {
    static R: OnceLock<(Regex, Regex)> = OnceLock::new();
    R.get_or_init(|| (compile(NEGATORS_BEFORE), compile(NEGATORS_IN_SENTENCE)))
}

/// Quotes as `'`, so the rules need not list every apostrophe.
fn normalise(text: &str) -> String {
    text.replace(['’', '‘'], "'")
}

/// The sentence around `start..end` (bounded by `.`, `!`, `?`, `;` or a line break).
fn sentence(text: &str, start: usize, end: usize) -> (&str, &str) {
    let is_stop = |c: char| matches!(c, '.' | '!' | '?' | ';' | '\n');
    let from = text[..start].rfind(is_stop).map_or(0, |i| i + 1);
    let to = text[end..].find(is_stop).map_or(text.len(), |i| end + i);
    (&text[from..start], &text[from..to])
}

fn negated(rule: Rule, text: &str, start: usize, end: usize) -> bool {
    let (before, whole) = sentence(text, start, end);
    let last_words: Vec<&str> = before.split_whitespace().rev().take(6).collect();
    let window: String = last_words.into_iter().rev().collect::<Vec<_>>().join(" ");
    let (before_re, sentence_re) = negators();
    before_re.is_match(window.as_bytes())
        || sentence_re.is_match(whole.as_bytes())
        || not_news()
            .iter()
            .any(|(r, re)| *r == rule && re.is_match(whole.as_bytes()))
}

/// The first High rule the text matches (not negated).
fn high(text: &str) -> Option<Rule> {
    if wording::says_leave_now(text) {
        return Some(Rule::LeaveNow);
    }
    high_rules().iter().find_map(|(rule, re)| {
        re.find_iter(text.as_bytes())
            // The rules start and end on ASCII, so a match is on character boundaries; should one not be,
            // it is not read rather than sliced mid-character.
            .filter(|m| text.is_char_boundary(m.start()) && text.is_char_boundary(m.end()))
            .any(|m| !negated(*rule, text, m.start(), m.end()))
            .then_some(*rule)
    })
}

/// The priority of an alert or update: `note` is its title or change note, `text` its plain-text body (see the
/// module documentation for the rules and their order).
pub fn assess(note: &str, text: &str) -> Assessment {
    let (note, text) = (normalise(note), normalise(text));
    if let Some(rule) = high(&note) {
        return Assessment::new(Priority::High, rule);
    }
    if let Some((rule, _)) = low_rules()
        .iter()
        .find(|(_, re)| re.is_match(note.as_bytes()))
    {
        return Assessment::new(Priority::Low, *rule);
    }
    if let Some(rule) = high(&text) {
        return Assessment::new(Priority::High, rule);
    }
    if soft_low().is_match(note.as_bytes()) {
        return Assessment::new(Priority::Low, SOFT_LOW.0);
    }
    Assessment::new(Priority::Normal, Rule::NewItem)
}

/// A level change: High when it rose, Normal when it fell.
pub fn level_change(from: Level, to: Level) -> Assessment {
    if to > from {
        Assessment::new(Priority::High, Rule::LevelRose)
    } else {
        Assessment::new(Priority::Normal, Rule::LevelLowered)
    }
}

/// The leave-now wording appeared (High) or went (Normal) at the same level.
pub fn leave_now_change(now: bool) -> Assessment {
    if now {
        Assessment::new(Priority::High, Rule::LeaveNow)
    } else {
        Assessment::new(Priority::Normal, Rule::NoLongerLeaveNow)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(note: &str, text: &str) -> (Priority, String) {
        let a = assess(note, text);
        (a.priority, a.reason)
    }

    #[test]
    fn high_rules_name_their_reason() {
        for (note, rule) in [
            ("Leave Iran now.", Rule::LeaveNow),
            ("U.S. citizens should depart immediately.", Rule::LeaveNow),
            (
                "The Department is conducting an evacuation of U.S. citizens.",
                Rule::Evacuation,
            ),
            (
                "Updated to reflect ordered departure of non-emergency U.S. government personnel.",
                Rule::OrderedDeparture,
            ),
            (
                "On March 2, 2026, the Department of State ordered non-emergency U.S. government employees to leave Iraq due to security concerns.",
                Rule::OrderedDeparture,
            ),
            (
                "Updated information on regional tensions, and due to the security situation, UK staff have been temporarily withdrawn from Iran.",
                Rule::StaffWithdrawn,
            ),
            (
                "The Swiss Foreign Interests Section in Tehran is temporarily closed.",
                Rule::EmbassyClosed,
            ),
            (
                "Updated information that Iranian airspace has now closed",
                Rule::AirportClosed,
            ),
            (
                "The land border crossings with Armenia are closed.",
                Rule::BorderClosed,
            ),
            (
                "Authorities have imposed a curfew from 20:00 to 06:00.",
                Rule::Curfew,
            ),
        ] {
            assert_eq!(p(note, ""), (Priority::High, rule.words().to_owned()), "{note}");
            assert_eq!(assess(note, "").rule, rule, "{note}");
        }
    }

    #[test]
    fn negations_from_real_captures_are_not_high() {
        for note in [
            "Removal of information on temporary withdrawal of UK staff from Iran and the embassy operating remotely",
            "Removal of information about staff being temporarily withdrawn from Iran.",
            "Updated to reflect the lifting of ordered departure of non-emergency U.S. government personnel.",
            "The curfew has been lifted.",
            "The airport has reopened and commercial flights have resumed.",
            "The U.S. government does not plan to evacuate U.S. citizens.",
            "Check with your travel insurance provider about evacuation assistance, medical insurance, and trip cancellation coverage.",
            "The U.S. Embassy will be closed on Monday in observance of a U.S. holiday.",
            "Removal of border crossing information following resumption of commercial airline operations.",
            "Be prepared to depart immediately with little to no warning.",
        ] {
            assert_eq!(p(note, "").0, Priority::Normal, "{note}");
        }
    }

    #[test]
    fn nothing_changed_is_low_and_wins_over_standing_text() {
        let standing =
            "Do not travel to Iran for any reason. U.S. citizens in Iran should leave immediately.";
        assert_eq!(
            p("Reviewed and reissued without amendment.", standing),
            (
                Priority::Low,
                "reviewed and reissued without amendment".to_owned()
            )
        );
        assert_eq!(p("Health – editorial change", standing).0, Priority::Low);
        assert_eq!(p("Minor editorial update", "").0, Priority::Low);
        assert_eq!(
            p(
                "There were no changes to the advisory level or risk indicators. Advisory summary was updated.",
                "Do not travel to Iraq for any reason."
            ),
            (
                Priority::Low,
                "no change to the level or risk indicators".to_owned()
            )
        );
    }

    #[test]
    fn news_under_a_no_change_note_is_high() {
        let a = assess(
            "There were no changes to the advisory level or risk indicators. Advisory summary was updated to reflect changes to U.S. embassy operations.",
            "On March 2, 2026, the Department of State ordered non-emergency U.S. government employees to leave Iraq due to security concerns.",
        );
        assert_eq!(a.priority, Priority::High);
        assert_eq!(a.reason, "reports an ordered departure");
    }

    #[test]
    fn words_match_whole_and_any_case() {
        assert_eq!(p("CURFEW IN EFFECT", "").0, Priority::High);
        assert_eq!(p("Curfews and demonstrations", "").0, Priority::High);
        assert_eq!(p("Closedown of the office canteen", "").0, Priority::Normal);
        assert_eq!(p("Demonstration Alert", "").0, Priority::Normal);
        assert_eq!(p("Discloses the bordering regions", "").0, Priority::Normal);
    }

    #[test]
    fn every_rule_has_its_code_and_words() {
        for rule in Rule::ALL {
            let json = serde_json::to_string(&rule).expect("json");
            assert_eq!(json, format!("\"{}\"", rule.as_str()));
            assert_eq!(serde_json::from_str::<Rule>(&json).expect("back"), rule);
            assert!(!rule.words().is_empty());
        }
        let a = assess("Authorities have imposed a curfew.", "");
        assert_eq!(
            (a.rule, a.reason.as_str()),
            (Rule::Curfew, "reports a curfew")
        );
        assert_eq!(assess("Minor editorial update", "").rule, Rule::Editorial);
        assert_eq!(assess("Demonstration Alert", "").rule, Rule::NewItem);
        assert_eq!(
            assess("There were no changes to the advisory level.", "").rule,
            Rule::NoLevelChange
        );
    }

    #[test]
    fn level_changes() {
        assert_eq!(
            level_change(Level::RECONSIDER, Level::DO_NOT_TRAVEL).priority,
            Priority::High
        );
        assert_eq!(
            level_change(Level::DO_NOT_TRAVEL, Level::RECONSIDER).priority,
            Priority::Normal
        );
        assert_eq!(leave_now_change(true).reason, REASON_LEAVE);
        assert_eq!(leave_now_change(true).rule, Rule::LeaveNow);
        assert_eq!(leave_now_change(false).rule, Rule::NoLongerLeaveNow);
        assert_eq!(
            level_change(Level::RECONSIDER, Level::DO_NOT_TRAVEL).rule,
            Rule::LevelRose
        );
        assert_eq!(
            level_change(Level::DO_NOT_TRAVEL, Level::RECONSIDER).rule,
            Rule::LevelLowered
        );
    }
}
