map-title = Rutas de salida
map-closed = cerrada
map-km = km
map-attribution = Fronteras: Natural Earth

map-cli-written = mapa escrito en { $path }
map-cli-unplaced-leg = sin dibujar, aún sin lugar en el mapa: { $route }: de { $from } a { $to }
map-cli-unplaced-crossing = paso fronterizo sin marcar, aún sin lugar en el mapa: { $route }: { $crossing }
map-cli-cannot-write = no se puede escribir { $path }: { $error }
map-cli-failed = no se pudo dibujar el mapa: { $error }
