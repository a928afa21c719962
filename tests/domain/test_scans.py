import pytest

from kiosk.domain.scans import ScanError, check_scan

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
JPEG = b"\xff\xd8\xff\xe0" + b"\0" * 100 + b"\xff\xd9"
PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 50 + b"IEND\xaeB`\x82"


@pytest.mark.parametrize(("content", "media_type"), [
    (PDF, "application/pdf"), (JPEG, "image/jpeg"), (PNG, "image/png")])
def test_pdf_jpeg_and_png_are_accepted_by_their_content(content: bytes, media_type: str) -> None:
    scan = check_scan("справка.bin", content, max_bytes=1000)
    assert scan.media_type == media_type and scan.content == content


@pytest.mark.parametrize(("content", "limit", "error"), [
    (b"", 1000, ScanError.EMPTY),
    (PDF, 10, ScanError.TOO_LARGE),
    (b"PK\x03\x04 a zip file", 1000, ScanError.TYPE),
    (b"GIF89a....", 1000, ScanError.TYPE),
    (PDF[:20], 1000, ScanError.UNREADABLE),
    (JPEG[:50], 1000, ScanError.UNREADABLE),
])
def test_bad_scans_are_refused_with_their_reason(content: bytes, limit: int, error: ScanError) -> None:
    with pytest.raises(ValueError) as caught:
        check_scan("scan.pdf", content, max_bytes=limit)
    assert caught.value.args[0] is error
