"""Leaving kiosk mode: only a service-centre clerk, with their own organisation AUTH key.

The kiosk shows no way out to the desktop. A clerk opens «Выход из режима киоска» from the
discreet «Служебный вход» button of the home screen (or Ctrl+Alt+Q on a keyboard); the
signing dialog asks for their key and password or PIN and signs a fresh challenge
(:func:`kiosk.eds.clerk.release_challenge`); :func:`kiosk.eds.clerk.verify_clerk` checks the
signature, the certificate and that its owner is a clerk here. A refusal is said in the
dialog, which stays open; on success ``released`` carries the clerk's certificate.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import QWidget

from kiosk.eds.certificate import KeyPurpose, NcaCertificate
from kiosk.eds.clerk import ClerkPolicy, ClerkRefusedError, release_challenge, verify_clerk
from kiosk.eds.errors import EdsError, KeyRefusedError, Reason
from kiosk.ui.errors import eds_error_text
from kiosk.ui.session import LoginSetup, UiSession
from kiosk.ui.signing.dialog import SigningDialog
from kiosk.ui.signing.keys import KeySources
from kiosk.ui.tasks import run_in_background

CONTEXT = "ClerkRelease"
_SUMMARY = QT_TRANSLATE_NOOP(
    "ClerkRelease", "Leaving kiosk mode: a service-centre employee signs in with their "
    "organisation's authentication key (AUTH).")
_REFUSALS = {
    "not_an_employee": QT_TRANSLATE_NOOP(
        "ClerkRelease", "This is a personal key. Use the key of a service-centre employee "
        "(an organisation's key)."),
    "other_organisation": QT_TRANSLATE_NOOP(
        "ClerkRelease", "This key belongs to an employee of another organisation: it cannot "
        "take the kiosk out of kiosk mode."),
    "not_listed": QT_TRANSLATE_NOOP(
        "ClerkRelease", "This employee is not on the list of clerks of this kiosk."),
    "wrong_challenge": QT_TRANSLATE_NOOP(
        "ClerkRelease", "The signature does not belong to this request. Please try again."),
}


def clerk_refusal_text(code: str) -> str:
    """The sentence for a :class:`~kiosk.eds.clerk.ClerkRefusal` code."""
    return QCoreApplication.translate(CONTEXT, _REFUSALS.get(code, _REFUSALS["not_an_employee"]))


@dataclass(frozen=True)
class KioskRelease:
    """What leaving kiosk mode needs: the clerks' key sources and who counts as a clerk."""

    keys: KeySources
    policy: ClerkPolicy
    service_centre: str = ""


class ClerkKeyDialog(SigningDialog):
    """The signing dialog for a clerk's AUTH key; stays open on a refusal."""

    released = Signal(object)
    """The clerk's :class:`~kiosk.eds.certificate.NcaCertificate`: the kiosk may be left."""

    @classmethod
    def ask(cls, parent: QWidget, release: KioskRelease, login: LoginSetup) -> ClerkKeyDialog:
        """Open the dialog over ``parent``'s window with a fresh challenge."""
        challenge = release_challenge(release.service_centre)
        session = UiSession(replace(login, keys=release.keys))

        def check(signed: bytes) -> NcaCertificate:
            validator = release.keys.validator()
            if validator is None:  # no trust policy configured: nobody can be proven a clerk
                raise KeyRefusedError(Reason.UNTRUSTED_ISSUER)
            return verify_clerk(signed, challenge, validator, release.policy)

        dialog = cls.sign(parent, challenge, session, purpose=KeyPurpose.AUTH, expected_iin=None,
                          deliver=lambda signed: run_in_background(lambda: check(signed)),
                          summary=_summary)
        assert isinstance(dialog, ClerkKeyDialog)
        dialog.delivered.connect(dialog.released)
        return dialog

    def _refused(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self._set_state("choosing")
        if isinstance(error, ClerkRefusedError):
            code = error.refusal.value
            self.picker.show_error(lambda: clerk_refusal_text(code))
        elif isinstance(error, EdsError):
            self.picker.show_failure(error)
        else:
            self.picker.show_error(lambda: eds_error_text("unknown", signing=False))


def _summary() -> str:
    """The dialog's summary, in the installed language (worded again on a switch)."""
    return QCoreApplication.translate(CONTEXT, _SUMMARY)
