#!/usr/bin/env bash
# Crash test for the live interview screen: runs the real binary under Xvfb with --interview,
# types into it with xdotool like an interviewer, kills it with SIGKILL and checks that the
# database holds every word typed up to 300 ms before the kill (committed notes and the line
# still being typed alike).
# Usage: crash_test.sh PATH/TO/hindsight
set -euo pipefail

# Words typed as committed notes (Enter after each line), then a line left uncommitted.
committed=("kafka consumer lag" "forty minutes" "rebuild replayed whole topic" "partition skew")
pending="unfinished thought about tombstones"

if [ "${1:-}" = "--inside-x" ]; then
  # Runs under xvfb-run: start the window, type, kill.
  bin=$2 db=$3
  QT_QPA_PLATFORM=xcb "$bin" --database "$db" --interview "Crash Test Candidate" &
  app=$!
  win=$(xdotool search --sync --onlyvisible --pid "$app" | head -n 1)
  xdotool windowfocus --sync "$win" 2>/dev/null || true
  sleep 1 # the note editor has the focus once the window is up
  for line in "${committed[@]}"; do
    xdotool type --delay 25 "$line"
    xdotool key Return
  done
  xdotool type --delay 25 "$pending"
  sleep 0.3 # the contract: durable within 300 ms of the last key
  kill -9 "$app"
  wait "$app" 2>/dev/null || true
  exit 0
fi

bin=$(realpath "${1:?usage: crash_test.sh PATH/TO/hindsight}")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
db="$tmp/crash.sqlite3"
export XDG_DATA_HOME="$tmp/xdg" XDG_CONFIG_HOME="$tmp/config" XDG_RUNTIME_DIR="$tmp/run"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"

cat > "$tmp/one.json" <<'JSON'
{"format":"hindsight","version":1,
 "roles":[{"id":"r","title":"Payment backend","breadthDemand":7.5,"domainDemands":{"payments":1}}],
 "candidates":[{"id":"c","name":"Crash Test Candidate","roleId":"r"}]}
JSON
"$bin" import "$tmp/one.json" --database "$db" >/dev/null

timeout 120 xvfb-run -a -s "-screen 0 1600x1000x24" bash "$0" --inside-x "$bin" "$db"

python3 - "$db" "$pending" "${committed[@]}" <<'PY'
import sqlite3, sys
db, pending, *lines = sys.argv[1:]
c = sqlite3.connect(db)
notes = [r[0] for r in c.execute("select text from notes")]
drafts = [r[0] for r in c.execute("select pending_note from interviews where submitted = 0")]
missing = [l for l in lines if l not in notes]
if missing:
    print("crash test: committed notes lost:", missing, "found:", notes); sys.exit(1)
if pending not in drafts:
    print("crash test: the line being typed was lost; drafts hold:", drafts); sys.exit(1)
print(f"crash test: ok ({len(lines)} committed notes and the pending line survived SIGKILL)")
PY
