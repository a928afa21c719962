"""XML signatures in the layout NCALayer's ``signXml`` produces, and their verification.

The layout (what the portals' verifiers expect and what they send us)::

    <ds:Signature xmlns:ds="http://www.w3.org/2000/09/xmldsig#">   last child of the root
      <ds:SignedInfo>
        <ds:CanonicalizationMethod Algorithm="…/REC-xml-c14n-20010315"/>
        <ds:SignatureMethod Algorithm="…/xmldsig-more#rsa-sha256"/>
        <ds:Reference URI="">
          <ds:Transforms>
            <ds:Transform Algorithm="…/xmldsig#enveloped-signature"/>
            <ds:Transform Algorithm="…/REC-xml-c14n-20010315#WithComments"/>
          </ds:Transforms>
          <ds:DigestMethod Algorithm="…/xmlenc#sha256"/><ds:DigestValue>…</ds:DigestValue>
        </ds:Reference>
      </ds:SignedInfo>
      <ds:SignatureValue>…</ds:SignatureValue>
      <ds:KeyInfo><ds:X509Data><ds:X509Certificate>…</ds:X509Certificate></ds:X509Data></ds:KeyInfo>
    </ds:Signature>

Comments: a same-document reference ``URI=""`` selects the document *without* comments
(XML-DSig §4.4.3.2), whatever the WithComments transform says, and xmlsec1 and Apache
Santuario (behind NCALayer) follow that; signxml would digest them. So comments are
removed before signing (our documents carry none) and before verifying (they are not
signed content anyway), and every verifier then agrees.

Verification refuses anything but that shape: exactly one signature, a child of the root,
one reference with ``URI=""`` and only the enveloped and C14N transforms (no signature
wrapping), RSA with SHA-2; then the certificate is judged by a
:class:`~kiosk.eds.validation.CertificateValidator` (chain, validity at the signing time,
purpose, IIN, revocation). Untrusted XML is parsed with DTDs, entities and network off.
"""

from __future__ import annotations

import base64
import binascii
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timezone

from cryptography import x509
from cryptography.exceptions import InvalidSignature as CryptoInvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.asymmetric.padding import AsymmetricPadding, PKCS1v15
from lxml import etree
from signxml import SignatureConfiguration, SignatureReference, XMLSigner, XMLVerifier
from signxml.algorithms import CanonicalizationMethod, DigestAlgorithm, SignatureMethod
from signxml.exceptions import (
    InvalidCertificate,
    InvalidDigest,
    InvalidInput,
    InvalidSignature,
    SignXMLException,
)

from kiosk.eds.certificate import KeyPurpose, NcaCertificate, utc
from kiosk.eds.errors import (
    KeyNotFoundError,
    KeyRefusedError,
    Reason,
    SigningError,
    UnsupportedKeyError,
    XmlInputError,
)
from kiosk.eds.keystore import KeyEntry, KeyStore, find_entry
from kiosk.eds.validation import CertificateCheck, CertificateValidator, key_refusal

log = logging.getLogger("kiosk.eds")

DS = "http://www.w3.org/2000/09/xmldsig#"
_NS = {"ds": DS}
ENVELOPED = "http://www.w3.org/2000/09/xmldsig#enveloped-signature"
_EXC_C14N = "http://www.w3.org/2001/10/xml-exc-c14n#"
C14N = CanonicalizationMethod.CANONICAL_XML_1_0
C14N_WITH_COMMENTS = CanonicalizationMethod.CANONICAL_XML_1_0_WITH_COMMENTS
_C14N_TRANSFORMS = {method.value: method for method in CanonicalizationMethod}
_SIGNATURE_METHODS = frozenset(
    {SignatureMethod.RSA_SHA256, SignatureMethod.RSA_SHA384, SignatureMethod.RSA_SHA512}
)
_DIGESTS = frozenset({DigestAlgorithm.SHA256, DigestAlgorithm.SHA384, DigestAlgorithm.SHA512})
MAX_XML_BYTES = 20 << 20


# -- parsing ---------------------------------------------------------------------------


def parse_untrusted_xml(data: bytes | str) -> etree._Element:
    """Parse XML from outside: no DTD, no entities, no network. XmlInputError otherwise."""
    raw = data.encode("utf-8") if isinstance(data, str) else data
    if len(raw) > MAX_XML_BYTES:
        raise XmlInputError("document too large")
    parser = etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_blank_text=False,
    )
    try:
        root = etree.fromstring(raw, parser)
    except (etree.XMLSyntaxError, ValueError) as exc:
        raise XmlInputError(str(exc)) from exc
    if root is None:
        raise XmlInputError("empty document")
    docinfo = root.getroottree().docinfo
    if docinfo.doctype or docinfo.internalDTD is not None or docinfo.externalDTD is not None:
        raise XmlInputError("DTDs are not accepted")
    if any(True for _ in root.iter(etree.Entity)):
        raise XmlInputError("entities are not accepted")
    return root


