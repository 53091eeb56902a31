#!/usr/bin/env bash
# Installs the system packages Crosscheck builds against (Debian/Ubuntu), only those that are missing.
# Safe to run repeatedly; uses sudo when not root.
set -euo pipefail
packages=(zlib1g-dev libxml2-dev libsqlite3-dev libisal-dev pkg-config)
missing=()
for p in "${packages[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "installing: ${missing[*]}" >&2
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}"
