//! Contacts as vCard 4.0 (RFC 6350), one card per contact, in the plan's priority order.

use crate::contacts::{Contact, ContactRole, MessengerApp};
use crate::countries;
use crate::export::text::{escape, push_line};

fn impp_uri(app: MessengerApp, handle: &str) -> Option<String> {
    let handle = handle.trim();
    if handle.is_empty() {
        return None;
    }
    let digits: String = handle
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '+')
        .collect();
    Some(match app {
        MessengerApp::Signal => format!("sgnl://signal.me/#p/{digits}"),
        MessengerApp::WhatsApp => format!("https://wa.me/{}", digits.trim_start_matches('+')),
        MessengerApp::Telegram => format!("https://t.me/{}", handle.trim_start_matches('@')),
        MessengerApp::Other => return None,
    })
}

fn card(out: &mut String, c: &Contact, locale: &str) {
    push_line(out, "BEGIN:VCARD");
    push_line(out, "VERSION:4.0");
    let kind = match c.role {
        ContactRole::Embassy
        | ContactRole::ProtectingPower
        | ContactRole::Airline
        | ContactRole::EmployerSecurity
            if c.name.trim().is_empty() || c.name == c.organisation =>
        {
            "org"
        }
        _ => "individual",
    };
    push_line(out, &format!("KIND:{kind}"));
    let name = if c.name.trim().is_empty() {
        c.organisation.as_str()
    } else {
        c.name.as_str()
    };
    push_line(out, &format!("FN:{}", escape(name)));
    push_line(out, &format!("UID:urn:lifeboat:contact:{}", escape(&c.id)));
    if !c.organisation.trim().is_empty() {
        push_line(out, &format!("ORG:{}", escape(&c.organisation)));
    }
    push_line(
        out,
        &format!("CATEGORIES:Lifeboat,{}", escape(&c.role.label(locale))),
    );
    // PREF is 1..=100 with 1 most preferred, the same sense as the plan's priority.
    let pref = c.priority.clamp(1, 100);
    for (i, phone) in c.phones.iter().filter(|p| !p.trim().is_empty()).enumerate() {
        let pref = if i == 0 {
            format!(";PREF={pref}")
        } else {
            String::new()
        };
        push_line(
            out,
            &format!(
                "TEL;VALUE=uri;TYPE=voice{pref}:tel:{}",
                phone.replace(' ', "-")
            ),
        );
    }
    if !c.email.trim().is_empty() {
        push_line(out, &format!("EMAIL:{}", escape(&c.email)));
    }
    for m in &c.messengers {
        if let Some(uri) = impp_uri(m.app, &m.handle) {
            push_line(out, &format!("IMPP:{uri}"));
        }
    }
    if !c.address.trim().is_empty() || !c.country.is_empty() {
        let country = countries::name(&c.country).unwrap_or_default();
        // ADR components: PO box; extended; street; locality; region; postal code; country. The plan keeps the
        // address as the user wrote it, so it goes whole into the street component rather than being guessed apart.
        push_line(
            out,
            &format!("ADR:;;{};;;;{}", escape(&c.address), escape(country)),
        );
    }
    let mut note = Vec::new();
    if c.available_24_7 {
        note.push(lifeboat_i18n::t!(locale, "plan-vcard-reachable"));
    }
    if !c.notes.trim().is_empty() {
        note.push(c.notes.clone());
    }
    if !note.is_empty() {
        push_line(out, &format!("NOTE:{}", escape(&note.join(" "))));
    }
    push_line(out, "END:VCARD");
}

/// All contacts, highest priority first (ties keep the plan's order); roles and notes written in `locale`.
pub fn contacts_to_vcard(contacts: &[Contact], locale: &str) -> String {
    let mut sorted: Vec<&Contact> = contacts.iter().collect();
    sorted.sort_by_key(|c| c.priority);
    let mut out = String::new();
    for c in sorted {
        card(&mut out, c, locale);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::contacts::Messenger;

    fn ali() -> Contact {
        Contact {
            id: "c-ali".into(),
            name: "علی رضایی".into(),
            role: ContactRole::Family,
            phones: vec!["+98 912 555 0101".into()],
            email: "ali@example.org".into(),
            messengers: vec![
                Messenger {
                    app: MessengerApp::Signal,
                    handle: "+98 912 555 0101".into(),
                },
                Messenger {
                    app: MessengerApp::Telegram,
                    handle: "@ali_r".into(),
                },
            ],
            address: "Vali-Asr St. 12, Tehran; 3rd floor".into(),
            country: "IR".into(),
            priority: 2,
            available_24_7: true,
            notes: "Speaks Persian, some English".into(),
            ..Contact::default()
        }
    }

    #[test]
    fn a_contact_becomes_a_vcard_4_with_phone_messengers_and_escaped_address() {
        let vcf = contacts_to_vcard(&[ali()], "en");
        let unfolded = vcf.replace("\r\n ", "");
        let lines: Vec<&str> = unfolded.split("\r\n").collect();
        assert_eq!(lines[0], "BEGIN:VCARD");
        assert_eq!(lines[1], "VERSION:4.0");
        assert!(lines.contains(&"FN:علی رضایی"));
        assert!(lines.contains(&"TEL;VALUE=uri;TYPE=voice;PREF=2:tel:+98-912-555-0101"));
        assert!(lines.contains(&"IMPP:sgnl://signal.me/#p/+989125550101"));
        assert!(lines.contains(&"IMPP:https://t.me/ali_r"));
        assert!(lines.contains(&"ADR:;;Vali-Asr St. 12\\, Tehran\\; 3rd floor;;;;Iran"));
        assert!(lines.contains(&"NOTE:Reachable 24/7. Speaks Persian\\, some English"));
        assert!(vcf.ends_with("END:VCARD\r\n"));
    }

    #[test]
    fn cards_come_in_priority_order() {
        let mut first = ali();
        first.id = "first".into();
        first.name = "Embassy".into();
        first.priority = 1;
        let vcf = contacts_to_vcard(&[ali(), first], "en");
        let embassy = vcf.find("FN:Embassy").expect("embassy card");
        let ali = vcf.find("FN:علی").expect("ali card");
        assert!(embassy < ali);
        assert_eq!(vcf.matches("BEGIN:VCARD").count(), 2);
    }
}
