"""Runs a command and reports where its CPU time went, by thread family (Linux only).

  python3 jobs/tools/thread_cpu.py --out CPU.json [--interval S] -- COMMAND [ARG...]

The command's own process is polled through /proc/PID/task/*/stat every --interval seconds
(default 0.5) until it exits; each thread counts with its last sample, so a thread that ends
between two polls loses at most one interval. jobs/entente execs the JVM in its own process, so
the polled process is Entente's JVM. The kernel's count for the whole process (wait4, all
threads, ended ones included) is reported beside the families; what the samples did not see is
the difference. Writes CPU.json; exits with the command's exit code. Used by jobs/benchmark.
"""

import argparse
import json
import os
import subprocess
import sys
import time

# the kernel's clock ticks per second, in which /proc reports utime and stime
TICKS = os.sysconf("SC_CLK_TCK")

# thread name prefixes (Linux keeps the first 15 bytes of a name) -> family, first match wins
FAMILIES = [
    ("Executor task", "tasks"),
    ("C2 CompilerThre", "compiler_c2"),
    ("C1 CompilerThre", "compiler_c1"),
    ("GC Thread", "gc"),
    ("G1 ", "gc"),
]


def parse_stat(line):
    """(name, user + system seconds) of one /proc/.../stat line.

    The name sits in parentheses and may itself hold spaces or parentheses, so the fields are
    read after its last closing parenthesis: utime and stime are fields 14 and 15 of the line.
    """
    head, _, rest = line.rpartition(")")
    name = head.split("(", 1)[1]
    fields = rest.split()
    # fields[0] is field 3 (the state), so field n is fields[n - 3]
    return name, (int(fields[11]) + int(fields[12])) / TICKS


def family(name):
    for prefix, fam in FAMILIES:
        if name.startswith(prefix):
            return fam
    return "other"


def sample(pid):
    """{thread id: (name, cpu seconds)} of a live process; {} once it is gone."""
    out = {}
    try:
        tids = os.listdir(f"/proc/{pid}/task")
    except FileNotFoundError:
        return out
    for tid in tids:
        try:
            with open(f"/proc/{pid}/task/{tid}/stat", encoding="utf-8", errors="replace") as f:
                out[tid] = parse_stat(f.read())
        except (FileNotFoundError, ProcessLookupError):
            pass  # the thread ended between the listing and the read
    return out


def summarize(last_seen, process_cpu):
    """Seconds per family from each thread's last sample, their total, the kernel's total and
    the part the samples did not see (threads that ended between polls, the last interval)."""
    by_family = {}
    for name, cpu in last_seen.values():
        fam = family(name)
        by_family[fam] = by_family.get(fam, 0.0) + cpu
    sampled = sum(by_family.values())
    return {
        "families": {k: round(v, 2) for k, v in sorted(by_family.items())},
        "sampled_s": round(sampled, 2),
        "process_s": round(process_cpu, 2),
        "unsampled_s": round(max(0.0, process_cpu - sampled), 2),
    }


def run(command, interval):
    """Runs command to its end; returns (exit code, summary)."""
    proc = subprocess.Popen(command)
    last_seen = {}
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid != 0:
            break
        for tid, seen in sample(proc.pid).items():
            last_seen[tid] = seen
        time.sleep(interval)
    code = os.waitstatus_to_exitcode(status)
    proc.returncode = code  # reaped here by wait4: Popen must not wait for it again
    return code, summarize(last_seen, usage.ru_utime + usage.ru_stime)


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--out", required=True, help="where to write the JSON summary")
    parser.add_argument("--interval", type=float, default=0.5, help="seconds between polls")
    parser.add_argument("command", nargs=argparse.REMAINDER, help="-- COMMAND [ARG...]")
    args = parser.parse_args(argv)
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    if not command:
        parser.error("no command given after --")
    if not os.path.isdir("/proc/self/task"):
        parser.error("needs Linux's /proc (per-thread CPU times)")
    code, summary = run(command, args.interval)
    with open(args.out, "w", encoding="utf-8") as f:
        json.dump(summary, f, indent=2)
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
