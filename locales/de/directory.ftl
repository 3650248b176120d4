# Who helps you here: the embassy directory. See locales/en/directory.ftl for the notes.

directory-readiness-unnamed = eine Person im Haushalt
directory-readiness-no-mission = für { $people } (Staatsangehörigkeit: { $nationality }) ist in { $country } keine Botschaft, kein Konsulat und keine Schutzmacht bekannt
directory-readiness-not-in-contacts = { $mission } kann { $people } (Staatsangehörigkeit: { $nationality }) in { $country } helfen: zu Ihren Kontakten hinzufügen
directory-readiness-stale = { $days ->
        [one] die Botschaftsdaten für die Staatsangehörigkeit { $nationality } in { $country } sind vom { $date }, vor { $days } Tag: bitte aktualisieren
       *[other] die Botschaftsdaten für die Staatsangehörigkeit { $nationality } in { $country } sind vom { $date }, vor { $days } Tagen: bitte aktualisieren
    }

directory-kind-embassy = Botschaft
directory-kind-consulate = Konsulat
directory-kind-honorary-consul = Honorarkonsul
directory-kind-interests-section = Interessenvertretung
directory-kind-protecting-power = Schutzmacht
directory-kind-partner-mission = Vertretung eines Partnerlandes
directory-kind-eu-member-state = Vertretung eines anderen EU-Staats

directory-title = Wer Ihnen hier hilft
directory-intro = Botschaften, Konsulate und Schutzmächte für jede Staatsangehörigkeit in Ihrem Haushalt, in jedem Land, das Ihr Plan berührt. Sie werden auf diesem Computer aufbewahrt und sind auch dann da, wenn das Netz abgeschaltet ist.
directory-for = Staatsangehörigkeit { $nationality } in { $country }
directory-none-known = Für die Staatsangehörigkeit { $nationality } ist in { $country } niemand bekannt, der hilft. Fragen Sie das zuständige Außenministerium, welche Botschaft für dieses Land zuständig ist, und legen Sie sie als Kontakt an.
directory-assistance-none = Die Regierung ({ $nationality }) gibt an, in { $country } keine Hilfe zu leisten.
directory-assistance-remote = Die Hilfe kommt von einer Vertretung in einem anderen Land.
directory-located-in = Sitz in { $country }
directory-operated-by = Betrieben von { $state }
directory-phone = Telefon
directory-emergency = Notfallnummer (24 Stunden)
directory-email = E-Mail
directory-website = Website
directory-hours = Öffnungszeiten
directory-address = Adresse
directory-source = { $source }, Stand { $date }
directory-fetched = Abgerufen am { $date }
directory-not-fetched = Noch nicht abgerufen: angezeigt aus Lifeboats eigener Tabelle der Schutzmächte.
directory-refresh-failed = Die letzte Aktualisierung ist fehlgeschlagen: Dies sind die zuletzt abgerufenen Daten.
directory-refresh = Aktualisieren
directory-refreshing = Wird aktualisiert…
directory-add = Zu meinen Kontakten hinzufügen
directory-added = In Ihren Kontakten
directory-no-pairs = Tragen Sie unter Haushalt die Staatsangehörigkeit jeder Person ein, um zu sehen, wer ihr hier hilft.
directory-arrangement = { $state } vertritt seit { $since } als Schutzmacht die Staatsangehörigen ({ $nationality }) in { $country }.
directory-eu-rule = Hat { $nationality } hier weder Botschaft noch Konsulat, muss Ihnen die Botschaft oder das Konsulat jedes anderen EU-Mitgliedstaats wie den eigenen Staatsangehörigen helfen.
directory-checked = Geprüft am { $date }
directory-check-source = Quelle
directory-contact-note = { $kind } · { $source }, Stand { $date }

directory-pdf-title = Wer uns hier hilft
directory-pdf-for = { $people } (Staatsangehörigkeit: { $nationality }) in { $country }
directory-pdf-none = Keine Botschaft, kein Konsulat und keine Schutzmacht bekannt. Fragen Sie das Außenministerium.

directory-cli-about = Wer einer Staatsangehörigkeit in einem Land hilft: Botschaften, Konsulate, Schutzmächte
directory-cli-nationality = Die Staatsangehörigkeit als ISO-Code (US, CA, GB, DE…)
directory-cli-country = Das Land als ISO-Code (IR…)
directory-cli-refresh-help = Zuerst die Daten der Regierungen abrufen (sonst wird die aufbewahrte Kopie gelesen)
directory-cli-json-help = JSON statt einer Tabelle ausgeben
directory-cli-refreshed = Aktualisiert. Neu: { $updated }, unverändert: { $unchanged }, fehlgeschlagen: { $failed }.
directory-cli-failed = { $source } für { $country } fehlgeschlagen ({ $code }): Die letzten gültigen Daten bleiben erhalten.