def _without_comments(root: etree._Element) -> etree._Element:
    """A copy of the document without comments (see the module notes)."""
    copy = etree.fromstring(etree.tostring(root), etree.XMLParser(resolve_entities=False, no_network=True))
    etree.strip_elements(copy, etree.Comment, with_tail=False)
    return copy


# -- signing ---------------------------------------------------------------------------


class _NcaLayerSigner(XMLSigner):
    """signxml's signer with the one thing NCALayer does differently: ``Reference URI=""``.

    With an explicit reference list signxml resolves every URI as ``#id``; NCALayer's
    reference is the whole document (``URI=""``) with its own WithComments transform, so
    that one case is resolved here to a copy of the document (before the signature goes in).
    """

    def _get_c14n_inputs_from_references(self, doc_root, references):  # type: ignore[no-untyped-def]
        if len(references) == 1 and references[0].URI == "":
            return [self.get_root(doc_root)], list(references)
        return super()._get_c14n_inputs_from_references(doc_root, references)


class _StoreKey:
    """Looks like an RSA private key to signxml; the key store does the signing.

    This is how a smart card fits: signxml hands over the canonical SignedInfo, we hash it
    and the store signs the digest. The result is checked against the certificate, so a
    key that does not match its certificate fails here and not at the central side.
    """

    def __init__(self, store: KeyStore, entry: KeyEntry, secret: str) -> None:
        self._store = store
        self._alias = entry.alias
        self._secret = secret
        public = entry.certificate.certificate.public_key()
        if not isinstance(public, rsa.RSAPublicKey):
            raise UnsupportedKeyError(entry.alias, entry.algorithm.value)
        self._public = public

    @property
    def key_size(self) -> int:
        return self._public.key_size

    def public_key(self) -> rsa.RSAPublicKey:
        return self._public

    def sign(self, data: bytes, padding: AsymmetricPadding, algorithm: hashes.HashAlgorithm) -> bytes:
        if not isinstance(padding, PKCS1v15):
            raise SigningError("only PKCS#1 v1.5 signatures are supported")
        signature = self._store.sign(self._alias, data, self._secret, algorithm)
        try:
            self._public.verify(signature, data, PKCS1v15(), algorithm)
        except CryptoInvalidSignature as exc:
            raise SigningError("the key does not match its certificate") from exc
        return signature


def choose_key(entries: Sequence[KeyEntry], alias: str | None, purpose: KeyPurpose) -> KeyEntry:
    """The key to use: the one named ``alias``, or the only/first one fit for ``purpose``."""
    if alias is not None:
        return find_entry(entries, alias)
    if not entries:
        raise KeyNotFoundError("the store holds no keys")
    if len(entries) == 1:
        return entries[0]
    fitting = [e for e in entries if e.can_sign and e.purpose.allows(purpose)]
    return fitting[0] if fitting else entries[0]


def sign_xml(
    document: bytes | str | etree._Element,
    store: KeyStore,
    secret: str,
    *,
    alias: str | None = None,
    purpose: KeyPurpose = KeyPurpose.SIGN,
    validator: CertificateValidator | None = None,
    at: datetime | None = None,
) -> bytes:
    """Sign ``document`` enveloped, NCALayer-style, with a key from ``store``.

    Before signing, the key must be able to sign in this version (RSA), be meant for
    ``purpose`` and be valid at ``at`` (now by default); with a ``validator`` the full
    check runs too (chain, IIN, revocation). Refusals raise :class:`KeyRefusedError` or
    :class:`UnsupportedKeyError`; the store's own errors (wrong password…) pass through.
    Returns the signed document as UTF-8 bytes with an XML declaration.
    """
    if isinstance(document, etree._Element):
        root = _without_comments(document)
    else:
        root = _without_comments(parse_untrusted_xml(document))
    if root.find(f".//{{{DS}}}Signature") is not None or root.tag == f"{{{DS}}}Signature":
        raise XmlInputError("the document is already signed")
    entry = choose_key(store.list_keys(secret), alias, purpose)
    if not entry.can_sign:
        raise UnsupportedKeyError(entry.alias, entry.algorithm.value)
    moment = utc(at) if at is not None else datetime.now(timezone.utc)
    if validator is not None:
        refusal = validator.check(
            entry.certificate, purpose=purpose, at=moment, extra_certs=entry.chain
        ).refusal
    else:
        refusal = key_refusal(entry.certificate, purpose, moment)
    if refusal is not None:
        raise KeyRefusedError(refusal)
    signer = _NcaLayerSigner(
        signature_algorithm=SignatureMethod.RSA_SHA256,
        digest_algorithm=DigestAlgorithm.SHA256,
        c14n_algorithm=C14N,
    )
    try:
        signed = signer.sign(
            root,
            key=_StoreKey(store, entry, secret),  # type: ignore[arg-type]
            cert=[entry.certificate.certificate],
            reference_uri=[SignatureReference(URI="", c14n_method=C14N_WITH_COMMENTS)],
        )
    except SignXMLException as exc:
        raise SigningError(str(exc)) from exc
    log.info("signed an XML document with key %s (serial %s)", entry.alias, entry.certificate.serial)
    return etree.tostring(signed, xml_declaration=True, encoding="UTF-8")


