#!/usr/bin/env bash
# Runs every test of FeedbackBot: the one command the README gives and CI (.ci/run) calls.
# It installs what the tests need first (Chromium from Debian's packages, the npm packages pinned in
# tests/package.json: Azurite, DirectLineJS, playwright-core), so it works the same on a fresh
# clone, then runs the whole solution's tests and prints one summary line.
set -euo pipefail
cd "$(dirname "$0")"

bash scripts/install-test-deps.sh

if [ -f tests/package.json ]; then
  echo "== installing pinned test tools (npm ci in tests/)"
  (cd tests && npm ci --no-audit --no-fund --loglevel=error)
fi

echo "== dotnet test"
log="$(mktemp)"
set +e
# One test assembly at a time: several tests honour real protocol deadlines (Slack's 3 s trigger,
# token refreshes), and on a 2-core machine parallel assemblies starve each other into timeouts.
dotnet test --solution FeedbackBot.sln -c Release --max-parallel-test-modules 1 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

# The failures again at the very end, where a reader of a long CI log looks first: each
# "failed <test>" block as the test platform printed it (message and the top of the stack).
if grep -Eq '^[[:space:]]*failed [^0-9]' "$log"; then
  echo "== failed tests"
  awk '/^[[:space:]]*failed [^0-9]/ { n = 12 } n > 0 { print; n-- }' "$log"
fi

# One closing line for the whole run, in the plain "N passed, N failed, N skipped" form.
awk '$1 == "failed:" { f = $2 } $1 == "succeeded:" { p = $2 } $1 == "skipped:" { s = $2 }
     END { printf "tests: %d passed, %d failed, %d skipped\n", p, f, s }' "$log"
rm -f "$log"
exit "$status"
