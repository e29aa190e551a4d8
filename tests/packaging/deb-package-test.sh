#!/usr/bin/env bash
# The Debian package, end to end (issue 16): cpack builds it from the build folder (the binary
# already built, into a temporary folder), its control fields and contents are checked, lintian
# finds no error in it nor in its -dbgsym, apt installs it system-wide, the installed
# /usr/bin/hindsight prints its version and writes a committee pack PDF, and apt purges it again.
# The system is left as it was: whatever the install added is purged on every exit, failures
# included, and the test fails if the list of installed packages differs afterwards. Needs root
# (or password-less sudo); skips (exit 77) without either, except under CI, where it fails.
# Usage: deb-package-test.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build=$(realpath "$1")
source=$(realpath "$2")
fail() { echo "FAIL: $*" >&2; exit 1; }

as_root=()
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
        as_root=(sudo -n)
    elif [ "${CI:-}" = true ]; then
        fail "installing the package needs root or password-less sudo"
    else
        echo "SKIP: installing the package needs root or password-less sudo"
        exit 77
    fi
fi
for tool in cpack dpkg-deb dpkg-shlibdeps lintian apt-get file; do
    command -v "$tool" >/dev/null 2>&1 || fail "$tool not found (packaging/install-deps.sh installs it)"
done
installed() { [[ "$(dpkg-query -W -f='${db:Status-Abbrev}' "$1" 2>/dev/null)" == ii* ]]; }
installed_packages() { dpkg-query -W -f='${db:Status-Abbrev} ${Package}\n' | awk '$1 == "ii" { print $2 }' | sort; }
installed hindsight && fail "a hindsight package is installed already: purge it first (apt-get purge hindsight)"

