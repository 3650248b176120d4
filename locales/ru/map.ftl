map-title = Пути выезда
map-closed = закрыт
map-km = км
map-attribution = Границы: Natural Earth

map-cli-written = карта записана в { $path }
map-cli-unplaced-leg = не нарисован, на карте ещё нет точек: { $route }: { $from } — { $to }
map-cli-unplaced-crossing = пункт пропуска не отмечен, на карте ещё нет точки: { $route }: { $crossing }
map-cli-cannot-write = не удалось записать { $path }: { $error }
map-cli-failed = не удалось нарисовать карту: { $error }
