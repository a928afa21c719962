#!/usr/bin/env bash
# Debian/Ubuntu packages the kiosk and its tests need: the PC/SC stack (pyscard builds from
# source against libpcsclite), the virtual reader and SoftHSM for the card tests, xmlsec1 for
# signature interop, poppler for PDF checks, and the libraries Qt needs to run offscreen.
set -euo pipefail
packages=(pcscd libccid libpcsclite-dev swig vsmartcard-vpcd softhsm2 xmlsec1 poppler-utils
          libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 fonts-dejavu-core)
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
sudo_cmd=()
[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
"${sudo_cmd[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq "${missing[@]}"
