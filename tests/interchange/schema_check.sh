#!/bin/sh
# The JSON Schema of interchange v2 (resources/schema) accepts what `hindsight export` writes and
# refuses a file with a depth outside 0-4: other tools can trust it to describe what Hindsight takes.
set -eu
binary=$1
schema=$2
demo=$3
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
export XDG_CONFIG_HOME="$dir/config" XDG_DATA_HOME="$dir/data" QT_QPA_PLATFORM=offscreen
"$binary" import "$demo" --database "$dir/db.sqlite3" >/dev/null
"$binary" export "$dir/out.json" --database "$dir/db.sqlite3" >/dev/null
/usr/bin/python3 - "$schema" "$dir/out.json" <<'PY'
import copy, json, sys
from jsonschema import Draft202012Validator

schema = json.load(open(sys.argv[1], encoding="utf-8"))
Draft202012Validator.check_schema(schema)
validator = Draft202012Validator(schema)
exported = json.load(open(sys.argv[2], encoding="utf-8"))
errors = [f"{list(e.path)}: {e.message}" for e in validator.iter_errors(exported)]
if errors:
    sys.exit("the export does not follow the schema:\n" + "\n".join(errors[:10]))
interviews = [i for c in exported["candidates"] for i in c["interviews"] if i["regrets"]]
if not interviews or exported["version"] != 2:
    sys.exit("the export has no interview with regrets to check")
bad = copy.deepcopy(exported)
next(i for c in bad["candidates"] for i in c["interviews"] if i["regrets"])["regrets"][0]["depth"] = 7
if validator.is_valid(bad):
    sys.exit("the schema accepts a depth of 7")
print("schema check: ok")
PY
