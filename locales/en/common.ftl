# Words shared by every screen, and the app's name.

# The product's name: not translated, so that a family can find the app and its files by it.
-app-name = Lifeboat

common-app-name = { -app-name }
# Shown while the first answer from the backend is awaited (only when it takes long enough to notice).
common-loading = Opening { -app-name }…
common-fatal-title = { -app-name } cannot start
# The label of the language picker (onboarding's first screen and Settings).
common-language = Language
# A document named with its holder and its number, where one sentence needs all three. $document is the
# document's own title or its kind's label; $number stays left to right in every locale (bidi isolation).
common-document-of = { $document } of { $holder }, no. { $number }
