#!/usr/bin/env bash
# An interviewer types while a long `hindsight import` holds the database's write lock, and the
# window is killed with kill -9 a second later: the lines must survive (kept in the journal beside
# the database within the 300 ms budget) and reach the database on the next start.
# Usage: lockheld_test.sh PATH/TO/hindsight
set -euo pipefail

lines=("said during the import" "second line during the import" "third, still importing")
pending="half a sentence while locked"

if [ "${1:-}" = "--inside-x" ]; then
  bin=$2 db=$3 big=$4
  QT_QPA_PLATFORM=xcb "$bin" --database "$db" --interview "Lock Test Candidate" &
  app=$!
  win=$(xdotool search --sync --onlyvisible --pid "$app" | head -n 1)
  xdotool windowfocus --sync "$win" 2>/dev/null || true
  sleep 1
  # The import holds the write lock for seconds; type while it does.
  "$bin" import "$big" --database "$db" > /dev/null &
  import=$!
  sleep 2 # it reads the file first, then holds the lock for seconds
  for line in "${lines[@]}"; do
    xdotool type --delay 20 "$line"
    xdotool key Return
  done
  xdotool type --delay 20 "$pending"
  sleep 1
  if ! kill -0 "$import" 2>/dev/null; then
    echo "lock test: the import ended before the kill; make it bigger" >&2
    exit 3
  fi
  kill -9 "$app"
  wait "$app" 2>/dev/null || true
  if ! ls "$db".unsaved-* > /dev/null 2>&1; then
    echo "lock test: nothing was kept in a journal while the import held the lock" >&2
    exit 4
  fi
  wait "$import"
  # The next start writes what the journal kept, before the window shows the draft.
  QT_QPA_PLATFORM=xcb "$bin" --database "$db" --interview "Lock Test Candidate" &
  app=$!
  xdotool search --sync --onlyvisible --pid "$app" > /dev/null
  sleep 0.5
  kill -9 "$app"
  wait "$app" 2>/dev/null || true
  exit 0
fi

bin=$(realpath "${1:?usage: lockheld_test.sh PATH/TO/hindsight}")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
db="$tmp/lock.sqlite3"
export XDG_DATA_HOME="$tmp/xdg" XDG_CONFIG_HOME="$tmp/config" XDG_RUNTIME_DIR="$tmp/run"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"

cat > "$tmp/one.json" <<'JSON'
{"format":"hindsight","version":1,
 "roles":[{"id":"r","title":"Payment backend","breadthDemand":7.5,"domainDemands":{"payments":1}}],
 "candidates":[{"id":"c","name":"Lock Test Candidate","roleId":"r"}]}
JSON
"$bin" import "$tmp/one.json" --database "$db" >/dev/null
# 60,000 candidates, each with a submitted interview: an import that holds the lock for longer
# than the typing takes, even on a fast machine (20,000 once finished first).
python3 - "$tmp/big.json" <<'PY'
import json, sys
cands = []
for i in range(60000):
    cands.append({"id": f"c{i}", "name": f"Imported {i}", "roleId": "r",
        "interviews": [{"id": f"i{i}", "interviewer": "Sam", "startedAt": "2026-11-20T10:00:00Z",
            "submitted": True,
            "regrets": [{"level": "product", "depth": 2, "layers": ["apis"], "decision": "x" * 40}],
            "notes": [{"atMs": 1000 * n, "stage": "decision", "text": f"note {n} " + "y" * 60}
                      for n in range(4)]}]})
doc = {"format": "hindsight", "version": 1,
       "roles": [{"id": "r", "title": "Imported role", "breadthDemand": 5, "domainDemands": {}}],
       "candidates": cands}
json.dump(doc, open(sys.argv[1], "w"))
PY

timeout 300 xvfb-run -a -s "-screen 0 1600x1000x24" bash "$0" --inside-x "$bin" "$db" "$tmp/big.json"

python3 - "$db" "$pending" "${lines[@]}" <<'PY'
import glob, sqlite3, sys
db, pending, *lines = sys.argv[1:]
c = sqlite3.connect(db)
notes = [r[0] for r in c.execute("select text from notes")]
drafts = [r[0] for r in c.execute(
    "select pending_note from interviews i join candidates c on c.id = i.candidate_id "
    "where c.name = 'Lock Test Candidate'")]
missing = [l for l in lines if l not in notes]
if missing:
    print("lock test: lines typed during the import were lost:", missing); sys.exit(1)
if not any(pending in d for d in drafts):
    print("lock test: the line being typed was lost; the draft holds:", drafts); sys.exit(1)
left = glob.glob(db + ".unsaved-*")
if left:
    print("lock test: the journal was not written on the next start:", left); sys.exit(1)
imported = c.execute("select count(*) from candidates").fetchone()[0]
print(f"lock test: ok ({len(lines)} lines and the pending line typed during an import of "
      f"{imported - 1} candidates survived kill -9)")
PY
