#!/usr/bin/env python3
"""Where the on-CPU time of a bench run goes, by component.

Input: `perf script -F comm,tid,period,ip,sym,dso` of a `perf record -g` taken with
DOTNET_PerfMapEnabled=1 and DOTNET_EnableWriteXorExecute=0 (so JIT-compiled frames have names).
Each sample goes to the innermost frame that belongs to a known component; runtime, CoreLib and
libc frames pass the sample on to their caller, except libc's file and socket calls, which count
as SQLite file I/O and as network. See docs/benchmarks.md.

usage: perf-breakdown.py perf.script [component]   (with a component: its top frames)
"""
import collections
import re
import sys

OWNER = re.compile(r" \[([^\]]+)\] ([^:(]+)::")
SCHEDULER = re.compile(r"finish_task_switch|__schedule|_raw_spin_unlock_irqrestore|schedule_|futex|irqentry_exit|exit_to_user_mode")
TRANSPARENT = re.compile(
    r"System\.Private\.CoreLib|libcoreclr|libc\.so|\[unknown\]|vdso|ld-linux|libstdc|System\.Runtime|System\.Collections"
    r"|System\.Linq|System\.Memory|perf-\d+\.map|System\.Threading|System\.Private\.Uri")
RULES = [
    ("logging", r"^Microsoft\.Extensions\.Logging|^Microsoft\.Extensions\.Http Microsoft\.Extensions\.Http\.Logging|Polly\.Telemetry|EngineLog|Microsoft\.Extensions\.Telemetry"),
    ("telemetry (OpenTelemetry, Activity, metrics)", r"^OpenTelemetry|^System\.Diagnostics\.DiagnosticSource|DiagnosticsHandler|HostingApplicationDiagnostics|HostingMetrics|ConversationTelemetry|KestrelMetrics"),
    ("SQLite (ADO.NET + native engine + file I/O)", r"Microsoft\.Data\.Sqlite|SQLitePCL|libe_sqlite3|^FeedbackBot\.Storage\.Sqlite"),
    ("JSON (System.Text.Json)", r"^System\.Text\.Json"),
    ("resilience (Polly)", r"^Polly|Microsoft\.Extensions\.Http\.Resilience|Microsoft\.Extensions\.Resilience"),
    ("load generator", r"^FeedbackBot\.Bench"),
    ("fake connector", r"^FeedbackBot\.Testing"),
    ("FeedbackBot code", r"^FeedbackBot"),
    ("DI / options", r"^Microsoft\.Extensions\.(DependencyInjection|Options)"),
    ("HttpClient", r"^System\.Net\.Http|^Microsoft\.Extensions\.Http"),
    ("ASP.NET Core + Kestrel", r"^Microsoft\.AspNetCore"),
    ("sockets + kernel TCP", r"^System\.Net\.Sockets|libSystem\.Native"),
]


def owner(frame):
    """'Assembly Type' of a managed frame (never its parameter or return types), else 'symbol dso'."""
    match = OWNER.search(frame)
    if match:
        return match.group(1) + " " + match.group(2)
    dso = re.search(r"\(([^()]*)\)\s*$", frame)
    symbol = frame.split(" ", 1)[1] if " " in frame else frame
    return (symbol.split(" (")[0] + " " + (dso.group(1) if dso else "")).strip()


def samples(path):
    head = re.compile(r"^(\S.*?)\s+(\d+)\s+(\d+)\s*$")
    comm, frames = None, []
    for line in open(path, errors="replace"):
        if not line.strip():
            if comm is not None:
                yield comm, frames
            comm, frames = None, []
        elif not line[0].isspace():
            match = head.match(line.rstrip("\n"))
            comm, frames = (match.group(1) if match else line.strip()), []
        else:
            frames.append(owner(line.strip()))
    if comm is not None:
        yield comm, frames


def classify(comm, frames):
    if "Tiered Com" in comm or any("libclrjit" in f for f in frames):
        return "JIT"
    if "GC" in comm:
        return "GC threads"
    if comm.startswith("Console"):
        return "logging"
    if frames and "kallsyms" in frames[0] and SCHEDULER.search(frames[0]):
        return "kernel: context switches"
    user = [f for f in frames if "kallsyms" not in f]
    if user and "libc.so" in user[0]:
        if re.search(r"pread|pwrite|fsync|fdatasync|fcntl|ftruncate|__open|unlink|lseek", user[0]):
            return "SQLite (ADO.NET + native engine + file I/O)"
        if re.search(r"__send|__libc_recv|epoll|__libc_write|writev|readv|__libc_read", user[0]):
            return "sockets + kernel TCP"
    for frame in user:
        if TRANSPARENT.search(frame) and "libe_sqlite3" not in frame:
            continue
        for name, pattern in RULES:
            if re.search(pattern, frame):
                return name
    return "runtime (thread pool, async, other)"


def main():
    counts, total = collections.Counter(), 0
    for comm, frames in samples(sys.argv[1]):
        total += 1
        counts[classify(comm, frames)] += 1
    print(f"{total} samples")
    for name, count in counts.most_common():
        print(f"  {100 * count / total:5.1f}%  {name}")
    if len(sys.argv) > 2:
        top = collections.Counter()
        for comm, frames in samples(sys.argv[1]):
            if classify(comm, frames) == sys.argv[2]:
                top[next((f for f in frames if "kallsyms" not in f and not TRANSPARENT.search(f)), frames[0] if frames else "?")] += 1
        for frame, count in top.most_common(25):
            print(f"   {count:5d} {frame[:160]}")


if __name__ == "__main__":
    main()
