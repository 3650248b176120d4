//! Each publisher's parser on our own fixtures in its real format.

use chrono::NaiveDate;
use lifeboat_directory::sources::{ca_gac, de_aa, uk_govuk, us_state};
use lifeboat_directory::DirectoryError;
use lifeboat_plan::missions::{Assistance, MissionKind};

fn fixture(name: &str) -> Vec<u8> {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("a date")
}

const FETCHED: NaiveDate = match NaiveDate::from_ymd_opt(2026, 12, 6) {
    Some(d) => d,
    None => NaiveDate::MIN,
};

#[test]
fn canada_lists_italy_as_its_partner_in_tehran_and_ankara_from_outside() {
    let found = ca_gac::parse(&fixture("ca-gac_cta-cap-ir.json"), FETCHED).expect("parses");
    assert_eq!(found.country, "IR");
    assert_eq!(found.assistance, Assistance::Local);
    assert_eq!(found.missions.len(), 2);
    let italy = &found.missions[0];
    assert_eq!(italy.kind, MissionKind::PartnerMission);
    assert_eq!(italy.operated_by, "IT");
    assert_eq!(italy.serves, "CA");
    assert_eq!(italy.city, "Tehran");
    assert_eq!(italy.address, "Avenue Neauphle-le-Château 81, Tehran, Iran");
    assert_eq!(italy.phones, ["+98 21 5555 0140", "+98 21 5555 0141"]);
    assert_eq!(italy.emergency_phone, "+1 613 996 8885");
    assert_eq!(italy.latitude, Some(35.7));
    assert!(italy
        .note
        .starts_with("Consular services: The Embassy of Italy"));
    assert_eq!(italy.data_date, day(2026, 11, 23));
    assert_eq!(italy.source, "Global Affairs Canada");
    assert_eq!(italy.source_url, "https://travel.gc.ca/destinations/iran");
    let ankara = &found.missions[1];
    assert_eq!(ankara.kind, MissionKind::Embassy);
    assert_eq!(ankara.located_in, "TR");
}

#[test]
fn canada_older_shape_honorary_consul_and_blank_office() {
    let found =
        ca_gac::parse(&fixture("ca-gac_cta-cap-lb_2015-shape.json"), FETCHED).expect("parses");
    assert_eq!(found.country, "LB");
    let kinds: Vec<_> = found.missions.iter().map(|m| m.kind).collect();
    assert_eq!(kinds, [MissionKind::Embassy, MissionKind::HonoraryConsul]);
    assert_eq!(
        found.missions[0].address,
        "Coolrite Building, Jal el Dib Highway"
    );
    assert_eq!(found.missions[0].phones, ["+961 4 555 0190"]);
    assert_eq!(found.missions[1].latitude, None);
    assert_eq!(found.missions[0].data_date, day(2015, 8, 15));
}

#[test]
fn canada_without_offices_is_a_failure_not_no_help() {
    let e = ca_gac::parse(&fixture("ca-gac_cta-cap-ir_no-offices.json"), FETCHED).unwrap_err();
    assert_eq!(e.code(), "directory_empty");
    assert_eq!(
        ca_gac::parse(b"", FETCHED).unwrap_err().code(),
        "directory_invalid_json"
    );
    assert_eq!(
        ca_gac::parse(b"{\"data\": []}", FETCHED)
            .unwrap_err()
            .code(),
        "directory_unexpected_shape"
    );
    let cut = &fixture("ca-gac_cta-cap-ir.json")[..900];
    assert!(matches!(
        ca_gac::parse(cut, FETCHED),
        Err(DirectoryError::InvalidJson { .. })
    ));
}

#[test]
fn uk_index_local_remote_none_and_unknown_names() {
    let (locations, unplaced) =
        uk_govuk::parse_index(&fixture("uk-govuk_embassies.json")).expect("parses");
    assert_eq!(unplaced, 1, "Narnia is left out, not guessed");
    let by = |c: &str| locations.iter().find(|l| l.country == c).expect(c);
    assert_eq!(by("AF").assistance, Assistance::Remote);
    assert_eq!(by("AF").remote_country, "QA");
    assert_eq!(
        by("AF").offices,
        ["/world/organisations/british-embassy-kabul"]
    );
    assert_eq!(by("AI").assistance, Assistance::None);
    assert_eq!(
        by("IR").offices,
        ["/world/organisations/british-embassy-tehran"],
        "the trade office is not consular"
    );
}

