"""The Textual boundary: every private Textual name QueZ relies on is used here, and only here.

Textual is pinned to one minor release (pyproject: ``textual>=8.2.8,<8.3``). Its private names
(a leading underscore, or a ``_module``) may change in any release, so QueZ keeps them in this
module: the overrides as mixins, the private attributes behind small helpers. :data:`HOOKS` lists
every one, with why QueZ needs it and the upstream issue or pull request where one is known;
``tests/tui/test_textual_compat.py`` checks each against the installed Textual and names the hook
that is gone or changed, so an upgrade fails there, plainly, and not somewhere deep in a screen.

To move to a new Textual: raise :data:`TESTED_MINOR` and the pin together, run the compat test,
and adapt what it names (or drop a work-around once upstream has fixed it).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from textual.actions import parse

if TYPE_CHECKING:  # the mixins below are checked as the Textual class each is mixed into
    from textual.app import App as _AppBase
    from textual.command import CommandPalette as _PaletteBase
    from textual.widget import Widget as _WidgetBase
    from textual.widgets._footer import FooterKey  # for the type checker (keys.py)
else:
    _AppBase = _PaletteBase = _WidgetBase = object

#: the Textual minor release these hooks were checked against (pyproject pins ``>=8.2.8,<8.3``)
TESTED_MINOR = (8, 2)


@dataclass(frozen=True)
class Hook:
    """One private Textual name QueZ depends on."""

    owner: str  #: ``module:Class`` (or a module) where Textual defines it
    name: str
    why: str  #: what QueZ uses it for
    upstream: str = ""  #: the Textual issue or pull request, where known


TEXTUAL_ISSUES = "https://github.com/Textualize/textual/issues/"
TEXTUAL_PULLS = "https://github.com/Textualize/textual/pull/"

HOOKS: tuple[Hook, ...] = (
    # -- never a traceback on screen (QuezApp) ----------------------------------------------------
    Hook("textual.app:App", "_handle_exception", "override: save what was typed before the app goes down"),
    Hook("textual.app:App", "_fatal_error", "override: one Dutch line instead of Textual's traceback"),
    Hook("textual.app:App", "_exit_renderables", "what the app prints when it has closed"),
    Hook("textual.app:App", "_close_messages_no_wait", "close the app as Textual's _fatal_error does"),
    # -- keys in the order they were typed (widgets/editors.py, QuezApp.on_event) --------------------
    Hook("textual.app:App", "_check_bindings", "Tab leaves a field before the keys typed after it arrive",
         TEXTUAL_ISSUES + "6605"),
    Hook("textual.widget:Widget", "_on_key", "override: a field runs its own key bindings in its turn",
         TEXTUAL_ISSUES + "6605 (fix proposed in " + TEXTUAL_PULLS + "6631)"),
    Hook("textual.message:Message", "_stop_propagation", "was the key handled already"),
    Hook("textual.message:Message", "_no_default_action", "was the key handled already"),
    Hook("textual.dom:DOMNode", "_bindings", "a field's own key bindings (key_to_bindings)"),
    Hook("textual.widgets._text_area:TextArea", "_delete_via_keyboard",
         "Ctrl+K deletes to the end of the typed line, not of the wrapped part"),
    # -- the footer (widgets/keys.py) -------------------------------------------------------------
    Hook("textual.widgets._footer", "FooterKey", "the palette key as one more footer cell"),
    Hook("textual.widgets._footer:Footer", "_bindings_ready", "the footer shows keys once bindings are known"),
    Hook("textual.widgets._footer:Footer", "bindings_changed",
         "override (undocumented): recompose only when what the footer shows changed"),
    # -- letting removed widgets go (leaks.py) -----------------------------------------------------
    Hook("textual._styles_cache:StylesCache", "get_inner_outer",
         "an lru_cache on a method: it keeps the last 1,024 widgets' rendered lines", TEXTUAL_ISSUES + "6665"),
    Hook("textual.message_pump:MessagePump", "_closing", "is a widget removed"),
    Hook("textual.message_pump:MessagePump", "_closed", "is a widget removed"),
    Hook("textual.reactive", "__watchers", "watchers of removed widgets stay on the app until the value changes",
         TEXTUAL_ISSUES + "6666"),
    Hook("textual.signal:Signal", "_subscriptions", "subscriptions of removed widgets (text selection signal)",
         TEXTUAL_ISSUES + "6666"),
    # -- the command palette in Dutch (screens/palette.py) -------------------------------------------
    Hook("textual.command:CommandPalette", "_start_no_matches_countdown", "override: 'Niets gevonden'"),
    Hook("textual.command:CommandPalette", "_stop_no_matches_countdown", "as Textual's countdown"),
    Hook("textual.command:CommandPalette", "_no_matches_timer", "as Textual's countdown"),
    Hook("textual.command:CommandPalette", "_NO_MATCHES_COUNTDOWN", "as Textual's countdown"),
    Hook("textual.command:CommandPalette", "_NO_MATCHES", "the id of the 'nothing found' line"),
    Hook("textual.command:CommandPalette", "_list_visible", "show the list with the 'nothing found' line"),
)


def textual_version() -> tuple[int, ...]:
    from importlib.metadata import version

    return tuple(int(part) for part in version("textual").split(".")[:3] if part.isdigit())


# -- the app: never a traceback ---------------------------------------------------------------------
class QuietFailure(_AppBase):
    """App mixin: an unhandled error saves first (``before_failing``) and ends with ``failure_message()``.

    ``failure_message()`` returning None keeps Textual's own report (a traceback: for debugging)."""

    def before_failing(self, error: Exception) -> None:
        """Called with the unhandled error, before Textual starts closing the app."""

    def failure_message(self) -> str | None:
        return None

    def _handle_exception(self, error: Exception) -> None:
        self.before_failing(error)
        super()._handle_exception(error)

    def _fatal_error(self) -> None:
        message = self.failure_message()
        if message is None:
            super()._fatal_error()
            return
        self.bell()
        self._exit_renderables.append(message)
        self._close_messages_no_wait()

    def panic(self, *renderables) -> None:
        """Textual hands an unhandled error that renders itself (``__rich__``) to ``panic``, which
        would show it as it is (its text may hold what the client said): the same one line."""
        if self.failure_message() is None:
            super().panic(*renderables)
            return
        self._fatal_error()


