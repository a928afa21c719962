"""The composition root of the `kiosk` GUI: settings, logging, then the Qt application.

``kiosk`` starts the kiosk (full screen, or windowed with ``--clerk``) on the configured
central service, the embedded one by default: the first start creates the demo PKI and the
embedded central database behind a progress screen (``kiosk.ui.startup``). ``kiosk
--screenshots DIR [--lang kk|ru]`` renders every screen into DIR and exits.
"""

from __future__ import annotations

import argparse
import os
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
    if getattr(args, "screenshots", None):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from kiosk.ui.screenshots import render_all

        languages = (args.lang,) if args.lang else ("kk", "ru")
        written = render_all(Path(args.screenshots), languages)
        print(f"{len(written)} screens written to {args.screenshots}")
        return 0
    mode = "clerk" if args.clerk else settings.kiosk.mode
    log.info("starting in %s mode, %s central, %s environment", mode,
             "embedded" if settings.embedded else "remote", settings.eds.environment)
    from kiosk.ui.application import run_kiosk

    return run_kiosk(settings, kiosk_mode=(mode == "kiosk"), language=args.lang)
