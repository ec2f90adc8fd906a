"""The conversation's rules without a screen: a :class:`Conversation` on a real SQLite store in tmp.

Where we are, what each move saves, the round of parked questions, follow-ups, autosave and the
position. (What only the screen shows, keys, focus and widgets, is in tests/tui.)
"""

from __future__ import annotations

import pytest

from quez.conversation.conversation import ELAPSED_SAVE_SECONDS, Conversation

IDS = ["wie-snapt", "hoe-gaat-het", "hoe-zwaar", "soort-hulp", "eerder-gevraagd"]


@pytest.fixture
def opened(store, sample_bank):
    """``opened(code, position=None)`` → a loaded Conversation of a new session."""

    def make(code: str = "CV-1", position: str | None = None) -> Conversation:
        session = store.start_session(code, sample_bank)
        if position is not None:
            store.set_position(session.id, position)
        conversation = Conversation(store, session.id)
        assert conversation.load() is True
        return conversation

    return make


def status(store, conversation: Conversation, question_id: str) -> str | None:
    answer = store.answer(conversation.session_id, question_id)
    return answer.status if answer else None


def walk(conversation: Conversation, move: str, text: str = "", value: str | None = None) -> int | None:
    """What the screen does on a move that goes forward: save, then where to."""
    conversation.commit(move, text, value, has_content=bool(text.strip() or value))
    return conversation.advance()


# -- loading and where we are ------------------------------------------------------------------------

def test_load_starts_at_the_first_question_and_knows_the_client(opened, store):
    conversation = opened("CV-1")
    assert conversation.index == 0 and conversation.step.id == "wie-snapt"
    assert conversation.client_code == "CV-1"
    assert conversation.client_id == store.client("CV-1").id
    assert conversation.at_start and conversation.round is None
    assert [s.id for s in conversation.flow.steps] == IDS


def test_load_resumes_at_the_stored_position_with_the_elapsed_time(opened, store):
    conversation = opened("CV-2", position="hoe-zwaar")
    store.set_position(conversation.session_id, "hoe-zwaar", 125)
    again = Conversation(store, conversation.session_id)
    again.load()
    assert again.step.id == "hoe-zwaar" and again.elapsed == 125
    assert not again.at_start


def test_a_session_without_its_bank_is_not_loaded(store, sample_bank):
    session = store.start_session("CV-3", sample_bank)
    store.db.execute("update sessions set bank_snapshot = '' where id = ?", [session.id])
    assert Conversation(store, session.id).load() is False


def test_wake_reopens_a_finished_session_and_resumes_a_parked_one(store, sample_bank):
    finished = store.start_session("CV-4", sample_bank)
    store.finish_session(finished.id)
    parked = store.start_session("CV-5", sample_bank)
    store.park_session(parked.id)
    for session in (finished, parked):
        conversation = Conversation(store, session.id)
        conversation.load()
        conversation.wake()
        assert store.session(session.id).status == "in_progress"


def test_the_intro_of_a_phase_shows_at_its_first_question_only(store, tmp_path):
    from quez.banks.loader import load_bank

    path = tmp_path / "intro.toml"
    path.write_text('[bank]\nid = "i"\ntitle = "I"\nversion = "1"\nsource = "t"\n'
                    '[[phases]]\nid = "a"\ntitle = "A"\nintro = "Eerst dit."\n'
                    '[[phases.questions]]\nid = "q1"\ntext = "Een?"\n[[phases.questions]]\nid = "q2"\ntext = "Twee?"\n',
                    encoding="utf-8")
    conversation = Conversation(store, store.start_session("IN-1", load_bank(path)).id)
    conversation.load()
    assert conversation.intro() == "Eerst dit."
    conversation.go_to(1)
    assert conversation.intro() is None


# -- what a move saves ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("move", "has_content", "existing", "expected"), [
    ("skip", True, None, "skipped"),
    ("decline", False, "answered", "declined"),
    ("park", True, "answered", "parked"),
    ("next", True, "skipped", "answered"),
    ("back", True, None, "answered"),
    ("leave", True, None, "answered"),
    ("next", False, "parked", "parked"),   # looked at again, nothing said: stays set aside
    ("back", False, "declined", "declined"),
    ("next", False, None, "skipped"),      # moved on without anything noted
    ("next", False, "draft", "skipped"),
    ("back", False, None, None),           # looked at, nothing typed: nothing to save
    ("leave", False, None, None),
    ("back", False, "draft", "draft"),
    ("back", False, "answered", "draft"),  # the answer was cleared
])
def test_status_a_move_gives(opened, store, move, has_content, existing, expected):
    conversation = opened()
    if existing is not None:
        conversation.record(existing, "eerder", None)
    assert conversation.status_for(move, has_content) == expected


