#!/usr/bin/env bash
# Parse timing of lifeboat-advisory against Python on the same files, in one run (issue 3, "Figures").
#
# Ours: `parse` (JSON/XML parse, country mapping, 1–4 levels, sanitised summary HTML + text, leave-now and
# regional-level reading) on every captured feed in ../shared/fixtures/advisories, plus SYNTHETIC
# full-size US RSS / US JSON / German feeds built from the trimmed captures (219 records, each a distinct
# real country). Built with the workspace's release profile; median of RUNS runs after WARMUP.
# Python, on the very same files: feedparser for the US RSS (it parses and sanitises the HTML too), and
# `json.load` + a dict walk reading the same fields for the JSON feeds (no sanitising, no mapping).
# Prints ours, Python's and Python/ours per file.
#
#   bench/advisory-parse-vs-python.sh          env: RUNS (101), WARMUP (20), PY_RUNS (21), PY_WARMUP (3),
#                                                   ADVISORY_FIXTURES (../shared/fixtures/advisories),
#                                                   BENCH_VENV (/tmp/lifeboat-bench-venv), CARGO_TARGET_DIR
#
# Self-installing and safe to re-run: feedparser comes from PyPI into a venv under /tmp (reused next time);
# nothing is written into the repository except cargo's usual target directory.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
fixtures="${ADVISORY_FIXTURES:-$root/../shared/fixtures/advisories}"
runs="${RUNS:-101}"
warmup="${WARMUP:-20}"
py_runs="${PY_RUNS:-21}"
py_warmup="${PY_WARMUP:-3}"
venv="${BENCH_VENV:-/tmp/lifeboat-bench-venv}"

if [ ! -d "$fixtures" ]; then
  echo "no captures at $fixtures (set ADVISORY_FIXTURES)" >&2
  exit 1
fi
fixtures="$(cd "$fixtures" && pwd)"
work="$(mktemp -d /tmp/advisory-bench.XXXXXX)"
trap 'rm -rf "$work"' EXIT

# --- Python with feedparser -------------------------------------------------------------------------
python=""
for candidate in "$venv/bin/python" python3; do
  if command -v "$candidate" >/dev/null 2>&1 && "$candidate" -c 'import feedparser' 2>/dev/null; then
    python="$candidate"
    break
  fi
done
if [ -z "$python" ]; then
  echo "==> installing feedparser into $venv" >&2
  if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv" || { rm -rf "$venv"; python3 -m venv --without-pip "$venv"; }
  fi
  if "$venv/bin/python" -m pip --version >/dev/null 2>&1; then
    "$venv/bin/python" -m pip install --quiet --disable-pip-version-check feedparser
    python="$venv/bin/python"
  else
    python3 -m pip install --quiet --user feedparser
    python=python3
  fi
fi

# --- ours --------------------------------------------------------------------------------------------
echo "==> building and timing lifeboat-advisory (release profile)" >&2
cargo run --quiet --release -p lifeboat-advisory --example parse_timing -- \
  --tsv --runs "$runs" --warmup "$warmup" --fixtures "$fixtures" --write-synthetic "$work/synthetic" \
  >"$work/ours.tsv"

# --- Python on the same files, and the table -----------------------------------------------------------
echo "==> timing Python on the same files" >&2
"$python" - "$work/ours.tsv" "$py_runs" "$py_warmup" <<'PY'
import json
import os
import platform
import statistics
import subprocess
import sys
import time

import feedparser

ours_tsv, runs, warmup = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])


def s(v):
    return v if isinstance(v, str) else None


def us_json(doc):
    out = []
    for r in doc if isinstance(doc, list) else []:
        if not isinstance(r, dict):
            continue
        cat = r.get("Category")
        tag = cat[0] if isinstance(cat, list) and cat and isinstance(cat[0], str) else None
        out.append((s(r.get("Title")), tag, s(r.get("Link")) or s(r.get("id")), s(r.get("Summary")),
                    s(r.get("Published")), s(r.get("Updated"))))
    return out


def au(doc):
    keys = ("title", "field_overall_advice_level", "field_seo_description", "field_advice_levels",
            "field_last_update", "field_last_update_notes", "changed", "field_url")
    return [tuple(s(r.get(k)) for k in keys) for r in doc if isinstance(r, dict)]


def ca_one(key, e):
    eng = e.get("eng") if isinstance(e.get("eng"), dict) else {}
    dp = e.get("date-published") if isinstance(e.get("date-published"), dict) else {}
    return (key, s(e.get("country-iso")), e.get("advisory-state"), s(eng.get("name")),
            s(eng.get("advisory-text")), s(eng.get("url-slug")), dp.get("timestamp"), s(dp.get("asp")),
            s(eng.get("friendly-date")), s(eng.get("advisories")) or s(eng.get("recent-updates")))


