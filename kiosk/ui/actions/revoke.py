"""«Отозвать направление»: within 24 hours of issue the referral is given back and the
child returns to the queue."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from kiosk.central.protocol import Payload, RevokeReferral
from kiosk.ui.actions.base import ActionContext, ActionPage
from kiosk.ui.labels import fmt_datetime, pick
from kiosk.ui.registration.base import card
from kiosk.ui.widgets import ValueGrid, Wording


class RevokeReferralPage(ActionPage):
    """Gives the referral back: the place is freed, the child stays in the queue."""

    def __init__(self, context: ActionContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        frame, inner = card()
        inner.addWidget(self.application_values())
        self.referral = ValueGrid((("kindergarten", "issued"), ("address", "until")))
        inner.addWidget(self.referral)
        self.add_consequences(frame)
        self.retranslate()

    def payload(self) -> Payload:
        return RevokeReferral(self.context.number)

    def problem(self) -> Wording | None:
        if not self.understood.isChecked():
            return lambda: self.tr("Tick the box to confirm that you give the referral back.")
        return None

    def retranslate(self) -> None:
        super().retranslate()
        self.title.setText(self.tr("Revoke the referral"))
        self.fill_application_values()
        referral = self.context.detail.referral
        tz = self.context.rules.tz
        self.referral.set_captions({
            "kindergarten": self.tr("Kindergarten"), "address": self.tr("Kindergarten address"),
            "issued": self.tr("Referral date"), "until": self.tr("Can be revoked until")})
        if referral is not None:
            hours = self.context.rules.revoke_window_hours
            self.referral.set_values({
                "kindergarten": pick(referral.kindergarten_name_kk, referral.kindergarten_name_ru),
                "address": pick(referral.address_kk, referral.address_ru),
                "issued": fmt_datetime(referral.issued_at, tz),
                "until": fmt_datetime(referral.issued_at + timedelta(hours=hours), tz)})
        self.warning.set_texts(self.tr("Please note!"), self.tr(
            "A referral can be revoked on your own initiative only within {hours} hours of its "
            "issue. The place becomes free for other children; your child stays in the queue.")
            .replace("{hours}", str(self.context.rules.revoke_window_hours)))
        self.understood.setText(self.tr("I give the referral back"))
        self.primary.setText(self.tr("Revoke the referral"))

    def success_wording(self) -> Wording:
        return lambda: QCoreApplication.translate(
            "RevokeReferralPage", "The referral has been revoked: the child is back in the queue.")