def test_commit_saves_the_answer_with_what_was_asked(opened, store):
    conversation = opened(position="hoe-zwaar")
    assert conversation.commit("next", "Beter dan vorige maand.", "2", has_content=True) is True
    answer = store.answer(conversation.session_id, "hoe-zwaar")
    assert (answer.status, answer.text, answer.value, answer.phase_id, answer.question_text) == (
        "answered", "Beter dan vorige maand.", "2", "verder", "Hoe zwaar voelt het?")
    assert conversation.answers["hoe-zwaar"] == answer
    assert not conversation.changed(("Beter dan vorige maand.", "2"))


def test_commit_with_nothing_to_save_writes_nothing(opened, store):
    conversation = opened()
    assert conversation.commit("back", "", None, has_content=False) is False
    assert store.answers(conversation.session_id) == []


# -- moving through the bank and the round of parked questions ---------------------------------------

def test_walking_forward_and_back(opened):
    conversation = opened()
    assert conversation.back() is None  # nothing before the first
    assert walk(conversation, "next", "gezegd") == 1
    conversation.go_to(1)
    assert conversation.back() == 0
    conversation.go_to(4)
    assert walk(conversation, "next", "ja") is None  # the end


def test_go_to_saves_the_position(opened, store):
    conversation = opened()
    conversation.elapsed = 12
    conversation.go_to(3)
    session = store.session(conversation.session_id)
    assert (session.current_question, session.elapsed_seconds) == ("soort-hulp", 12)


def test_parked_questions_come_back_in_a_round_of_their_own(opened, store):
    conversation = opened()
    index = 0
    for move in ("next", "park", "next", "park", "next"):
        conversation.go_to(index)
        index = walk(conversation, move, "" if move == "park" else "gezegd")
    assert index is None
    parked = conversation.parked_to_offer()
    assert [s.id for s in parked] == ["hoe-gaat-het", "soort-hulp"]
    conversation.go_to(conversation.start_round(parked))
    assert conversation.step.id == "hoe-gaat-het" and conversation.at_start
    assert conversation.back() is None  # nothing before the first of the round
    conversation.go_to(walk(conversation, "next"))  # nothing said yet: stays parked, the next parked one
    assert conversation.step.id == "soort-hulp" and (conversation.round_pos, len(conversation.round)) == (1, 2)
    assert status(store, conversation, "hoe-gaat-het") == "parked"
    assert conversation.back() == 1  # back within the round
    conversation.go_to(1)
    conversation.go_to(walk(conversation, "next", "toch gezegd"))
    assert walk(conversation, "next") is None  # the round is over
    assert conversation.round is None and conversation.parked_to_offer() == []  # not offered again
    assert status(store, conversation, "hoe-gaat-het") == "answered"


def test_turning_the_round_down_does_not_offer_it_again(opened):
    conversation = opened()
    conversation.commit("park", "", None, has_content=False)
    assert len(conversation.parked_to_offer()) == 1
    conversation.skip_round()
    assert conversation.parked_to_offer() == []


def test_resuming_during_the_round_of_parked_questions_goes_on_with_it(store, sample_bank):
    session = store.start_session("RS-9", sample_bank)
    parked = ["hoe-gaat-het", "soort-hulp"]
    for qid in IDS:
        store.record_answer(session.id, qid, text="" if qid in parked else "gezegd",
                            status="parked" if qid in parked else "answered")
    store.set_position(session.id, parked[0])  # the app died on the first parked question of the round
    conversation = Conversation(store, session.id)
    conversation.load()
    assert conversation.step.id == parked[0] and conversation.round == parked
    assert conversation.flow.index_of(parked[1]) == walk(conversation, "next")
    conversation.go_to(conversation.flow.index_of(parked[1]))
    assert walk(conversation, "next") is None and conversation.parked_to_offer() == []


# -- follow-ups ------------------------------------------------------------------------------------------

def test_follow_ups_per_person_named_and_once_without_a_person(opened):
    conversation = opened()
    offers = conversation.offers(conversation.step, [(7, "Els", "tante"), (8, "Piet", None)])
    assert [(o.id, o.text) for o in offers] == [
        ("wie-snapt~0~7", "Wat vindt Els dat je goed doet?"),
        ("wie-snapt~0~8", "Wat vindt Piet dat je goed doet?"),
        ("wie-snapt~1", "Hoe merk je dat?"),
    ]
    assert conversation.offers(conversation.step, None) == []  # nothing answered: nothing to ask further
    conversation.go_to(1)
    assert conversation.offers(conversation.step, []) == []  # a question without follow-ups


def test_follow_ups_decided_once_are_not_offered_again(opened):
    conversation = opened()
    step = conversation.step
    conversation.decide(conversation.offers(step, [(7, "Els", "tante")]))
    assert conversation.offers(step, [(7, "Els", "tante")]) == []
    # someone new: only what is new for her
    assert [o.text for o in conversation.offers(step, [(7, "Els", "tante"), (9, "Lies", "zus")])] == [
        "Wat vindt Lies dat je goed doet?"]


