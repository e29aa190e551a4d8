#!/usr/bin/env bash
# kill -9 at random moments while an interviewer types: the real binary under Xvfb with
# --interview, a driver typing words (each entered with Return), a kill -9 from the side at a
# random moment, then the database is checked: every word entered at least 300 ms before the kill
# is in a note, and `PRAGMA integrity_check` says ok. Repeated KILLS times on the same draft, so
# each start also reopens what the last one left.
# Usage: killloop_test.sh PATH/TO/hindsight [KILLS]
set -euo pipefail

if [ "${1:-}" = "--inside-x" ]; then
  bin=$2 db=$3 kills=$4 log=$5
  for ((k = 0; k < kills; k++)); do
    QT_QPA_PLATFORM=xcb "$bin" --database "$db" --interview "Kill Loop Candidate" 2>>"$log.stderr" &
    app=$!
    win=$(xdotool search --sync --onlyvisible --pid "$app" | head -n 1)
    xdotool windowfocus --sync "$win" 2>/dev/null || true
    sleep 0.4 # the note editor has the focus once the window is up
    # The kill comes from the side, at a random moment while the driver types.
    delay=$(python3 -c "import random; print(round(random.uniform(0.2, 2.5), 3))")
    (sleep "$delay"; date +%s%N > "$log.kill.$k"; kill -9 "$app" 2>/dev/null || true) &
    killer=$!
    n=0
    while kill -0 "$app" 2>/dev/null; do
      word="k${k}w${n}z" # the z ends it: k4w1z is not inside k4w11z
      xdotool type --delay 12 "$word" 2>/dev/null || true
      xdotool key Return 2>/dev/null || true
      # Entered (the key event sent) at this moment.
      if kill -0 "$app" 2>/dev/null; then echo "$(date +%s%N) $k $word" >> "$log"; fi
      n=$((n + 1))
    done
    wait "$killer" 2>/dev/null || true
    wait "$app" 2>/dev/null || true
    python3 - "$db" "$log" "$k" <<'PY'
import sqlite3, sys
db, log, k = sys.argv[1], sys.argv[2], sys.argv[3]
killed = int(open(f"{log}.kill.{k}").read())
c = sqlite3.connect(db)
ok = c.execute("pragma integrity_check").fetchone()[0]
if ok != "ok":
    print(f"kill loop: integrity_check after kill {k}: {ok}"); sys.exit(1)
notes = " ".join(r[0] for r in c.execute("select text from notes"))
pending = " ".join(r[0] for r in c.execute("select pending_note from interviews"))
held = notes + " " + pending
lost = []
for line in open(log):
    at, kk, word = line.split()
    if kk == k and int(at) <= killed - 300_000_000 and word not in held:
        lost.append(word)
c.close()
if lost:
    print(f"kill loop: kill {k} lost words entered 300 ms before it: {lost}"); sys.exit(1)
PY
  done
  exit 0
fi

bin=$(realpath "${1:?usage: killloop_test.sh PATH/TO/hindsight [KILLS]}")
kills=${2:-50}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
db="$tmp/killloop.sqlite3"
export XDG_DATA_HOME="$tmp/xdg" XDG_CONFIG_HOME="$tmp/config" XDG_RUNTIME_DIR="$tmp/run"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"

cat > "$tmp/one.json" <<'JSON'
{"format":"hindsight","version":1,
 "roles":[{"id":"r","title":"Payment backend","breadthDemand":7.5,"domainDemands":{"payments":1}}],
 "candidates":[{"id":"c","name":"Kill Loop Candidate","roleId":"r"}]}
JSON
"$bin" import "$tmp/one.json" --database "$db" >/dev/null

timeout 900 xvfb-run -a -s "-screen 0 1600x1000x24" \
  bash "$0" --inside-x "$bin" "$db" "$kills" "$tmp/typed.log"

words=$(wc -l < "$tmp/typed.log")
echo "kill loop: ok ($kills kills at random moments, $words words entered, none lost, integrity ok)"
