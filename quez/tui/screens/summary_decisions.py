"""The worker's decisions on the summary screen (a part of :class:`~quez.tui.screens.summary.SummaryScreen`).

Persons: confirm, merge, accept a merge offered for two spellings, split (a
name found, or one answer), edit name, relation, place and the adult mark,
remove. Opinions: confirm, reject, move to another person or to no one, add
one by hand. Every decision goes through :class:`~quez.storage.persons.PersonDecisions`
and can be undone, the last first (``z``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quez.tui.safe import FAILED, attempt
from quez.tui.summary_text import NO_ONE_LABEL, person_label

#: what the worker can say about one opinion
VERDICTS = [("confirmed", "Klopt: bevestigen"), ("rejected", "Klopt niet: weghalen uit de samenvatting"),
            ("move", "Is van iemand anders: verplaatsen …")]
KINDS = [("positief", "positive"), ("spanning", "tension")]
NO_ONE = "-"  # the pick id for "niemand in het bijzonder"

if TYPE_CHECKING:
    from quez.summary.model import Summary
    from quez.tui.screens.base import QuezScreen as _Screen  # the checker sees the screen this mixin is part of
else:
    _Screen = object


class SummaryDecisions(_Screen):
    """Mixin: the decision actions; the screen provides ``summary``, ``load``, ``current``."""

    if TYPE_CHECKING:  # provided by SummaryScreen
        summary: Summary | None

        def load(self, keep: str | None = None) -> None: ...

        def current(self): ...

        def current_id(self) -> str | None: ...

    @property
    def loaded(self) -> Summary:
        """The summary shown: there is one whenever a person or an opinion is chosen."""
        assert self.summary is not None, "decisions are taken on a loaded summary"
        return self.summary

    @property
    def decisions(self):
        from quez.storage.persons import PersonDecisions

        return PersonDecisions(self.app.services.store)

    def _person_or_say(self):
        p = self.current()
        if p is None:
            self.app.notify("Kies eerst een persoon in de lijst.", timeout=4)
        return p

    def _decide(self, fn, *args, keep: str | None = None, message: str = "") -> None:
        result = attempt(self, fn, self.loaded.client_id, *args)
        if result is FAILED:
            return
        self.load(keep=f"p{result}" if keep is None and isinstance(result, int) else keep)
        if message:
            self.app.notify(message + " Terugdraaien: z.", timeout=5)

    def _pick(self, title: str, help: str, options: list[tuple[str, str]], then) -> None:
        from quez.tui.screens.pick import PickScreen

        def picked(chosen: str | None) -> None:
            if chosen is not None:
                then(chosen)

        self.app.push_screen(PickScreen(title, help, options), picked)

    # -- persons -------------------------------------------------------------------------------
    def action_confirm_person(self) -> None:
        p = self._person_or_say()
        if p is not None:
            self._decide(self.decisions.confirm, p.ref(), message=f"{p.name} is bevestigd.")

    def _merge(self, p, target) -> None:
        self._decide(self.decisions.merge, p.ref(), target.ref(),
                     message=f"{p.name} en {target.name} zijn samengevoegd.")

    def action_merge_person(self) -> None:
        p = self._person_or_say()
        if p is None:
            return
        others = [(o.group_id, person_label(o)[2:]) for o in self.loaded.persons if o.group_id != p.group_id]
        if not others:
            self.app.notify("Er is geen andere persoon om mee samen te voegen.", timeout=4)
            return
        self._pick(f"‘{p.name}’ samenvoegen met …",
                   f"Kies wie ‘{p.name}’ eigenlijk is. Die persoon blijft; alles van ‘{p.name}’ gaat daarheen.",
                   others, lambda target_id: self._merge(p, self.loaded.person(target_id)))

    def _offer(self):
        """The offer of the highlighted person, else the first; None (said) when there is none."""
        offers = self.summary.merge_offers if self.summary else []
        if not offers:
            self.app.notify("Er is nu geen voorstel om samen te voegen.", timeout=4)
            return None
        p = self.current()
        source, target = next((o for o in offers if p is not None and p.group_id in o), offers[0])
        return self.loaded.person(source), self.loaded.person(target)

    def action_accept_offer(self) -> None:
        """Merge two spellings with the same relation."""
        offer = self._offer()
        if offer is not None:
            self._merge(*offer)

    def action_keep_apart(self) -> None:
        """The two spellings are two persons: stop offering them as one."""
        offer = self._offer()
        if offer is not None:
            source, target = offer
            self._decide(self.decisions.keep_apart, source.name, target.name, keep=self.current_id(),
                         message=f"{source.name} en {target.name} blijven twee personen.")

    def action_split_person(self) -> None:
        p = self._person_or_say()
        if p is None:
            return
        options = [(f"k{key}", f"de naam ‘{label}’") for key, label in p.keys.items()] if len(p.keys) > 1 else []
        texts = {(q.session_id, q.question_id): q.text for q in self.loaded.answered}
        if len(p.answers) > 1:
            options += [(f"a{i}", f"het antwoord op: {texts.get(where, where[1])}")
                        for i, where in enumerate(sorted(p.answers))]
        if not options:
            self.app.notify(f"{p.name} kwam maar in één antwoord ter sprake; er valt niets af te splitsen.", timeout=5)
            return

        def chosen(choice: str) -> None:
            if choice.startswith("k"):
                key = choice[1:]
                self._decide(self.decisions.split, p.ref(), key, keep=p.group_id,
                             message=f"‘{p.keys[key]}’ is nu een aparte persoon.")
            else:
                self._split_answer(p, sorted(p.answers)[int(choice[1:])])

        self._pick(f"Van ‘{p.name}’ afsplitsen", "Wat hoort bij iemand anders?", options, chosen)

    def _split_answer(self, p, where: tuple[int, str]) -> None:
        from quez.tui.screens.text_prompt import TextPromptScreen

        def named(result) -> None:
            if result:
                self._decide(self.decisions.split_answer, p.ref(), where[0], where[1], result[0],
                             message=f"‘{result[0]}’ is nu een aparte persoon.")

        self.app.push_screen(TextPromptScreen("Wie is het in dat antwoord?",
                                              f"Geef de andere persoon een naam, zodat je ze uit elkaar houdt van "
                                              f"{p.name}.", value=p.name), named)

    def action_edit_person(self) -> None:
        from quez.tui.screens.person_edit import PersonEditScreen

        p = self._person_or_say()
        if p is None:
            return

        def saved(values: dict | None) -> None:
            if values:
                self._decide(self.decisions.rename, p.ref(), values["name"], values["relation"],
                             values["category"], values["closeness"], values.get("adult"), message="Bewaard.")

        self.app.push_screen(PersonEditScreen(p.name, p.relation, p.category, p.closeness, p.adult), saved)

    def action_remove_person(self) -> None:
        from quez.tui.screens.confirm import ConfirmScreen

        p = self._person_or_say()
        if p is None:
            return

        def answered(yes: bool | None) -> None:
            if yes:
                self._decide(self.decisions.remove, p.ref(), keep="", message=f"{p.name} is weggehaald.")

        self.app.push_screen(ConfirmScreen(f"‘{p.name}’ weghalen?",
                                           "Deze persoon wordt niet meer getoond, ook niet als de naam later weer "
                                           "in een antwoord staat. De antwoorden zelf blijven zoals ze zijn.",
                                           yes="Weghalen", no="Laten staan"), answered)

    # -- opinions ------------------------------------------------------------------------------
    def action_judge_opinion(self) -> None:
        p = self._person_or_say()
        if p is None:
            return
        items = p.opinions + p.tensions + p.others + self.loaded.unattributed
        if not items:
            self.app.notify(f"Bij {p.name} is geen uitspraak gevonden. Toevoegen kan met a.", timeout=4)
            return
        options = [(str(i), f"{'+' if o.kind == 'positive' else '−'} "
                            f"{'(bij niemand) ' if not o.group_id else ''}{o.shown}") for i, o in enumerate(items)]
        self._pick(f"Uitspraken van {p.name}", "Kies een uitspraak.", options,
                   lambda index: self._judge(p, items[int(index)]))

    def _judge(self, p, item) -> None:
        def chosen(status: str) -> None:
            if status == "move":
                self._move(p, item)
            else:
                self._decide(self.decisions.judge, item.ref(), status, keep=p.group_id,
                             message="Bevestigd." if status == "confirmed" else "Weggehaald uit de samenvatting.")

        self._pick("Klopt deze uitspraak?", item.quote or item.text, VERDICTS, chosen)

    def _move(self, p, item) -> None:
        targets = [(o.group_id, person_label(o)[2:]) for o in self.loaded.persons if o.group_id != item.group_id]
        targets.append((NO_ONE, NO_ONE_LABEL))

        def chosen(target_id: str) -> None:
            target = None if target_id == NO_ONE else self.loaded.person(target_id)
            name = target.name if target is not None else NO_ONE_LABEL
            self._decide(self.decisions.move_opinion, item.ref(), target.ref() if target else None,
                         keep=p.group_id, message=f"De uitspraak staat nu bij {name}.")

        self._pick("Van wie is deze uitspraak?", item.quote or item.text, targets, chosen)

    def action_add_opinion(self) -> None:
        from quez.tui.screens.text_prompt import TextPromptScreen

        p = self._person_or_say()
        if p is None:
            return
        answered = sorted(self.loaded.answered, key=lambda q: (q.session_id, q.question_id) not in p.answers)
        if not answered:
            self.app.notify("Er zijn nog geen antwoorden om een uitspraak uit te halen.", timeout=4)
            return

        def typed(q, result) -> None:
            if result:
                self._decide(self.decisions.add_opinion, q.session_id, q.question_id, result[0], p.ref(),
                             result[1] or "positive", message=f"Uitspraak toegevoegd bij {p.name}.")

        def chosen(index: str) -> None:
            q = answered[int(index)]
            self.app.push_screen(TextPromptScreen(f"Uitspraak van {p.name}",
                                                  f"Laat staan wat {p.name} zei of vond; haal de rest weg.",
                                                  choices=KINDS, value=q.answer), lambda r: typed(q, r))

        self._pick(f"Uitspraak van {p.name} toevoegen", "In welk antwoord staat het?",
                   [(str(i), q.text) for i, q in enumerate(answered)], chosen)

    # -- undo ----------------------------------------------------------------------------------
    def action_undo(self) -> None:
        from quez.storage.journal import undo_last

        label = attempt(self, undo_last, self.app.services.store, self.loaded.client_id)
        if label is FAILED:
            return
        if label is None:
            self.app.notify("Er is niets om terug te draaien.", timeout=4)
            return
        self.load()
        self.app.notify(f"Teruggedraaid: {label}.", timeout=4)
