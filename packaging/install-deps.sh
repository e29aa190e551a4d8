#!/usr/bin/env bash
# Installs what Hindsight needs to build, run and test on Debian 12.
# Idempotent: asks dpkg first and does nothing when every package is present.
# Uses sudo only when not already root.
set -euo pipefail

packages=(
  build-essential cmake pkg-config
  qt6-base-dev qt6-charts-dev libqt6opengl6-dev qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools qt6-svg-dev libqt6svg6 libgl-dev libfmt-dev libsqlite3-dev
  xvfb xauth xdotool poppler-utils python3 python3-jsonschema fonts-dejavu-core clang-format
  appstream qpdf
  dpkg-dev file lintian librsvg2-bin man-db # the Debian package: shlibdeps, icons, its checks
  clang libclang-rt-14-dev
  libpq-dev postgresql-15 postgresql-common qtkeychain-qt6-dev qt6-translations-l10n
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "install-deps: installing ${missing[*]}"
sudo=()
if [ "$(id -u)" -ne 0 ]; then
  sudo=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
