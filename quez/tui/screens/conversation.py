"""The question screen: one question at a time, the worker sets the pace.

Every move saves the answer and the position (so a session resumes exactly
where it was); text being typed is saved as a draft every few seconds.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen, Screen

from quez.tui.flow import Flow
from quez.tui.format import plural
from quez.tui.leaks import forget_removed
from quez.tui.safe import FAILED, attempt
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

#: how often the elapsed time is written even when nothing else changes
ELAPSED_SAVE_SECONDS = 30

MOVE_STATUS = {"skip": "skipped", "decline": "declined", "park": "parked"}


class ConversationScreen(EarlyKeys, FollowUpHandling, PersonsHandling, TiesHandling, Screen):
    """``ConversationScreen(session_id)``: runs (or resumes) one session."""

    BINDINGS = [
        Binding("ctrl+n", "next", "Volgende", id="conversation.next", priority=True),
        Binding("ctrl+b", "back", "Terug", id="conversation.back", priority=True),
        Binding("ctrl+o", "skip", "Overslaan", id="conversation.skip", priority=True),
        Binding("ctrl+l", "park", "Later", id="conversation.park", priority=True,
                tooltip="Later op terugkomen: de vraag komt aan het eind terug"),
        Binding("ctrl+g", "decline", "Liever niet", id="conversation.decline", priority=True,
                tooltip="Cliënt wil hier (nog) niet op ingaan"),
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
        self.flow: Flow | None = None
        self.index = 0
        self.answers: dict = {}
        self.client_id: int | None = None
        self.client_code = ""
        self.elapsed = 0
        self._elapsed_saved = 0
        self._saved: tuple[str, str | None] | None = None
        self.round: list[str] | None = None  # parked questions offered again at the end
        self.round_pos = 0
        self._round_done = False
        self._busy = False
        self._swapping = False  # the answer field is being replaced: timers leave it alone
        self._decided: set[str] = set()  # follow-ups offered once (taken or not): not offered again

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
        store = self.app.services.store
        data = attempt(self, store.load_session, self.session_id)
        bank = attempt(self, data.bank) if data is not FAILED else FAILED
        if data is FAILED or bank is FAILED or bank is None:
            self.app.notify("Dit gesprek kan niet worden geopend.", severity="error")
            self.dismiss()
            return
        if data.session.status == "finished":  # the client remembered something at the door
            attempt(self, store.reopen_session, self.session_id)
        elif data.session.status != "in_progress":
            attempt(self, store.resume_session, self.session_id)
        self.client_id, self.client_code = data.client.id, data.client.code
        self.answers = dict(data.answers)
        self.flow = Flow(bank, self.answers.values())
        self.elapsed = self._elapsed_saved = data.session.elapsed_seconds
        self.query_one(ProgressHeader).elapsed = self.elapsed
        self.query_one(HintPanel).hidden = not self.app.hints_visible
        self.set_interval(1.0, self._tick)
        self.set_interval(self.app.services.settings.draft_interval, self.autosave)
        index = self.flow.resume_index(data.session.current_question, self.answers)
        self.round = self.flow.parked_round(index, self.answers)  # interrupted while going over parked ones
        await self.show_step(index)
        self.call_after_refresh(self.learn_found_persons)  # for the suggestions; after the paint

    @property
    def step(self):
        return self.flow.steps[self.index]

    @property
    def answer_widget(self) -> AnswerWidget | None:
        """The current answer field; None while one is being swapped for the next (timers run meanwhile)."""
        if self._swapping:
            return None
        widgets = self.query_one("#answer-area").query(AnswerWidget)
        return widgets.first() if widgets else None

    def _make_widget(self, step) -> AnswerWidget:
        answer = self.answers.get(step.id)
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
        self.index = index
        self._save_position()  # before the screen shows it: a kill after that resumes here
        step = self.step
        answer = self.answers.get(step.id)
        # the answer field first, the question after: keys typed once it shows reach the new field
        area = self.query_one("#answer-area")
        current = self.answer_widget
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
        progress = self.flow.progress(index)
        header.phase_title = progress.phase_title
        label = progress.label()
        if self.round is not None:
            label = f"Later op terugkomen · {self.round_pos + 1} van {len(self.round)}"
        elif answer is not None and answer.status in ("skipped", "declined", "parked"):
            label += f" · eerder: {answer_status_label(answer.status)}"
        header.progress = label
        header.has_note = bool(answer and answer.note)
        self.query_one(QuestionView).show(step.text, follow_up=step.is_follow_up)
        phase = self.flow.bank.phases[step.phase_index]
        intro = phase.intro if self.flow.is_phase_start(index) and not step.is_follow_up else None
        self.query_one(HintPanel).show(intro, step.hint)
        self._saved = widget.answer()
        self.refresh_bindings()

    # -- saving ----------------------------------------------------------------------------
    def _record(self, status: str, text: str, value: str | None) -> bool:
        step = self.step
        result = attempt(
            self,
            self.app.services.store.record_answer,
            self.session_id,
            step.id,
            text=text,
            value=value,
            status=status,
            phase_id=self.flow.phase_id(step),
            question_text=step.text,
            parent_question_id=step.parent_id,
            person_id=step.person_id,
        )
        if result is FAILED:
            return False
        self.answers[step.id] = result
        self._saved = (text, value)
        return True

    def commit(self, move: str) -> bool:
        """Save the current answer for ``move`` (next, back, skip, decline, park, leave)."""
        widget = self.answer_widget
        if widget is None or self.flow is None:
            return True
        if isinstance(widget, PersonsAnswer) and (entry := widget.pending_entry()) is not None:
            # a name typed but not yet added with Enter still counts
            if not self.add_person(widget, *entry):
                return False
        text, value = widget.answer()
        existing = self.answers.get(self.step.id)
        if move in MOVE_STATUS:
            status = MOVE_STATUS[move]
        elif widget.has_content():
            status = "answered"
        elif existing is not None and existing.status in ("skipped", "declined", "parked"):
            status = existing.status
        elif move == "next":
            status = "skipped"  # moved on without anything noted
        elif existing is None:
            return True  # looked at, nothing typed: nothing to save
        else:
            status = "draft"
        return self._record(status, text, value)

    def _save_position(self) -> None:
        if self.flow is None:
            return
        if attempt(self, self.app.services.store.set_position, self.session_id, self.step.id, self.elapsed) \
                is not FAILED:
            self._elapsed_saved = self.elapsed

    def autosave(self) -> None:
        """Save typed text as a draft when it changed; the elapsed time now and then."""
        widget = self.answer_widget
        if widget is None or self.flow is None:
            return
        current = widget.answer()
        if current != self._saved:
            step = self.step
            text, value = current
            saved = attempt(
                self,
                self.app.services.store.save_draft,
                self.session_id,
                step.id,
                text,
                value=value,
                phase_id=self.flow.phase_id(step),
                question_text=step.text,
                parent_question_id=step.parent_id,
                person_id=step.person_id,
            )
            if saved is not FAILED:
                self._saved = current
                self.answers[step.id] = self.app.services.store.answer(self.session_id, step.id)
        if self.elapsed - self._elapsed_saved >= ELAPSED_SAVE_SECONDS:
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
            self.elapsed += 1
            self.query_one(ProgressHeader).elapsed = self.elapsed

    # -- moving -------------------------------------------------------------------------------
    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "back" and self.flow is not None:
            at_start = self.round_pos == 0 if self.round is not None else self.index == 0
            return None if at_start else True
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
        if self.round is not None:
            self.round_pos += 1
            if self.round_pos < len(self.round):
                await self._go(self.flow.index_of(self.round[self.round_pos]))
                return
            self.round = None
            self._round_done = True
            self.open_closing()
        elif self.index + 1 < len(self.flow):
            await self._go(self.index + 1)
        else:
            self.end()

    async def action_back(self) -> None:
        await self._drain_input()
        if self._busy or not self.commit("back"):
            return
        if self.round is not None:
            if self.round_pos > 0:
                self.round_pos -= 1
                await self._go(self.flow.index_of(self.round[self.round_pos]))
        elif self.index > 0:
            await self._go(self.index - 1)

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
        parked = self.flow.with_status(self.answers, "parked")
        if not parked or self._round_done:
            self.open_closing()
            return
        from quez.tui.screens.confirm import ConfirmScreen

        lines = "\n".join(f"• {s.text}" for s in parked)
        body = f"Je wilde op {plural(len(parked), 'vraag', 'vragen')} later terugkomen:\n{lines}"

        async def answered(now: bool | None) -> None:
            if now:
                self.round, self.round_pos = [s.id for s in parked], 0
                await self._go(self.flow.index_of(self.round[0]))
            else:
                self._round_done = True
                self.open_closing()

        self.app.push_screen(ConfirmScreen("Later op terugkomen", body, yes="Nu bespreken", no="Naar afronding"),
                             answered)

    def open_closing(self) -> None:
        from quez.tui.screens.closing import ClosingScreen

        self._save_position()
        self.app.push_screen(ClosingScreen(self.session_id))

    # -- notes, hints, pause ---------------------------------------------------------------------
    def action_note(self) -> None:
        from quez.tui.screens.note import NoteScreen

        step = self.step
        answer = self.answers.get(step.id)

        def saved(note: str | None) -> None:
            if note is None:
                return
            if attempt(self, self.app.services.store.set_note, self.session_id, step.id, note) is FAILED:
                return
            self.answers[step.id] = self.app.services.store.answer(self.session_id, step.id)
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
