#!/usr/bin/env bash
# Runs inside a private D-Bus session and a virtual X display (bench/run starts both). Prints key=value lines.
# Arguments: APP HELLO VAULT_DIR FEEDS RUNS IDLE_SECONDS
set -uo pipefail
app=$1 hello=$2 vault=$3 feeds=$4 runs=$5 idle=$6
pass="bench passphrase"
dunst >/dev/null 2>&1 &

median() { sort -n | awk '{a[NR]=$1} END {if (NR == 0) print "n/a"; else print a[int((NR + 1) / 2)]}'; }

# Every process of the app: WebKit's web and network processes are its descendants.
tree() {
  local pids=($1) kids
  kids=$(pgrep -P "$1" || true)
  for k in $kids; do pids+=($(tree "$k")); done
  echo "${pids[@]}"
}
# Proportional set size (shared pages split between the processes that map them), summed over the tree, in MB.
pss_mb() {
  local total=0 kb
  for p in $(tree "$1"); do
    kb=$(awk '/^Pss:/ {print $2}' "/proc/$p/smaps_rollup" 2>/dev/null || echo 0)
    total=$((total + ${kb:-0}))
  done
  echo "scale=1; $total / 1024" | bc
}
rss_mb() {
  local total=0 kb
  for p in $(tree "$1"); do
    kb=$(awk '/^VmRSS:/ {print $2}' "/proc/$p/status" 2>/dev/null || echo 0)
    total=$((total + ${kb:-0}))
  done
  echo "scale=1; $total / 1024" | bc
}
cpu_ticks() {
  local total=0
  for p in $(tree "$1"); do
    total=$((total + $(awk '{print $14 + $15}' "/proc/$p/stat" 2>/dev/null || echo 0)))
  done
  echo $total
}
nproc_tree() { tree "$1" | wc -w; }

# One start-up, as columns in ms: to the first screen's first frame since `main`, the same since this script
# launched the process (what the loader does before `main` counts too), when the page began loading (since
# `main`), and, for Lifeboat with `--unlock-stdin`, from the end of the key derivation to the editor's first
# frame (`-` otherwise). Everything the run printed, with the pages' own timelines, goes to $lines.
startup() {
  local launched out
  launched=$(date +%s.%N)
  # All of it, not the first line only: the app prints the editor's line after the unlock screen's.
  out=$("$@" 2>/dev/null)
  grep -q '^startup_ms=' <<<"$out" || return 0
  echo "$out" >>"$lines"
  awk -v launched="$launched" '
    /^(startup|unlock)_ms=/ { n = split($0, f, " "); for (i = 1; i <= n; i++) { split(f[i], kv, "="); v[kv[1]] = kv[2] } }
    END { printf "%s %.1f %s %s\n", v["startup_ms"], v["ready_epoch_ms"] - launched * 1000, v["page_start_ms"], ("unlock_ms" in v) ? v["unlock_ms"] : "-" }
  ' <<<"$out"
}
col() { awk -v c="$1" '{print $c}'; }
lines=$(mktemp)

# Lifeboat starts on its unlock screen; `--unlock-stdin` then enters the passphrase there and submits it, as a
# person would, and `--measure-startup` prints both figures and quits at the editor's first frame.
run_app() { echo "$pass" | startup "$app" --data-dir "$vault" --feed-urls "$feeds" --unlock-stdin --measure-startup; }

# Warm the page cache once for both, so neither pays for the first disk read.
run_app >/dev/null
"$hello" --measure-startup >/dev/null 2>&1

# Lifeboat and the bare app take turns, so both meet the same machine. A window mapped before its page has loaded
# can lose ~500 ms (WebKit's UI process blocks in its first draw until the web process answers or a timeout
# passes): the bare app is mapped at once and meets it in some runs; Lifeboat shows its window when the page has
# loaded (src-tauri/src/first_show.rs). The median says what is typical, the best run what each costs without
# that wait, and `stalled` how many runs came 300 ms or more after the best.
app_ms=$(mktemp) hello_ms=$(mktemp)
for _ in $(seq "$runs"); do
  run_app >>"$app_ms"
  startup "$hello" --measure-startup >>"$hello_ms"
done
for who in app hello; do
  f=$app_ms; [ $who = hello ] && f=$hello_ms
  echo "startup_${who}_ms=$(col 1 <"$f" | median)"
  echo "startup_${who}_best_ms=$(col 1 <"$f" | sort -n | head -1)"
  echo "startup_${who}_stalled=$(col 1 <"$f" | sort -n | awk 'NR == 1 {best = $1} $1 >= best + 300 {n++} END {print n + 0 "/" NR}')"
  echo "startup_${who}_launch_ms=$(col 2 <"$f" | median)"
  echo "startup_${who}_launch_best_ms=$(col 2 <"$f" | sort -n | head -1)"
  echo "startup_${who}_page_start_ms=$(col 3 <"$f" | median)"
