#!/usr/bin/env bash
# Installs the Debian packages the tests need, when missing: Chromium (the
# end-to-end tests drive /usr/bin/chromium through playwright-core; nothing
# downloads a browser), LibreOffice Calc (an independent spreadsheet engine
# that recalculates the templates), CJK fonts (Chinese labels in screenshots).
# Run by `npm test` (pretest) and by .ci/run. Needs root or sudo to install;
# otherwise it says what to install and fails.
set -euo pipefail
packages=(chromium libreoffice-calc fonts-noto-cjk)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ "${#missing[@]}" -eq 0 ] && exit 0
if ! command -v apt-get >/dev/null; then
  echo "The tests need: ${missing[*]} (Debian package names). Install them with your system's package manager." >&2
  exit 1
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null; then sudo="sudo"; else
    echo "The tests need: apt-get install ${missing[*]} (as root)." >&2
    exit 1
  fi
fi
echo "Installing ${missing[*]} with apt-get"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
