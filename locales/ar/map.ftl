map-title = طرق الخروج
map-closed = مغلق
map-km = كم
map-attribution = الحدود: Natural Earth

map-cli-written = كُتبت الخريطة في { $path }
map-cli-unplaced-leg = لم يُرسم، لا مكان له على الخريطة بعد: { $route }: من { $from } إلى { $to }
map-cli-unplaced-crossing = لم يُعلَّم المعبر الحدودي، لا مكان له على الخريطة بعد: { $route }: { $crossing }
map-cli-cannot-write = تعذّرت كتابة { $path }: { $error }
map-cli-failed = تعذّر رسم الخريطة: { $error }
