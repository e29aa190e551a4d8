#!/usr/bin/env bash
# The manual page, as configured into the build, against the binary: every command and option that
# `hindsight --help` lists has its entry in COMMANDS or OPTIONS and the page lists none that the
# binary no longer has, so the two cannot drift apart; and groff and man (the way lintian runs it)
# format it without a warning (issue 16).
# Usage: man-page-check.sh PATH/TO/hindsight PATH/TO/hindsight.1
set -euo pipefail
bin="$1"
page="$2"
fail() { echo "FAIL: $*" >&2; exit 1; }
command -v groff >/dev/null 2>&1 || fail "groff not found (package groff-base)"
command -v man >/dev/null 2>&1 || fail "man not found (package man-db)"

# Formatting: no warning at all, from groff itself and from man as lintian calls it.
warnings=$(groff -man -ww -z "$page" 2>&1) || fail "groff failed on $page: $warnings"
[ -z "$warnings" ] || fail "groff warns about $page: $warnings"
warnings=$(LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=80 \
           man --warnings -E UTF-8 -l -Tutf8 -Z "$page" 2>&1 >/dev/null) || fail "man failed on $page"
[ -z "$warnings" ] || fail "man warns about $page: $warnings"

# The leading lower-case words of an entry name its command: "report --role R …" is report,
# "team add-interviewer LOGIN …" is team add-interviewer.
command_of() { awk '{ n = ""; for (i = 1; i <= NF && $i ~ /^[a-z][a-z-]*$/; ++i) n = n (n ? " " : "") $i; if (n) print n }'; }
long_option_of() { sed -E -n 's/^ *(-[a-zA-Z], )?(--[a-z][a-z-]*).*/\2/p'; }

help=$(LC_ALL=C.UTF-8 QT_QPA_PLATFORM=offscreen "$bin" --help) || fail "$bin --help failed"
help_commands=$(printf '%s\n' "$help" | sed -n '/^Commands:/,/^$/p' | grep -E '^  [a-z]' | command_of | sort -u)
help_options=$(printf '%s\n' "$help" | sed -n '/^Options:/,/^$/p' | grep -E '^  -' | long_option_of | sort -u)
if [ -z "$help_commands" ] || [ -z "$help_options" ]; then
    fail "could not read the commands and options of $bin --help"
fi

# The page as text, ASCII hyphens; an entry's tag starts 7 columns in.
text=$(LC_ALL=C.UTF-8 MANWIDTH=250 man -E ascii -l "$page" 2>/dev/null | col -bx)
tags() { printf '%s\n' "$text" | sed -n "/^$1\$/,/^[A-Z]/p" | grep -E '^       [^ ]' | sed 's/^       //'; }
man_commands=$(tags COMMANDS | command_of | sort -u)
man_options=$(tags OPTIONS | grep -E '^-' | long_option_of | sort -u)

missing=$(comm -23 <(printf '%s\n' "$help_commands") <(printf '%s\n' "$man_commands"))
[ -z "$missing" ] || fail "commands of --help missing from the manual page: $(paste -sd " " <<< "$missing")"
extra=$(comm -13 <(printf '%s\n' "$help_commands") <(printf '%s\n' "$man_commands"))
[ -z "$extra" ] || fail "commands in the manual page that --help does not list: $(paste -sd " " <<< "$extra")"
missing=$(comm -23 <(printf '%s\n' "$help_options") <(printf '%s\n' "$man_options"))
[ -z "$missing" ] || fail "options of --help missing from the manual page: $(paste -sd " " <<< "$missing")"
extra=$(comm -13 <(printf '%s\n' "$help_options") <(printf '%s\n' "$man_options"))
[ -z "$extra" ] || fail "options in the manual page that --help does not list: $(paste -sd " " <<< "$extra")"

echo "manual page: $(echo "$help_commands" | wc -l) commands and $(echo "$help_options" | wc -l) options, as in --help; no warnings"
