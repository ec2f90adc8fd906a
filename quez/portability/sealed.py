"""Hand-over files locked with a passphrase: the age format (age-encryption.org/v1).

An export (JSON or CSV) is encrypted as a whole with age's passphrase mode
(scrypt to derive the key, ChaCha20-Poly1305 for the data) through ``pyrage``,
the Python binding of the Rust ``age`` library. Any age tool opens the file
too (``age -d handover.json.age``). Nothing here is home-made cryptography:
this module only recognises the format and turns pyrage's errors into the
worker's words. pyrage loads only when a file is encrypted or decrypted.
"""

from __future__ import annotations

from quez.portability import TransferError

#: how every binary age file starts, and the ASCII-armoured variant
AGE_MAGIC = b"age-encryption.org/v1\n"
AGE_ARMOR = b"-----BEGIN AGE ENCRYPTED FILE-----"
#: the recipient stanza of a passphrase-encrypted file
SCRYPT_STANZA = b"-> scrypt "
#: scrypt on purpose takes about a second per try
MIN_PASSPHRASE = 8
NOTHING_CHANGED = "Er is niets veranderd."


class WrongPassphrase(TransferError):
    """The passphrase does not open the file (or its key part is damaged)."""


def is_sealed(data: bytes) -> bool:
    """Whether ``data`` is an age file (binary or armoured), judged by its header."""
    head = data[:128].lstrip()
    return head.startswith(AGE_MAGIC) or head.startswith(AGE_ARMOR)


def check_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise TransferError(
            f"Kies een wachtwoord van minstens {MIN_PASSPHRASE} tekens; een zin van een paar woorden is het sterkst."
        )


def seal(data: bytes, passphrase: str) -> bytes:
    """``data`` encrypted with ``passphrase`` (binary age)."""
    check_passphrase(passphrase)
    from pyrage import passphrase as age

    return age.encrypt(data, passphrase)


def unseal(data: bytes, passphrase: str | None, source: str) -> bytes:
    """The plaintext of the age file ``data``, or a :class:`TransferError` in plain Dutch."""
    if data.startswith(AGE_MAGIC) and SCRYPT_STANZA not in data.split(b"\n---", 1)[0]:
        raise TransferError(
            f"{source} is met age versleuteld voor een sleutel, niet met een wachtwoord; QueZ opent alleen "
            f"bestanden die met een wachtwoord zijn versleuteld (quez export --encrypt). {NOTHING_CHANGED}"
        )
    if passphrase is None:
        raise TransferError(
            f"{source} is versleuteld. Geef het wachtwoord: QueZ vraagt erom in een terminal, of gebruik "
            f"--passphrase-file BESTAND of QUEZ_EXPORT_PASSPHRASE. {NOTHING_CHANGED}"
        )
    from pyrage import DecryptError
    from pyrage import passphrase as age

    try:
        return age.decrypt(data, passphrase)
    except DecryptError as exc:
        # the scrypt stanza did not open: a wrong passphrase, or (rarely) damage in those few bytes
        if str(exc).strip().lower() == "decryption failed":
            raise WrongPassphrase(
                f"Het wachtwoord voor {source} klopt niet (of het begin van het bestand is beschadigd). "
                f"Vraag het na bij wie het bestand maakte en probeer het opnieuw. {NOTHING_CHANGED}"
            ) from None
        raise TransferError(
            f"{source} is beschadigd of onvolledig (het versleutelde bestand is niet heel overgekomen). "
            f"Vraag om een nieuw exportbestand. {NOTHING_CHANGED}"
        ) from None
