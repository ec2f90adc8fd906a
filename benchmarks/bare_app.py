"""The floor for any Textual app: one Label, nothing else (start-up comparison)."""

from textual.app import App
from textual.widgets import Label

MARKER = "Kaal Textual-venster klaar"


class Bare(App):
    def compose(self):
        yield Label(MARKER)


if __name__ == "__main__":
    Bare().run()
