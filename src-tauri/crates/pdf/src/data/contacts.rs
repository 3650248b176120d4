//! The contacts page and the cover's "call first" list.

use lifeboat_i18n::t;
use lifeboat_plan::contacts::Contact;
use lifeboat_plan::Plan;
use serde::Serialize;

use crate::lang::Lang;

#[derive(Debug, Serialize)]
pub(crate) struct CallFirst {
    pub name: String,
    pub role: String,
    pub phones: Vec<String>,
    pub available_24_7: bool,
}

#[derive(Debug, Serialize)]
pub(crate) struct ContactOut {
    pub priority: u8,
    /// The priority in the PDF's digits.
    pub priority_text: String,
    pub name: String,
    pub role: String,
    pub organisation: String,
    pub phones: Vec<String>,
    pub messengers: Vec<String>,
    pub email: String,
    pub address: String,
    pub country: String,
    pub available_24_7: bool,
    pub notes: String,
}

pub(super) fn contact(l: &Lang, c: &Contact) -> ContactOut {
    ContactOut {
        priority: c.priority,
        priority_text: l.number(c.priority),
        name: c.name.clone(),
        role: c.role.label(l.code),
        organisation: c.organisation.clone(),
        phones: phones(c),
        messengers: c
            .messengers
            .iter()
            .filter(|m| !m.handle.trim().is_empty())
            .map(|m| {
                t!(
                    l.code,
                    "pdf-messenger",
                    app = m.app.label(l.code),
                    handle = m.handle.as_str(),
                )
            })
            .collect(),
        email: c.email.clone(),
        address: c.address.clone(),
        country: l.country(&c.country),
        available_24_7: c.available_24_7,
        notes: c.notes.clone(),
    }
}

fn phones(c: &Contact) -> Vec<String> {
    c.phones
        .iter()
        .filter(|p| !p.trim().is_empty())
        .cloned()
        .collect()
}

/// Priority order; a missing priority (0) goes last rather than first, and ties keep the user's order.
pub(super) fn in_order(plan: &Plan) -> Vec<&Contact> {
    let mut v: Vec<&Contact> = plan.contacts.iter().collect();
    v.sort_by_key(|c| {
        if c.priority == 0 {
            u16::MAX
        } else {
            u16::from(c.priority)
        }
    });
    v
}

/// The contacts with the plan's top priority, from the list in priority order, so the cover answers "whom do I
/// call" without turning over.
pub(super) fn call_first(l: &Lang, ordered: &[&Contact]) -> Vec<CallFirst> {
    let top = ordered.iter().map(|c| c.priority).find(|&p| p != 0);
    ordered
        .iter()
        .filter(|c| top.is_some_and(|t| c.priority == t))
        .map(|c| CallFirst {
            name: c.name.clone(),
            role: c.role.label(l.code),
            phones: phones(c),
            available_24_7: c.available_24_7,
        })
        .collect()
}
