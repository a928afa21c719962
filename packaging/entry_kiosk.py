"""PyInstaller entry point of the ``kiosk`` executable (the ``kiosk`` console script)."""

import sys

from kiosk.cli import main

if __name__ == "__main__":
    sys.exit(main())
