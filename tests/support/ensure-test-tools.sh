#!/usr/bin/env bash
# What the tests need beside npm's packages: Debian's Chromium headless shell, which the browser
# tests drive (src/measure/chromium.ts), and poppler's tools, which read the PDFs the PDF command
# makes (pdfinfo, pdftotext, pdftohtml). On a new machine as root (CI), install what is missing;
# elsewhere, say how. The browser comes from Debian's packages, not from Playwright's download.
set -euo pipefail
browser="${CHROMIUM_PATH:-/usr/bin/chromium-headless-shell}"
missing=()
[ -x "$browser" ] || missing+=(chromium-headless-shell)
command -v pdfinfo >/dev/null && command -v pdftohtml >/dev/null || missing+=(poppler-utils)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Outils de test absents : installation des paquets Debian ${missing[*]}…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
else
  echo "Outils de test introuvables : installez les paquets ${missing[*]} (sudo apt-get install ${missing[*]}), ou indiquez le chemin de Chromium dans CHROMIUM_PATH." >&2
  exit 1
fi
if [ ! -x "$browser" ]; then
  echo "Chromium installé, mais introuvable à $browser : corrigez CHROMIUM_PATH." >&2
  exit 1
fi
