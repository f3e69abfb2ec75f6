"""The CPU-by-thread sampler of jobs/benchmark (jobs/tools/thread_cpu.py), on hand-made /proc
lines and on a real child process checked against the kernel's own count. Needs: pytest, Linux."""

import importlib.util
import json
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
SPEC = importlib.util.spec_from_file_location(
    "thread_cpu", ROOT / "jobs" / "tools" / "thread_cpu.py"
)
thread_cpu = importlib.util.module_from_spec(SPEC)
SPEC.loader.exec_module(thread_cpu)


def stat_line(name, utime, stime):
    """A /proc/PID/task/TID/stat line whose every other number differs from utime and stime."""
    fields = ["S"] + [str(1000 + i) for i in range(4, 14)] + [str(utime), str(stime)]
    fields += [str(2000 + i) for i in range(16, 53)]
    return f"4321 ({name}) " + " ".join(fields) + "\n"


def test_user_and_system_ticks_are_fields_14_and_15_whatever_the_thread_is_called():
    ticks = thread_cpu.TICKS
    assert thread_cpu.parse_stat(stat_line("C2 CompilerThre", 5 * ticks, 2 * ticks)) == (
        "C2 CompilerThre",
        7.0,
    )
    # a name may hold spaces and parentheses: only the last ")" ends it
    assert thread_cpu.parse_stat(stat_line("a) (b", ticks, 0)) == ("a) (b", 1.0)


def test_threads_fall_into_families_by_the_names_the_jvm_and_spark_give_them():
    names = {
        "Executor task l": "tasks",  # "Executor task launch worker for task 3.0 ..." cut at 15
        "C2 CompilerThre": "compiler_c2",
        "C1 CompilerThre": "compiler_c1",
        "GC Thread#1": "gc",
        "java": "other",  # the driver's main thread
        "entente-write-0": "other",
        "VM Thread": "other",
    }
    assert {n: thread_cpu.family(n) for n in names} == names


def test_each_thread_counts_once_with_its_last_sample_and_the_rest_is_unsampled():
    last_seen = {
        "11": ("Executor task l", 30.0),
        "12": ("Executor task l", 12.5),
        "13": ("C2 CompilerThre", 20.0),
        "14": ("java", 4.25),
    }
    summary = thread_cpu.summarize(last_seen, process_cpu=70.0)
    assert summary == {
        "families": {"compiler_c2": 20.0, "other": 4.25, "tasks": 42.5},
        "sampled_s": 66.75,
        "process_s": 70.0,
        "unsampled_s": 3.25,
    }


CHILD = """
import sys, threading, time
done = threading.Event()
def burn():
    end = time.thread_time() + 0.5
    while time.thread_time() < end:
        pass
    done.wait()  # idle, still alive: the polls in the meantime see its final count
workers = [threading.Thread(target=burn) for _ in range(2)]
for w in workers: w.start()
time.sleep(1.5)
done.set()
for w in workers: w.join()
sys.exit(3)
"""


def test_a_real_process_is_sampled_close_to_the_kernels_count_and_its_exit_code_passes(tmp_path):
    out = tmp_path / "cpu.json"
    code = thread_cpu.main(
        ["--out", str(out), "--interval", "0.05", "--", sys.executable, "-c", CHILD]
    )
    summary = json.loads(out.read_text())

    assert code == 3
    # two threads burnt 0.5 s of CPU each (thread_time), so the kernel counts at least 1.0 s
    assert summary["process_s"] >= 1.0
    # the workers idle for a second after burning, alive, so the polls see their final counts;
    # what is left is the main thread's last moments and a clock tick of rounding per thread
    slack = 0.05 + 3 / thread_cpu.TICKS
    assert summary["process_s"] - slack <= summary["sampled_s"] <= summary["process_s"] + slack
    assert summary["unsampled_s"] == round(
        max(0.0, summary["process_s"] - summary["sampled_s"]), 2
    )
