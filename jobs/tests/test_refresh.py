"""jobs/refresh.sh without Spark: a stand-in runner (ENTENTE_REFRESH_RUNNER) records the arguments
the refresh would give the job, so the window, the lock and the exit codes are checked in
milliseconds. Needs: pytest, bash, flock."""

import fcntl
import json
import os
import pathlib
import subprocess

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
REFRESH = ROOT / "jobs" / "refresh.sh"


@pytest.fixture
def runner(tmp_path):
    """A fake job: writes its arguments, one a line, to args.txt and exits with $FAKE_EXIT."""
    script = tmp_path / "fake-job.sh"
    script.write_text(
        '#!/usr/bin/env bash\nprintf "%s\\n" "$@" > "$(dirname "$0")/args.txt"\n'
        'exit "${FAKE_EXIT:-0}"\n'
    )
    script.chmod(0o755)
    return script


def refresh(runner, output, until="2026-03-05", **env):
    full_env = dict(os.environ)
    full_env.update(
        {"ENTENTE_REFRESH_RUNNER": str(runner), "ENTENTE_REFRESH_UNTIL": until}, **env
    )
    return subprocess.run(
        [str(REFRESH), "--input", "/corpus", "--output", str(output)],
        env=full_env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def given_a_previous_run(output, until):
    (output / "articles").mkdir(parents=True)
    manifest = {"status": "succeeded", "finished_at": "2026-03-02T02:20:00Z",
                "options": {"until": until}}
    (output / "_manifest.json").write_text(json.dumps(manifest))


def job_args(runner):
    return (runner.parent / "args.txt").read_text().split("\n")[:-1]


def test_a_first_refresh_is_a_full_run_up_to_today(runner, tmp_path):
    result = refresh(runner, tmp_path / "out")
    assert result.returncode == 0, result.stderr
    assert job_args(runner) == ["--input", "/corpus", "--output", str(tmp_path / "out"),
                                "--until", "2026-03-05"]


def test_a_later_refresh_merges_from_the_last_runs_until(runner, tmp_path):
    given_a_previous_run(tmp_path / "out", "2026-03-01")
    result = refresh(runner, tmp_path / "out")
    assert result.returncode == 0, result.stderr
    assert job_args(runner)[4:] == ["--incremental", "--since", "2026-03-01",
                                    "--until", "2026-03-05"]


def test_lookback_days_move_the_start_back(runner, tmp_path):
    given_a_previous_run(tmp_path / "out", "2026-03-01")
    result = refresh(runner, tmp_path / "out", ENTENTE_REFRESH_LOOKBACK_DAYS="2")
    assert result.returncode == 0, result.stderr
    assert job_args(runner)[4:] == ["--incremental", "--since", "2026-02-27",
                                    "--until", "2026-03-05"]


def test_an_output_already_past_today_is_left_alone(runner, tmp_path):
    given_a_previous_run(tmp_path / "out", "2026-03-06")
    result = refresh(runner, tmp_path / "out")
    assert result.returncode == 0
    assert "is up to date" in result.stderr
    assert not (runner.parent / "args.txt").exists()


def test_a_second_refresh_while_one_holds_the_lock_exits_75(runner, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    with open(out / ".refresh.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        result = refresh(runner, out)
    assert result.returncode == 75
    assert "another refresh of" in result.stderr
    assert not (runner.parent / "args.txt").exists()


def test_a_failed_run_exits_with_its_code_and_says_the_tables_are_untouched(runner, tmp_path):
    result = refresh(runner, tmp_path / "out", FAKE_EXIT="1")
    assert result.returncode == 1
    assert "the run failed (exit 1)" in result.stderr


def test_the_window_flags_are_refused_because_the_manifest_decides_them(runner, tmp_path):
    full_env = dict(os.environ, ENTENTE_REFRESH_RUNNER=str(runner))
    result = subprocess.run(
        [str(REFRESH), "--input", "/c", "--output", str(tmp_path), "--since", "2026-01-01"],
        env=full_env, capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 64
    assert "do not pass --since" in result.stderr
