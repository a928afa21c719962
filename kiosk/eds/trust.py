"""Trust anchors per mode and certificate chain building.

- **production**: NCA's roots and intermediates, read from ``<anchors dir>/production``;
- **test**: NCA's *test* roots and intermediates (``<anchors dir>/test``) plus the
  production ones when present (NCA issued its published test persons' keys from both); the
  test persons' IINs fail the checksum and are accepted in this mode only;
- **demo**: the demo CA made by ``kiosk demo-pki`` (see :mod:`kiosk.eds.demo_pki`).

No NCA certificate ships with the package: the operator puts NCA's current root and
intermediate certificates (pki.gov.kz) into the anchors directory (``eds.anchors_dir`` of the
settings, ``--anchors`` of ``kiosk eds``); see ``kiosk/eds/ANCHORS.md``.

Chains are built by matching issuer and subject names exactly (as encoded), verifying each
signature with `cryptography`, and checking that every CA in the path is a CA and valid at
the time asked. GOST signatures cannot be verified in this version: a chain that needs one
is reported as ``unsupported_algorithm``.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from cryptography import x509
from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm

from kiosk.eds.certificate import NcaCertificate, Validity, utc
from kiosk.eds.errors import TrustAnchorsMissingError

MAX_CHAIN_LENGTH = 6


class TrustMode(enum.Enum):
    PRODUCTION = "production"
    TEST = "test"
    DEMO = "demo"

    @property
    def accepts_test_iins(self) -> bool:
        """NCA's test persons have IINs that fail the checksum: accepted in test mode only."""
        return self is TrustMode.TEST


class ChainStatus(enum.Enum):
    """The outcome of chain building; values are stable codes (shared with :class:`Reason`)."""

    OK = "ok"
    CHAIN_EXPIRED = "chain_expired"
    UNSUPPORTED_ALGORITHM = "unsupported_algorithm"
    CHAIN_INVALID = "chain_invalid"
    UNTRUSTED_ISSUER = "untrusted_issuer"


_RANK = list(ChainStatus)  # best first


@dataclass(frozen=True)
class TrustAnchors:
    """The roots a mode trusts and the intermediates it knows."""

    mode: TrustMode
    roots: tuple[NcaCertificate, ...]
    intermediates: tuple[NcaCertificate, ...] = ()

    def is_root(self, cert: NcaCertificate) -> bool:
        return any(root.der == cert.der for root in self.roots)

    def issuers_of(self, cert: NcaCertificate, extra: Iterable[NcaCertificate] = ()) -> list[NcaCertificate]:
        """Known certificates whose subject is ``cert``'s issuer (roots first)."""
        wanted = cert.issuer_name.der
        seen: set[bytes] = set()
        found = []
        for candidate in (*self.roots, *self.intermediates, *extra):
            if candidate.subject_name.der == wanted and candidate.der not in seen:
                seen.add(candidate.der)
                found.append(candidate)
        return found


def read_certificates(data: bytes) -> list[NcaCertificate]:
    """Every certificate in a PEM bundle or a single DER certificate."""
    if b"-----BEGIN CERTIFICATE-----" in data:
        return [NcaCertificate.from_x509(c) for c in x509.load_pem_x509_certificates(data)]
    return [NcaCertificate.from_x509(x509.load_der_x509_certificate(data))]


def anchors_from(mode: TrustMode, certificates: Iterable[NcaCertificate]) -> TrustAnchors:
    """Split certificates into self-issued roots and intermediates (each certificate once)."""
    certs = list({cert.der: cert for cert in certificates}.values())
    roots = tuple(c for c in certs if c.is_self_issued)
    intermediates = tuple(c for c in certs if not c.is_self_issued)
    return TrustAnchors(mode, roots, intermediates)


ANCHOR_SUFFIXES = (".pem", ".crt", ".cer", ".der")
ANCHORS_HELP = (
    "put NCA's root and intermediate certificates (PEM, DER or CRT files from pki.gov.kz) "
    "into {folder}"
)


def _folder_certificates(folder: Path) -> list[NcaCertificate]:
    """Every certificate of the anchor files directly in ``folder`` (sorted by name)."""
    certs: list[NcaCertificate] = []
    try:
        files = sorted(
            entry
            for entry in folder.iterdir()
            if entry.suffix.lower() in ANCHOR_SUFFIXES and not entry.name.startswith(".") and entry.is_file()
        )
    except OSError:
        return []
    for path in files:
        try:
            certs.extend(read_certificates(path.read_bytes()))
        except (OSError, ValueError) as exc:
            raise TrustAnchorsMissingError(f"cannot read a certificate from {path}: {exc}") from exc
    return certs


