#!/usr/bin/env bash
# Installs the Debian 12 packages samla needs to build, run and test, if any are missing.
# Uses apt-get directly as root, through sudo otherwise. Safe to run again: it installs only
# what is absent, and does nothing (not even `apt-get update`) when all is present.
set -euo pipefail

# `install-deps.sh --bench` also installs what `make bench` measures against: wrk and nginx
# (nginx-light; the bench starts its own instance on a loopback port).
bench=0
[[ "${1:-}" == "--bench" ]] && bench=1

packages=(
  build-essential cmake ninja-build pkg-config clang-format
  libboost-dev nlohmann-json3-dev libsqlite3-dev sqlite3 libpqxx-dev libsodium-dev libicu-dev
  libcli11-dev libspdlog-dev libfmt-dev libgtest-dev libxlsxwriter-dev libglpk-dev libcurl4-openssl-dev
  libigraph-dev iso-codes libzip-dev libexpat1-dev libmagic-dev libmagic-mgc libqrencode-dev libeigen3-dev
  postgresql python3 python3-jsonschema python3-icalendar python3-aiosmtpd python3-igraph
  python3-networkx python3-scipy python3-docx python3-websockets python3-sklearn weasyprint pandoc poppler-utils fonts-dejavu-core
  chromium clang
  libclang-rt-14-dev ccache lld
)
if [[ $bench -eq 1 ]]; then
  packages+=(wrk nginx-light)
fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done
# Node.js builds and tests the web UI. Any Node 18 or newer will do: one that is already
# installed (Debian's, or a vendor build such as NodeSource's, which bundles npm) is kept.
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  missing+=(nodejs npm)
fi
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing missing Debian packages: ${missing[*]}"
sudo=()
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "error: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
  sudo=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -q
"${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
