map-title = Itinéraires de sortie
map-closed = fermé
map-km = km
map-attribution = Frontières : Natural Earth

map-cli-written = carte écrite dans { $path }
map-cli-unplaced-leg = non tracé, pas encore placé sur la carte : { $route } : de { $from } à { $to }
map-cli-unplaced-crossing = passage de frontière non marqué, pas encore placé sur la carte : { $route } : { $crossing }
map-cli-cannot-write = impossible d’écrire { $path } : { $error }
map-cli-failed = impossible de dessiner la carte : { $error }
