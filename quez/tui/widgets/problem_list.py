"""What is wrong with a bank, one problem a row; choosing one jumps to its line."""

from __future__ import annotations

import re

from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from quez.tui.safe import shown_line

_PHASE = re.compile(r"phases\[(\d+)\]")
_QUESTION = re.compile(r"questions\[(\d+)\]")
_FOLLOW_UP = re.compile(r"follow_ups\[(\d+)\]")


def plain_place(field: str) -> str:
    """``phases[0].questions[1].follow_ups[0]`` → ``fase 1, vraag 2, doorvraag 1``."""
    parts = []
    for pattern, word in ((_PHASE, "fase"), (_QUESTION, "vraag"), (_FOLLOW_UP, "doorvraag")):
        found = pattern.search(field or "")
        if found:
            parts.append(f"{word} {int(found.group(1)) + 1}")
    if not parts and field:
        return field
    return ", ".join(parts)


class ProblemList(OptionList):
    """``show(problems, plain=False)``; posts :class:`ProblemList.Chosen` with the problem's line."""

    DEFAULT_CSS = """
    ProblemList { height: auto; max-height: 7; border: round $error 60%; }
    ProblemList.-empty { display: none; }
    """

    class Chosen(Message):
        def __init__(self, line: int | None) -> None:
            super().__init__()
            self.line = line

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.problems: list = []
        self.add_class("-empty")

    def show(self, problems, *, plain: bool = False) -> None:
        """List ``problems`` (BankProblem); ``plain`` names places as "fase 1, vraag 2" instead of lines."""
        self.problems = list(problems)
        self.clear_options()
        for i, problem in enumerate(self.problems):
            if plain:
                place = plain_place(problem.field)
            else:
                place = f"regel {problem.line}" if problem.line else "bestand"
                if problem.field:
                    place += f" · {problem.field}"
            self.add_option(Option(shown_line(f"{place}: {problem.message}", 300), id=str(i)))
        self.set_class(not self.problems, "-empty")

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        problem = self.problems[int(event.option.id or 0)]
        self.post_message(self.Chosen(problem.line))