def test_taken_follow_ups_are_asked_right_after_their_question(opened, store):
    conversation = opened()
    step = conversation.step
    els = conversation.add_person("Els", "tante", [])
    offers = conversation.offers(step, [(els.id, "Els", "tante")])
    conversation.decide(offers)
    new = conversation.take_follow_ups(step, offers)
    els_id = f"wie-snapt~0~{els.id}"
    assert [s.id for s in conversation.flow.steps[:4]] == ["wie-snapt", els_id, "wie-snapt~1", "hoe-gaat-het"]
    assert [s.id for s in new] == [els_id, "wie-snapt~1"]
    assert walk(conversation, "next", "Els belt.") == 1  # the first follow-up is next
    conversation.go_to(1)
    assert conversation.flow.progress(1).label() == "Fase 1 van 2 · vraag 1 van 5 · doorvraag 1 van 2"
    assert conversation.offers(conversation.step, []) == []  # a follow-up has no follow-ups
    answer = store.answer(conversation.session_id, els_id)
    assert (answer.status, answer.question_text, answer.parent_question_id, answer.person_id, answer.phase_id) == (
        "draft", "Wat vindt Els dat je goed doet?", "wie-snapt", els.id, "begin")
    # the follow-up's own answer keeps who it is about
    conversation.commit("next", "Dat ik goed zorg.", None, has_content=True)
    answer = store.answer(conversation.session_id, els_id)
    assert (answer.status, answer.parent_question_id, answer.person_id) == ("answered", "wie-snapt", els.id)


def test_follow_ups_taken_in_the_round_of_parked_questions_join_the_round(opened):
    conversation = opened()
    conversation.commit("park", "", None, has_content=False)
    conversation.go_to(conversation.start_round(conversation.parked_to_offer()))
    conversation.commit("next", "Els", None, has_content=True)
    conversation.take_follow_ups(conversation.step, conversation.offers(conversation.step, []))
    assert conversation.round == ["wie-snapt", "wie-snapt~1"]
    assert walk(conversation, "next") == 1


def test_when_saving_a_follow_up_fails_the_ones_saved_before_are_still_taken(opened, store, monkeypatch):
    conversation = opened()
    step = conversation.step
    els = conversation.add_person("Els", "", [])
    offers = conversation.offers(step, [(els.id, "Els", None)])
    real = store.record_answer
    calls = []

    def failing(*args, **kwargs):
        calls.append(args)
        if len(calls) == 2:
            raise OSError("disk full")
        return real(*args, **kwargs)

    monkeypatch.setattr(store, "record_answer", failing)
    with pytest.raises(OSError):
        conversation.take_follow_ups(step, offers)
    els_id = f"wie-snapt~0~{els.id}"
    assert [s.id for s in conversation.flow.steps[:3]] == ["wie-snapt", els_id, "hoe-gaat-het"]
    assert els_id in conversation.answers and "wie-snapt~1" not in conversation.answers


# -- autosave and the clock ------------------------------------------------------------------------------

def test_drafts_are_saved_only_when_the_field_changed(opened, store):
    conversation = opened(position="hoe-gaat-het")
    conversation.shown(("", None))
    assert not conversation.changed(("", None))
    assert conversation.changed(("Gaat w", None))
    conversation.save_draft("Gaat w", None)
    answer = store.answer(conversation.session_id, "hoe-gaat-het")
    assert (answer.status, answer.text, answer.phase_id) == ("draft", "Gaat w", "begin")
    assert conversation.answers["hoe-gaat-het"] == answer
    assert not conversation.changed(("Gaat w", None))


def test_a_draft_keeps_a_status_decided_earlier(opened, store):
    conversation = opened()
    conversation.record("skipped", "", None)
    conversation.save_draft("toch iets", None)
    assert status(store, conversation, "wie-snapt") == "skipped"


def test_the_elapsed_time_is_written_now_and_then(opened, store):
    conversation = opened()
    for _ in range(ELAPSED_SAVE_SECONDS - 1):
        conversation.tick()
    assert not conversation.position_due
    conversation.tick()
    assert conversation.position_due
    conversation.save_position()
    assert not conversation.position_due
    assert store.session(conversation.session_id).elapsed_seconds == ELAPSED_SAVE_SECONDS


def test_a_failed_position_save_is_tried_again(opened, store, monkeypatch):
    conversation = opened()
    conversation.elapsed = ELAPSED_SAVE_SECONDS

    def failing(*args, **kwargs):
        raise OSError("locked")

    monkeypatch.setattr(store, "set_position", failing)
    with pytest.raises(OSError):
        conversation.save_position()
    assert conversation.position_due


def test_a_note_is_kept_with_the_answer(opened, store):
    conversation = opened()
    conversation.set_note("wie-snapt", "Slaapt slecht.")
    assert conversation.answer.note == "Slaapt slecht."
    assert store.answer(conversation.session_id, "wie-snapt").note == "Slaapt slecht."


def test_the_conversation_runs_without_textual():
    # the screen drives it; nothing of it needs the terminal UI (nor pydantic before a bank is read)
    import subprocess
    import sys

    code = ("import sys, quez.conversation.conversation, quez.conversation.named, quez.conversation.visits; "
            "print(sorted({m.split('.')[0] for m in sys.modules} & {'textual', 'rich', 'pydantic'}))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
