#!/bin/sh
# The desktop entry and the AppStream metainfo, as configured into the build: valid for
# appstreamcli (no network), with Danish and Indonesian names and summaries, screenshots with
# captions and release notes for this version (issue 16).
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
grep -q '<screenshot type="default">' "$metainfo" || fail "$metainfo has no default screenshot"
[ "$(grep -c '<image type="source"[^>]*>https://[^<]*\.png</image>' "$metainfo")" -eq \
  "$(grep -c '<screenshot[ >]' "$metainfo")" ] || fail "$metainfo has a screenshot without an https PNG"
[ "$(grep -c '<caption>.' "$metainfo")" -eq "$(grep -c '<screenshot[ >]' "$metainfo")" ] \
    || fail "$metainfo has a screenshot without an English caption"
version=$(sed -n 's/^X-Hindsight-Version=//p' "$desktop")
sed -n "/<release version=\"$version\"/,/<\/release>/p" "$metainfo" | grep -q '<li>.' \
    || fail "$metainfo has no release notes for $version"
echo "desktop entry and metainfo: valid, with da and id, screenshots and release notes"
