"""The end of a conversation: what was answered, parked and declined; on to the summary."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Button, Static

from quez.conversation.flow import Flow
from quez.tui.safe import FAILED, attempt, shown
from quez.tui.screens.base import QuezScreen
from quez.tui.widgets.keys import KeyFooter
from quez.tui.widgets.progress import format_elapsed
from quez.vocabulary import AnswerStatus, answer_status_label
from quez.wording import local_time

GROUPS = (
    *((str(s), answer_status_label(s, heading=True))
      for s in (AnswerStatus.ANSWERED, AnswerStatus.PARKED, AnswerStatus.DECLINED, AnswerStatus.SKIPPED)),
    ("open", answer_status_label(None, heading=True)),
)


def overview(data) -> tuple[dict[str, list[str]], list[str]]:
    """Question texts per group, and the persons named in this session."""
    bank = data.bank()
    groups: dict[str, list[str]] = {key: [] for key, _ in GROUPS}
    flow = Flow(bank, data.answers.values())
    for step in flow.steps:
        answer = data.answers.get(step.id)
        status = answer.status if answer else "open"
        if status == "draft":
            status = "answered" if (answer.text.strip() or answer.value) else "open"
        prefix = "    ↳ " if step.is_follow_up else "• "
        groups[status].append(prefix + step.text)
    named = {m.person_id for m in data.mentions}
    persons = [p.name + (f" — {p.relation}" if p.relation else "") for p in data.persons if p.id in named]
    return groups, persons


class ClosingScreen(QuezScreen):
    """``ClosingScreen(session_id)``."""

    BINDINGS = [
        Binding("s", "summary", "Samenvatting", id="closing.summary"),
        Binding("escape,ctrl+b", "back", "Terug", id="closing.back", tooltip="Terug naar het gesprek"),
        Binding("l", "park_session", "Later verder", id="closing.park"),
        Binding("ctrl+f", "finish", "Afronden", id="closing.finish",
                tooltip="Het gesprek afronden (je wordt eerst gevraagd of dat klopt)"),
    ]

    DEFAULT_CSS = """
    ClosingScreen #closing-meta { color: $text-muted; padding: 0 2; height: auto; }
    ClosingScreen #overview { height: 1fr; padding: 0 2; }
    ClosingScreen .group-title { text-style: bold; padding-top: 1; }
    ClosingScreen .group-items { color: $text; padding-left: 1; }
    ClosingScreen .buttons { height: auto; padding: 0 2; }  /* under the overview, above the footer (any height) */
    ClosingScreen Button { margin-right: 1; min-width: 12; }
    /* short: buttons of one line, so the overview keeps its room */
    ClosingScreen.-short Button { min-width: 0; margin-right: 2; }
    """

    def __init__(self, session_id: int) -> None:
        super().__init__()
        self.session_id = session_id

    def compose(self) -> ComposeResult:
        yield Static("Afronding", classes="screen-title")
        yield Static("", id="closing-meta")
        yield VerticalScroll(id="overview")
        with Horizontal(classes="buttons"):
            yield Button("Afronden", id="finish", variant="primary")
            yield Button("Samenvatting", id="summary")
            yield Button("Terug naar gesprek", id="back")
            yield Button("Later verder", id="park", tooltip="Gesprek parkeren en een andere keer verdergaan")
        yield KeyFooter()

    async def on_mount(self) -> None:
        data = attempt(self, self.app.services.store.load_session, self.session_id)
        if data is FAILED:
            return
        groups, persons = overview(data)
        s = data.session
        self.query_one("#closing-meta", Static).update(shown(
            f"{data.client.display} · {s.bank_title} · gestart {local_time(s.started_at)} · "
            f"{format_elapsed(s.elapsed_seconds)}"
        ))
        box = self.query_one("#overview", VerticalScroll)
        widgets = []
        for key, title in GROUPS:
            items = groups[key]
            if not items and key in ("open", "skipped"):
                continue
            widgets.append(Static(f"{title} ({len(items)})", classes="group-title", markup=False))
            if items:
                widgets.append(Static(shown("\n".join(items)), classes="group-items"))
        if persons:
            widgets.append(Static(f"Genoemde personen ({len(persons)})", classes="group-title"))
            widgets.append(Static(shown(", ".join(persons)), classes="group-items"))
        await box.mount_all(widgets)
        box.focus()  # not the Afronden button: an Enter typed on by accident must not finish

    def on_resize(self) -> None:
        short = self.size.height < 20
        self.set_class(short, "-short")
        for button in self.query(Button):
            button.compact = short
        # narrow: every label whole, the back button says less
        self.query_one("#back", Button).label = "Terug" if self.size.width < 76 else "Terug naar gesprek"

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        action = {"finish": self.action_finish, "summary": self.action_summary, "back": self.action_back,
                  "park": self.action_park_session}[event.button.id or "back"]
        action()

    def action_summary(self) -> None:
        self.app.show_summary(self.session_id)

    def action_back(self) -> None:
        from quez.tui.screens.conversation import ConversationScreen

        below = self.app.screen_stack[-2] if len(self.app.screen_stack) > 1 else None
        if isinstance(below, ConversationScreen):
            self.dismiss()
        else:
            self.app.open_conversation(self.session_id, replace=True)

    def action_park_session(self) -> None:
        if attempt(self, self.app.services.store.park_session, self.session_id) is FAILED:
            return
        self.app.notify("Het gesprek staat klaar onder ‘Verder met een gesprek’.", timeout=5)
        self.app.go_home()

    def action_finish(self) -> None:
        """Finishing is a deliberate step: a dialog whose focus starts on *Nog niet*."""
        from quez.tui.screens.confirm import ConfirmScreen

        def answered(yes: bool | None) -> None:
            if yes:
                self._finish()

        self.app.push_screen(
            ConfirmScreen("Gesprek afronden?",
                          "Het gesprek wordt afgesloten en bewaard. Later kun je het nog heropenen via "
                          "‘Eerdere gesprekken bekijken’.",
                          yes="Ja, afronden", no="Nog niet", careful=True),
            answered,
        )

    def _finish(self) -> None:
        if attempt(self, self.app.services.store.finish_session, self.session_id) is FAILED:
            return
        self.app.notify("Het gesprek is afgerond en bewaard.", timeout=4)
        self.app.go_home()
