# Sourced by bench/run, from the project root: what the app measures against.
# `bench_fixtures WORK` stores the large plan in WORK/vault (passphrase "bench passphrase", cheap key derivation)
# with target/release/examples/bench-vault, serves the advisory feeds from 127.0.0.1 (ours, and the shared
# captures when ../shared is there), and sets `feeds` (the app's --feed-urls) and `server` (the server's pid).
bench_fixtures() {
  local work=$1 shared=../shared/fixtures/advisories port b
  echo "bench passphrase" | target/release/examples/bench-vault "$work/vault"

  # The watch polls real payloads from a server on this machine: ours, and the shared captures when present.
  mkdir -p "$work/feeds"
  cp tests/fixtures/feeds/*.json "$work/feeds/"
  # The UK: the index at /uk.d (http.server answers a folder with its index.html), one page per country under it.
  mkdir -p "$work/feeds/uk.d"
  cp src-tauri/crates/advisory/tests/fixtures/uk-fcdo_index-small.json "$work/feeds/uk.d/index.html"
  cp tests/fixtures/feeds/uk-fcdo_iran.json "$work/feeds/uk.d/iran"
  if [ -d "$shared" ]; then
    cp "$shared/ca-travel-json/2014-03-02_index-alpha-eng.json" "$work/feeds/ca.json"
    cp "$shared/au-smartraveller/2026-04-08_destinations-export_vibe-travel.json" "$work/feeds/au.json"
    cp "$shared/de-aa-opendata/2026-08-06_opendata_travelwarning_wtg-weather_EDITED.json" "$work/feeds/de.json"
  else
    echo "(../shared absent: Canada, Australia and Germany are not served; their polls fail fast)"
  fi
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  python3 -m http.server "$port" --bind 127.0.0.1 --directory "$work/feeds" >/dev/null 2>&1 &
  server=$!
  b="http://127.0.0.1:$port"
  feeds="us-state-json=$b/us-state-json_iran-level-3.json,us-state-rss=$b/none,uk-fcdo=$b/uk.d,ca-travel=$b/ca.json,au-smartraveller=$b/au.json,de-aa=$b/de.json"
}
