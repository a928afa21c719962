"""«Продлить направление»: the referral's information, the extension date (once, at most 30
calendar days past the referral's last day) and its reason; «Продлить»."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.central.protocol import ExtendReferral, Payload
from kiosk.ui.actions.base import ActionContext, ActionPage
from kiosk.ui.actions.refusals import refusal_text
from kiosk.ui.labels import REFERRAL_STATUS, fmt_date, fmt_datetime, label, pick
from kiosk.ui.registration.base import card, section_title
from kiosk.ui.widgets import FieldRow, Notice, ValueGrid, Wording, line_edit

MAX_REASON = 500


class ExtendReferralPage(ActionPage):
    """Extends the referral once, through a chosen date, with a reason."""

    wants_keyboard = True

    def __init__(self, context: ActionContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        referral = context.detail.referral
        self.last_day = referral.last_day if referral is not None else context.today()
        info, info_layout = card()
        self.info_title = section_title()
        self.info = ValueGrid((("child", "kindergarten", "address"),
                               ("status", "issued", "expires")))
        info_layout.addWidget(self.info_title)
        info_layout.addWidget(self.info)
        form, form_layout = card()
        self.form_title = section_title()
        self.calendar = QCalendarWidget()
        self.calendar.setObjectName("extensionDate")
        self.calendar.setGridVisible(True)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.setMinimumDate(_qdate(self.last_day + timedelta(days=1)))
        self.calendar.setSelectedDate(_qdate(self.last_day + timedelta(days=1)))
        self.calendar.setMinimumHeight(420 if context.kiosk_mode else 220)  # days a finger wide
        self.calendar.selectionChanged.connect(self._date_changed)
        self.calendar.currentPageChanged.connect(lambda *_: capitalise_months(self.calendar))
        self.date_caption = QLabel()
        self.date_caption.setObjectName("caption")
        self.chosen = QLabel()
        self.chosen.setObjectName("value")
        self.limit = QLabel()
        self.limit.setObjectName("hint")
        self.limit.setWordWrap(True)
        side = QVBoxLayout()
        side.setSpacing(6)
        side.addWidget(self.date_caption)
        side.addWidget(self.chosen)
        side.addWidget(self.limit)
        side.addStretch(1)
        row = QHBoxLayout()
        row.setSpacing(24)
        row.addWidget(self.calendar, 3)
        row.addLayout(side, 2)
        self.reason = line_edit("text", MAX_REASON)
        self.reason.setObjectName("reason")
        self.reason.textEdited.connect(lambda _: self.show_error(None))
        self.reason_row = FieldRow(self.reason)
        form_layout.addWidget(self.form_title)
        form_layout.addLayout(row)
        form_layout.addWidget(self.reason_row)
        self.notice = Notice()
        self.body.addWidget(info)
        self.body.addWidget(form)
        self.body.addWidget(self.notice)
        self.body.addStretch(1)
        self.retranslate()

    # -- the request -------------------------------------------------------------------

    def until(self) -> date:
        return self.calendar.selectedDate().toPython()  # type: ignore[no-any-return]

    def set_until(self, day: date) -> None:
        self.calendar.setSelectedDate(_qdate(day))

    def latest(self) -> date:
        return self.last_day + timedelta(days=self.context.rules.extension_max_calendar_days)

    def payload(self) -> Payload:
        return ExtendReferral(self.context.number, self.until(), self.reason.text().strip())

    def problem(self) -> Wording | None:
        """The region's limits, checked before the parent signs (the service checks again)."""
        defaults = self.context.defaults()
        if self.until() <= self.last_day:
            return lambda: refusal_text("extension_date_not_after_expiry", defaults)
        if self.until() > self.latest():
            return lambda: refusal_text("extension_too_long", defaults)
        if not self.reason.text().strip():
            self.reason.setFocus()
            return lambda: refusal_text("extension_reason_required", defaults)
        return None

    # -- captions ----------------------------------------------------------------------

    def retranslate(self) -> None:
        super().retranslate()
        tz = self.context.rules.tz
        self.title.setText(self.tr("Extend the referral"))
        self.info_title.setText(self.tr("Referral information"))
        self.info.set_captions({
            "child": self.tr("Child's full name"), "status": self.tr("Referral status"),
            "kindergarten": self.tr("Kindergarten name"),
            "address": self.tr("Kindergarten address"), "issued": self.tr("Referral date"),
            "expires": self.tr("Referral expiry date")})
        referral = self.context.detail.referral
        values = {"child": self.context.detail.summary.child_name}
        if referral is not None:
            values.update({
                "status": label(REFERRAL_STATUS, referral.status),
                "kindergarten": pick(referral.kindergarten_name_kk, referral.kindergarten_name_ru),
                "address": pick(referral.address_kk, referral.address_ru),
                "issued": fmt_datetime(referral.issued_at, tz),
                "expires": fmt_date(referral.last_day)})
        self.info.set_values(values)
        self.form_title.setText(self.tr("Extension"))
        self.date_caption.setText(self.tr("Extension date") + " *")
        self.limit.setText(self.tr("Once only, at most {days} calendar days: no later than "
                                   "{date}.")
                           .replace("{days}", str(self.context.rules.extension_max_calendar_days))
                           .replace("{date}", fmt_date(self.latest())))
        self.reason_row.set_caption(self.tr("Reason for the extension"), required=True)
        self.notice.set_texts(self.tr("Please note!"), self.tr(
            "A referral can be extended only once, by at most {days} calendar days.")
            .replace("{days}", str(self.context.rules.extension_max_calendar_days)))
        self.primary.setText(self.tr("Extend"))
        self.calendar.setLocale(QLocale())
        capitalise_months(self.calendar)
        self._show_date()  # the error shown stays: it is worded again, not cleared

    def _show_date(self) -> None:
        self.chosen.setText(fmt_date(self.until()))

    def _date_changed(self) -> None:
        self._show_date()
        self.show_error(None)

    def success_wording(self) -> Wording:
        until = self.until()  # the page is gone when the journal words it again
        return lambda: QCoreApplication.translate(
            "ExtendReferralPage", "The referral has been extended until {date}.").replace(
            "{date}", fmt_date(until))


def capitalise_months(calendar: QCalendarWidget) -> None:
    """The month above the days and in its menu with a capital, as «Қаңтар» is: the Russian
    locale names a month in lower case («январь»)."""
    for button in calendar.findChildren(QToolButton, "qt_calendar_monthbutton"):
        button.setText(button.text()[:1].upper() + button.text()[1:])
        menu = button.menu()
        for action in menu.actions() if menu is not None else ():
            action.setText(action.text()[:1].upper() + action.text()[1:])


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)
