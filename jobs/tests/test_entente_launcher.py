"""jobs/entente's HotSpot inlining (ENTENTE_JIT) without Spark: a stand-in `java` (JAVA_HOME)
prints the arguments it was given, so the choice is checked in milliseconds.
Needs: pytest, bash, a built jar (jobs/test runs these after mvn verify)."""

import os
import pathlib
import subprocess

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
ENTENTE = ROOT / "jobs" / "entente"
SHALLOW = ["-XX:MaxInlineLevel=6", "-XX:FreqInlineSize=100", "-XX:InlineSmallCode=1000"]


@pytest.fixture
def java_home(tmp_path):
    home = tmp_path / "jdk"
    (home / "bin").mkdir(parents=True)
    java = home / "bin" / "java"
    java.write_text('#!/usr/bin/env bash\nprintf "%s\\n" "$@"\n')
    java.chmod(0o755)
    return home


def launch(java_home, *args, **env):
    full_env = {k: v for k, v in os.environ.items() if k != "ENTENTE_JIT"}
    full_env.update({"JAVA_HOME": str(java_home)}, **env)
    return subprocess.run(
        [str(ENTENTE), *args], env=full_env, capture_output=True, text=True, timeout=120
    )


def test_shallow_inlining_by_default_before_the_main_class(java_home):
    done = launch(java_home, "--input", "/corpus")
    assert done.returncode == 0, done.stderr
    argv = done.stdout.splitlines()
    main = argv.index("io.entente.job.EntenteJob")
    for flag in SHALLOW:
        assert argv.index(flag) < main  # a JVM option, not an argument of the job
    assert argv[main + 1 :] == ["--input", "/corpus"]
    assert launch(java_home, ENTENTE_JIT="shallow").stdout.splitlines().count(SHALLOW[0]) == 1


def test_default_leaves_the_jvm_inlining_alone(java_home):
    done = launch(java_home, ENTENTE_JIT="default")
    assert done.returncode == 0, done.stderr
    inlining = ("-XX:MaxInlineLevel", "-XX:FreqInlineSize", "-XX:InlineSmallCode")
    assert not any(a.startswith(inlining) for a in done.stdout.splitlines())


def test_anything_else_is_refused_before_java_starts(java_home):
    done = launch(java_home, ENTENTE_JIT="fast")
    assert done.returncode == 64
    assert done.stdout == ""
    assert "ENTENTE_JIT must be shallow or default, got fast" in done.stderr
