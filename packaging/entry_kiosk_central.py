"""PyInstaller entry point of the ``kiosk-central`` executable (the console script)."""

import sys

from kiosk.central.cli import main

if __name__ == "__main__":
    sys.exit(main())
