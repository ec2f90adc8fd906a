"""The services the CLI hands to the app: settings, store and banks.

Store and banks are built on first use, so the app can paint its first
screen before pydantic and sqlite-utils are imported. Tests pass ready-made
ones (a store on a tmp file, banks from tmp TOML files).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quez.settings import Settings

if TYPE_CHECKING:
    from quez.banks.loader import BankRegistry
    from quez.storage.store import Store


class Services:
    def __init__(
        self,
        settings: Settings | None = None,
        *,
        store: Store | None = None,
        banks: BankRegistry | None = None,
    ):
        self.settings = settings or Settings()
        self._store = store
        self._banks = banks

    @property
    def store(self) -> Store:
        if self._store is None:
            from quez.storage.store import Store

            self._store = Store(self.settings.db_path)
        return self._store

    @property
    def banks(self) -> BankRegistry:
        if self._banks is None:
            self._banks = self.reload_banks()
        return self._banks

    def reload_banks(self) -> BankRegistry:
        from quez.banks.loader import load_registry

        self._banks = load_registry(self.settings.bank_sources())
        return self._banks

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