def ca(doc):
    data = doc.get("data") or {}
    meta = ((doc.get("metadata") or {}).get("generated") or {}).get("timestamp")
    if "advisory-state" in data or "country-iso" in data:
        return [meta, ca_one(data.get("country-iso"), data)]
    return [meta] + [ca_one(k, v) for k, v in data.items() if isinstance(v, dict)]


def uk(doc):
    d = doc.get("details") or {}
    c = d.get("country") or {}
    bodies = [p.get("body") for p in d.get("parts") or [] if isinstance(p, dict)]
    return (d.get("alert_status"), c.get("name"), c.get("slug"), bodies, doc.get("title"),
            doc.get("description"), doc.get("base_path"), doc.get("first_published_at"),
            doc.get("public_updated_at"), doc.get("updated_at"))


def uk_index(doc):
    out = []
    for ch in (doc.get("links") or {}).get("children") or []:
        c = (ch.get("details") or {}).get("country") or {}
        out.append((c.get("slug"), c.get("name"), ch.get("api_path"), ch.get("public_updated_at"),
                    (ch.get("details") or {}).get("change_description")))
    return out


def de(doc):
    keys = ("countryName", "countryCode", "content", "warning", "partialWarning", "situationWarning",
            "situationPartWarning", "lastModified", "effective")
    resp = doc.get("response") or {}
    return [(k,) + tuple(v.get(x) for x in keys) for k, v in resp.items() if isinstance(v, dict)]


WALKS = {"us-state-json": us_json, "au-smartraveller": au, "ca-travel": ca, "uk-fcdo": uk,
         "uk-fcdo (index)": uk_index, "de-aa": de}


def rss(path):
    with open(path, "rb") as f:
        parsed = feedparser.parse(f.read())
    return [(e.get("title"), e.get("link"), e.get("published"), e.get("summary"),
             [t.get("term") for t in e.get("tags", [])]) for e in parsed.entries]


def timer(source, path):
    if source == "us-state-rss":
        return "feedparser", lambda: rss(path)
    walk = WALKS[source]

    def run():
        with open(path, "rb") as f:
            return walk(json.load(f))
    return "json+walk", run


def median_ms(fn):
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(runs):
        t = time.perf_counter_ns()
        fn()
        times.append(time.perf_counter_ns() - t)
    return statistics.median(times) / 1e6


rows = []
with open(ours_tsv) as f:
    header = f.readline().rstrip("\n").split("\t")
    for line in f:
        r = dict(zip(header, line.rstrip("\n").split("\t")))
        kind, fn = timer(r["source"], r["path"])
        py = median_ms(fn)
        rows.append((r, kind, py))

cpu = ""
try:
    with open("/proc/cpuinfo") as f:
        cpu = next((l.split(":", 1)[1].strip() for l in f if l.startswith("model name")), "")
except OSError:
    pass
osname = platform.platform()
try:
    with open("/etc/os-release") as f:
        osname = next((l.split("=", 1)[1].strip().strip('"') for l in f if l.startswith("PRETTY_NAME")), osname)
except OSError:
    pass
print(f"machine: {os.cpu_count()} CPUs ({cpu}), {osname}; Python {platform.python_version()}, "
      f"feedparser {feedparser.__version__}; load average {os.getloadavg()[0]:.2f}")
print(f"ours: median (and min) of the example's runs (RUNS, after WARMUP), one thread; Python: median of {runs} "
      f"runs after {warmup}\n")
print(f"| {'feed':<74} | {'source':<16} | {'bytes':>9} | {'records':>7} | {'ours ms':>8} | {'(min)':>7} | "
      f"{'Python ms':>9} | {'Python':<10} | {'Python/ours':>11} |")
print(f"|{'-' * 76}|{'-' * 18}|{'-' * 11}|{'-' * 9}|{'-' * 10}|{'-' * 9}|{'-' * 11}|{'-' * 12}|{'-' * 13}|")
for r, kind, py in rows:
    ours = float(r["median_ms"])
    name = r["feed"] + (" (SYNTHETIC)" if r["synthetic"] == "true" else "")
    ratio = f"{py / ours:.1f}x" if ours > 0 else "-"
    print(f"| {name:<74} | {r['source']:<16} | {int(r['bytes']):>9} | {r['records']:>7} | {ours:>8.3f} | "
          f"{float(r['min_ms']):>7.3f} | {py:>9.3f} | {kind:<10} | {ratio:>11} |")
if any(r["synthetic"] == "true" for r, _, _ in rows):
    print("\nSYNTHETIC rows are built by the example from the trimmed captures (their own records repeated to "
          "219, each\nwith a distinct real country), not captures; they stand in for the full ~200-country feeds.")
print("json+walk = json.load + reading the same fields (no HTML sanitising, no country/level mapping); "
      "feedparser\nparses the RSS and sanitises its HTML. Ours does all of parse, mapping and sanitising.")
PY
