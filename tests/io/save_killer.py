"""Saves killed midway: a child process saves an agreement in a loop and is killed with SIGKILL
at random moments. Shared by tests/io/test_leftovers.py (a few kills) and bench/kill_save.py.

Run as a script, it is the child: `python -m tests.io.save_killer FILE` saves FILE over and
over, the title saying which version each save is ("Version 17"), and prints each version it
finished saving.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from sla_designer.io import leftovers, load_agreement, loads_agreement, save_agreement
from tests.helpers import MINIMAL

ROOT = Path(__file__).resolve().parents[2]


def version_title(version: int) -> str:
    return f"Version {version}"


@dataclass
class KillReport:
    """What the kills left: how many, how many left a temporary file, and every problem."""

    kills: int = 0
    with_leftover: int = 0
    versions: list[int] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def kill_saves(path: Path, kills: int, seed: int, max_delay: float = 0.05) -> KillReport:
    """Start a saving child `kills` times and kill it at a random moment each time.

    After each kill the file must parse and hold a version the child wrote; the next save of
    the file (by this process) must remove any temporary file the kill left.
    """
    chance = random.Random(seed)
    report = KillReport()
    save_agreement(loads_agreement(MINIMAL).model_copy(update={"title": version_title(0)}), path)
    paths = [str(ROOT), os.environ.get("PYTHONPATH", "")]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(paths)}
    for _ in range(kills):
        child = subprocess.Popen(
            [sys.executable, "-m", "tests.io.save_killer", str(path)],
            stdout=subprocess.PIPE,
            text=True,
            cwd=ROOT,
            env=env,
        )
        assert child.stdout is not None
        first = child.stdout.readline()  # the first save is done: the loop runs
        time.sleep(chance.uniform(0, max_delay))
        child.send_signal(signal.SIGKILL)
        finished = [int(line) for line in (first + child.stdout.read()).split()]
        child.wait()
        report.kills += 1
        try:
            title = load_agreement(path).title
        except Exception as error:  # any failure to read is what is looked for
            report.problems.append(f"kill {report.kills}: the file does not load: {error}")
            continue
        version = int(title.removeprefix("Version "))
        report.versions.append(version)
        last = finished[-1] if finished else 0
        if version not in (last, last + 1):
            report.problems.append(f"kill {report.kills}: version {version}, last saved {last}")
        left = leftovers(path)
        report.with_leftover += bool(left)
        save_agreement(load_agreement(path), path)
        if leftovers(path) or any(p.name.endswith(".tmp") for p in path.parent.iterdir()):
            report.problems.append(f"kill {report.kills}: a temporary file is still there")
    return report


def _save_forever(path: Path) -> None:
    agreement = loads_agreement(MINIMAL)
    version = 0
    while True:
        version += 1
        save_agreement(agreement.model_copy(update={"title": version_title(version)}), path)
        print(version, flush=True)


if __name__ == "__main__":
    _save_forever(Path(sys.argv[1]))
