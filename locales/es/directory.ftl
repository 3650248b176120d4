# Who helps you here: the embassy directory. See locales/en/directory.ftl for the notes.

directory-readiness-unnamed = alguien del hogar
directory-readiness-no-mission = no se conoce ninguna embajada, consulado ni potencia protectora para { $people } (nacionalidad: { $nationality }) en { $country }
directory-readiness-not-in-contacts = { $mission } puede ayudar a { $people } (nacionalidad: { $nationality }) en { $country }: añádala a sus contactos
directory-readiness-stale = { $days ->
        [one] los datos de embajadas para la nacionalidad { $nationality } en { $country } son del { $date }, hace { $days } día: actualícelos
       *[other] los datos de embajadas para la nacionalidad { $nationality } en { $country } son del { $date }, hace { $days } días: actualícelos
    }

directory-kind-embassy = Embajada
directory-kind-consulate = Consulado
directory-kind-honorary-consul = Cónsul honorario
directory-kind-interests-section = Sección de intereses
directory-kind-protecting-power = Potencia protectora
directory-kind-partner-mission = Misión de un país socio
directory-kind-eu-member-state = Misión de otro Estado de la UE

directory-title = Quién le ayuda aquí
directory-intro = Embajadas, consulados y potencias protectoras para cada nacionalidad de su hogar, en cada país que toca su plan. Se guardan en este ordenador, así que siguen aquí cuando se corta la red.
directory-for = Nacionalidad { $nationality } en { $country }
directory-none-known = No se conoce a nadie que ayude a la nacionalidad { $nationality } en { $country }. Pregunte a su Ministerio de Asuntos Exteriores qué embajada cubre este país y añádala como contacto.
directory-assistance-none = El Gobierno ({ $nationality }) indica que no presta ayuda en { $country }.
directory-assistance-remote = La ayuda llega desde una oficina en otro país.
directory-located-in = Con sede en { $country }
directory-operated-by = A cargo de { $state }
directory-phone = Teléfono
directory-emergency = Emergencias 24 horas
directory-email = Correo electrónico
directory-website = Sitio web
directory-hours = Horario
directory-address = Dirección
directory-source = { $source }, datos del { $date }
directory-fetched = Obtenido el { $date }
directory-not-fetched = Aún no obtenido: se muestra según la tabla de potencias protectoras de Lifeboat.
directory-refresh-failed = La última actualización falló: estos son los últimos datos que se pudieron obtener.
directory-refresh = Actualizar
directory-refreshing = Actualizando…
directory-add = Añadir a mis contactos
directory-added = En sus contactos
directory-no-pairs = Indique la nacionalidad de cada persona en Hogar para ver quién le ayuda aquí.
directory-arrangement = { $state } actúa como potencia protectora de la nacionalidad { $nationality } en { $country } desde { $since }.
directory-eu-rule = Si { $nationality } no tiene embajada ni consulado aquí, la embajada o el consulado de cualquier otro Estado miembro de la UE debe ayudarle como ayuda a sus propios ciudadanos.
directory-checked = Comprobado el { $date }
directory-check-source = Fuente
directory-contact-note = { $kind } · { $source }, datos del { $date }

directory-pdf-title = Quién nos ayuda aquí
directory-pdf-for = { $people } (nacionalidad: { $nationality }) en { $country }
directory-pdf-none = No se conoce ninguna embajada, consulado ni potencia protectora. Pregunten al Ministerio de Asuntos Exteriores.

directory-cli-about = Quién ayuda a una nacionalidad en un país: embajadas, consulados, potencias protectoras
directory-cli-nationality = La nacionalidad, en código ISO (US, CA, GB, DE…)
directory-cli-country = El país, en código ISO (IR…)
directory-cli-refresh-help = Obtener primero los datos de los gobiernos (si no, se lee la copia guardada)
directory-cli-json-help = Mostrar JSON en lugar de una tabla
directory-cli-refreshed = Actualizado. Nuevos: { $updated }, sin cambios: { $unchanged }, fallidos: { $failed }.
directory-cli-failed = { $source } para { $country } falló ({ $code }): se conservan los últimos datos válidos.
