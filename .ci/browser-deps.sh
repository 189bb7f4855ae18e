#!/usr/bin/env bash
# Installs what the browser tests (tests/web, marker `browser`) need: Debian's
# Chromium and the front-end's node packages (playwright-core drives that
# Chromium; it downloads no browser of its own). Without them those tests skip.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x /usr/bin/chromium ]; then
    if [ "$(id -u)" = 0 ]; then
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
    else
        echo "browser-deps: /usr/bin/chromium is missing and this is not root; browser tests will skip" >&2
    fi
fi
if command -v npm >/dev/null; then
    (cd web && npm ci --no-audit --no-fund --loglevel=error)
else
    echo "browser-deps: npm is missing; browser tests will skip" >&2
fi
