#!/bin/sh
# Installs what ruqsat needs and is missing on a Debian machine with Node 20: Debian's
# chromium-headless-shell (PDF), fonts-liberation2 (Times New Roman metrics with Kazakh letters)
# and poppler-utils (pdftotext, pdffonts for the tests), then the npm packages from the lockfile.
set -eu
cd "$(dirname "$0")/.."

missing=""
for package in chromium-headless-shell fonts-liberation2 poppler-utils; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing="$missing $package"
  fi
done

if [ -n "$missing" ]; then
  echo "setup: installing Debian packages:$missing" >&2
  if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing >&2
fi

# npm ci runs only when node_modules is absent or older than the lockfile; `prepare` builds dist/.
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "setup: installing npm packages (npm ci)" >&2
  npm ci --no-audit --no-fund >&2
elif [ ! -f dist/cli/main.js ]; then
  npm run --silent build >&2
fi
