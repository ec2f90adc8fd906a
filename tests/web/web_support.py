"""Starting ``quez serve`` for a test, and reading what it does."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

QUEZ = Path(sys.executable).parent / ("quez.exe" if os.name == "nt" else "quez")


@dataclass
class Served:
    process: subprocess.Popen
    url: str
    db: Path

    @property
    def origin(self) -> str:
        return self.url.split("/", 3)[0] + "//" + self.url.split("/", 3)[2]

    @property
    def port(self) -> int:
        return int(self.origin.rsplit(":", 1)[1])

    @property
    def token(self) -> str:
        return self.url.rstrip("/").rsplit("/", 1)[1]

    def app_processes(self) -> list[str]:
        """Command lines of the app processes serving windows (from /proc)."""
        found = []
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit():
                continue
            try:
                cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
            except OSError:
                continue
            if "quez.tui.web.child" in cmdline and str(self.db) in cmdline and not cmdline.startswith("/bin/sh"):
                found.append(cmdline)
        return found

    def wait_stopped(self, timeout: float) -> tuple[int, str]:
        out, _ = self.process.communicate(timeout=timeout)
        return self.process.returncode, out


def start_serve(tmp_path: Path, *extra: str, grace: float = 1.0) -> Served:
    if not QUEZ.exists():
        pytest.skip(f"the quez entry point is not installed in this environment ({QUEZ})")
    db = tmp_path / "data" / "quez.db"
    env = {**os.environ, "QUEZ_DATA_DIR": str(tmp_path / "data"), "PYTHONUNBUFFERED": "1"}
    env.pop("QUEZ_DB", None)
    process = subprocess.Popen(
        [str(QUEZ), "--db", str(db), *extra, "serve", "--no-browser", "--grace", str(grace)],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env, cwd=tmp_path,
    )
    deadline = time.monotonic() + 60
    lines = []
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        if not line:
            break
        lines.append(line)
        found = re.search(r"(http://127\.0\.0\.1:\d+/[A-Za-z0-9_-]+/)", line)
        if found:
            return Served(process, found.group(1), db)
    process.kill()
    raise AssertionError("quez serve printed no address:\n" + "".join(lines) + (process.stdout.read() or ""))


def stop(served: Served) -> None:
    if served.process.poll() is None:
        served.process.terminate()
        try:
            served.process.communicate(timeout=20)
        except subprocess.TimeoutExpired:
            served.process.kill()
            served.process.communicate()
