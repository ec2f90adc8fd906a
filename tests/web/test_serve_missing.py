"""``quez serve`` without the web extra: a clear message, no traceback, nothing started."""

from __future__ import annotations

import sys

from quez.cli import main


def test_serve_without_textual_serve_says_how_to_install(tmp_path, monkeypatch, capsys):
    monkeypatch.setitem(sys.modules, "textual_serve", None)  # as if the extra were not installed
    db = tmp_path / "data" / "quez.db"
    assert main(["--db", str(db), "serve", "--no-browser"]) != 0
    err = capsys.readouterr().err
    assert "textual-serve ontbreekt" in err and "pip install 'quez[web]'" in err
    assert "Traceback" not in err
    assert not db.exists()  # nothing created for a server that never started
