#!/bin/sh
# The desktop entry and the AppStream metainfo, as configured into the build: valid for
# appstreamcli (no network), and with Danish and Indonesian names and summaries (issue 16).
set -eu
desktop="$1"
metainfo="$2"
fail() { echo "FAIL: $*" >&2; exit 1; }
command -v appstreamcli >/dev/null 2>&1 || fail "appstreamcli not found (package appstream)"
appstreamcli validate --no-net --pedantic "$metainfo" || fail "$metainfo is not valid AppStream"
for lang in da id; do
    grep -q "^GenericName\[$lang\]=." "$desktop" || fail "$desktop has no GenericName[$lang]"
    grep -q "^Comment\[$lang\]=." "$desktop" || fail "$desktop has no Comment[$lang]"
    grep -q "<summary xml:lang=\"$lang\">" "$metainfo" || fail "$metainfo has no $lang summary"
    grep -q "<p xml:lang=\"$lang\">" "$metainfo" || fail "$metainfo has no $lang description"
done
echo "desktop entry and metainfo: valid, with da and id"
