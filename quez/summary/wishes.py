"""What the client wants next, in her own words, and the worker's notes.

Wishes are the answers to questions whose bank ``elicits`` include
:data:`WISH` ("Wil je een volgende keer verder praten over …?", "Met wie zou
je graag meer contact hebben?"), and to follow-ups of such questions, unless
the follow-up asks about a person named for a "who" question (then it asks
for that person's opinion, not for a wish).
"""

from __future__ import annotations

from quez.summary.model import NoteItem, QuestionItem, Summary

#: the elicits word of questions about what the client wants or hopes for
WISH = "wish"
WISH_STATUSES = ("answered", "draft")


def is_wish(asked) -> bool:
    if WISH not in asked.base_elicits:
        return False
    return not (asked.follow_up and "persons" in asked.base_elicits)


def collect_wishes(summary: Summary, build) -> None:
    for answer in build.answers:
        asked = build.asked[answer.id]
        if answer.status in WISH_STATUSES and answer.text.strip() and is_wish(asked):
            summary.wishes.append(QuestionItem(answer.session_id, answer.question_id, asked.text, asked.phase_title,
                                               answer.status, answer.text))


def collect_notes(summary: Summary, build) -> None:
    """Notes on answers (typed during the conversation), then notes on the session and added later, in order."""
    for answer in build.answers:
        if (answer.note or "").strip():
            summary.notes.append(NoteItem(answer.session_id, answer.question_id, build.asked[answer.id].text,
                                          answer.note.strip(), False, answer.updated_at or answer.created_at))
    from quez.storage.notes import notes_in

    for note in notes_in(build.store, build.session_ids):
        answer = build.answers_by_q.get((note.session_id, note.question_id)) if note.question_id else None
        question_text = build.asked[answer.id].text if answer is not None else (note.question_id or "")
        summary.notes.append(NoteItem(note.session_id, note.question_id, question_text, note.text,
                                      note.added_later, note.created_at))
