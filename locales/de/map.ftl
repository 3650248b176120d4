map-title = Ausreisewege
map-closed = gesperrt
map-km = km
map-attribution = Grenzen: Natural Earth

map-cli-written = Karte geschrieben: { $path }
map-cli-unplaced-leg = nicht eingezeichnet, noch ohne Ort auf der Karte: { $route }: von { $from } nach { $to }
map-cli-unplaced-crossing = Grenzübergang nicht markiert, noch ohne Ort auf der Karte: { $route }: { $crossing }
map-cli-cannot-write = { $path } kann nicht geschrieben werden: { $error }
map-cli-failed = Die Karte konnte nicht gezeichnet werden: { $error }
