"""The question screen: one question at a time, the worker sets the pace.

Every move saves the answer and the position (so a session resumes exactly
where it was); text being typed is saved as a draft every few seconds. The rules
(where we are, what a move saves, the round of parked questions, follow-ups) are
:class:`quez.conversation.conversation.Conversation`'s; this screen keeps the
widgets, the timers, the focus and the messages.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen

from quez.conversation.conversation import Conversation
from quez.conversation.flow import Step
from quez.tui.leaks import forget_removed
from quez.tui.safe import FAILED, attempt
from quez.tui.screens.base import QuezScreen
from quez.tui.screens.conversation_follow_ups import FollowUpHandling
from quez.tui.screens.conversation_keys import EarlyKeys
from quez.tui.screens.conversation_persons import PersonsHandling
from quez.tui.screens.conversation_ties import TiesHandling
from quez.tui.widgets.answers import AnswerWidget, ChoiceAnswer, OpenAnswer, ScaleAnswer, YesNoAnswer
from quez.tui.widgets.keys import KeyFooter
from quez.tui.widgets.persons import PersonsAnswer
from quez.tui.widgets.progress import ProgressHeader
from quez.tui.widgets.question import HintPanel, QuestionView
from quez.vocabulary import answer_status_label
from quez.wording import plural


class ConversationScreen(EarlyKeys, FollowUpHandling, PersonsHandling, TiesHandling, QuezScreen[None]):
    """``ConversationScreen(session_id)``: runs (or resumes) one session."""

    BINDINGS = [
        Binding("ctrl+n", "next", "Volgende", id="conversation.next", priority=True),
        Binding("ctrl+b", "back", "Terug", id="conversation.back", priority=True),
        Binding("ctrl+o", "skip", "Overslaan", id="conversation.skip", priority=True),
        Binding("ctrl+l", "park", "Later", id="conversation.park", priority=True,
                tooltip=f"{answer_status_label('parked', heading=True)}: de vraag komt aan het eind terug"),
        Binding("ctrl+g", "decline", "Liever niet", id="conversation.decline", priority=True,
                tooltip=answer_status_label("declined", heading=True)),
        Binding("ctrl+t", "note", "Notitie", id="conversation.note", priority=True,
                tooltip="Een vrije notitie bij deze vraag"),
        Binding("ctrl+r", "toggle_hint", "Hint", id="conversation.hint", priority=True,
                tooltip="Hint voor de hulpverlener tonen of verbergen"),
        Binding("ctrl+s", "pause", "Pauze", id="conversation.pause", priority=True,
                tooltip="Scherm leeg maken; Enter gaat verder"),
        Binding("ctrl+f", "finish", "Afronden", id="conversation.finish", priority=True,
                tooltip="Naar de afronding van het gesprek"),
    ]

    #: what stays in the footer on a small screen (the rest is in the palette, Ctrl+P)
    FOOTER_ESSENTIAL = ("next", "back", "pause", "finish")

    DEFAULT_CSS = """
    ConversationScreen { align-horizontal: center; }
    ConversationScreen #body { max-width: 110; height: 1fr; }
    ConversationScreen #answer-area { height: 1fr; }
    /* a small screen (under 20 rows): less air, so the answer field always has its lines */
    ConversationScreen.-short QuestionView { padding: 0 2; }
    ConversationScreen.-short QuestionView.-follow-up { padding: 0 2 0 4; }
    ConversationScreen.-short HintPanel { margin: 0 2; }
    ConversationScreen.-short #person-input { border: none; height: 1; padding: 0 1; }
    ConversationScreen.-short PersonsList { max-height: 2; }
    ConversationScreen.-short ChoiceAnswer RadioSet { max-height: 4; margin-bottom: 0; }
    ConversationScreen.-short ScaleAnswer .scale-help { margin-bottom: 0; }
    ConversationScreen.-medium PersonsList { max-height: 3; }
    """

    def __init__(self, session_id: int) -> None:
        super().__init__()
        self.session_id = session_id
        self.conversation: Conversation | None = None  # once loaded
        self._busy = False
        self._swapping = False  # the answer field is being replaced: timers leave it alone

    def compose(self) -> ComposeResult:
        yield ProgressHeader()
        with Vertical(id="body"):
            yield QuestionView(id="question")
            yield HintPanel(id="hint")
            yield Vertical(id="answer-area")
        yield KeyFooter()

    def focus_next(self, selector="*"):
        return self._hop(True) or super().focus_next(selector)

    def focus_previous(self, selector="*"):
        return self._hop(False) or super().focus_previous(selector)

    def _hop(self, forward: bool):
        """Between the name field, the persons list and the answer: see :meth:`PersonsAnswer.hop`."""
        widget = self.answer_widget
        target = widget.hop(self.focused, forward) if isinstance(widget, PersonsAnswer) else None
        if target is not None:
            target.focus()
        return target

    def on_resize(self) -> None:
        height = self.size.height
        self.set_class(height < 20, "-short")
        self.set_class(20 <= height < 30, "-medium")
        self.query_one(HintPanel).max_lines = 1 if height < 20 else 3 if height < 30 else 8

    # -- loading -----------------------------------------------------------------------
    async def on_mount(self) -> None:
        conversation = Conversation(self.app.services.store, self.session_id)
        loaded = attempt(self, conversation.load)
        if loaded is FAILED or not loaded:
            self.app.notify("Dit gesprek kan niet worden geopend.", severity="error")
            self.dismiss()
            return
        attempt(self, conversation.wake)
        self.conversation = conversation
        self.query_one(ProgressHeader).elapsed = conversation.elapsed
        self.query_one(HintPanel).hidden = not self.app.hints_visible
        self.set_interval(1.0, self._tick)
        self.set_interval(self.app.services.settings.draft_interval, self.autosave)
        await self.show_step(conversation.index)
        self.call_after_refresh(self.learn_found_persons)  # for the suggestions; after the paint

    @property
    def loaded(self) -> Conversation:
        """The conversation held: there is one once the screen is mounted (the questions, keys and timers
        that use it come after that)."""
        assert self.conversation is not None, "the conversation is loaded"
        return self.conversation

    @property
    def step(self) -> Step:
        return self.loaded.step

    @property
    def answer_widget(self) -> AnswerWidget | None:
        """The current answer field; None while one is being swapped for the next (timers run meanwhile)."""
        if self._swapping:
            return None
        widgets = self.query_one("#answer-area").query(AnswerWidget)
        return widgets.first() if widgets else None

    def _make_widget(self, step: Step) -> AnswerWidget:
        answer = self.loaded.answers.get(step.id)
        text, value = (answer.text, answer.value) if answer else ("", None)
        question = step.question
        if step.kind == "persons":
            return self.persons_widget(step, text)
        if step.kind == "scale":
            return ScaleAnswer(question.effective_scale, text, value)
        if step.kind == "choice":
            return ChoiceAnswer(question.options, text, value)
        if step.kind == "yesno":
            return YesNoAnswer(text, value)
        if step.kind == "ties":
            return self.ties_widget(step, text)
        return OpenAnswer(text, value)

    async def show_step(self, index: int) -> None:
        # one repaint for the whole swap (not one after the old field goes and another after the new one comes)
        with self.app.batch_update():
            await self._show_step(index)

    async def _show_step(self, index: int) -> None:
        conversation = self.loaded
        attempt(self, conversation.go_to, index)  # saved before the screen shows it: a kill after that resumes here
        step = conversation.step
        answer = conversation.answer
        # the answer field first, the question after: keys typed once it shows reach the new field
        area = self.query_one("#answer-area")
        current = self.answer_widget
        widget: AnswerWidget
        if type(current) is OpenAnswer and step.kind not in ("persons", "scale", "choice", "yesno", "ties"):
            # open question after open question: the same field with the new text (its undo history
            # cleared) instead of a new one; no mount, no layout, no garbage
            widget = current
            widget.set_text(answer.text if answer else "")
        else:
            self._swapping = True
            try:
                await area.remove_children()
                forget_removed(self.app, self)  # or Textual keeps every old answer field in memory
                widget = self._make_widget(step)
                await area.mount(widget)
            finally:
                self._swapping = False
        widget.cursor_to_end()  # back at an earlier answer: what is added goes after it
        widget.focus_answer()
        header = self.query_one(ProgressHeader)
        progress = conversation.loaded_flow.progress(index)
        header.phase_title = progress.phase_title
        label = progress.label()
        if conversation.round is not None:
            parked = answer_status_label("parked", heading=True)
            label = f"{parked} · {conversation.round_pos + 1} van {len(conversation.round)}"
        elif answer is not None and answer.status in ("skipped", "declined", "parked"):
            label += f" · eerder: {answer_status_label(answer.status)}"
        header.progress = label
        header.has_note = bool(answer and answer.note)
        self.query_one(QuestionView).show(step.text, follow_up=step.is_follow_up)
        self.query_one(HintPanel).show(conversation.intro(), step.hint)
        conversation.shown(widget.answer())
        self.refresh_bindings()

    # -- saving ----------------------------------------------------------------------------
    def commit(self, move: str) -> bool:
        """Save the current answer for ``move`` (next, back, skip, decline, park, leave)."""
        widget = self.answer_widget
        if widget is None or self.conversation is None:
            return True
        if isinstance(widget, PersonsAnswer) and (entry := widget.pending_entry()) is not None:
            # a name typed but not yet added with Enter still counts
            if not self.add_person(widget, *entry):
                return False
        text, value = widget.answer()
        return attempt(self, self.conversation.commit, move, text, value, widget.has_content()) is not FAILED

    def _save_position(self) -> None:
        if self.conversation is not None:
            attempt(self, self.conversation.save_position)

    def autosave(self) -> None:
        """Save typed text as a draft when it changed; the elapsed time now and then."""
        widget = self.answer_widget
        conversation = self.conversation
        if widget is None or conversation is None:
            return
        current = widget.answer()
        if conversation.changed(current):
            attempt(self, conversation.save_draft, *current)
        if conversation.position_due:
            self._save_position()

    def flush(self) -> None:
        """Called when the app is closed: keep every keystroke and the position."""
        self.autosave()
        self._save_position()

    # -- time -------------------------------------------------------------------------------
    def clock_running(self) -> bool:
        """The clock runs while this screen, or a dialog over it, is shown (not when paused)."""
        for screen in reversed(self.app.screen_stack):
            if screen is self:
                return True
            if isinstance(screen, ModalScreen) and not getattr(screen, "PAUSES_CLOCK", False):
                continue
            return False
        return False

    def _tick(self) -> None:
        if self.clock_running():
            self.loaded.tick()
            self.query_one(ProgressHeader).elapsed = self.loaded.elapsed

    # -- moving -------------------------------------------------------------------------------
    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "back" and self.conversation is not None:
            return None if self.conversation.at_start else True
        return True

    async def _go(self, index: int) -> None:
        self._busy = True
        try:
            await self.show_step(index)
        finally:
            self._busy = False

    async def _drain_input(self) -> None:
        """Let the answer widget take the keys typed before this one (the bindings are priority)."""
        import asyncio

        focused = self.app.focused
        if focused is not None and focused is not self and not self._busy:
            done = asyncio.Event()
            focused.call_later(done.set)
            await done.wait()

    async def action_next(self) -> None:
        await self._drain_input()
        if self._busy or not self.commit("next"):
            return
        if not self.offer_follow_ups(self.step, self.answer_widget):
            await self._advance()

    async def _advance(self) -> None:
        index = self.loaded.advance()
        if index is None:
            self.end()
        else:
            await self._go(index)

    async def action_back(self) -> None:
        await self._drain_input()
        if self._busy or not self.commit("back"):
            return
        index = self.loaded.back()
        if index is not None:
            await self._go(index)

    async def _move(self, move: str) -> None:
        await self._drain_input()
        if not self._busy and self.commit(move):
            await self._advance()

    async def action_skip(self) -> None:
        await self._move("skip")

    async def action_decline(self) -> None:
        await self._move("decline")

    async def action_park(self) -> None:
        await self._move("park")

    def action_finish(self) -> None:
        if not self._busy and self.commit("leave"):
            self.end()

    def end(self) -> None:
        """After the last question (or on Afronden): parked questions first, then the closing screen."""
        parked = self.loaded.parked_to_offer()
        if not parked:
            self.open_closing()
            return
        from quez.tui.screens.confirm import ConfirmScreen

        lines = "\n".join(f"• {s.text}" for s in parked)
        body = f"Je wilde op {plural(len(parked), 'vraag', 'vragen')} later terugkomen:\n{lines}"

        async def answered(now: bool | None) -> None:
            if now:
                await self._go(self.loaded.start_round(parked))
            else:
                self.loaded.skip_round()
                self.open_closing()

        title = answer_status_label("parked", heading=True)
        self.app.push_screen(ConfirmScreen(title, body, yes="Nu bespreken", no="Naar afronding"), answered)

    def open_closing(self) -> None:
        from quez.tui.screens.closing import ClosingScreen

        self._save_position()
        self.app.push_screen(ClosingScreen(self.session_id))

    # -- notes, hints, pause ---------------------------------------------------------------------
    def action_note(self) -> None:
        from quez.tui.screens.note import NoteScreen

        step = self.step
        conversation = self.loaded
        answer = conversation.answer

        def saved(note: str | None) -> None:
            if note is None or attempt(self, conversation.set_note, step.id, note) is FAILED:
                return
            if self.step.id == step.id:
                self.query_one(ProgressHeader).has_note = bool(note.strip())

        self.app.push_screen(NoteScreen(step.text, answer.note if answer else ""), saved)

    def action_toggle_hint(self) -> None:
        self.query_one(HintPanel).hidden = not self.app.toggle_hints()

    def action_pause(self) -> None:
        from quez.tui.screens.pause import PauseScreen

        self.flush()
        if not isinstance(self.app.screen, PauseScreen):
            self.app.push_screen(PauseScreen())
