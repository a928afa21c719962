"""Fixtures of the EDS tests: NCA's real test keys (read in place), their anchors and one demo PKI."""

from __future__ import annotations

from pathlib import Path

import pytest
from nca_material import NCA, build_anchors_dir

from kiosk.eds.demo_pki import DemoPki
from kiosk.eds.policy import EdsPolicy
from kiosk.eds.trust import TrustMode
from kiosk.eds.validation import CertificateValidator


@pytest.fixture(scope="session")
def nca_anchors(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An anchors directory (production/, test/) holding copies of NCA's CA certificates."""
    if not NCA.is_dir():
        pytest.skip(f"NCA test material not found at {NCA}")
    return build_anchors_dir(tmp_path_factory.mktemp("nca-anchors"))


@pytest.fixture(scope="session")
def demo_validator(demo_pki: DemoPki) -> CertificateValidator:
    policy = EdsPolicy(TrustMode.DEMO, environment_is_production=False, demo_pki_dir=demo_pki.directory)
    return CertificateValidator(policy)
