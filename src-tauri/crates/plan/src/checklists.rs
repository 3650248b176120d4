//! Lists to tick off before and on departure day, and the built-in templates they start from.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ChecklistTemplate {
    #[serde(rename = "go_bag_72h")]
    GoBag72h,
    DocumentsAndCopies,
    Money,
    Digital,
    HomeAndPets,
    DepartureDay,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, TS, JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct ChecklistItem {
    pub id: String,
    pub text: String,
    pub done: bool,
    #[ts(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quantity: Option<u32>,
    /// For things that go off: medicine, water, food, cash in a currency being withdrawn.
    #[ts(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expires: Option<chrono::NaiveDate>,
    pub notes: String,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, TS, JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct Checklist {
    pub id: String,
    pub title: String,
    /// The template this list started from, if any; the items are the user's own once added.
    #[ts(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub template: Option<ChecklistTemplate>,
    pub items: Vec<ChecklistItem>,
}

impl Checklist {
    pub fn done_count(&self) -> usize {
        self.items.iter().filter(|i| i.done).count()
    }
}

/// A template's items: (catalogue id of the text, quantity). Written for a household leaving by air or road with
/// little notice. The text is written in the user's language when the list is made; from then on it is theirs.
fn template_items(t: ChecklistTemplate) -> &'static [(&'static str, Option<u32>)] {
    use ChecklistTemplate::*;
    match t {
        GoBag72h => &[
            ("plan-item-go-bag-water", Some(9)),
            ("plan-item-go-bag-food", None),
            ("plan-item-go-bag-medicines", None),
            ("plan-item-go-bag-first-aid", Some(1)),
            ("plan-item-go-bag-torch", Some(1)),
            ("plan-item-go-bag-power-bank", Some(2)),
            ("plan-item-go-bag-chargers", None),
            ("plan-item-go-bag-clothes", None),
            ("plan-item-go-bag-hygiene", Some(1)),
            ("plan-item-go-bag-map", Some(1)),
            ("plan-item-go-bag-whistle", None),
            ("plan-item-go-bag-copies", Some(1)),
        ],
        DocumentsAndCopies => &[
            ("plan-item-documents-passports", None),
            ("plan-item-documents-residence", None),
            ("plan-item-documents-certificates", None),
            ("plan-item-documents-vaccinations", None),
            ("plan-item-documents-insurance", None),
            ("plan-item-documents-paper-copies", None),
            ("plan-item-documents-usb", Some(1)),
            ("plan-item-documents-cloud", None),
            ("plan-item-documents-photos", Some(4)),
        ],
        Money => &[
            ("plan-item-money-usd", Some(500)),
            ("plan-item-money-eur", Some(300)),
            ("plan-item-money-local", None),
            ("plan-item-money-transit", None),
            ("plan-item-money-two-cards", Some(2)),
            ("plan-item-money-card-abroad", Some(1)),
            ("plan-item-money-hidden-cash", None),
        ],
        Digital => &[
            ("plan-item-digital-backup", None),
            ("plan-item-digital-offline-maps", None),
            ("plan-item-digital-contacts", None),
            ("plan-item-digital-vpn", None),
            ("plan-item-digital-devices", None),
            ("plan-item-digital-recovery-codes", None),
            ("plan-item-digital-cables", None),
        ],
        HomeAndPets => &[
            ("plan-item-home-keys", None),
            ("plan-item-home-bills", None),
            ("plan-item-home-pet-carrier", None),
            ("plan-item-home-pet-export", None),
            ("plan-item-home-valuables", None),
            ("plan-item-home-shut-off", None),
        ],
        DepartureDay => &[
            ("plan-item-departure-tell-contact", None),
            ("plan-item-departure-embassy", None),
            ("plan-item-departure-fuel", None),
            ("plan-item-departure-go-bags", None),
            ("plan-item-departure-documents", None),
            ("plan-item-departure-phones", None),
            ("plan-item-departure-check-in", None),
        ],
    }
}

impl ChecklistTemplate {
    pub const ALL: [ChecklistTemplate; 6] = [
        Self::GoBag72h,
        Self::DocumentsAndCopies,
        Self::Money,
        Self::Digital,
        Self::HomeAndPets,
        Self::DepartureDay,
    ];

    pub fn item_count(self) -> usize {
        template_items(self).len()
    }

    /// A fresh, editable list from this template, its title and items written in `locale`. `new_id` makes every
    /// id: the caller decides how ids look (random in the app, predictable in tests). The words are the person's
    /// from then on, so they carry no bidi isolation marks ([`lifeboat_i18n::plain_text`]).
    pub fn instantiate(self, locale: &str, mut new_id: impl FnMut() -> String) -> Checklist {
        Checklist {
            id: new_id(),
            title: lifeboat_i18n::plain_text(self.label(locale)),
            template: Some(self),
            items: template_items(self)
                .iter()
                .map(|(text, quantity)| ChecklistItem {
                    id: new_id(),
                    text: lifeboat_i18n::plain_text(lifeboat_i18n::tr(locale, text, &[])),
                    done: false,
                    quantity: *quantity,
                    expires: None,
                    notes: String::new(),
                })
                .collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_template_gives_a_titled_list_with_unique_item_ids() {
        for t in ChecklistTemplate::ALL {
            let mut n = 0;
            let list = t.instantiate("en", || {
                n += 1;
                format!("id-{n}")
            });
            assert_eq!(list.title, t.label("en"));
            assert!(
                list.items.len() >= 5,
                "{t:?} has too few items to be useful"
            );
            let mut ids: Vec<_> = list.items.iter().map(|i| i.id.as_str()).collect();
            ids.push(&list.id);
            let before = ids.len();
            ids.sort_unstable();
            ids.dedup();
            assert_eq!(ids.len(), before);
            assert_eq!(list.done_count(), 0);
        }
    }

    #[test]
    fn a_template_is_written_in_the_language_asked_for() {
        let en = ChecklistTemplate::Money.instantiate("en", String::new);
        let fa = ChecklistTemplate::Money.instantiate("fa", String::new);
        assert_eq!(en.title, "Money");
        assert_eq!(en.items[0].text, "US dollars in small notes");
        assert_eq!(fa.title, "پول");
        assert!(fa.items[0].text.contains("دلار"), "{}", fa.items[0].text);
        assert_eq!(fa.items[0].quantity, Some(500));
    }

    #[test]
    fn no_template_writes_isolation_marks_into_the_plan_in_any_language() {
        let marked = |s: &str| s.contains(|c| matches!(c, '\u{2066}'..='\u{2069}'));
        for locale in lifeboat_i18n::LOCALES {
            for t in ChecklistTemplate::ALL {
                let list = t.instantiate(locale.code, String::new);
                assert!(!marked(&list.title), "{}: {:?}", locale.code, list.title);
                for item in &list.items {
                    assert!(!marked(&item.text), "{}: {:?}", locale.code, item.text);
                }
            }
        }
    }
}
