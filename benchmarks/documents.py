"""How long rendering an output document takes: each type N times, ms per document.

    python benchmarks/documents.py [-n 30] [--lang kk|ru] [--check]

Every run renders a new document id (its own QR code, as in real use; the slip of the same
document reuses the QR code of its A4 page, as when the kiosk prints both). The first render
of the process, which registers the fonts, is reported apart. With ``--check`` the exit
status is 1 when a median exceeds the target (50 ms per A4 document).
"""

from __future__ import annotations

import argparse
import dataclasses
import statistics
import sys
import time
import uuid
from collections.abc import Callable

from kiosk.documents import DocType, DocumentData, Language, render, render_slip, sample_data

TARGET_MS = 50.0


def _time_ms(function: Callable[[DocumentData], bytes], data: DocumentData) -> float:
    start = time.perf_counter()
    function(data)
    return (time.perf_counter() - start) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=30, help="renders per type (default 30)")
    parser.add_argument("--lang", choices=[lang.value for lang in Language], default="kk")
    parser.add_argument("--check", action="store_true",
                        help=f"exit 1 when a median exceeds {TARGET_MS:.0f} ms")
    args = parser.parse_args()

    cold = _time_ms(render, sample_data(DocType.REGISTRATION, args.lang))
    print(f"first render (fonts registered): {cold:.1f} ms\n")
    print(f"{'document':22} {'A4 median':>10} {'A4 min':>8} {'A4 max':>8} {'slip median':>12}")
    worst = 0.0
    all_a4: list[float] = []
    for kind in DocType:
        base = sample_data(kind, args.lang)
        a4, slip = [], []
        for _ in range(args.n):
            data = dataclasses.replace(base, document_id=str(uuid.uuid4()))
            a4.append(_time_ms(render, data))
            slip.append(_time_ms(render_slip, data))
        median = statistics.median(a4)
        worst = max(worst, median)
        all_a4 += a4
        print(f"{kind.value:22} {median:8.1f}ms {min(a4):6.1f}ms {max(a4):6.1f}ms "
              f"{statistics.median(slip):10.1f}ms")
    print(f"\nall A4 documents: median {statistics.median(all_a4):.1f} ms, "
          f"mean {statistics.fmean(all_a4):.1f} ms (target ≤ {TARGET_MS:.0f} ms)")
    return 1 if args.check and worst > TARGET_MS else 0


if __name__ == "__main__":
    sys.exit(main())
