# Words shared by every screen, and the app's name.

# The product's name, in Latin letters in every language so a family can find the app and its files by it.
# Written out in messages (not a term): Fluent.js would wrap a term in bidi marks, which searches trip on.
common-app-name = Lifeboat
# Shown while the first answer from the backend is awaited (only when it takes long enough to notice).
common-loading = Opening Lifeboat…
common-fatal-title = Lifeboat cannot start
# The label of the language picker (onboarding's first screen and Settings).
common-language = Language
# A document named with its holder and its number, where one sentence needs all three. $document is the
# document's own title or its kind's label; $number stays left to right in every locale (bidi isolation).
common-document-of = { $document } of { $holder }, no. { $number }
# The confirmation dialog's buttons (any screen that asks before removing something).
common-cancel = Cancel
common-remove = Remove

## Country pickers (every country list in the app)

common-country-filter-placeholder = Filter: name, other name or code; Enter picks
common-country-filter-label = Filter countries by name, other name or code
# $typed is what the person typed.
common-country-no-match = No country matches “{ $typed }”.
common-country-not-set = — not set —
# A code the country list does not know ("XK (unknown code)").
common-country-unknown-code = { $code } (unknown code)
common-country-add = + Add a country…
common-country-remove = Remove { $country }
