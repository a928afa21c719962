"""Where the shared NCA test material is: it must never be copied into the repository."""

from __future__ import annotations

import os
from pathlib import Path

_TOP = Path(__file__).resolve().parents[1]


def _nca_test_dir() -> Path:
    """$KIOSK_NCA_TEST, else ``shared/nca-test`` beside the checkout, else /work/shared/nca-test."""
    candidates = [Path(p) for p in (os.environ.get("KIOSK_NCA_TEST"),) if p]
    candidates += [_TOP.parent / "shared" / "nca-test", Path("/work/shared/nca-test")]
    return next((c for c in candidates if (c / "test-2022").is_dir()), candidates[-1])


NCA_TEST = _nca_test_dir()
