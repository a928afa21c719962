"""The journal's signed actions, one page each: «Подтвердить заинтересованность»,
«Изменить льготность», «Снять с очереди», «Выбрать … детский сад», «Продлить направление»,
«Отозвать направление»."""

from kiosk.ui.actions.base import ActionContext, ActionPage, Sign, Worker
from kiosk.ui.actions.benefit import ChangeBenefitPage
from kiosk.ui.actions.choose import ChooseKindergartenPage
from kiosk.ui.actions.confirm import ConfirmInterestPage
from kiosk.ui.actions.extend import ExtendReferralPage
from kiosk.ui.actions.revoke import RevokeReferralPage
from kiosk.ui.actions.withdraw import WithdrawPage

PAGES: dict[str, type[ActionPage]] = {
    "confirm_interest": ConfirmInterestPage,
    "change_benefit": ChangeBenefitPage,
    "withdraw": WithdrawPage,
    "issue_referral": ChooseKindergartenPage,
    "extend_referral": ExtendReferralPage,
    "revoke_referral": RevokeReferralPage,
}
"""The page of each journal button (``kiosk.domain.history.USER_ACTIONS`` codes)."""

__all__ = ["PAGES", "ActionContext", "ActionPage", "ChangeBenefitPage", "ChooseKindergartenPage",
           "ConfirmInterestPage", "ExtendReferralPage", "RevokeReferralPage", "Sign", "Worker",
           "WithdrawPage"]
