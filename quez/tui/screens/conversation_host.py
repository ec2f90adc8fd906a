"""What the conversation screen's mixins may use of the screen they are mixed into.

At run time :class:`ConversationHost` is ``object`` (a plain mixin base); for the type
checker it is a :class:`~quez.tui.screens.base.QuezScreen` with the few members
:class:`~quez.tui.screens.conversation.ConversationScreen` provides, so every mixin is
checked as part of the screen, declared once here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from quez.conversation.conversation import Conversation
    from quez.tui.screens.base import QuezScreen
    from quez.tui.widgets.answers import AnswerWidget

    class ConversationHost(QuezScreen[None]):
        @property
        def loaded(self) -> Conversation:
            """The conversation held by the screen (after it is mounted)."""
            ...

        @property
        def answer_widget(self) -> AnswerWidget | None: ...

        async def _advance(self) -> None: ...
else:
    ConversationHost = object