#[test]
fn uk_organisation_page_contacts_hours_and_date() {
    let m = uk_govuk::parse_organisation(
        &fixture("uk-govuk_org_british-embassy-tehran.json"),
        "IR",
        "IR",
        FETCHED,
    )
    .expect("parses");
    assert_eq!(m.kind, MissionKind::Embassy);
    assert_eq!(m.name, "British Embassy Tehran");
    assert_eq!(m.address, "198 Ferdowsi Avenue, Tehran, Iran");
    assert_eq!(m.city, "Tehran");
    assert_eq!(m.phones, ["+98 21 5555 0130"], "the fax is left out");
    assert_eq!(m.emergency_phone, "+44 20 7008 5000");
    assert_eq!(
        m.email, "consular.tehran@example.gov.uk",
        "the main office's contact, not the visa one"
    );
    assert_eq!(
        m.hours,
        "Sunday to Thursday, 8am to 3:30pm Consular services by appointment only."
    );
    assert_eq!(m.data_date, day(2026, 10, 2));
    assert_eq!(
        m.website,
        "https://www.gov.uk/world/organisations/british-embassy-tehran"
    );
    assert_eq!(m.located_in, "");

    let kabul = uk_govuk::parse_organisation(
        &fixture("uk-govuk_org_british-embassy-kabul.json"),
        "AF",
        "QA",
        FETCHED,
    )
    .expect("parses");
    assert_eq!(kabul.located_in, "QA");
    assert_eq!(kabul.country, "AF");
    assert_eq!(kabul.emergency_phone, "+44 20 7008 5000");
    assert!(kabul.phones.is_empty());
}

#[test]
fn germany_every_country_in_one_file_with_german_names() {
    let (found, unplaced) =
        de_aa::parse(&fixture("de-aa_representativesInCountry.json"), FETCHED).expect("parses");
    assert_eq!(unplaced, 1, "the UN mission's heading is no country");
    let countries: Vec<_> = found.iter().map(|f| f.country.as_str()).collect();
    assert_eq!(countries, ["IR", "TR", "CH"]);
    let ir = &found[0].missions[0];
    assert_eq!(ir.kind, MissionKind::Embassy);
    assert_eq!(ir.name, "Botschaft Teheran");
    assert_eq!(ir.emergency_phone, "+98 912 555 0111");
    assert_eq!(ir.website, "https://teheran.diplo.de");
    assert_eq!(ir.hours, "So-Do 08:00-12:00 Uhr");
    assert_eq!(
        ir.address,
        "Ferdowsi-Str. 324, Teheran — Postfach 11365-179, Teheran"
    );
    assert_eq!(
        ir.data_date,
        NaiveDate::from_ymd_opt(2026, 10, 20).expect("date")
    );
    let tr: Vec<_> = found[1].missions.iter().map(|m| m.kind).collect();
    assert_eq!(
        tr,
        [
            MissionKind::Embassy,
            MissionKind::Consulate,
            MissionKind::HonoraryConsul
        ]
    );
    assert_eq!(found[2].missions[0].website, "https://bern.diplo.de");
}

#[test]
fn united_states_in_iran_is_the_swiss_foreign_interests_section() {
    let found = us_state::parse(&fixture("us-state_cti-ir.json"), "IR", FETCHED).expect("parses");
    assert_eq!(found.missions.len(), 1);
    let fis = &found.missions[0];
    assert_eq!(fis.kind, MissionKind::InterestsSection);
    assert_eq!(fis.operated_by, "CH");
    assert_eq!(
        fis.name,
        "Foreign Interests Section, Embassy of Switzerland"
    );
    assert_eq!(fis.address, "No. 39, Shahid Mousavi Street, Tehran, Iran");
    assert_eq!(fis.city, "Tehran");
    assert_eq!(fis.phones, ["+98 21 5555 0120", "+98 21 5555 0121"]);
    assert_eq!(fis.emergency_phone, "+98 912 555 0122");
    assert_eq!(fis.email, "tehran.fis@example.admin.ch");
    assert_eq!(fis.website, "https://www.eda.admin.ch/tehran");
    assert!(fis.note.contains("protecting power"));
    assert_eq!(fis.data_date, day(2026, 10, 14));
}

#[test]
fn united_states_in_turkiye_embassy_consulate_and_agency() {
    let found = us_state::parse(&fixture("us-state_cti-tr.json"), "TR", FETCHED).expect("parses");
    let kinds: Vec<_> = found
        .missions
        .iter()
        .map(|m| (m.kind, m.city.as_str()))
        .collect();
    assert_eq!(
        kinds,
        [
            (MissionKind::Embassy, "Ankara"),
            (MissionKind::Consulate, "Istanbul"),
            (MissionKind::Consulate, "Izmir"),
        ]
    );
    assert_eq!(found.missions[0].email, "Ankara-ACS@example.state.gov");
    assert_eq!(
        found.missions[2].hours,
        "Monday to Friday, 8:30 a.m. to 12:30 p.m."
    );
    assert!(found.missions.iter().all(|m| m.operated_by.is_empty()));
}
