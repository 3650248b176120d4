# The route map (the Routes section, the family PDF, `lifeboat export-map`): the words printed on it, and the
# command line's messages.

map-title = Routes out
map-closed = closed
map-km = km
map-attribution = Borders: Natural Earth

map-cli-written = map written to { $path }
map-cli-unplaced-leg = not drawn, no place on the map yet: { $route }: { $from } to { $to }
map-cli-unplaced-crossing = crossing not marked, no place on the map yet: { $route }: { $crossing }
map-cli-cannot-write = cannot write { $path }: { $error }
map-cli-failed = the map could not be drawn: { $error }
