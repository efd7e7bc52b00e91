#!/usr/bin/env bash
# Runs the bench in Release and records 20 s of on-CPU samples with perf (Debian: linux-perf)
# once warm-up is over, then prints where the time went. Extra arguments go to the bench.
# usage: bench/profile/profile.sh [--conversations N] [--concurrency C] ...
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
out="${PROFILE_OUT:-/tmp/feedbackbot-profile}"
mkdir -p "$out"
dotnet build "$root/bench/FeedbackBot.Bench" -c Release --artifacts-path "$out/artifacts" > "$out/build.log"
cd "$out/artifacts/bin/FeedbackBot.Bench/release"
# Perf maps name JIT-compiled frames; W^X off keeps that code in memory perf can attribute.
DOTNET_PerfMapEnabled=1 DOTNET_EnableWriteXorExecute=0 \
  dotnet FeedbackBot.Bench.dll --warmup 30 --duration 30 "$@" > "$out/bench.txt" 2>&1 &
bench=$!
sleep 35
perf record -F 499 -g -p "$bench" -o "$out/perf.data" -- sleep 20 > /dev/null 2>&1
wait "$bench"
grep -vE '^(info|warn|dbug):|^      ' "$out/bench.txt"
perf script -i "$out/perf.data" -F comm,tid,period,ip,sym,dso 2> /dev/null > "$out/perf.script"
python3 "$root/bench/profile/perf-breakdown.py" "$out/perf.script"
