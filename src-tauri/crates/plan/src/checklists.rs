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

/// A template's items: (text, quantity). Written for a household leaving by air or road with little notice.
fn template_items(t: ChecklistTemplate) -> &'static [(&'static str, Option<u32>)] {
    use ChecklistTemplate::*;
    match t {
        GoBag72h => &[
            ("Drinking water, litres per person", Some(9)),
            ("Non-perishable food for 3 days", None),
            (
                "Prescription medicines for 2 weeks, with prescriptions",
                None,
            ),
            ("First-aid kit", Some(1)),
            ("Torch / headlamp and spare batteries", Some(1)),
            ("Power bank, charged", Some(2)),
            ("Phone chargers and a multi-plug adapter", None),
            ("Change of clothes and rain layer per person", None),
            ("Basic hygiene kit", Some(1)),
            ("Paper map of the city and the routes out", Some(1)),
            ("Whistle and dust masks", None),
            ("Copies of key documents in a waterproof pouch", Some(1)),
        ],
        DocumentsAndCopies => &[
            ("Passports for everyone, valid 6+ months", None),
            ("Residence permits and exit/re-entry permits", None),
            ("Birth and marriage certificates", None),
            ("Vaccination records (people and pets)", None),
            ("Insurance policies and emergency numbers", None),
            ("Paper copies stored with family abroad", None),
            ("Scans on an encrypted USB stick in the go-bag", Some(1)),
            ("Scans in a cloud account reachable from any phone", None),
            ("Passport photos per person", Some(4)),
        ],
        Money => &[
            ("US dollars in small notes", Some(500)),
            ("Euros in small notes", Some(300)),
            ("Local currency for the first days", None),
            ("Currency of the first transit country", None),
            ("Two bank cards from different banks", Some(2)),
            ("Card that works abroad, tested this month", Some(1)),
            ("Emergency cash hidden separately from the wallet", None),
        ],
        Digital => &[
            ("Backup of phone and laptop, tested restore", None),
            ("Offline maps downloaded for every route", None),
            ("Contacts list printed and stored offline", None),
            ("VPN installed and tested", None),
            ("Plan to wipe or leave sensitive devices", None),
            ("Two-factor recovery codes stored outside the country", None),
            ("Cables, chargers and adapters packed", None),
        ],
        HomeAndPets => &[
            ("Someone to hold keys and check the home", None),
            ("Utilities, rent and staff paid ahead", None),
            ("Pet carrier, food, leash and vaccination papers", None),
            ("Pet microchip and export permit checked", None),
            (
                "Valuables and papers not taken: stored or handed over",
                None,
            ),
            ("Gas and water shut-off known", None),
        ],
        DepartureDay => &[
            ("Tell the out-of-country contact the route and time", None),
            ("Register departure with the embassy", None),
            ("Fuel tank full, spare fuel if road route", None),
            ("Go-bags in the car or at the door", None),
            ("Documents on the body, not in the luggage", None),
            ("Phones charged, power banks charged", None),
            ("Check in with family at every leg", None),
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

    pub fn title(self) -> &'static str {
        match self {
            Self::GoBag72h => "72-hour go-bag",
            Self::DocumentsAndCopies => "Documents and copies",
            Self::Money => "Money",
            Self::Digital => "Digital",
            Self::HomeAndPets => "Home and pets",
            Self::DepartureDay => "Departure day",
        }
    }

    pub fn item_count(self) -> usize {
        template_items(self).len()
    }

    /// A fresh, editable list from this template. `new_id` makes every id: the caller decides how ids look
    /// (random in the app, predictable in tests).
    pub fn instantiate(self, mut new_id: impl FnMut() -> String) -> Checklist {
        Checklist {
            id: new_id(),
            title: self.title().to_owned(),
            template: Some(self),
            items: template_items(self)
                .iter()
                .map(|(text, quantity)| ChecklistItem {
                    id: new_id(),
                    text: (*text).to_owned(),
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
            let list = t.instantiate(|| {
                n += 1;
                format!("id-{n}")
            });
            assert_eq!(list.title, t.title());
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
}
