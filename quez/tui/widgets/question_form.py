"""A form for one question's text, hint and follow-ups (no TOML in sight)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import Label, Static

from quez.tui.safe import shown
from quez.tui.widgets.editors import Input, TextArea

KIND_LABELS = {
    "open": "open vraag",
    "persons": "vraag naar personen",
    "scale": "schaalvraag",
    "choice": "keuzevraag",
    "yesno": "ja/nee-vraag",
    "ties": "wie kent wie",
}



class QuestionForm(Vertical):
    """``load(question)`` fills it; every edit posts :class:`QuestionForm.Changed`."""

    DEFAULT_CSS = """
    QuestionForm { height: auto; padding: 0 1; }
    QuestionForm Label { padding-top: 1; color: $text-muted; width: 1fr; height: auto; }
    QuestionForm #qf-kind { color: $text-muted; height: auto; }
    QuestionForm #qf-follow-ups { height: 6; }
    """

    class Changed(Message):
        """``field`` is ``text``, ``hint`` or ``follow_ups`` (a list of lines)."""

        def __init__(self, field: str, value) -> None:
            super().__init__()
            self.field = field
            self.value = value

    def compose(self) -> ComposeResult:
        yield Static("", id="qf-kind")
        yield Label("Vraag (zoals je hem stelt)")
        yield Input(id="qf-text")
        yield Label("Tip voor jou (de cliënt ziet dit niet)")
        yield Input(id="qf-hint", placeholder="bijvoorbeeld: vraag naar mensen, stuur niet aan op hulp")
        yield Label("Doorvragen, één per regel ({persoon} = wie genoemd is; ook {relatie}, {hem_haar})")
        yield TextArea("", id="qf-follow-ups", soft_wrap=True, tab_behavior="focus")

    def load(self, question) -> None:
        """Show ``question`` (a QuestionView) without posting Changed."""
        with self.prevent(Input.Changed, TextArea.Changed):
            self.query_one("#qf-text", Input).value = question.text
            self.query_one("#qf-hint", Input).value = question.hint or ""
            self.query_one("#qf-follow-ups", TextArea).text = "\n".join(question.follow_ups)
        self.query_one("#qf-kind", Static).update(
            shown(f"Soort: {KIND_LABELS.get(question.kind, question.kind)} · id {question.id}")
        )

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        field = "text" if event.input.id == "qf-text" else "hint"
        self.post_message(self.Changed(field, event.value))

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        event.stop()
        lines = [line.strip() for line in event.text_area.text.splitlines() if line.strip()]
        self.post_message(self.Changed("follow_ups", lines))
