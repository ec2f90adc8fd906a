"""Run a program in a real pseudo-terminal and time when text appears on its screen.

No terminal emulator: the output is read as it comes, escape sequences are
stripped and the plain text is searched for a marker. Textual redraws a
changed widget as whole lines, so a marker inside one widget's line arrives
in one piece. Time is taken right after the read that completed the marker.
"""

from __future__ import annotations

import codecs
import fcntl
import os
import re
import select
import signal
import struct
import subprocess
import termios
import time
from collections.abc import Sequence
from pathlib import Path

ANSI = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)|P[^\x1b]*\x1b\\|[@-Z\\-_])")
SIZE = (24, 80)  # rows, columns


class TerminalTimeout(Exception):
    pass


class PtyProcess:
    """``PtyProcess(argv, env=...)``: started at once; ``wait_for(marker)`` → seconds since start."""

    def __init__(self, argv: Sequence[str], *, env: dict[str, str] | None = None, cwd: Path | None = None,
                 size: tuple[int, int] = SIZE):
        self.master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", size[0], size[1], 0, 0))
        full_env = {**os.environ, "TERM": "xterm-256color", "COLORTERM": "truecolor", **(env or {})}
        full_env.pop("TEXTUAL", None)  # no devtools
        self.started = time.perf_counter()
        self.proc = subprocess.Popen(
            list(argv), stdin=slave, stdout=slave, stderr=slave, env=full_env, cwd=cwd,
            start_new_session=True, close_fds=True,
        )
        os.close(slave)
        self._decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
        self.raw = ""
        self._plain_upto = 0
        self.plain = ""

    # -- reading -----------------------------------------------------------------------
    def _read(self, timeout: float) -> bool:
        ready, _, _ = select.select([self.master], [], [], timeout)
        if not ready:
            return False
        try:
            data = os.read(self.master, 65536)
        except OSError:  # the child closed the terminal
            raise EOFError from None
        if not data:
            raise EOFError
        self.raw += self._decoder.decode(data)
        # strip escapes from the part not yet converted (keep a tail that may hold half an escape)
        cut = max(self._plain_upto, len(self.raw) - 65536)
        safe_end = self.raw.rfind("\x1b", cut)
        end = len(self.raw) if safe_end < 0 or len(self.raw) - safe_end > 64 else safe_end
        if end > self._plain_upto:
            self.plain += ANSI.sub("", self.raw[self._plain_upto:end])
            self._plain_upto = end
        return True

    def wait_for(self, *markers: str, timeout: float = 30.0, since: int = 0) -> float:
        """Seconds from start until every marker has appeared (in output after offset ``since``)."""
        deadline = time.perf_counter() + timeout
        while True:
            window = self.plain[since:]
            if all(m in window for m in markers):
                return time.perf_counter() - self.started
            left = deadline - time.perf_counter()
            if left <= 0:
                raise TerminalTimeout(f"not seen within {timeout:.0f} s: {markers!r}; last output: "
                                      f"{self.plain[-400:]!r}")
            try:
                self._read(min(left, 0.5))
            except EOFError:
                # flush what is left, then give up if the markers never came
                self.plain += ANSI.sub("", self.raw[self._plain_upto:])
                self._plain_upto = len(self.raw)
                window = self.plain[since:]
                if all(m in window for m in markers):
                    return time.perf_counter() - self.started
                raise TerminalTimeout(f"program ended before {markers!r}; output: {self.plain[-600:]!r}") from None

    def drain(self, seconds: float) -> None:
        """Keep reading the output for ``seconds`` (the program never blocks on a full terminal)."""
        deadline = time.perf_counter() + seconds
        while (left := deadline - time.perf_counter()) > 0:
            try:
                self._read(left)
            except EOFError:
                return

    def send(self, text: str) -> None:
        os.write(self.master, text.encode("utf-8"))

    def wait_exit(self, timeout: float = 20.0) -> float:
        """Drain output until the process ends; seconds from start."""
        deadline = time.perf_counter() + timeout
        while self.proc.poll() is None and time.perf_counter() < deadline:
            try:
                self._read(0.05)
            except EOFError:
                break
        try:
            self.proc.wait(max(0.1, deadline - time.perf_counter()))
        except subprocess.TimeoutExpired:
            self.kill()
            raise TerminalTimeout("program did not end") from None
        return time.perf_counter() - self.started

    def kill(self) -> None:
        if self.proc.poll() is None:
            try:
                os.killpg(self.proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            self.proc.wait(5)

    def peak_rss_kb(self) -> int | None:
        """The process's peak resident memory so far (Linux ``VmHWM``)."""
        try:
            for line in Path(f"/proc/{self.proc.pid}/status").read_text().splitlines():
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
        except OSError:
            return None
        return None

    def close(self) -> None:
        self.kill()
        try:
            os.close(self.master)
        except OSError:
            pass

    def __enter__(self) -> PtyProcess:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
