map-title = راه‌های خروج
map-closed = بسته
map-km = کیلومتر
map-attribution = مرزها: Natural Earth

map-cli-written = نقشه در { $path } نوشته شد
map-cli-unplaced-leg = کشیده نشد، هنوز جایی روی نقشه ندارد: { $route }: از { $from } تا { $to }
map-cli-unplaced-crossing = گذرگاه مرزی علامت نخورد، هنوز جایی روی نقشه ندارد: { $route }: { $crossing }
map-cli-cannot-write = نوشتن { $path } ممکن نشد: { $error }
map-cli-failed = نقشه کشیده نشد: { $error }
