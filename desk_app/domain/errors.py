"""Errors the rules raise. Each carries a message a clerk can read (Vietnamese)."""

from __future__ import annotations


class DeskError(Exception):
    """Refused or failed work, with a Vietnamese message for the clerk."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field


class ValidationError(DeskError):
    """One or more inputs are wrong; ``errors`` maps a field name to its message."""

    def __init__(self, errors: dict[str, str]) -> None:
        self.errors = dict(errors)
        first_field, first_message = next(iter(self.errors.items()))
        super().__init__("; ".join(self.errors.values()), field=first_field)


class NotFoundError(DeskError):
    pass


class TransitionError(DeskError):
    """An event the dossier's state does not allow."""


class PermissionDenied(DeskError):
    pass