def _anchor_folder(anchors_dir: Path, mode: TrustMode) -> list[NcaCertificate]:
    """The certificates of ``<anchors_dir>/<mode>``; refused when there is no root among them."""
    folder = anchors_dir / mode.value
    certs = _folder_certificates(folder)
    if not any(cert.is_self_issued for cert in certs):
        raise TrustAnchorsMissingError(
            f"no {mode.value} root certificate in {folder}: " + ANCHORS_HELP.format(folder=folder)
        )
    return certs


def load_anchors(
    mode: TrustMode, demo_pki_dir: Path | None = None, anchors_dir: Path | None = None
) -> TrustAnchors:
    """The trust anchors of ``mode``.

    Production reads ``<anchors_dir>/production``; test reads ``<anchors_dir>/test`` and
    ``<anchors_dir>/production`` when that holds anything; demo reads the demo PKI directory.
    Raises :class:`TrustAnchorsMissingError` when the folder the mode needs is missing or
    holds no root certificate, or an anchor file is not a certificate.
    """
    if mode is TrustMode.DEMO:
        from kiosk.eds.demo_pki import demo_ca_certificates  # demo_pki builds on this module

        if demo_pki_dir is None:
            raise TrustAnchorsMissingError("demo trust mode needs the demo PKI directory")
        return anchors_from(mode, demo_ca_certificates(demo_pki_dir))
    if anchors_dir is None:
        raise TrustAnchorsMissingError(
            f"{mode.value} trust mode needs an anchors directory (eds.anchors_dir, --anchors): "
            + ANCHORS_HELP.format(folder=f"its {mode.value}/ folder")
        )
    certs = _anchor_folder(anchors_dir, mode)
    if mode is TrustMode.TEST:
        certs += _folder_certificates(anchors_dir / TrustMode.PRODUCTION.value)
    return anchors_from(mode, certs)


@dataclass(frozen=True)
class ChainResult:
    status: ChainStatus
    path: tuple[NcaCertificate, ...] = ()  # leaf first; ends at a root when one was reached

    @property
    def ok(self) -> bool:
        return self.status is ChainStatus.OK

    @property
    def issuer(self) -> NcaCertificate | None:
        return self.path[1] if len(self.path) > 1 else None


def _signed_by(child: NcaCertificate, issuer: NcaCertificate) -> bool | None:
    """True when ``issuer`` signed ``child``, False when not, None when it cannot be checked."""
    try:
        child.certificate.verify_directly_issued_by(issuer.certificate)
    except InvalidSignature:
        return False
    except (UnsupportedAlgorithm, TypeError):
        return None
    except ValueError:
        return False
    return True


def build_chain(
    leaf: NcaCertificate, anchors: TrustAnchors, at: datetime, extra: Sequence[NcaCertificate] = ()
) -> ChainResult:
    """Build and check the path from ``leaf`` to one of ``anchors``' roots at time ``at``."""
    moment = utc(at)
    if leaf.is_ca or leaf.extensions.unknown_critical:
        return ChainResult(ChainStatus.CHAIN_INVALID, (leaf,))
    best: ChainResult | None = None
    failed_link = False

    def consider(result: ChainResult) -> None:
        nonlocal best
        if best is None or _RANK.index(result.status) < _RANK.index(best.status):
            best = result

    def walk(path: tuple[NcaCertificate, ...], unverifiable: bool) -> None:
        nonlocal failed_link
        current = path[-1]
        if len(path) > 1 and anchors.is_root(current):
            if unverifiable:
                consider(ChainResult(ChainStatus.UNSUPPORTED_ALGORITHM, path))
            elif any(ca.validity_at(moment) is not Validity.VALID for ca in path[1:]):
                consider(ChainResult(ChainStatus.CHAIN_EXPIRED, path))
            else:
                consider(ChainResult(ChainStatus.OK, path))
            return
        if len(path) > MAX_CHAIN_LENGTH:
            return
        for candidate in anchors.issuers_of(current, extra):
            if any(candidate.der == member.der for member in path):
                continue
            if not candidate.is_ca or candidate.extensions.unknown_critical:
                failed_link = True
                continue
            signed = _signed_by(current, candidate)
            if signed is False:
                failed_link = True
                continue
            walk((*path, candidate), unverifiable or signed is None)
            if best is not None and best.ok:
                return

    walk((leaf,), False)
    if best is not None:
        return best
    return ChainResult(ChainStatus.CHAIN_INVALID if failed_link else ChainStatus.UNTRUSTED_ISSUER, (leaf,))
