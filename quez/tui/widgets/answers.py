"""Answer editors, one per question kind (``persons`` lives in :mod:`.persons`).

Every editor is an :class:`AnswerWidget`: the screen reads ``answer()`` as
``(text, value)`` and writes nothing to the store itself.
"""

from __future__ import annotations

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.reactive import reactive
from textual.widget import Widget
from textual.widgets import RadioButton, RadioSet, Static

from quez.textsafety import one_line
from quez.tui.safe import shown_line
from quez.tui.widgets.editors import TextArea

TEXT_PLACEHOLDER = "Wat de cliënt vertelt…"
EXPLANATION_PLACEHOLDER = "Toelichting: wat de cliënt erbij vertelt (mag leeg blijven)"



class AnswerWidget(Vertical):
    """Base class: an editor for one answer."""

    DEFAULT_CSS = """
    AnswerWidget {
        height: 1fr;
        padding: 0 2;
        TextArea { height: 1fr; min-height: 3; }
        TextArea.explanation { height: 1fr; min-height: 3; max-height: 8; }
    }
    """

    def __init__(self, text: str = "", value: str | None = None, **kwargs) -> None:
        super().__init__(**kwargs)
        from quez.textsafety import clean_for_editing  # stored escapes must not reach the terminal

        self._initial_text = clean_for_editing(text)
        self._initial_value = value

    def text_area(self) -> TextArea:
        return self.query_one(TextArea)

    def answer(self) -> tuple[str, str | None]:
        """The answer as it stands: ``(text, value)``."""
        return self.text_area().text, self.value()

    def value(self) -> str | None:
        return None

    def has_content(self) -> bool:
        text, value = self.answer()
        return bool(text.strip()) or value is not None

    def focus_answer(self) -> None:
        self.text_area().focus()

    def first_field(self):
        """The text field a key typed before the focus arrived belongs in (None: keys choose here)."""
        return self.text_area()

    def cursor_to_end(self) -> None:
        """The cursor after the last word: what the worker adds comes after what is there."""
        area = self.text_area()
        area.move_cursor(area.document.end)

    def set_text(self, text: str) -> None:
        from quez.textsafety import clean_for_editing

        self.text_area().load_text(clean_for_editing(text))


class OpenAnswer(AnswerWidget):
    """Multi-line text for an open question."""

    def compose(self) -> ComposeResult:
        yield TextArea(
            self._initial_text,
            soft_wrap=True,
            show_line_numbers=False,
            tab_behavior="focus",
            placeholder=TEXT_PLACEHOLDER,
            id="answer-text",
        )


def explanation(text: str) -> TextArea:
    return TextArea(
        text,
        soft_wrap=True,
        show_line_numbers=False,
        tab_behavior="focus",
        placeholder=EXPLANATION_PLACEHOLDER,
        id="answer-text",
        classes="explanation",
    )


