"""«Вход в личный кабинет»: by EDS or by IIN and a one-time code; a first login asks for the
e-mail."""

from kiosk.ui.login.screen import LoginScreen, login_with_key

__all__ = ["LoginScreen", "login_with_key"]
