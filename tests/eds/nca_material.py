"""Where NCA's real test material is (read in place; never copied into the repository).

The trust anchors (NCA's CA certificates) are not in the package either: :func:`build_anchors_dir`
lays them out, at test time, in a temporary directory the way an operator does (see
``kiosk/eds/ANCHORS.md``).
"""

from __future__ import annotations

import shutil
from datetime import datetime, timezone
from pathlib import Path

import pytest
from nca_paths import NCA_TEST

from kiosk.eds.policy import EdsPolicy
from kiosk.eds.revocation import UnknownPolicy
from kiosk.eds.trust import TrustMode
from kiosk.eds.validation import CertificateValidator

NCA = NCA_TEST
PROD = NCA / "prod-2018"
TEST = NCA / "test-2022"
ROOTS = NCA / "roots"

# The anchors directory of the tests: NCA's production and test CA certificates.
ANCHOR_FILES = {
    "production": (PROD / "root_rsa.crt", PROD / "root_gost.crt", PROD / "nca_rsa.crt", PROD / "nca_gost.crt"),
    "test": (
        ROOTS / "root_rsa_test.pem",
        ROOTS / "root_gost_test.crt",
        TEST / "NCA_2004_RSA_CERT.pem",
        TEST / "NCA_2004_GOST_CERT.pem",
        TEST / "NCA_2015_CERT.der",
    ),
}

PROD_AUTH = PROD / "AUTH_RSA256_6b361b864c679601b652fe387f61fcd9303c0327.p12"
PROD_SIGN = PROD / "RSA256_8426360556902ce4ac33977836f873e1dc190976.p12"
PROD_GOST = PROD / "GOSTKNCA_f8a422238209b6e753116431b69b09178f14e9d7.p12"
RSA_TEST_CRL = TEST / "nca_rsa_test.crl"
GOST_TEST_CRL = TEST / "nca_gost_test.crl"
GOST2022_TEST_CRL = TEST / "nca_gost2022_test.crl"

INSIDE_2018 = datetime(2019, 1, 15, tzinfo=timezone.utc)  # inside the prod-2018 keys' validity
INSIDE_2022 = datetime(2022, 6, 1, tzinfo=timezone.utc)  # inside the test-2022 RSA keys' validity


needs_nca = pytest.mark.skipif(not NCA.is_dir(), reason=f"NCA test material not found at {NCA}")


def nca_password(path: Path) -> str:
    return "Aa123456" if "2015" in path.name else "Qwerty12"


def build_anchors_dir(target: Path) -> Path:
    """Copy NCA's CA certificates into ``target/production`` and ``target/test``; returns ``target``."""
    for folder, files in ANCHOR_FILES.items():
        (target / folder).mkdir(parents=True)
        for source in files:
            shutil.copyfile(source, target / folder / source.name)
    return target


def nca_test_validator(
    anchors: Path,
    *crls: Path,
    unknown: UnknownPolicy = UnknownPolicy.REFUSE,
    mode: TrustMode = TrustMode.TEST,
) -> CertificateValidator:
    """A validator in NCA test (or production) trust mode with the anchors directory and CRL files."""
    policy = EdsPolicy(
        mode,
        environment_is_production=mode is TrustMode.PRODUCTION,
        unknown_revocation=unknown,
        anchors_dir=anchors,
    )
    return CertificateValidator(policy, crls=[path.read_bytes() for path in crls])
