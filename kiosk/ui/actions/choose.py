"""«Выбрать государственный детский сад» / «Выбрать санаторный детский сад»: the list of free
places (language of instruction, name, phone, place type, release date, location) with a
filter per column, the warning to mind the language and the location, the benefit documents
when the referral is taken by benefit, and «Подписать и отправить»."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale
from PySide6.QtWidgets import QDateEdit, QLabel, QStackedWidget, QWidget

from kiosk.central.protocol import ChooseKindergarten, Payload
from kiosk.central.views import FreePlaceView
from kiosk.ui.actions.base import ActionContext, ActionPage
from kiosk.ui.actions.refusals import refusal_text
from kiosk.ui.actions.scans import ScanList
from kiosk.ui.labels import LANGUAGE, PLACE_TYPE, fmt_date, label, pick
from kiosk.ui.parts import Column, FilterTable, StatusPanel
from kiosk.ui.registration.base import card, section_title
from kiosk.ui.tasks import watch
from kiosk.ui.widgets import FieldRow, Notice, ValueGrid, Wording

CONTEXT = "FreePlaces"
COLUMNS: tuple[Column[FreePlaceView], ...] = (
    Column("language", QT_TRANSLATE_NOOP("FreePlaces", "Language of instruction"),
           lambda p: label(LANGUAGE, p.language), filter="choice", code=lambda p: p.language),
    Column("name", QT_TRANSLATE_NOOP("FreePlaces", "Kindergarten name"),
           lambda p: pick(p.name_kk, p.name_ru), wrap=True),
    Column("phone", QT_TRANSLATE_NOOP("FreePlaces", "Contact phone number"), lambda p: p.phone,
           keyboard="phone"),
    Column("place_type", QT_TRANSLATE_NOOP("FreePlaces", "Place type"),
           lambda p: label(PLACE_TYPE, p.place_type), filter="choice",
           code=lambda p: p.place_type, wrap=True),
    Column("free", QT_TRANSLATE_NOOP("FreePlaces", "Free places"), lambda p: str(p.free_places),
           sort=lambda p: p.free_places, filter="", numeric=True),
    Column("release_date", QT_TRANSLATE_NOOP("FreePlaces", "Release date"),
           lambda p: fmt_date(p.release_date),
           sort=lambda p: p.release_date.isoformat() if p.release_date else "",
           keyboard="latin"),
    Column("location", QT_TRANSLATE_NOOP("FreePlaces", "Location"),
           lambda p: pick(p.address_kk, p.address_ru), wrap=True),
)


class ChooseKindergartenPage(ActionPage):
    """Takes a free place: the referral is issued to the chosen kindergarten group."""

    wants_keyboard = True  # the list's filters

    def __init__(self, context: ActionContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.sanatorium = context.detail.summary.queue_type == "SDDO"
        self.places: list[FreePlaceView] = []
        self.chosen_place: FreePlaceView | None = None
        self.load_error: Wording | None = None
        """Why the list could not be read, while the panel says it."""
        self.list_title = section_title()
        self.table: FilterTable[FreePlaceView] = FilterTable(COLUMNS, CONTEXT)
        self.table.setMinimumHeight(360 if context.kiosk_mode else 260)
        self.table.row_chosen.connect(self.choose)
        self.state = StatusPanel()
        self.state.retry_clicked.connect(self.load)
        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.state)
        self.list_stack.addWidget(self.table)
        self.list_stack.setMinimumHeight(self.table.minimumHeight())
        self.warning = Notice()
        self.choice = ValueGrid((("kindergarten", "language"), ("address", "phone")))
        self.choice_title = section_title()
        self.choice_title.setObjectName("subTitle")
        chosen, chosen_layout = card()
        chosen_layout.addWidget(self.choice_title)
        chosen_layout.addWidget(self.choice)
        self.chosen_card = chosen
        # benefit documents: a referral on the child's turn is taken by benefit category
        self.by_benefit = (context.detail.summary.priority != "general"
                           and context.detail.summary.status == "notified")
        documents, documents_layout = card()
        self.documents_title = section_title()
        self.documents_hint = QLabel()
        self.documents_hint.setObjectName("hint")
        self.documents_hint.setWordWrap(True)
        self.issued = QDateEdit()
        self.issued.setObjectName("issuedOn")
        self.issued.setCalendarPopup(True)
        today = context.today()
        self.issued.setDate(QDate(today.year, today.month, today.day))
        self.issued.setMaximumDate(QDate(today.year, today.month, today.day))
        self.issued_row = FieldRow(self.issued)
        self.scans = ScanList(context.chooser, context.max_scan_mb)
        self.scans.changed.connect(lambda: self.show_error(None))
        for widget in (self.documents_title, self.documents_hint, self.issued_row, self.scans):
            documents_layout.addWidget(widget)
        self.documents_card = documents
        documents.setVisible(self.by_benefit)
        self.body.addWidget(self.list_title)
        self.body.addWidget(self.list_stack, 1)
        self.body.addWidget(self.warning)
        self.body.addWidget(chosen)
        self.body.addWidget(documents)
        self.retranslate()
        self.refresh()
        self.load()

    # -- the list ----------------------------------------------------------------------

    def load(self) -> None:
        """Ask the central database for the places this child may take."""
        self.load_error = None
        self.state.show_busy(self.tr("Loading the list of free places…"))
        self.list_stack.setCurrentWidget(self.state)
        context = self.context
        future = context.worker.call(lambda link: link.free_places(context.token, context.number))
        watch(future, self._loaded, self._failed, self)

    def _loaded(self, places: list[FreePlaceView]) -> None:
        self.places = list(places)
        self.table.set_rows(self.places)
        self._fill_choices()
        if self.places:
            self.list_stack.setCurrentWidget(self.table)
        else:
            self.state.show_empty(self.tr("There are no free places for the child now."))
        self.refresh()

    def _failed(self, error: BaseException) -> None:
        defaults = self.context.defaults()
        self.load_error = lambda: refusal_text(error, defaults)
        self._show_load_error()

    def _show_load_error(self) -> None:
        if self.load_error is not None:
            self.state.show_error(self.load_error())
            self.state.retry.setText(self.tr("Try again"))

    def _fill_choices(self) -> None:
        languages = sorted({p.language for p in self.places})
        self.table.set_choices("language", [(c, label(LANGUAGE, c)) for c in languages])
        kinds = sorted({p.place_type for p in self.places})
        self.table.set_choices("place_type", [(c, label(PLACE_TYPE, c)) for c in kinds])

    def choose(self, place: FreePlaceView) -> None:
        self.chosen_place = place
        self.show_error(None)
        self._render_choice()
        self.refresh()

    # -- the request -------------------------------------------------------------------

    def issued_on(self) -> date:
        return self.issued.date().toPython()  # type: ignore[no-any-return]

    def payload(self) -> Payload:
        assert self.chosen_place is not None
        if self.by_benefit:
            issued = self.issued_on()
            return ChooseKindergarten(self.context.number, self.chosen_place.place, issued,
                                      self.scans.attachments(issued))
        return ChooseKindergarten(self.context.number, self.chosen_place.place)

    def problem(self) -> Wording | None:
        if self.chosen_place is None:
            return lambda: self.tr("Choose a kindergarten in the list.")
        if self.by_benefit:
            defaults = self.context.defaults()
            if not self.scans.scans:
                return lambda: refusal_text("benefit_documents_missing", defaults)
            age = (self.context.today() - self.issued_on()).days
            if age > self.context.rules.benefit_documents_max_age_days:
                return lambda: refusal_text("benefit_documents_too_old", defaults)
        return None

    def refresh(self) -> None:
        self.primary.setEnabled(not self.busy and self.chosen_place is not None)
        self.chosen_card.setVisible(self.chosen_place is not None)

    # -- captions ----------------------------------------------------------------------

    def retranslate(self) -> None:
        super().retranslate()
        if self.sanatorium:
            self.title.setText(self.tr("Choose a sanatorium kindergarten"))
        else:
            self.title.setText(self.tr("Choice of a state preschool organisation"))
        self.list_title.setText(self.tr("List of available preschool organisations"))
        self.table.retranslate(self.tr("Search"), self.tr("(All)"))
        if self.places:
            self._fill_choices()
        self.warning.set_texts(self.tr("Please note!"), self.tr(
            "Please mind the language of instruction and the location of the preschool "
            "organisation you choose."))
        self.choice_title.setText(self.tr("Your choice"))
        self.choice.set_captions({"kindergarten": self.tr("Kindergarten name"),
                                  "address": self.tr("Location"),
                                  "language": self.tr("Language of instruction"),
                                  "phone": self.tr("Contact phone number")})
        self._render_choice()
        self.documents_title.setText(self.tr("Documents confirming the benefit"))
        self.documents_hint.setText(self.tr(
            "The referral is given by benefit category: attach the documents confirming the "
            "benefit, issued no earlier than {days} calendar days ago.")
            .replace("{days}", str(self.context.rules.benefit_documents_max_age_days)))
        self.issued_row.set_caption(self.tr("Date of issue of the documents"), required=True)
        self.issued.setLocale(QLocale())
        self.issued.setDisplayFormat("dd.MM.yyyy")
        self.primary.setText(self.tr("Sign and send"))
        if self.state.state == "busy":
            self.state.show_busy(self.tr("Loading the list of free places…"))
        elif self.state.state == "empty":
            self.state.show_empty(self.tr("There are no free places for the child now."))
        elif self.state.state == "error":
            self._show_load_error()

    def _render_choice(self) -> None:
        place = self.chosen_place
        if place is None:
            self.choice.set_values({})
            return
        self.choice.set_values({"kindergarten": pick(place.name_kk, place.name_ru),
                                "address": pick(place.address_kk, place.address_ru),
                                "language": label(LANGUAGE, place.language),
                                "phone": place.phone})

    def success_wording(self) -> Wording:
        return lambda: QCoreApplication.translate(
            "ChooseKindergartenPage", "The referral has been issued: it is in «General documents».")
