"""What a session (or all sessions of a client) brought up: persons, opinions, roles.

``summarise_session(store, session_id)`` and ``summarise_client(store, code)``
return a :class:`Summary` (plain dataclasses; :mod:`quez.report` renders it).

Persons come from the worker (``mentions``, follow-ups about a person) and
from answer text (:mod:`quez.extraction`). Extraction runs once per answer and
is cached in ``extractions`` keyed on the answer's ``updated_at`` and the
extractor's version, so a summary only re-reads what changed. The worker's
decisions (:mod:`quez.storage.persons`) win over automatic merging.

Modules: :mod:`~quez.summary.model` (the items), :mod:`~quez.summary.asked`,
:mod:`~quez.summary.extractions`, :mod:`~quez.summary.assemble` (the steps),
:mod:`~quez.summary.opinions`, :mod:`~quez.summary.roles`.
"""

from __future__ import annotations

from quez.summary.assemble import summarise_client, summarise_session
from quez.summary.count import all_person_count, client_person_count, person_count, session_person_count
from quez.summary.extractions import EXTRACTED_STATUSES, extractions_for
from quez.summary.model import OpinionItem, PersonItem, QuestionItem, SessionItem, Summary

__all__ = ["EXTRACTED_STATUSES", "OpinionItem", "PersonItem", "QuestionItem", "SessionItem", "Summary",
           "all_person_count", "client_person_count", "extractions_for", "person_count", "session_person_count",
           "summarise_client", "summarise_session"]
