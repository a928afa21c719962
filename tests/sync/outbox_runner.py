"""A kiosk process that delivers its outbox (run by the SIGKILL test as a subprocess).

    python outbox_runner.py STORE_FILE CENTRAL_URL [--die-after-submit N]

Delivers every pending entry and exits 0. With ``--die-after-submit N`` it kills itself with
SIGKILL right after the central service has answered the N-th request and before the
answer is recorded locally: the worst moment for exactly-once delivery.
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
from pathlib import Path

from kiosk.central.views import SubmitResultView
from kiosk.store.db import open_store
from kiosk.store.outbox import Outbox
from kiosk.sync.delivery import Backoff, Deliverer
from kiosk.sync.http_link import HttpCentralLink


class _DyingLink(HttpCentralLink):
    def __init__(self, url: str, die_after: int) -> None:
        super().__init__(url, timeout=30)
        self._left = die_after

    def submit(self, signed: bytes) -> SubmitResultView:
        result = super().submit(signed)
        self._left -= 1
        if self._left == 0:
            os.kill(os.getpid(), signal.SIGKILL)
        return result


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("store")
    parser.add_argument("url")
    parser.add_argument("--die-after-submit", type=int, default=0)
    args = parser.parse_args()
    outbox = Outbox(open_store(Path(args.store)))
    link = (_DyingLink(args.url, args.die_after_submit) if args.die_after_submit
            else HttpCentralLink(args.url, timeout=30))
    deliverer = Deliverer(link, outbox, backoff=Backoff(base=Backoff().base * 0))
    while outbox.count() > 0:
        outbox.retry_now()  # a restarted kiosk tries at once
        report = deliverer.deliver_due(limit=5)
        print(f"delivered {len(report.delivered)} refused {len(report.refused)}", flush=True)
        if report.offline:
            return 3
    return 0


if __name__ == "__main__":
    sys.exit(main())