async def run_priority_bindings(app, key: str) -> bool:
    """Run the app's and the screen's priority bindings for ``key``; whether one ran."""
    return await app._check_bindings(key, priority=True)


# -- text fields: keys in the order typed -------------------------------------------------------------
class InOrderKeys(_WidgetBase):
    """Mixin for a text widget: its own (non-priority) key bindings run inline in ``_on_key``.

    Textual runs a field's bound keys (Backspace, arrows, ...) only once the key has bubbled up to
    the app, after printable keys typed later: Textual issue #6605, fix proposed in PR #6631."""

    async def _on_key(self, event) -> None:
        await super()._on_key(event)  # printable keys, Enter and Tab in a TextArea
        if getattr(event, "_stop_propagation", False) or getattr(event, "_no_default_action", False):
            return
        for binding in self._bindings.key_to_bindings.get(event.key, ()):
            if binding.priority:
                continue  # the app checked those before the key came here
            _namespace, name, parameters = parse(binding.action)
            if self.check_action(name, parameters) is not True:
                continue  # as Textual would: on to the screen's and the app's bindings
            event.stop()
            event.prevent_default()
            await self.run_action(binding.action)
            return


def delete_range(text_area, start: tuple[int, int], end: tuple[int, int]) -> None:
    """Delete as a key press does (undo, read-only check, the cursor after)."""
    text_area._delete_via_keyboard(start, end)


# -- the footer -----------------------------------------------------------------------------------------
def footer_key_class() -> type[FooterKey]:
    from textual.widgets._footer import FooterKey

    return FooterKey


def bindings_ready(footer) -> bool:
    return bool(footer._bindings_ready)


def set_bindings_ready(footer) -> None:
    footer._bindings_ready = True


# -- removed widgets --------------------------------------------------------------------------------
def clear_style_caches() -> None:
    """Empty the lru_cache on ``StylesCache.get_inner_outer`` (Textual issue #6665)."""
    from textual._styles_cache import StylesCache

    cache_clear = getattr(StylesCache.get_inner_outer, "cache_clear", None)
    if cache_clear is not None:
        cache_clear()


def is_removed(node: object) -> bool:
    """The node's message loop is closing or closed: it has been removed."""
    return bool(getattr(node, "_closing", False) or getattr(node, "_closed", False))


def watchers_of(owner: object) -> dict[str, list[tuple[Any, Any]]] | None:
    """The reactive watchers registered on ``owner`` (by ``watch``/``data_bind``), per attribute name."""
    watchers = getattr(owner, "__watchers", None)
    return watchers if isinstance(watchers, dict) else None


def signal_subscribers(signal) -> list:
    """The nodes subscribed to ``signal`` (empty where Textual keeps them otherwise)."""
    subscriptions: Any = getattr(signal, "_subscriptions", None)  # a private mapping, where there is one
    return list(subscriptions.keys()) if hasattr(subscriptions, "keys") else []


# -- the command palette ------------------------------------------------------------------------------
class NoMatchesText(_PaletteBase):
    """CommandPalette mixin: its 'No matches found' line in other words (``NO_MATCHES_TEXT``)."""

    NO_MATCHES_TEXT = "No matches found"

    def _start_no_matches_countdown(self, search_value: str) -> None:
        """As Textual's, with :attr:`NO_MATCHES_TEXT`."""
        from rich.align import Align
        from rich.text import Text
        from textual.command import CommandList
        from textual.widgets.option_list import Option

        self._stop_no_matches_countdown()

        def _show_no_matches() -> None:
            if search_value:
                self.query_one(CommandList).add_option(
                    Option(Align.center(Text(self.NO_MATCHES_TEXT, style="not bold")), disabled=True,
                           id=self._NO_MATCHES)
                )
                self._list_visible = True
            else:
                self._list_visible = False

        self._no_matches_timer = self.set_timer(self._NO_MATCHES_COUNTDOWN, _show_no_matches)
