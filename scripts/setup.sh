#!/bin/sh
# Installs what ruqsat needs and is missing on a Debian machine with Node 20. The Debian packages
# are chromium-headless-shell (PDF), fonts-liberation2 (Times New Roman metrics with Kazakh
# letters) and poppler-utils (pdftotext, pdffonts, pdftoppm for the tests and previews). Then it
# installs the npm packages from the lockfile.
#
# With --tests it also installs libreoffice-writer-nogui, which the document tests use to open
# every sample DOCX in a second program; the tests skip that check when LibreOffice is absent.
set -eu
cd "$(dirname "$0")/.."

packages="chromium-headless-shell fonts-liberation2 poppler-utils"
for argument in "$@"; do
  case "$argument" in
    --tests) packages="$packages libreoffice-writer-nogui" ;;
    *) echo "setup: unknown option $argument (expected --tests)" >&2; exit 2 ;;
  esac
done

missing=""
for package in $packages; do
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
