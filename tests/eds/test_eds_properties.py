"""Properties: whatever XML we sign verifies, and no single flipped bit of its content survives."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from kiosk.eds.demo_pki import DemoPki
from kiosk.eds.file_keystore import FileKeyStore
from kiosk.eds.validation import CertificateValidator
from kiosk.eds.xmldsig import sign_xml, verify_xml

NAMES = st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGH", min_size=1, max_size=8)
# XML 1.0 characters (no CR: parsers turn it into LF), Kazakh letters and markup characters included
TEXT = st.text(
    alphabet=st.one_of(
        st.sampled_from("ӘәҒғҚқҢңӨөҰұҮүҺһІі <>&\"'\t\n"),
        st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Co")),
    ),
    max_size=20,
)
NAMESPACES = st.sampled_from([None, "urn:kiosk:application", "http://example.kz/ns"])


@st.composite
def documents(draw: st.DrawFn, depth: int = 0) -> etree._Element:
    namespace = draw(NAMESPACES)
    tag = draw(NAMES)
    element = etree.Element(f"{{{namespace}}}{tag}" if namespace else tag)
    for name in draw(st.lists(NAMES, max_size=3, unique=True)):
        element.set(name, draw(TEXT))
    element.text = draw(TEXT) or None
    if depth < 3:
        for _ in range(draw(st.integers(0, 3))):
            child = draw(documents(depth + 1))
            child.tail = draw(TEXT) or None
            element.append(child)
    return element


def signed_region(signed: bytes) -> list[int]:
    """Byte offsets of the signed content: the root element minus its ds:Signature."""
    start = signed.index(b"?>") + 2
    start = signed.index(b"<", start)
    sig_start = signed.index(b"<ds:Signature")
    sig_end = signed.index(b"</ds:Signature>") + len(b"</ds:Signature>")
    return [*range(start, sig_start), *range(sig_end, len(signed))]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(document=documents(), choice=st.integers(min_value=0), bit=st.integers(0, 7))
def test_what_we_sign_verifies_and_a_flipped_bit_fails(
    demo_pki: DemoPki, demo_validator: CertificateValidator, document: etree._Element, choice: int, bit: int
) -> None:
    key = next(k for k in demo_pki.keys if k.purpose.value == "sign" and not k.revoked)
    signed = sign_xml(document, FileKeyStore(key.file), key.password)
    result = verify_xml(signed, demo_validator)
    assert result.valid, result.reason
    assert result.signed_xml == etree.tostring(document, method="c14n")

    region = signed_region(signed)
    position = region[choice % len(region)]
    flipped = bytearray(signed)
    flipped[position] ^= 1 << bit
    tampered = verify_xml(bytes(flipped), demo_validator)
    assert not tampered.valid, (position, bit)
    assert tampered.reason is not None