done
echo "unlock_app_ms=$(col 4 <"$app_ms" | grep -v '^-$' | median)"
echo "unlock_app_best_ms=$(col 4 <"$app_ms" | grep -v '^-$' | sort -n | head -1)"
# Where the time went in the last run: the pages' marks (ms since the webview began loading the page).
echo "startup_app_page=$(grep '^startup_ms=.* screen=locked' "$lines" | tail -1 | sed -n 's/.* page=//p')"
echo "unlock_app_page=$(grep '^unlock_ms=' "$lines" | tail -1 | sed -n 's/.* page=//p')"

# Memory 10 s after start, window open, large plan unlocked: the median of three starts each (one start varies by
# a megabyte or two, as much as the difference the goal is about), the app's and the bare app's taken in turn.
# Read again at 60 s, when the page has settled: WebKit's web process keeps giving freed memory back after start-up
# (its allocator's scavenger decommits pages that stayed empty, and a release comes about 30 s after start, so a
# reading at 30 s falls on either side of it).
median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
app_pss=(); app_rss=(); hello_pss=(); hello_rss=(); app_pss60=(); hello_pss60=()
for _ in 1 2 3; do
  echo "$pass" | "$app" --data-dir "$vault" --feed-urls "$feeds" --unlock-stdin >/dev/null 2>&1 &
  pid=$!
  sleep 10
  app_pss+=("$(pss_mb $pid)"); app_rss+=("$(rss_mb $pid)"); app_procs=$(nproc_tree $pid)
  sleep 50
  app_pss60+=("$(pss_mb $pid)")
  kill $pid; wait $pid 2>/dev/null
  "$hello" >/dev/null 2>&1 &
  pid=$!
  sleep 10
  hello_pss+=("$(pss_mb $pid)"); hello_rss+=("$(rss_mb $pid)"); hello_procs=$(nproc_tree $pid)
  sleep 50
  hello_pss60+=("$(pss_mb $pid)")
  kill $pid; wait $pid 2>/dev/null
done
echo "mem_app_pss_mb=$(median "${app_pss[@]}")"
echo "mem_app_pss_all=${app_pss[*]}"
echo "mem_app_rss_mb=$(median "${app_rss[@]}")"
echo "mem_app_processes=$app_procs"
echo "mem_hello_pss_mb=$(median "${hello_pss[@]}")"
echo "mem_hello_pss_all=${hello_pss[*]}"
echo "mem_hello_rss_mb=$(median "${hello_rss[@]}")"
echo "mem_hello_processes=$hello_procs"
echo "mem_app_pss_60s_mb=$(median "${app_pss60[@]}")"
echo "mem_app_pss_60s_all=${app_pss60[*]}"
echo "mem_hello_pss_60s_mb=$(median "${hello_pss60[@]}")"
echo "mem_hello_pss_60s_all=${hello_pss60[*]}"

# The tray mode: the window closes after 5 s (the plan locks, the webview goes). The watch moves to the small
# `lifeboat-watch` process (no GTK, no WebKit) and the app exits; if that process cannot start, the app itself
# stays in the tray, and that is what gets measured then.
echo "$pass" | "$app" --data-dir "$vault" --feed-urls "$feeds" --unlock-stdin --close-after 5 >/dev/null 2>&1 &
pid=$!
sleep 20
watcher=$(pgrep -x lifeboat-watch | head -1 || true)
if [ -n "$watcher" ]; then
  target=$watcher mode=background-process
elif kill -0 $pid 2>/dev/null; then
  target=$pid mode=in-app
else
  target="" mode=exited
fi
echo "background_mode=$mode"
if [ -n "$target" ]; then
  echo "background_pss_mb=$(pss_mb $target)"
  echo "background_rss_mb=$(rss_mb $target)"
  echo "background_processes=$(nproc_tree $target)"
  t0=$(cpu_ticks $target)
  sleep "$idle"
  t1=$(cpu_ticks $target)
  echo "background_idle_seconds=$idle"
  echo "background_cpu_ms=$(( (t1 - t0) * 1000 / $(getconf CLK_TCK) ))"
  kill $target 2>/dev/null
fi
kill $pid 2>/dev/null; wait $pid 2>/dev/null
exit 0
