"""Choosing a key and signing with it: the key picker shared with the login, the signing
dialog «Формирование ЭЦП в формате XML» for every signed action, the documents to sign.

See :mod:`kiosk.ui.signing.dialog` for how to use the dialog.
"""

from kiosk.ui.signing.dialog import SigningDialog
from kiosk.ui.signing.keys import KeyFile, KeySources
from kiosk.ui.signing.picker import KeyPicker

__all__ = ["KeyFile", "KeyPicker", "KeySources", "SigningDialog"]
