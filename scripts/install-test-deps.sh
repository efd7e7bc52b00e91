#!/usr/bin/env bash
# Installs what the tests need from Debian's packages: Chromium for the web chat's browser test
# (tests/web/, driven by playwright-core, which never downloads a browser of its own).
# Idempotent and quiet when everything is there already; needs root (or sudo) to install.
set -euo pipefail

if command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ]; then
  exit 0
fi

echo "== installing chromium (Debian package) for the browser tests"
sudo_if_needed=()
if [ "$(id -u)" -ne 0 ]; then
  sudo_if_needed=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_if_needed[@]}" apt-get update -qq
"${sudo_if_needed[@]}" apt-get install -y -qq --no-install-recommends chromium >/dev/null
echo "== chromium installed: $(chromium --version 2>/dev/null || echo /usr/bin/chromium)"
