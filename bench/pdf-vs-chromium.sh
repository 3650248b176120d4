#!/usr/bin/env bash
# The family PDF of the large plan (10 members, 100 contacts, 50 documents, 10 routes × 5 legs, 200 items), made
# by Lifeboat's Typst renderer and by headless Chromium's --print-to-pdf of an equivalent HTML page (same JSON,
# same order, same fonts), timed in the same run. Prints the median of each and the ratio.
#
#   bench/pdf-vs-chromium.sh [RUNS]        (default 5; installs chromium with apt when it is missing)
#
# Chromium can only be driven one process per PDF from the command line, so it is compared twice: against our
# renderer as a fresh process per PDF (the CLI's `lifeboat export-pdf` case) and warm in-process (the app's case).
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-5}
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$PWD/target}

chromium_bin() { command -v chromium || command -v chromium-browser || true; }
if [ -z "$(chromium_bin)" ]; then
  echo "==> apt: installing chromium"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -q
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends chromium
fi
CHROMIUM=$(chromium_bin)

echo "==> building the examples (release)"
cargo build -q --release -p lifeboat-pdf --example large_plan_html --example render_sample
EX="$CARGO_TARGET_DIR/release/examples"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$EX/large_plan_html" "$work/large.html"

# Chromium refuses to start as root inside its sandbox.
SANDBOX=()
[ "$(id -u)" -ne 0 ] || SANDBOX=(--no-sandbox)
chromium_pdf() {
  "$CHROMIUM" --headless --disable-gpu "${SANDBOX[@]}" --no-pdf-header-footer --no-first-run \
    --user-data-dir="$work/profile" --print-to-pdf="$work/chromium.pdf" "file://$work/large.html" >/dev/null 2>&1
}

ms_now() { date +%s%N; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

chromium_pdf # warm the disk cache and the profile directory
chrome_times=()
for _ in $(seq "$RUNS"); do
  t0=$(ms_now); chromium_pdf; t1=$(ms_now)
  chrome_times+=("$(( (t1 - t0) / 1000000 ))")
done

"$EX/render_sample" --large "$work/typst.pdf" >/dev/null 2>&1 # warm the disk cache
typst_times=()
for _ in $(seq "$RUNS"); do
  t0=$(ms_now); "$EX/render_sample" --large "$work/typst.pdf" >/dev/null 2>&1; t1=$(ms_now)
  typst_times+=("$(( (t1 - t0) / 1000000 ))")
done
warm=$("$EX/render_sample" --large "$work/typst.pdf" "runs=$((RUNS * 4))" 2>/dev/null | sed -n 's/.*warm_median_ms=\([0-9.]*\).*/\1/p')

chrome_ms=$(printf '%s\n' "${chrome_times[@]}" | median)
typst_ms=$(printf '%s\n' "${typst_times[@]}" | median)
chrome_kb=$(( $(stat -c %s "$work/chromium.pdf") / 1024 ))
typst_kb=$(( $(stat -c %s "$work/typst.pdf") / 1024 ))
chrome_pages=$(pdfinfo "$work/chromium.pdf" 2>/dev/null | awk '/^Pages:/ {print $2}')
typst_pages=$(pdfinfo "$work/typst.pdf" 2>/dev/null | awk '/^Pages:/ {print $2}')

echo
echo "large plan, median of $RUNS ($("$CHROMIUM" --version 2>/dev/null | head -1))"
printf '  %-44s %8s ms  %5s KB  %3s pages\n' "chromium --print-to-pdf (process per PDF)" "$chrome_ms" "$chrome_kb" "${chrome_pages:-?}"
printf '  %-44s %8s ms  %5s KB  %3s pages\n' "lifeboat typst (process per PDF)" "$typst_ms" "$typst_kb" "${typst_pages:-?}"
printf '  %-44s %8s ms\n' "lifeboat typst (warm, in process, evicted)" "$warm"
awk -v c="$chrome_ms" -v t="$typst_ms" -v w="$warm" 'BEGIN {
  printf "  ratio chromium / typst: %.1fx (process per PDF), %.0fx (warm in process)\n", c / t, c / w }'
