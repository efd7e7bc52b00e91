#!/usr/bin/env bash
# Installs what the tests need from Debian's packages: Chromium for the web chat's browser test
# (tests/web/, driven by playwright-core, which never downloads a browser of its own), and zip,
# which manifest/teams/package.sh builds the Teams app package with.
# Pinned to the version the tests were written against; Debian's security archive keeps only the
# newest build of a release, so when the pin is gone it installs the current one and says so.
# Idempotent and quiet when everything is there already; needs root (or sudo) to install.
set -euo pipefail

CHROMIUM_VERSION="156.0.8078.79-1~deb12u1"

sudo_if_needed=()
if [ "$(id -u)" -ne 0 ]; then
  sudo_if_needed=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive

if ! command -v zip >/dev/null; then
  echo "== installing zip (Debian package) for the Teams app package test"
  "${sudo_if_needed[@]}" apt-get update -qq
  "${sudo_if_needed[@]}" apt-get install -y -qq --no-install-recommends zip >/dev/null
fi

installed="$(dpkg-query -W -f='${Version}' chromium 2>/dev/null || true)"
if [ -n "$installed" ]; then
  [ "$installed" = "$CHROMIUM_VERSION" ] || echo "== chromium $installed installed (tests pin $CHROMIUM_VERSION); using it"
  exit 0
fi

echo "== installing chromium $CHROMIUM_VERSION (Debian package) for the browser tests"
"${sudo_if_needed[@]}" apt-get update -qq
if ! "${sudo_if_needed[@]}" apt-get install -y -qq --no-install-recommends "chromium=$CHROMIUM_VERSION" >/dev/null; then
  echo "== chromium $CHROMIUM_VERSION is no longer in the archive; installing the current build"
  "${sudo_if_needed[@]}" apt-get install -y -qq --no-install-recommends chromium >/dev/null
fi
echo "== chromium installed: $(chromium --version 2>/dev/null || echo /usr/bin/chromium)"
