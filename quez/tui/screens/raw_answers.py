"""All answers of a session, grouped by phase, exactly as recorded (read-only)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Static

from quez.tui.flow import Flow
from quez.tui.format import STATUS_LABELS, local_time
from quez.tui.safe import FAILED, attempt
from quez.tui.widgets.keys import KeyFooter
from quez.tui.widgets.progress import format_elapsed


def answer_lines(step, answer, persons: list[str]) -> str:
    lines = []
    if answer is None:
        lines.append("(niet aan bod gekomen)")
    else:
        if answer.status != "answered":
            lines.append(f"({STATUS_LABELS.get(answer.status, answer.status)})")
        if answer.value:
            if step.kind == "scale":
                scale = step.question.effective_scale
                lines.append(f"Score: {answer.value} (van {scale.min} tot {scale.max})")
            elif step.kind == "yesno":
                lines.append(f"Antwoord: {answer.value}")
            else:
                lines.append(f"Keuze: {answer.value}")
        if persons:
            lines.append("Genoemd: " + ", ".join(persons))
        if answer.text.strip():
            lines.append(answer.text.strip())
        if answer.note.strip():
            lines.append(f"Notitie: {answer.note.strip()}")
    return "\n".join(lines)


class RawAnswersScreen(Screen):
    """``RawAnswersScreen(session_id)``: the fallback for the session summary."""

    BINDINGS = [Binding("escape", "close", "Terug", id="raw.close")]

    DEFAULT_CSS = """
    RawAnswersScreen #raw-meta { color: $text-muted; padding: 0 2; height: auto; }
    RawAnswersScreen #raw { height: 1fr; padding: 0 2; }
    RawAnswersScreen .phase-title { text-style: bold; color: $text-primary; padding-top: 1; }
    RawAnswersScreen .question { text-style: bold; padding-top: 1; }
    RawAnswersScreen .question.-follow-up { padding: 1 0 0 4; }
    RawAnswersScreen .answer { padding-left: 2; }
    RawAnswersScreen .answer.-follow-up { padding: 0 0 0 6; }
    """

    def __init__(self, session_id: int) -> None:
        super().__init__()
        self.session_id = session_id

    def compose(self) -> ComposeResult:
        yield Static("Antwoorden", classes="screen-title")
        yield Static("", id="raw-meta")
        yield VerticalScroll(id="raw")
        yield KeyFooter()

    async def on_mount(self) -> None:
        data = attempt(self, self.app.services.store.load_session, self.session_id)
        if data is FAILED:
            return
        bank = data.bank()
        s = data.session
        self.query_one("#raw-meta", Static).update(
            f"{data.client.display} · {s.bank_title} · {local_time(s.started_at)} · {format_elapsed(s.elapsed_seconds)}"
        )
        names = {p.id: p.name + (f" ({p.relation})" if p.relation else "") for p in data.persons}
        by_question: dict[str, list[str]] = {}
        for mention in data.mentions:
            name = names.get(mention.person_id)
            if name and name not in by_question.setdefault(mention.question_id, []):
                by_question[mention.question_id].append(name)
        widgets: list[Static] = []
        flow = Flow(bank, data.answers.values())
        phase = None
        for step in flow.steps:
            if step.phase_index != phase:
                phase = step.phase_index
                widgets.append(Static(bank.phases[phase].title, classes="phase-title", markup=False))
            extra = " -follow-up" if step.is_follow_up else ""
            widgets.append(Static(step.text, classes="question" + extra, markup=False))
            text = answer_lines(step, data.answers.get(step.id), by_question.get(step.id, []))
            widgets.append(Static(text, classes="answer" + extra, markup=False))
        box = self.query_one("#raw", VerticalScroll)
        await box.mount_all(widgets)
        box.focus()

    def action_close(self) -> None:
        self.dismiss()