tmp=$(mktemp -d)
chmod 755 "$tmp" # apt reads the package as its own user, _apt
installed_packages > "$tmp/before"
apt=("${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -q -y -o DPkg::Lock::Timeout=300)
cleanup() {
    status=$?
    if dpkg-query -W hindsight >/dev/null 2>&1; then
        "${apt[@]}" purge hindsight >/dev/null 2>&1 || status=1
    fi
    # Whatever apt pulled in for it, so that the machine keeps the packages it had, and no other.
    added=$(comm -13 "$tmp/before" <(installed_packages))
    if [ -n "$added" ]; then
        # shellcheck disable=SC2086 # one word per package
        "${apt[@]}" purge $added >/dev/null 2>&1 || status=1
    fi
    if ! cmp -s "$tmp/before" <(installed_packages); then
        echo "FAIL: the installed packages differ from before the test:" >&2
        diff "$tmp/before" <(installed_packages) >&2 || true
        status=1
    fi
    rm -rf "$tmp"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM HUP

# Build: the DEB generator only, into the temporary folder (-B), from what the build installs.
cpack --config "$build/CPackConfig.cmake" -G DEB -B "$tmp/out" > "$tmp/cpack.log" 2>&1 \
    || { cat "$tmp/cpack.log"; fail "cpack failed"; }
deb=$(ls "$tmp"/out/hindsight_*_*.deb)
ddeb=$(ls "$tmp"/out/hindsight-dbgsym_*_*.ddeb)
echo "built $(basename "$deb") ($(du -k "$deb" | cut -f1) kB) and $(basename "$ddeb")"

# Control fields.
field() { dpkg-deb --field "$deb" "$1"; }
[ "$(field Section)" = misc ] || fail "Section is $(field Section), not misc"
[ -n "$(field Maintainer)" ] || fail "no Maintainer"
depends=$(field Depends)
for dep in libc6 libqt6core6 libqt6gui6 libqt6widgets6 libqt6charts6 libqt6printsupport6 \
           libqt6svg6 libqt6keychain1 libsqlite3-0 libpq5; do
    [[ "$depends" =~ (^|, )$dep( |,|$) ]] || fail "Depends lacks $dep: $depends"
done
[[ "$(field Recommends)" == *qt6-translations-l10n* ]] || fail "Recommends lacks qt6-translations-l10n"
[ "$(dpkg-deb --field "$deb" Description | wc -l)" -ge 5 ] || fail "the long description is missing"

# Contents: a stripped binary with its symbols in the -dbgsym package, and everything beside it.
dpkg-deb -x "$deb" "$tmp/root"
# (Outputs go to variables first: grep -q closing a pipe early would fail it under pipefail.)
binary=$(file -b "$tmp/root/usr/bin/hindsight")
[[ "$binary" == *", stripped"* ]] || fail "usr/bin/hindsight is not stripped: $binary"
build_id=$(sed -n 's/.*BuildID\[sha1\]=\([0-9a-f]*\).*/\1/p' <<< "$binary")
debug_files=$(dpkg-deb -c "$ddeb")
[[ "$debug_files" == *"usr/lib/debug/.build-id/${build_id:0:2}/${build_id:2}.debug"* ]] \
    || fail "the -dbgsym package has no debug file for build id $build_id"
for f in usr/share/man/man1/hindsight.1.gz usr/share/doc/hindsight/copyright \
         usr/share/doc/hindsight/changelog.Debian.gz \
         usr/share/applications/org.hindsight.Hindsight.desktop \
         usr/share/metainfo/org.hindsight.Hindsight.metainfo.xml \
         usr/share/icons/hicolor/scalable/apps/org.hindsight.Hindsight.svg; do
    [ -s "$tmp/root/$f" ] || fail "the package has no $f"
done
for size in 48 128 256; do
    icon="$tmp/root/usr/share/icons/hicolor/${size}x${size}/apps/org.hindsight.Hindsight.png"
    [[ "$(file -b "$icon")" == "PNG image data, $size x $size"* ]] || fail "no ${size}x${size} PNG icon"
done
grep -q '^Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/' \
    "$tmp/root/usr/share/doc/hindsight/copyright" || fail "copyright is not in DEP-5 form"

# lintian: no error in either package (its warnings and notes are printed for the log).
lintian --display-info --pedantic "$deb" "$ddeb" 2>&1 | grep -v '^running with root privileges' \
    | tee "$tmp/lintian.txt" || true
! grep -q '^E:' "$tmp/lintian.txt" || fail "lintian reports errors"

# Install system-wide, as a user would; Recommends left out so the machine gains nothing else.
"${apt[@]}" install --no-install-recommends "$deb" > "$tmp/apt.log" 2>&1 \
    || { cat "$tmp/apt.log"; fail "apt-get install failed"; }
installed hindsight || fail "apt-get did not install hindsight"
[ -x /usr/bin/hindsight ] || fail "/usr/bin/hindsight is not there"
also=$(comm -13 "$tmp/before" <(installed_packages) | grep -vx hindsight || true)
[ -z "$also" ] || echo "note: apt also installed $(paste -sd " " <<< "$also") (purged afterwards)"

# Run the installed program as a user would: nothing from the build folder, its own Qt plugins,
# a home of its own.
run() {
    env -i PATH=/usr/bin:/bin HOME="$tmp/home" LANG=C.UTF-8 XDG_RUNTIME_DIR="$tmp/run" \
        XDG_CONFIG_HOME="$tmp/home/.config" XDG_DATA_HOME="$tmp/home/.local/share" \
        /usr/bin/hindsight "$@"
}
mkdir -p "$tmp/home" "$tmp/run" && chmod 700 "$tmp/run"
version=$(run --version) || fail "hindsight --version failed"
expected=$(sed -n 's/^project(Hindsight VERSION \([0-9.]*\).*/\1/p' "$source/CMakeLists.txt")
[ "$version" = "hindsight $expected" ] || fail "--version printed \"$version\", not \"hindsight $expected\""
run import "$source/resources/demo/demo.json" --database "$tmp/demo.sqlite3" >/dev/null \
    || fail "hindsight import of the demo data failed"
run report --role "Payment backend" --pdf "$tmp/pack.pdf" --database "$tmp/demo.sqlite3" \
    || fail "hindsight report failed"
[ "$(head -c 5 "$tmp/pack.pdf")" = "%PDF-" ] || fail "the report is not a PDF"
# The window on a real X server (Xvfb): the xcb platform plugin and the SVG icons load, and it
# stays up until it is stopped (a missing plugin aborts at once).
if command -v xvfb-run >/dev/null 2>&1; then
    status=0
    # shellcheck disable=SC2016 # expanded by the inner bash, where xvfb-run has set DISPLAY
    xvfb-run -a -s "-screen 0 1280x800x24" bash -c 'exec env -i PATH=/usr/bin:/bin \
        DISPLAY="$DISPLAY" XAUTHORITY="$XAUTHORITY" HOME="$1" LANG=C.UTF-8 XDG_RUNTIME_DIR="$2" \
        XDG_CONFIG_HOME="$1/.config" XDG_DATA_HOME="$1/.local/share" \
        timeout -k 5 8 /usr/bin/hindsight --demo --database "$3"' \
        window "$tmp/home" "$tmp/run" "$tmp/window.sqlite3" > "$tmp/window.log" 2>&1 || status=$?
    [ "$status" -eq 124 ] || { cat "$tmp/window.log"; fail "the window did not stay up (exit $status)"; }
    window="; the window stays up on xcb"
elif [ "${CI:-}" = true ]; then
    fail "xvfb-run not found (package xvfb)"
fi
echo "installed: $version${window:-}; report --role \"Payment backend\": $(du -k "$tmp/pack.pdf" | cut -f1) kB PDF"

# Remove it again: purge leaves nothing behind.
"${apt[@]}" purge hindsight > "$tmp/apt.log" 2>&1 || { cat "$tmp/apt.log"; fail "apt-get purge failed"; }
[ ! -e /usr/bin/hindsight ] || fail "/usr/bin/hindsight is still there after purge"
! installed hindsight || fail "hindsight is still installed after purge"
[ ! -e /usr/share/man/man1/hindsight.1.gz ] || fail "the manual page is still there after purge"
echo "Debian package: built, no lintian error, installed, ran, purged"
