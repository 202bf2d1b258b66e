#!/usr/bin/env bash
# The browser tests drive Debian's Chromium headless shell (src/measure/chromium.ts). On a new
# machine as root (CI), install it; elsewhere, say how. Playwright's own browser download is not
# used: it cannot be fetched here.
set -euo pipefail
browser="${CHROMIUM_PATH:-/usr/bin/chromium-headless-shell}"
[ -x "$browser" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Chromium est absent : installation du paquet Debian chromium-headless-shell…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium-headless-shell >/dev/null
else
  echo "Chromium est introuvable ($browser) : installez le paquet chromium-headless-shell (sudo apt-get install chromium-headless-shell) ou indiquez son chemin dans CHROMIUM_PATH." >&2
  exit 1
fi
if [ ! -x "$browser" ]; then
  echo "Chromium installé, mais introuvable à $browser : corrigez CHROMIUM_PATH." >&2
  exit 1
fi
