#!/usr/bin/env bash
# Fails when a C++ source under app/ core/ ui/ tests/ is not formatted as the repository's
# .clang-format says. Usage: check-format.sh [repository-root]   (default: this script's ../..)
# Exit status: 0 all formatted, 1 some file needs formatting, 2 setup error.
# Override the binary with CLANG_FORMAT=/path/to/clang-format.
set -u

script_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=${1:-"$script_dir/../.."}
if ! root=$(cd "$root" 2>/dev/null && pwd); then
    echo "format check: repository root '${1:-$script_dir/../..}' does not exist" >&2
    exit 2
fi

clang_format=${CLANG_FORMAT:-clang-format}
if ! command -v "$clang_format" >/dev/null 2>&1; then
    echo "format check: '$clang_format' not found; install clang-format (Debian: apt-get install" \
         "clang-format; packaging/install-deps.sh does) or set CLANG_FORMAT" >&2
    exit 2
fi
if [ ! -f "$root/.clang-format" ]; then
    echo "format check: no .clang-format in $root" >&2
    exit 2
fi

dirs=(app core ui tests)
files=()
if git -C "$root" rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    while IFS= read -r -d '' f; do
        [ -f "$root/$f" ] && files+=("$f") # tracked but deleted in the work tree: skip
    done < <(git -C "$root" ls-files -z -- "${dirs[@]/%//*.h}" "${dirs[@]/%//*.cpp}")
else
    existing=()
    for d in "${dirs[@]}"; do [ -d "$root/$d" ] && existing+=("$d"); done
    if [ ${#existing[@]} -gt 0 ]; then
        while IFS= read -r -d '' f; do
            files+=("${f#./}")
        done < <(cd "$root" && find "${existing[@]}" -type f \( -name '*.h' -o -name '*.cpp' \) -print0 | sort -z)
    fi
fi
if [ ${#files[@]} -eq 0 ]; then
    echo "format check: no *.h or *.cpp files found under ${dirs[*]} in $root" >&2
    exit 2
fi

# One clang-format run over every file: it names each place that differs.
out=$(cd "$root" && "$clang_format" --dry-run --Werror --style=file "${files[@]}" 2>&1)
status=$?
if [ $status -eq 0 ]; then
    echo "format check: ok (${#files[@]} files)"
    exit 0
fi
bad=$(printf '%s\n' "$out" | grep -E 'error: code should be clang-formatted' | cut -d: -f1 | sort -u)
if [ -z "$bad" ]; then
    echo "format check: clang-format failed:" >&2
    printf '%s\n' "$out" | head -n 5 >&2
    exit 2
fi
printf 'not formatted: %s\n' $bad
echo "format check: $(printf '%s\n' "$bad" | wc -l) of ${#files[@]} files are not formatted;" \
     "run clang-format -i on them (see README, Development)"
exit 1
