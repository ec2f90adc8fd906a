"""A past session, read-only: its summary, answers by phase, notes, parked and declined questions.

Laid out with the bank as it was when the session was held (its snapshot),
so a later edit of the bank never changes what is shown here. The worker can
add a note afterwards (shown as "later toegevoegd"), open the summary or the
client's timeline, and continue the session (a finished one is reopened, after asking).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Static

from quez.textsafety import display_safe, one_line
from quez.tui.safe import FAILED, attempt, shown, shown_line
from quez.tui.screens.base import QuezScreen
from quez.tui.widgets.keys import KeyFooter
from quez.tui.widgets.progress import format_elapsed
from quez.vocabulary import answer_status_label, session_status_label
from quez.wording import local_time, plural

if TYPE_CHECKING:
    from quez.storage.session_view import SessionView


def _answer_text(item) -> str:
    lines = []
    if item.status is None:
        return f"({answer_status_label(None)})"
    if item.status != "answered":
        lines.append(f"({answer_status_label(item.status)})")
    if item.value:
        lines.append(("Score: " if item.kind == "scale" else "Antwoord: ") + item.value)
    if item.persons:
        lines.append("Genoemd: " + ", ".join(item.persons))
    if item.text.strip():
        lines.append(item.text.strip())
    if item.note.strip():
        lines.append(f"Notitie: {item.note.strip()}")
    return display_safe("\n".join(lines))


def _summary_lines(summary) -> list[tuple[str, str]]:
    """(text, css classes) for the session's summary: persons and what good they think of the client.

    The same persons and opinions as on the summary screen (spellings merged,
    the worker's decisions applied), so the two never disagree.
    """
    from quez.tui.screens.summary import person_label

    out: list[tuple[str, str]] = [("Samenvatting", "section")]
    for p in summary.persons:
        out.append((person_label(p), "answer summary-person"))
    if not summary.persons:
        out.append(("Niemand genoemd.", "answer -missing"))
    for o in summary.opinions:
        out.append((f"{o.person}: {o.shown}", "answer summary-opinion"))
    for o in summary.tensions:
        out.append((f"Spanning · {o.person}: {o.shown}", "answer summary-opinion"))
    if not summary.opinions:
        out.append(("Geen positieve meningen van anderen herkend in de antwoorden.", "answer -missing"))
    return [(display_safe(text), classes) for text, classes in out]


def _later(note) -> str:
    return display_safe(f"Later toegevoegd ({local_time(note.created_at)}): {note.text}")


class PastSessionScreen(QuezScreen):
    """``PastSessionScreen(session_id)``: one session as it reads afterwards."""

    BINDINGS = [
        Binding("escape", "close", "Terug", id="past.close"),
        Binding("n", "add_note", "Notitie achteraf", id="past.note"),
        Binding("s", "summary", "Samenvatting", id="past.summary"),
        Binding("t", "timeline", "Tijdlijn", id="past.timeline"),
        Binding("v", "continue_session", "Verder met gesprek", id="past.continue"),
    ]

    DEFAULT_CSS = """
    PastSessionScreen #past-meta { color: $text-muted; padding: 0 2; height: auto; }
    PastSessionScreen #past-body { height: 1fr; padding: 0 2; }
    PastSessionScreen .section { text-style: bold; color: $text-primary; padding-top: 1; }
    PastSessionScreen .question { text-style: bold; padding-top: 1; }
    PastSessionScreen .question.-follow-up { padding: 1 0 0 4; }
    PastSessionScreen .answer { padding-left: 2; }
    PastSessionScreen .answer.-follow-up { padding-left: 6; }
    PastSessionScreen .answer.-missing { color: $text-muted; }
    PastSessionScreen .later { padding-left: 2; color: $text-accent; text-style: italic; }
    PastSessionScreen .attention { padding-left: 2; color: $text-warning; }
    """

    def __init__(self, session_id: int) -> None:
        super().__init__()
        self.session_id = session_id
        self.view: SessionView | None = None
        self.summary = None
        self._stale = False  # True while the summary screen is open over this one

    def compose(self) -> ComposeResult:
        yield Static("Gesprek terugkijken", classes="screen-title", id="past-title")
        yield Static("", id="past-meta")
        yield VerticalScroll(id="past-body")
        yield KeyFooter()

    async def on_mount(self) -> None:
        await self.refresh_view()
        self.query_one("#past-body").focus()

    async def refresh_view(self) -> None:
        from quez.storage.session_view import session_view

        view = attempt(self, session_view, self.app.services.store, self.session_id)
        if view is FAILED:
            return
        self.view = view
        self.summary = self._summarise()
        info = view.info
        self.query_one("#past-title", Static).update(shown(
            f"Gesprek met {one_line(view.client.display, 40)} · {local_time(info.started_at)}"
        ))
        status = session_status_label(info.status)
        if info.reopened_at:
            status += f" (heropend {local_time(info.reopened_at)})"
        count = self._person_count()
        self.query_one("#past-meta", Static).update(shown(
            f"Gesprek {info.id} · "  # the number 'quez export --session' and 'quez summary' take
            f"{one_line(info.bank_title or info.bank_id, 40)} (versie {info.bank_version}) · {status} · "
            f"{format_elapsed(info.elapsed_seconds)} · "
            + (plural(count, "persoon", "personen") + " genoemd" if count else "niemand genoemd")
        ))
        body = self.query_one("#past-body", VerticalScroll)
        await body.remove_children()
        await body.mount_all(self._widgets(view))
        self.refresh_bindings()

    def _summarise(self):
        """The session's summary, or None when it can't be made (the answers still show)."""
        from quez.summary import summarise_session

        try:
            return summarise_session(self.app.services.store, self.session_id)
        except Exception as exc:  # noqa: BLE001 -- the answers are still worth reading; never a traceback
            getattr(self.app, "errors", []).append(exc)
            return None

    def _person_count(self) -> int:
        from quez.summary.count import person_count

        if self.summary is not None:
            return person_count(self.summary)
        return len(self.view.persons) if self.view is not None else 0

    def _widgets(self, view) -> list[Static]:
        out: list[Static] = []

        def add(text: str, classes: str) -> None:
            out.append(Static(shown(text), classes=classes))

        if view.parked or view.declined:
            add("Om op terug te komen", "section")
            for item in view.parked:
                add(f"{answer_status_label('parked', heading=True)}: {one_line(item.question_text, 70)}", "attention")
            for item in view.declined:
                add(f"{answer_status_label('declined', heading=True)}: {one_line(item.question_text, 70)}",
                    "attention")
        if self.summary is not None:
            for text, classes in _summary_lines(self.summary):
                add(text, classes)
        else:
            add("De samenvatting kon niet worden gemaakt; de antwoorden staan hieronder.", "attention")
            if view.persons:
                add("Genoemd: " + ", ".join(f"{name} ({n}×)" if n > 1 else name for name, n in view.persons), "answer")
        if view.session_notes:
            add("Notities bij het hele gesprek", "section")
            for note in view.session_notes:
                add(_later(note), "later")
        for phase in view.phases:
            add(display_safe(phase.title), "section")
            for item in phase.items:
                self._item(item, add, follow_up=False)
        if view.loose:
            add("Antwoorden op vragen die niet (meer) in de bank staan", "section")
            for item in view.loose:
                self._item(item, add, follow_up=False)
        if view.bank is None and not view.loose:
            add("Van dit gesprek is geen kopie van de vragenbank bewaard.", "answer -missing")
        return out

    def _item(self, item, add, follow_up: bool) -> None:
        extra = " -follow-up" if follow_up else ""
        add(display_safe(item.question_text), "question" + extra)
        add(_answer_text(item), "answer" + extra + (" -missing" if item.status is None else ""))
        for note in item.later_notes:
            add(_later(note), "later")
        for sub in item.follow_ups:
            self._item(sub, add, follow_up=True)

    # -- actions --------------------------------------------------------------------------
    def check_action(self, action: str, parameters: tuple) -> bool | None:
        if action == "continue_session":
            return None if self.view is None else True
        return True

    def action_add_note(self) -> None:
        if self.view is None:
            return
        from quez.tui.screens.later_note import LaterNoteScreen

        questions = [
            (shown_line(i.question_text, 60), i.question_id) for i in self.view.items() if i.status is not None
        ]

        async def chosen(result) -> None:
            if not result:
                return
            from quez.storage.notes import add_note

            question_id, text = result
            if attempt(self, add_note, self.app.services.store, self.session_id, text, question_id=question_id):
                self.notify("Notitie bewaard (gemarkeerd als later toegevoegd).", timeout=4)
                await self.refresh_view()

        self.app.push_screen(LaterNoteScreen(questions), chosen)

    def action_summary(self) -> None:
        self._stale = True  # the worker may decide about persons there: read again on return
        self.app.show_summary(self.session_id)

    async def on_screen_resume(self) -> None:
        if self._stale:
            self._stale = False
            await self.refresh_view()

    def action_timeline(self) -> None:
        if self.view is None:
            return
        from quez.tui.screens.timeline import TimelineScreen

        self.app.push_screen(TimelineScreen(self.view.client.code))

    def action_continue_session(self) -> None:
        if self.view is not None:
            from quez.tui.screens.confirm import confirm_reopen

            confirm_reopen(self.app, self.session_id, self.view.info)

    def action_close(self) -> None:
        self.dismiss()
