//! Plan data in formats other programs read: vCard for phone address books, iCalendar for expiry reminders.

pub mod ical;
pub mod text;
pub mod vcard;
