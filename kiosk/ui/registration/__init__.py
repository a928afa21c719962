"""The screens of «Постановка ребенка в очередь в ДДО» over ``kiosk.wizard.registration``:
service description, Step 1 (applicant), Step 2 (child), result."""

from kiosk.ui.registration.screen import RegistrationScreen, RegistrationSetup

__all__ = ["RegistrationScreen", "RegistrationSetup"]
