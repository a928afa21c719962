#!/usr/bin/env python3
"""Builds the kiosk's installer with PyInstaller.

Not built yet: the packaging issue has not been taken. Run, it says so and exits 2.
"""

import sys

if __name__ == "__main__":
    print("build_installer.py: the PyInstaller build is not implemented yet "
          "(see the packaging issue); use `make run` to start the kiosk.", file=sys.stderr)
    sys.exit(2)
