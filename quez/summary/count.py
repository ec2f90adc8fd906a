"""The number of persons, the same everywhere: summary, review list, ``quez info``, start screen, timeline.

It is the number of persons in the summary (found in the answers and named by
the worker, spellings merged, the worker's decisions applied), so every view
counts with :func:`person_count` or one of the functions below. A client's
count is remembered in ``person_counts`` with a fingerprint of every row it
is counted from (and the extractor's version), and recounted when that changes.
"""

from __future__ import annotations


def person_count(summary) -> int:
    """The number of persons a summary lists: the one definition."""
    return len(summary.persons)


def session_person_count(store, session_id: int) -> int:
    from quez.summary.assemble import summarise_session

    return person_count(summarise_session(store, session_id))


def _fingerprint(store, client_id: int) -> str:
    from quez.extraction import VERSION
    from quez.storage.counts import rows_fingerprint

    return f"v{VERSION}|{rows_fingerprint(store, client_id)}"


def client_person_count(store, client_code: str) -> int:
    """The count of a client's summary; remembered until anything it is counted from changes."""
    from quez.summary.assemble import summarise_client

    client = store.client(client_code)
    if client is None:
        return person_count(summarise_client(store, client_code))  # says clearly that there is no such client
    from quez.storage.counts import remember_count, remembered_count

    fingerprint = _fingerprint(store, client.id)
    known = remembered_count(store, client.id)
    if known is not None and known.fingerprint == fingerprint:
        return known.persons
    count = person_count(summarise_client(store, client_code))
    remember_count(store, client.id, fingerprint, count)  # read-only or busy: still right, just not remembered
    return count


def all_person_count(store) -> int:
    """Over every client: the sum of their summaries' counts (a person belongs to one client)."""
    return sum(client_person_count(store, c.code) for c in store.clients())
