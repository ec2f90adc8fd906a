"""The busy timeout is a real wait: another process holding the write lock for ~2 s does not fail a save.

A deferred ``BEGIN`` followed by sqlite-utils' schema read started a read transaction; upgrading it
to a write while another connection wrote failed at once ("De database is bezet"), because SQLite
skips the busy handler there. Writes now begin with ``BEGIN IMMEDIATE``.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time

import pytest
from trust_support import sample_bank

from quez.storage.db import BUSY_TIMEOUT_SECONDS
from quez.storage.erase import erase_client
from quez.storage.store import Store

HOLD_SECONDS = 2.0


def hold_write_lock(db_path, seconds: float = HOLD_SECONDS) -> subprocess.Popen:
    """Another process takes the write lock (and writes) for ``seconds``; returns once it holds it."""
    code = textwrap.dedent(f"""
        import sqlite3, sys, time
        conn = sqlite3.connect({str(db_path)!r}, isolation_level=None, timeout=10)
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("update clients set label = 'ander venster'")
        print("locked", flush=True)
        time.sleep({seconds})
        conn.execute("COMMIT")
    """)
    holder = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "locked"
    return holder


@pytest.mark.slow
def test_a_save_waits_for_another_process_holding_the_lock(db_path):
    with Store(db_path) as store:
        session = store.start_session("KL-1", sample_bank())
        store.answers(session.id)  # the connection has read before (as the app's has)
        holder = hold_write_lock(db_path)
        started = time.monotonic()
        try:
            answer = store.record_answer(session.id, "hoe-gaat-het", text="Het gaat beter.")
        finally:
            holder.wait(timeout=30)
        waited = time.monotonic() - started
        assert answer.text == "Het gaat beter."
        assert 1.0 < waited < BUSY_TIMEOUT_SECONDS + 1, f"waited {waited:.1f} s"
        assert store.client("KL-1").label == "ander venster"  # both writes are there


@pytest.mark.slow
def test_many_writes_in_a_row_wait_too(db_path):
    with Store(db_path) as store:
        session = store.start_session("KL-1", sample_bank())
        holder = hold_write_lock(db_path, seconds=1.0)
        try:
            for i in range(5):
                store.save_draft(session.id, "hoe-gaat-het", f"concept {i}")
                store.set_position(session.id, "hoe-gaat-het")
        finally:
            holder.wait(timeout=30)
        assert store.answer(session.id, "hoe-gaat-het").text == "concept 4"


@pytest.mark.slow
def test_erase_waits_too(db_path):
    with Store(db_path) as store:
        store.start_session("KL-1", sample_bank())
        store.start_session("KL-2", sample_bank())
        store.clients()
        holder = hold_write_lock(db_path, seconds=1.0)
        try:
            erase_client(store.db, "KL-2", path=str(db_path))
        finally:
            holder.wait(timeout=30)
        assert [c.code for c in store.clients()] == ["KL-1"]