# -- verification ----------------------------------------------------------------------


@dataclass(frozen=True)
class XmlVerification:
    """The outcome of :func:`verify_xml`. ``signed_xml`` is what was signed (only when valid)."""

    valid: bool
    reason: Reason | None
    signer: NcaCertificate | None = None
    check: CertificateCheck | None = None
    signed_xml: bytes | None = None

    def to_dict(self) -> dict[str, object]:
        signer = None
        if self.signer is not None:
            signer = {
                "iin": self.signer.iin,
                "surname": self.signer.surname,
                "name": self.signer.name,
                "patronymic": self.signer.patronymic,
                "serial": self.signer.serial,
            }
        report: dict[str, object] = {
            "valid": self.valid,
            "reason": self.reason.value if self.reason else None,
            "signer": signer,
            "purpose": self.signer.purpose.value if self.signer else None,
        }
        if self.check is not None:
            report.update(
                {
                    "chain": self.check.chain.status.value,
                    "validity": self.check.validity.value,
                    "revocation": self.check.revocation.status.value,
                    "revoked_at": (
                        self.check.revocation.revoked_at.isoformat()
                        if self.check.revocation.revoked_at
                        else None
                    ),
                    "revocation_reason": self.check.revocation.reason,
                }
            )
        return report


class _RefusedError(Exception):
    def __init__(self, reason: Reason, signer: NcaCertificate | None = None) -> None:
        super().__init__(reason.value)
        self.reason = reason
        self.signer = signer


def _structure(root: etree._Element) -> tuple[etree._Element, etree._Element | None]:
    """The signature element and its reference's C14N transform, if the shape is NCALayer's."""
    signatures = [root] if root.tag == f"{{{DS}}}Signature" else []
    signatures += list(root.iter(f"{{{DS}}}Signature"))
    if not signatures:
        raise _RefusedError(Reason.NO_SIGNATURE)
    if len(signatures) > 1:
        raise _RefusedError(Reason.MULTIPLE_SIGNATURES)
    signature = signatures[0]
    if signature.getparent() is not root:
        raise _RefusedError(Reason.SIGNATURE_NOT_ENVELOPED)
    if signature.find("ds:Object", _NS) is not None or root.find(".//ds:Manifest", _NS) is not None:
        raise _RefusedError(Reason.BAD_REFERENCE)
    signed_info = signature.find("ds:SignedInfo", _NS)
    if signed_info is None:
        raise _RefusedError(Reason.BAD_REFERENCE)
    references = signed_info.findall("ds:Reference", _NS)
    if len(references) != 1 or len(signed_info.findall(".//ds:Reference", _NS)) != 1:
        raise _RefusedError(Reason.BAD_REFERENCE)
    reference = references[0]
    if reference.get("URI") != "":
        raise _RefusedError(Reason.BAD_REFERENCE)
    transforms = reference.findall("ds:Transforms/ds:Transform", _NS)
    algorithms = [t.get("Algorithm") for t in transforms]
    if not algorithms or algorithms[0] != ENVELOPED or len(algorithms) > 2:
        raise _RefusedError(Reason.BAD_REFERENCE)
    c14n = transforms[1] if len(transforms) == 2 else None
    if c14n is not None and c14n.get("Algorithm") not in _C14N_TRANSFORMS:
        raise _RefusedError(Reason.BAD_REFERENCE)
    method = signed_info.find("ds:SignatureMethod", _NS)
    digest = reference.find("ds:DigestMethod", _NS)
    allowed_methods = {m.value for m in _SIGNATURE_METHODS}
    allowed_digests = {d.value for d in _DIGESTS}
    if method is None or method.get("Algorithm") not in allowed_methods:
        raise _RefusedError(Reason.UNSUPPORTED_ALGORITHM)
    if digest is None or digest.get("Algorithm") not in allowed_digests:
        raise _RefusedError(Reason.UNSUPPORTED_ALGORITHM)
    return signature, c14n


