"""Lists a parent chooses from on Step 2: districts, benefit categories, sanatorium profiles.

They are data (each region has its own), passed in by the caller. A choice carries a stable
code and either its names per language (as a central database would deliver them) or an
English source text marked with ``QT_TRANSLATE_NOOP`` in the ``Catalogue`` context, which
the ``.ts`` files translate.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication

from kiosk.ui.i18n import current_language

CONTEXT = "Catalogue"


@dataclass(frozen=True)
class Choice:
    """One entry of a list: a code the wizard keeps and the caption a parent reads."""

    code: str
    source: str = ""
    names: Mapping[str, str] = field(default_factory=dict)

    def caption(self) -> str:
        """The caption in the language now installed."""
        named = self.names.get(current_language())
        if named:
            return named
        return QCoreApplication.translate(CONTEXT, self.source) if self.source else self.code


@dataclass(frozen=True)
class Catalogue:
    """Everything Step 2 offers in its lists."""

    districts: tuple[Choice, ...]
    benefit_categories: tuple[Choice, ...]
    sanatorium_profiles: tuple[Choice, ...]
