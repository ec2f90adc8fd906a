"""The number of persons, the same everywhere: summary, review list, ``quez info``, start screen, timeline.

It is the number of persons in the summary (found in the answers and named by
the worker, spellings merged, the worker's decisions applied), so every view
counts with :func:`person_count` or one of the functions below.
"""

from __future__ import annotations


def person_count(summary) -> int:
    """The number of persons a summary lists: the one definition."""
    return len(summary.persons)


def session_person_count(store, session_id: int) -> int:
    from quez.summary.assemble import summarise_session

    return person_count(summarise_session(store, session_id))


def client_person_count(store, client_code: str) -> int:
    from quez.summary.assemble import summarise_client

    return person_count(summarise_client(store, client_code))


def all_person_count(store) -> int:
    """Over every client: the sum of their summaries' counts (a person belongs to one client)."""
    return sum(client_person_count(store, c.code) for c in store.clients())
