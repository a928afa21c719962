"""The EDS settings the kiosk's global settings object composes (no config files read here)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kiosk.eds.errors import TrustModeNotAllowedError
from kiosk.eds.revocation import UnknownPolicy
from kiosk.eds.trust import TrustMode


@dataclass(frozen=True)
class EdsPolicy:
    """How keys and signatures are judged.

    Constructing a policy with a test or demo trust mode where the environment is
    production raises :class:`TrustModeNotAllowedError`: the demo backend refuses to run
    where the configuration says production.
    """

    trust_mode: TrustMode = TrustMode.PRODUCTION
    environment_is_production: bool = True
    crl_cache_dir: Path | None = None
    online: bool = False
    unknown_revocation: UnknownPolicy = UnknownPolicy.REFUSE
    demo_pki_dir: Path | None = None  # where the demo CA lives (demo trust mode)
    # NCA's roots and intermediates: <anchors_dir>/production and <anchors_dir>/test
    anchors_dir: Path | None = None
    network_timeout: float = 5.0  # seconds, per OCSP or CRL request

    def __post_init__(self) -> None:
        if self.environment_is_production and self.trust_mode is not TrustMode.PRODUCTION:
            raise TrustModeNotAllowedError(self.trust_mode.value)
        if self.network_timeout <= 0:
            raise ValueError("network_timeout must be positive")
