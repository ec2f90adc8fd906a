"""Showing stored text safely, whatever was typed or pasted into it.

Answers are stored exactly as given (emoji, right-to-left scripts, control
characters, even pasted terminal escape sequences). Before such text is put
on the screen it goes through :func:`display_safe`, which makes sure it can't
steer the terminal (escape sequences are removed, other control characters
shown as visible symbols) or reorder the text around it (explicit bidi
overrides and isolates are dropped; right-to-left script itself displays
normally). Pure functions, no dependencies: usable by the TUI, exports and
the CLI alike.
"""

from __future__ import annotations

import re

# ESC-introduced sequences: CSI (ESC [ ... final), OSC/DCS/SOS/PM/APC strings
# (ESC ] ... BEL or ST), and two-character escapes (ESC x); 8-bit CSI likewise.
_ESCAPES = re.compile(
    r"""
    \x1b\[[0-?]*[ -/]*[@-~]?          # CSI ... final byte
  | \x9b[0-?]*[ -/]*[@-~]?            # 8-bit CSI
  | (?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])  # OSC, DCS, SOS, PM, APC (7- and 8-bit)
    .*?(?:\x07|\x1b\\|\x9c|$)         #   ... up to BEL or ST (or the end)
  | \x1b[ -/]*[0-~]?                  # ESC x, ESC ( B, ...
    """,
    re.VERBOSE | re.DOTALL,
)
#: explicit directional embeddings, overrides and isolates (not LRM/RLM marks)
_BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")
_SURROGATES = re.compile("[\ud800-\udfff]")
_C0 = {code: chr(0x2400 + code) for code in range(0x20) if chr(code) not in "\n\t"}
_CONTROLS = str.maketrans({**{chr(code): pic for code, pic in _C0.items()}, "\x7f": "\u2421"})
_C1 = re.compile("[\x80-\x9f]")


def display_safe(text: str, *, tab_size: int = 4) -> str:
    """``text`` safe to show in a terminal widget; newlines are kept."""
    if not text:
        return ""
    text = _SURROGATES.sub("\ufffd", text)
    text = _ESCAPES.sub("", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _BIDI_CONTROLS.sub("", text)
    text = text.replace("\t", " " * tab_size)
    text = text.translate(_CONTROLS)
    return _C1.sub("\ufffd", text)


def clean_for_editing(text: str) -> str:
    """Text as it may enter an editor (pasted, or a stored answer loaded into a TextArea).

    Textual sends a widget's text to the terminal as it is, so escape sequences
    in it would steer the terminal.

    Newlines and tabs stay; Windows line ends become ``\n``; escape sequences,
    other control characters and bidi overrides are dropped (not shown as symbols:
    they were never meant as content).
    """
    text = _SURROGATES.sub("\ufffd", text)
    text = _ESCAPES.sub("", text).replace("\r\n", "\n").replace("\r", "\n")
    text = _BIDI_CONTROLS.sub("", text)
    return "".join(ch for ch in text if ch in "\n\t" or not (ord(ch) < 0x20 or 0x7F <= ord(ch) <= 0x9F))


def one_line(text: str, limit: int = 80) -> str:
    """A safe single-line preview of at most ``limit`` characters (lists, titles)."""
    flat = " ".join(display_safe(text).split())
    return flat if len(flat) <= limit else flat[: max(limit - 1, 0)] + "…"


_JSON_UNESCAPED_CONTROLS = re.compile("[\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def json_terminal_safe(text: str) -> str:
    """JSON text with the control characters ``json.dumps`` leaves raw (DEL, C1, bidi) written as ``\\uXXXX``.

    Only valid where such characters can occur: inside JSON strings. The data stays exact.
    """
    return _JSON_UNESCAPED_CONTROLS.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


class TerminalStream:
    """A text stream (stdout, stderr) that makes everything written to it safe for a terminal.

    What the CLI prints (names, bank titles, file names, summaries) can hold escape
    sequences from an import or a bank; they are removed here (see :func:`display_safe`),
    so no command can steer the terminal. Files written with ``-o`` don't pass here and
    keep the exact text. Characters the stream's encoding cannot hold (an ASCII or C
    locale) become ``?`` with one explanation on stderr, instead of an error.
    """

    def __init__(self, stream, *, warn=None):
        self._stream = stream
        self._warn = warn
        self.replaced = False

    def write(self, text: str) -> int:
        safe = display_safe(text, tab_size=4) if text else text
        try:
            self._stream.write(safe)
        except UnicodeEncodeError:
            encoding = getattr(self._stream, "encoding", None) or "ascii"
            self._stream.write(safe.encode(encoding, "replace").decode(encoding, "replace"))
            if not self.replaced:
                self.replaced = True
                if self._warn is not None:
                    self._warn(encoding)
        return len(text)

    def writelines(self, lines) -> None:
        for line in lines:
            self.write(line)

    def __getattr__(self, name: str):
        return getattr(self._stream, name)
