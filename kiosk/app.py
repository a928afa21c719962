"""The composition root of the `kiosk` GUI: settings, logging, then the Qt application."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kiosk.logs import get_logger, setup_logging
from kiosk.settings import SettingsError, load_settings


def run_gui(args: argparse.Namespace) -> int:
    """Start the kiosk GUI with the settings named on the command line (or the default)."""
    try:
        settings = load_settings(Path(args.config) if args.config else None)
    except SettingsError as exc:
        print(f"kiosk: bad settings: {exc}", file=sys.stderr)
        return 2
    setup_logging(settings.log_path, settings.log_level)
    log = get_logger("app")
    mode = "clerk" if args.clerk else settings.kiosk.mode
    log.info("starting in %s mode, %s central", mode, "embedded" if settings.embedded else "remote")
    from kiosk.ui.application import run

    return run(args.lang or settings.kiosk.language, kiosk_mode=(mode == "kiosk"))
