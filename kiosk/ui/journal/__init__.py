"""«Журнал заявлений»: the citizen's applications, one application's tabs, its documents."""

from kiosk.ui.journal.screen import JournalScreen

__all__ = ["JournalScreen"]