class ScaleBar(Widget, can_focus=True):
    """A row of numbers; arrows, digits or a click choose one."""

    DEFAULT_CSS = """
    ScaleBar {
        height: 2;
        width: auto;
    }
    ScaleBar > .scale-bar--cell { color: $text; }
    ScaleBar > .scale-bar--selected { background: $primary; color: $text; text-style: bold; }
    ScaleBar:focus { background: $boost; }
    ScaleBar:focus > .scale-bar--selected { background: $accent; }
    ScaleBar > .scale-bar--label { color: $text-muted; }
    """
    COMPONENT_CLASSES = {"scale-bar--cell", "scale-bar--selected", "scale-bar--label"}
    BINDINGS = [
        Binding("right,up", "move(1)", "Hoger", show=False),
        Binding("left,down", "move(-1)", "Lager", show=False),
        Binding("home", "edge(0)", "Laagste", show=False),
        Binding("end", "edge(1)", "Hoogste", show=False),
        Binding("delete,backspace", "clear", "Wissen", show=False),
    ]

    value: reactive[int | None] = reactive(None)

    class Changed(Message):
        def __init__(self, bar: ScaleBar, value: int | None) -> None:
            super().__init__()
            self.bar = bar
            self.value = value

    def __init__(self, minimum: int, maximum: int, low_label: str = "", high_label: str = "",
                 value: int | None = None, **kwargs) -> None:
        super().__init__(**kwargs)
        self.minimum, self.maximum = minimum, maximum
        # bank text: one safe line each (never a terminal escape; Rich Text is never markup)
        self.low_label, self.high_label = one_line(low_label, 60), one_line(high_label, 60)
        self.cell = max(5, max(len(str(minimum)), len(str(maximum))) + 3)
        self.set_reactive(ScaleBar.value, value)
        self._typed = ""

    @property
    def count(self) -> int:
        return self.maximum - self.minimum + 1

    @property
    def compact(self) -> bool:
        """Long scales (more than 21 steps) show one number with arrows instead of a row."""
        return self.count > 21

    def render(self) -> Text:
        cell_style = self.get_component_rich_style("scale-bar--cell")
        selected_style = self.get_component_rich_style("scale-bar--selected")
        label_style = self.get_component_rich_style("scale-bar--label")
        line = Text()
        if self.compact:
            shown = "–" if self.value is None else str(self.value)
            line.append(" ◀ ", cell_style)
            line.append(f"{shown:^{self.cell}}", selected_style if self.value is not None else cell_style)
            line.append(" ▶ ", cell_style)
            labels = f"{self.low_label} ({self.minimum}–{self.maximum}) {self.high_label}".strip()
            return Text("\n").join([line, Text(labels, label_style)])
        for number in range(self.minimum, self.maximum + 1):
            style = selected_style if number == self.value else cell_style
            line.append(f"{number:^{self.cell}}", style)
        width = self.cell * self.count
        low, high = self.low_label, self.high_label
        gap = max(2, width - len(low) - len(high))
        scale_labels = Text(low + " " * gap + high, label_style) if (low or high) else Text("")
        return Text("\n").join([line, scale_labels])

    def get_content_width(self, container, viewport) -> int:
        labels = len(self.low_label) + len(self.high_label) + 2
        if self.compact:
            return max(self.cell + 6, labels + len(f" ({self.minimum}–{self.maximum}) "))
        return max(self.cell * self.count, labels)

    def watch_value(self, value: int | None) -> None:
        self.post_message(self.Changed(self, value))

    def action_move(self, step: int) -> None:
        if self.value is None:
            self.value = self.minimum if step > 0 else self.maximum
        else:
            self.value = min(self.maximum, max(self.minimum, self.value + step))

    def action_edge(self, high: int) -> None:
        self.value = self.maximum if high else self.minimum

    def action_clear(self) -> None:
        self.value = None

    def on_key(self, event: events.Key) -> None:
        if event.character and event.character.isdigit():
            event.stop()
            typed = self._typed + event.character
            if not (self.minimum <= int(typed) <= self.maximum):
                typed = event.character
            if typed == "0" and self.minimum > 0 and self.maximum == 10:
                typed = "10"  # the key after 9 on the keyboard: 10 on a 1-10 scale
            if self.minimum <= int(typed) <= self.maximum:
                self.value = int(typed)
            # a second digit may follow ("1" then "0" for 10)
            self._typed = typed if int(typed + "0") <= self.maximum else ""

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None or offset.y != 0:
            return
        if self.compact:
            self.action_move(-1 if offset.x < 3 + self.cell // 2 else 1)
            self.focus()
            return
        index = offset.x // self.cell
        if 0 <= index < self.count:
            self.value = self.minimum + index
            self.focus()


class ScaleAnswer(AnswerWidget):
    """A scale question: a number plus what the client says about it."""

    DEFAULT_CSS = """
    ScaleAnswer .scale-help { color: $text-disabled; height: 1; margin-bottom: 1; }
    """

    def __init__(self, scale, text: str = "", value: str | None = None, **kwargs) -> None:
        super().__init__(text, value, **kwargs)
        self.scale = scale

    def compose(self) -> ComposeResult:
        try:
            initial = int(self._initial_value) if self._initial_value is not None else None
        except ValueError:
            initial = None
        yield ScaleBar(self.scale.min, self.scale.max, self.scale.low_label, self.scale.high_label, initial,
                       id="scale")
        zero = " (0 = 10)" if self.scale.min > 0 and self.scale.max == 10 else ""
        yield Static(f"Kiezen met ← → of een cijfer{zero} (of klikken)", classes="scale-help", markup=False)
        yield explanation(self._initial_text)

    def value(self) -> str | None:
        chosen = self.query_one(ScaleBar).value
        return None if chosen is None else str(chosen)

    def focus_answer(self) -> None:
        self.query_one(ScaleBar).focus()

    def first_field(self):
        return None  # a digit chooses a value here


class MarkedRadioButton(RadioButton):
    """A radio button whose chosen state reads without colour: ● chosen, empty otherwise."""

    @property
    # Textual declares BUTTON_INNER a class attribute; here it is the glyph of the current state
    def BUTTON_INNER(self) -> str:  # type: ignore[override]  # noqa: N802 -- Textual reads the glyph by this name
        return "●" if self.value else " "


class ChoiceAnswer(AnswerWidget):
    """One of the bank's options, plus what the client says about it."""

    DEFAULT_CSS = """
    ChoiceAnswer RadioSet { width: 1fr; height: auto; max-height: 10; margin-bottom: 1; }
    """

    def __init__(self, options: tuple[str, ...] | list[str], text: str = "", value: str | None = None,
                 **kwargs) -> None:
        super().__init__(text, value, **kwargs)
        self.options = list(options)

    def compose(self) -> ComposeResult:
        with RadioSet(id="choice"):
            for option in self.options:
                yield MarkedRadioButton(shown_line(option, 200), value=option == self._initial_value)
        yield explanation(self._initial_text)

    def value(self) -> str | None:
        radio = self.query_one(RadioSet)
        index = radio.pressed_index
        return self.options[index] if 0 <= index < len(self.options) else None

    def focus_answer(self) -> None:
        self.query_one(RadioSet).focus()

    def first_field(self):
        return None  # arrow keys choose an option here


class YesNoAnswer(ChoiceAnswer):
    """Ja or nee, plus what the client says about it."""

    DEFAULT_CSS = """
    YesNoAnswer #choice { layout: horizontal; width: auto; }
    YesNoAnswer #choice RadioButton { width: auto; margin-right: 2; }
    """

    def __init__(self, text: str = "", value: str | None = None, **kwargs) -> None:
        super().__init__(("ja", "nee"), text, value, **kwargs)

    def compose(self) -> ComposeResult:
        with RadioSet(id="choice"):
            yield MarkedRadioButton("Ja", value=self._initial_value == "ja")
            yield MarkedRadioButton("Nee", value=self._initial_value == "nee")
        yield explanation(self._initial_text)
