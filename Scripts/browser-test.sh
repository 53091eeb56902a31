#!/usr/bin/env bash
# Real-browser test of the HTML review report (CI runs it after `swift test`): headless Chromium driven by Selenium
# opens `crosscheck report` pages of the bundled fixtures and of a hostile article pair, checks that every discrepancy
# is listed and links to visible highlighted evidence, takes a screenshot, and proves article markup runs nothing.
# Installs what is missing (Debian `chromium` + `chromium-driver`, a venv with a pinned Selenium under
# .bench/venv-browser), builds the release CLI if needed. Uses sudo when not root. Set CROSSCHECK_BIN to test another
# binary, BROWSER_TEST_OUT to keep the reports and screenshots in a given folder.
set -euo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s)

selenium_version=4.51.0  # 4.52.0 needs certifi>=2026.10.23, which the package index does not have yet
packages=(chromium chromium-driver fonts-dejavu-core)  # a font, so screenshots show text on a bare machine
missing=()
for p in "${packages[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
# Debian's python3 needs python3-venv for `python3 -m venv`.
python3 -c "import venv, ensurepip" >/dev/null 2>&1 || missing+=(python3-venv)
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "installing: ${missing[*]}" >&2
  # Update the package lists only when the packages cannot be found with the current ones.
  if ! apt-cache show "${missing[@]}" >/dev/null 2>&1 || ! DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq \
    --no-install-recommends "${missing[@]}"; then
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
  fi
fi
[ -x /usr/bin/chromedriver ] || { echo "browser-test: /usr/bin/chromedriver missing after install" >&2; exit 1; }

venv=.bench/venv-browser
if ! "$venv/bin/python" -c "import selenium, sys; sys.exit(selenium.__version__ != '$selenium_version')" 2>/dev/null; then
  mkdir -p .bench
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q --disable-pip-version-check "selenium==$selenium_version"
fi

bin=${CROSSCHECK_BIN:-.build/release/crosscheck}
if [ -z "${CROSSCHECK_BIN:-}" ]; then
  swift build -c release --product crosscheck >&2
  [ -x "$bin" ] || { echo "browser-test: $bin was not built" >&2; exit 1; }
fi

out=${BROWSER_TEST_OUT:-$(mktemp -d "${TMPDIR:-/tmp}/crosscheck-browser.XXXXXX")}
mkdir -p "$out"
"$venv/bin/python" Scripts/browser_test.py --bin "$bin" --out "$out"
echo "browser-test: $(($(date +%s) - started)) s" >&2
