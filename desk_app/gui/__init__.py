"""PySide6 windows, dialogs and table models. Talks to services only."""
