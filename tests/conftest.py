"""Shared fixtures: real TOML banks and real SQLite files in tmp dirs."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

SAMPLE_BANK = '''\
# A small bank covering every question kind.
[bank]
id = "proefbank"
title = "Proefbank"
language = "nl"
version = "1.0"
description = "Een kleine bank voor tests."
source = "QueZ-tests"

[[phases]]
id = "begin"
title = "Begin"

[[phases.questions]]
id = "wie-snapt"
text = "Wie snapt waar je mee worstelt?"
kind = "persons"
elicits = ["persons", "understanding"]
hint = "Vraag naar mensen; stuur niet aan op hulp."
follow_ups = ["Wat vindt {persoon} dat je goed doet?", "Hoe merk je dat?"]

[[phases.questions]]
id = "hoe-gaat-het"
text = "Hoe gaat het nu met je?"
kind = "open"

[[phases]]
id = "verder"
title = "Verder"

[[phases.questions]]
id = "hoe-zwaar"
text = "Hoe zwaar voelt het?"
kind = "scale"
scale = { min = 1, max = 5, low_label = "licht", high_label = "zwaar" }

[[phases.questions]]
id = "soort-hulp"
text = "Waar zou hulp het meest schelen?"
kind = "choice"
options = ["praktisch", "iemand om mee te praten"]

[[phases.questions]]
id = "eerder-gevraagd"
text = "Heb je eerder om hulp gevraagd?"
kind = "yesno"
'''


@pytest.fixture
def sample_bank_text() -> str:
    return SAMPLE_BANK


@pytest.fixture
def bank_dir(tmp_path: Path) -> Path:
    directory = tmp_path / "banks"
    directory.mkdir()
    (directory / "proefbank.toml").write_text(SAMPLE_BANK, encoding="utf-8")
    return directory


@pytest.fixture
def sample_bank(bank_dir: Path):
    from quez.banks.loader import load_bank

    return load_bank(bank_dir / "proefbank.toml")


VISIT_BANK = '''\
[bank]
id = "keukentafel"
title = "Keukentafel"
version = "1.0"
source = "QueZ-tests"

[[phases]]
id = "begin"
title = "Begin"

[[phases.questions]]
id = "zwaar"
text = "Wat speelt er?"
follow_ups = ["Wat is op dit moment het zwaarst?"]

[[phases.questions]]
id = "wie"
text = "Wie betekent iets voor je?"
kind = "persons"
follow_ups = ["Wat zou {persoon} zeggen over wat jij voor {hem_haar} betekent?", "Wat zei {relatie} precies?"]

[[phases.questions]]
id = "hulp"
text = "Heb je iemand om hulp gevraagd?"
kind = "yesno"
follow_ups = ["Over wie dan?"]

[[phases.questions]]
id = "cijfer"
text = "Welk cijfer geef je je week?"
kind = "scale"
follow_ups = ["Wat zou er nodig zijn voor een punt hoger?"]

[[phases.questions]]
id = "slot"
text = "Wat wil je nog kwijt?"
'''


@pytest.fixture
def visit_bank(tmp_path: Path):
    """A bank as at the kitchen table (issue 14): follow-ups on open, persons, yes/no and scale questions."""
    from quez.banks.loader import load_bank

    path = tmp_path / "keukentafel.toml"
    path.write_text(VISIT_BANK, encoding="utf-8")
    return load_bank(path)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "quez.db"


@pytest.fixture
def store(db_path: Path):
    from quez.storage.store import Store

    with Store(db_path) as s:
        yield s


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Never touch the real user's data folder or database from a test."""
    monkeypatch.setenv("QUEZ_DATA_DIR", str(tmp_path / "userdata"))
    monkeypatch.delenv("QUEZ_DB", raising=False)


@pytest.fixture(autouse=True)
def _no_passphrase_left_behind():
    """A test that ran a command (which installs the terminal's passphrase prompt and remembers
    passphrases) must not make a later test ask on a terminal that is not there."""
    yield
    import sys

    crypto = sys.modules.get("quez.storage.crypto")
    if crypto is not None:
        crypto.set_prompt(None)
        crypto.forget_all()


# -- the app on those: settings, services and a factory (tests drive it with the pilot; see tests/pilot.py)

@pytest.fixture
def settings(db_path: Path, bank_dir: Path):
    from quez.settings import Settings

    return Settings(db_path=db_path, bundled_banks=None, user_banks=bank_dir, extra_banks=[])


@pytest.fixture
def services(settings, store):
    from quez.banks.loader import load_registry
    from quez.services import Services

    return Services(settings, store=store, banks=load_registry(settings.bank_sources()))


@pytest.fixture
def make_app(services) -> Callable:
    """``make_app()`` → a fresh QuezApp on the same services (same DB)."""
    from quez.tui.app import QuezApp

    def factory(**settings_changes) -> QuezApp:
        for key, value in settings_changes.items():
            setattr(services.settings, key, value)
        return QuezApp(services)

    return factory