def _certificates(signature: etree._Element) -> tuple[NcaCertificate, list[NcaCertificate]]:
    """The signer's certificate from KeyInfo and any other certificates sent along."""
    texts = [el.text or "" for el in signature.findall("ds:KeyInfo/ds:X509Data/ds:X509Certificate", _NS)]
    if not texts:
        raise _RefusedError(Reason.NO_CERTIFICATE)
    certs = []
    for text in texts:
        try:
            certs.append(
                NcaCertificate.from_x509(
                    x509.load_der_x509_certificate(base64.b64decode("".join(text.split()), validate=True))
                )
            )
        except (ValueError, binascii.Error):
            raise _RefusedError(Reason.BAD_CERTIFICATE) from None
    issuers = {c.issuer_name.der for c in certs if not c.is_self_issued}
    leaves = [c for c in certs if c.subject_name.der not in issuers] or certs
    leaf = leaves[0]
    return leaf, [c for c in certs if c is not leaf]


def _signed_bytes(root: etree._Element, transform: etree._Element | None) -> bytes:
    """The canonical form of the whole document without its signature (what URI="" covers)."""
    copy = etree.fromstring(etree.tostring(root), etree.XMLParser(resolve_entities=False, no_network=True))
    for element in copy.findall("ds:Signature", _NS):
        parent = element.getparent()
        previous = element.getprevious()
        if element.tail:  # keep the text after the signature, as the enveloped transform does
            if previous is not None:
                previous.tail = (previous.tail or "") + element.tail
            else:
                parent.text = (parent.text or "") + element.tail
        parent.remove(element)
    algorithm = transform.get("Algorithm", "") if transform is not None else ""
    exclusive = "xml-exc-c14n" in algorithm
    prefixes = None
    if exclusive and transform is not None:
        inclusive = transform.find(f"{{{_EXC_C14N}}}InclusiveNamespaces")
        if inclusive is not None:
            prefixes = inclusive.get("PrefixList", "").split() or None
    return etree.tostring(
        copy, method="c14n", exclusive=exclusive, with_comments=False, inclusive_ns_prefixes=prefixes
    )


def verify_xml(
    document: bytes | str,
    validator: CertificateValidator,
    *,
    purpose: KeyPurpose = KeyPurpose.SIGN,
    at: datetime | None = None,
    expected_iin: str | None = None,
) -> XmlVerification:
    """Verify an NCALayer-style enveloped signature; never raises for a bad document.

    ``purpose`` is SIGN for applications and AUTH for a login challenge; ``at`` is the
    signing time to judge the certificate at (now by default).
    """
    moment = utc(at) if at is not None else datetime.now(timezone.utc)
    signer: NcaCertificate | None = None
    try:
        try:
            root = _without_comments(parse_untrusted_xml(document))
        except XmlInputError:
            raise _RefusedError(Reason.MALFORMED_XML) from None
        signature, c14n = _structure(root)
        signer, others = _certificates(signature)
        if not signer.can_sign_in_this_version:
            raise _RefusedError(Reason.UNSUPPORTED_ALGORITHM, signer)
        # signxml checks the certificate's dates itself; ours come later, with reasons.
        inside = min(max(moment, signer.not_before), signer.not_after)
        config = SignatureConfiguration(
            location="./",
            expect_references=1,
            signature_methods=_SIGNATURE_METHODS,
            digest_algorithms=_DIGESTS,
            verification_time=inside,
        )
        try:
            result = XMLVerifier().verify(root, x509_cert=signer.certificate, expect_config=config)
        except InvalidDigest:
            raise _RefusedError(Reason.DIGEST_MISMATCH, signer) from None
        except (InvalidSignature, InvalidCertificate):
            raise _RefusedError(Reason.BAD_SIGNATURE, signer) from None
        except (InvalidInput, SignXMLException, etree.LxmlError, ValueError):
            raise _RefusedError(Reason.BAD_REFERENCE, signer) from None
        signed_data = result.signed_data  # type: ignore[union-attr]
        if signed_data != _signed_bytes(root, c14n):
            raise _RefusedError(Reason.BAD_REFERENCE, signer)
        check = validator.check(
            signer, purpose=purpose, at=moment, extra_certs=others, expected_iin=expected_iin
        )
        if check.refusal is not None:
            return XmlVerification(False, check.refusal, signer, check)
        return XmlVerification(True, None, signer, check, signed_data)
    except _RefusedError as refused:
        return XmlVerification(False, refused.reason, refused.signer or signer)


__all__ = [
    "XmlVerification",
    "choose_key",
    "parse_untrusted_xml",
    "sign_xml",
    "verify_xml",
]
