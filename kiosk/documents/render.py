"""PDF rendering of the output documents (A4) and of their receipt slips (80 mm).

Layout: the issuing body and the service on top, the title in the applicant's language
with the other language under it, the certified data in labelled sections (journal
order: applicant, child, application), the notes of the portals' instructions, and a
verification block whose QR code encodes the central service's verification address.
Every caption comes from ``captions.toml``; this module only arranges them.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from xml.sax.saxutils import escape

import qrcode
import qrcode.constants
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (BaseDocTemplate, Flowable, Frame, KeepTogether, PageTemplate,
                                Paragraph, Spacer, Table, TableStyle)

from kiosk.documents.captions import both, caption
from kiosk.documents.digest import certified_digest, embedded_keywords
from kiosk.documents.fonts import BOLD, MONO, REGULAR, register_fonts
from kiosk.documents.model import DocType, DocumentData, Language, PersonData, QueueType

INK = colors.HexColor("#1b1f24")
MUTED = colors.HexColor("#5d6673")
ACCENT = colors.HexColor("#1f3a5f")
LINE = colors.HexColor("#d3d9e0")
BAND = colors.HexColor("#eef2f6")
_MUTED_HEX = "#5d6673"

PAGE_MARGIN_X = 20 * mm
PAGE_MARGIN_TOP = 13 * mm
PAGE_MARGIN_BOTTOM = 19 * mm
SLIP_WIDTH = 80 * mm
SLIP_MARGIN = 4 * mm
QR_SIZE = 26 * mm
SLIP_QR_SIZE = 34 * mm

PRODUCER = "Balabaqsha kiosk"
_CELL_PAD = 4.0


# ---- small formatting helpers -----------------------------------------------------------

def fmt_date(value: date) -> str:
    """dd.mm.yyyy, as the portals print dates."""
    return value.strftime("%d.%m.%Y")


def fmt_datetime(value: datetime) -> str:
    """dd.mm.yyyy HH:MM in the datetime's own time zone."""
    return value.strftime("%d.%m.%Y %H:%M")


def _e(text: str) -> str:
    return escape(text)


def _pair(primary: str, secondary: str, secondary_size: float) -> str:
    """Paragraph markup: primary text, then the other language in a smaller muted line."""
    return (f"{_e(primary)}<br/><font size={secondary_size} color='{_MUTED_HEX}'>"
            f"{_e(secondary)}</font>")


# ---- styles -----------------------------------------------------------------------------

def _style(name: str, size: float, leading: float, *, font: str = REGULAR,
           color: colors.Color = INK, align: int = TA_LEFT, **kw: object) -> ParagraphStyle:
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading,
                          textColor=color, alignment=align, **kw)


@dataclass(frozen=True)
class _Styles:
    issuer: ParagraphStyle
    service: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    meta: ParagraphStyle
    intro: ParagraphStyle
    intro_other: ParagraphStyle
    band: ParagraphStyle
    label: ParagraphStyle
    value: ParagraphStyle
    free: ParagraphStyle
    free_other: ParagraphStyle
    note_head: ParagraphStyle
    note: ParagraphStyle
    small: ParagraphStyle
    mono: ParagraphStyle


def _a4_styles() -> _Styles:
    return _Styles(
        issuer=_style("issuer", 8.5, 11, font=BOLD, color=ACCENT, align=TA_CENTER),
        service=_style("service", 7.5, 9.5, color=MUTED, align=TA_CENTER),
        title=_style("title", 14, 18, font=BOLD, align=TA_CENTER),
        subtitle=_style("subtitle", 10.5, 13.5, color=MUTED, align=TA_CENTER),
        meta=_style("meta", 10, 13, align=TA_CENTER),
        intro=_style("intro", 10.5, 14),
        intro_other=_style("intro_other", 8.5, 11, color=MUTED),
        band=_style("band", 9.5, 12, font=BOLD, color=ACCENT),
        label=_style("label", 8.5, 11),
        value=_style("value", 9.5, 12.5),
        free=_style("free", 10, 13, leftIndent=_CELL_PAD, rightIndent=_CELL_PAD),
        free_other=_style("free_other", 8.5, 11, color=MUTED, leftIndent=_CELL_PAD,
                          rightIndent=_CELL_PAD),
        note_head=_style("note_head", 9, 12, font=BOLD),
        note=_style("note", 8.5, 11, leftIndent=9, bulletIndent=0),
        small=_style("small", 7.5, 9.5, color=MUTED),
        mono=_style("mono", 7.5, 9.5, font=MONO, color=INK),
    )


def _slip_styles() -> _Styles:
    return _Styles(
        issuer=_style("s_issuer", 7, 9, font=BOLD, color=INK, align=TA_CENTER),
        service=_style("s_service", 6.5, 8, color=MUTED, align=TA_CENTER),
        title=_style("s_title", 10, 12.5, font=BOLD, align=TA_CENTER),
        subtitle=_style("s_subtitle", 8, 10, color=MUTED, align=TA_CENTER),
        meta=_style("s_meta", 8, 10, align=TA_CENTER),
        intro=_style("s_intro", 8, 10),
        intro_other=_style("s_intro_other", 7, 9, color=MUTED),
        band=_style("s_band", 7.5, 9.5, font=BOLD),
        label=_style("s_label", 6.5, 8, color=MUTED),
        value=_style("s_value", 9.5, 11.5, font=BOLD),
        free=_style("s_free", 8, 10),
        free_other=_style("s_free_other", 7, 9, color=MUTED),
        note_head=_style("s_note_head", 7, 9, font=BOLD, align=TA_CENTER),
        note=_style("s_note", 6.5, 8, align=TA_CENTER),
        small=_style("s_small", 6.5, 8, color=MUTED, align=TA_CENTER),
        mono=_style("s_mono", 6.5, 8, font=MONO, align=TA_CENTER),
    )


# ---- the QR code ------------------------------------------------------------------------

@lru_cache(maxsize=32)
def qr_matrix(text: str) -> tuple[tuple[bool, ...], ...]:
    """The modules of the QR code of ``text`` (error correction M, 4-module quiet zone).

    Cached: a document's A4 page and its slip encode the same address.
    """
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=4)
    code.add_data(text)
    code.make(fit=True)
    return tuple(tuple(row) for row in code.get_matrix())


class QrFlowable(Flowable):
    """A vector QR code (quiet zone included), drawn as merged horizontal runs."""

    def __init__(self, text: str, size: float, align: str = "LEFT") -> None:
        super().__init__()
        self.matrix = qr_matrix(text)
        self.size = size
        self.width = self.height = size
        self.hAlign = align

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        canvas = self.canv
        n = len(self.matrix)
        cell = self.size / n
        canvas.saveState()
        canvas.setFillColor(colors.white)
        canvas.rect(0, 0, self.size, self.size, stroke=0, fill=1)
        canvas.setFillColor(colors.black)
        path = canvas.beginPath()
        for row_index, row in enumerate(self.matrix):
            y = self.size - (row_index + 1) * cell
            col = 0
            while col < n:
                if row[col]:
                    start = col
                    while col < n and row[col]:
                        col += 1
                    path.rect(start * cell, y, (col - start) * cell, cell)
                else:
                    col += 1
        canvas.drawPath(path, stroke=0, fill=1)
        canvas.restoreState()


# ---- what each document shows -----------------------------------------------------------

@dataclass(frozen=True)
class Row:
    """One labelled value: ``label`` is a caption key; ``other`` the value's second language."""

    label: str
    value: str
    other: str | None = None
    bold: bool = False
    wide: bool = False  # takes a whole line of the section (long names, categories)


@dataclass(frozen=True)
class Section:
    """A titled group of rows; ``text`` (primary, other language) is free text under the title
    that may run over pages, such as the reason of a refusal."""

    heading: str  # caption key
    rows: tuple[Row, ...]
    text: tuple[str, str] | None = None


APPLICANT, CHILD = "applicant", "child"


@dataclass(frozen=True)
class Layout:
    """What a document shows: the two persons side by side (in this order), then sections."""

    persons: tuple[str, str]
    sections: tuple[Section, ...]


_NOTES: dict[DocType, tuple[str, ...]] = {
    DocType.REGISTRATION: ("note.interest", "note.notification"),
    DocType.ACCEPTANCE: ("note.notification",),
    DocType.BOOK_ENTRY: ("note.interest",),
    DocType.CHILD_CARD: ("note.interest", "note.notification"),
    DocType.REFERRAL: ("note.referral_5_days", "note.referral_twice", "note.referral_extend"),
    DocType.SANATORIUM_REFERRAL: ("note.referral_5_days", "note.referral_twice",
                                  "note.referral_extend"),
    DocType.COMPLETION: ("note.enrolled",),
    DocType.INTEREST_CONFIRMED: ("note.interest",),
    DocType.REFUSAL: ("note.refusal_appeal",),
}

def notes_for(data: DocumentData) -> tuple[str, ...]:
    """Caption keys of the notes printed under the data."""
    notes = _NOTES[data.doc_type]
    if data.doc_type in (DocType.REFERRAL, DocType.SANATORIUM_REFERRAL) and data.category:
        notes += ("note.benefit_documents",)
    return notes


def _bi(key: str, lang: Language) -> tuple[str, str]:
    return both(key, lang)


def person_rows(person: PersonData) -> tuple[Row, ...]:
    return (Row("label.full_name", person.full_name, bold=True),
            Row("label.iin", person.iin),
            Row("label.birth_date", fmt_date(person.birth_date)))


def _category_row(data: DocumentData, lang: Language) -> Row:
    if data.category is None:
        primary, other = _bi("value.no_benefit", lang)
    else:
        primary, other = data.category(lang), data.category(lang.other)
    return Row("label.category", primary, other, wide=True)


def _application_section(data: DocumentData, lang: Language, *, queue: bool = True,
                         extra: Sequence[Row] = ()) -> Section:
    """The application's data; ``queue=False`` (referral, completion, refusal) leaves out the
    queue type, state and queue numbers that the document's own title supersedes."""
    rows = [Row("label.application_number", data.application_number, bold=True)]
    if data.registered_at is not None:
        rows.append(Row("label.registered_at", fmt_datetime(data.registered_at)))
    if queue:
        queue_key = "value.queue.sanatorium" if data.queue_type is QueueType.SANATORIUM \
            else "value.queue.ordinary"
        rows.append(Row("label.queue_type", *_bi(queue_key, lang)))
        rows.append(Row("label.status", *_bi("value.status.queued", lang)))
        if data.queue_number is not None:
            rows.append(Row("label.queue_number", str(data.queue_number), bold=True))
        if data.queue_number_in_category is not None:
            rows.append(Row("label.queue_number_in_category",
                            str(data.queue_number_in_category)))
    if data.service_centre:
        rows.append(Row("label.service_centre", data.service_centre))
    rows.extend(extra)
    rows.append(_category_row(data, lang))
    return Section("section.application", tuple(rows))


def _kindergarten_rows(data: DocumentData, lang: Language) -> tuple[Row, ...]:
    kg = data.kindergarten
    assert kg is not None
    label = "section.sanatorium" if data.doc_type is DocType.SANATORIUM_REFERRAL \
        else "section.kindergarten"
    return (Row(label, kg.name(lang), kg.name(lang.other), bold=True, wide=True),
            Row("label.kg_address", kg.address, wide=True))


def _until(value: date, lang: Language) -> tuple[str, str]:
    return both("value.until", lang, date=fmt_date(value))


def layout_for(data: DocumentData) -> Layout:
    """What the document shows, in print order."""
    lang = data.language
    issued = fmt_datetime(data.issued_at)
    kind = data.doc_type
    applicant_first = (APPLICANT, CHILD)
    child_first = (CHILD, APPLICANT)
    if kind is DocType.REGISTRATION:
        return Layout(applicant_first, (_application_section(data, lang),))
    if kind is DocType.ACCEPTANCE:
        documents = [_bi("value.doc.application", lang)]
        if data.category is not None:
            documents.append(_bi("value.doc.benefit", lang))
        accepted = (Row("label.accepted_at", issued),
                    Row("label.accepted_documents", "; ".join(d[0] for d in documents),
                        "; ".join(d[1] for d in documents), wide=True))
        return Layout(applicant_first, (_application_section(data, lang, extra=accepted),))
    if kind is DocType.BOOK_ENTRY:
        entered = fmt_datetime(data.registered_at or data.issued_at)
        return Layout(child_first, (_application_section(
            data, lang, extra=(Row("label.book_entry_date", entered),)),))
    if kind is DocType.CHILD_CARD:
        return Layout(child_first, (_application_section(data, lang),))
    if kind in (DocType.REFERRAL, DocType.SANATORIUM_REFERRAL):
        assert data.valid_until is not None
        referral = Section("section.referral", (
            *_kindergarten_rows(data, lang),
            Row("label.referral_date", issued),
            Row("label.valid_until", *_until(data.valid_until, lang), bold=True)))
        return Layout(child_first, (_application_section(data, lang, queue=False), referral))
    if kind is DocType.COMPLETION:
        result = Section("section.result", (
            Row("label.result", *_bi("value.enrolled", lang), bold=True, wide=True),
            *_kindergarten_rows(data, lang),
            Row("label.completed_at", issued)))
        return Layout(child_first, (_application_section(data, lang, queue=False), result))
    if kind is DocType.INTEREST_CONFIRMED:
        rows = [Row("label.confirmed_at", issued, bold=True)]
        if data.valid_until is not None:
            rows.append(Row("label.next_confirmation", *_until(data.valid_until, lang)))
        return Layout(applicant_first, (_application_section(data, lang),
                                        Section("section.confirmation", tuple(rows))))
    reason = data.refusal_reason
    assert reason is not None
    refusal = Section("section.refusal", (Row("label.refused_at", issued),),
                      text=(reason(lang), reason(lang.other)))
    return Layout(applicant_first, (_application_section(data, lang, queue=False), refusal))


# ---- A4 ---------------------------------------------------------------------------------

def _header(data: DocumentData, st: _Styles, width: float) -> list[Flowable]:
    lang = data.language
    issuer = "  ·  ".join(both("issuer", lang)).upper()
    service_primary = caption("service", lang)
    title, subtitle = both(f"title.{data.doc_type.value}", lang)
    rule = Table([[""]], colWidths=[width], rowHeights=[2.2])
    rule.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, -1), 1.2, ACCENT),
                              ("LINEBELOW", (0, 0), (-1, -1), 0.4, ACCENT)]))
    meta = (f"<font name='{BOLD}'>№ {_e(data.application_number)}</font>"
            f"&nbsp;&nbsp;&nbsp;·&nbsp;&nbsp;&nbsp;{_e(fmt_datetime(data.issued_at))}")
    return [
        Paragraph(_e(issuer), st.issuer),
        Spacer(0, 1.5),
        Paragraph(_e(service_primary), st.service),
        Spacer(0, 2.5 * mm),
        rule,
        Spacer(0, 4.5 * mm),
        Paragraph(_e(title.upper()), st.title),
        Spacer(0, 1),
        Paragraph(_e(subtitle), st.subtitle),
        Spacer(0, 2 * mm),
        Paragraph(meta, st.meta),
        Spacer(0, 4 * mm),
    ]


_LABEL_OTHER_SIZE = 7.0


def _label_markup(key: str, lang: Language, st: _Styles, width: float) -> str:
    """Both wordings of a label: on one line when they fit, else the other one under it."""
    label, label_other = both(key, lang)
    one_line = stringWidth(f"{label} / ", REGULAR, st.label.fontSize) + stringWidth(
        label_other, REGULAR, _LABEL_OTHER_SIZE)
    if one_line <= width - 2 * _CELL_PAD:
        return (f"{_e(label)}<font size={_LABEL_OTHER_SIZE} color='{_MUTED_HEX}'> / "
                f"{_e(label_other)}</font>")
    return _pair(label, label_other, _LABEL_OTHER_SIZE)


def _label_cell(row: Row, lang: Language, st: _Styles, width: float) -> Paragraph:
    return Paragraph(_label_markup(row.label, lang, st, width), st.label)


def _value_cell(row: Row, st: _Styles) -> Paragraph:
    value = _e(row.value)
    if row.bold:
        value = f"<font name='{BOLD}'>{value}</font>"
    if row.other and row.other != row.value:
        value += f"<br/><font size=7.5 color='{_MUTED_HEX}'>{_e(row.other)}</font>"
    return Paragraph(value, st.value)


def _band(key: str, lang: Language, st: _Styles) -> Paragraph:
    heading, heading_other = both(key, lang)
    return Paragraph(f"{_e(heading)}<font name='{REGULAR}' color='{_MUTED_HEX}'>"
                     f"&nbsp;&nbsp;/&nbsp;&nbsp;{_e(heading_other)}</font>", st.band)


def _table_style(*extra: tuple[object, ...], band_row: bool = True) -> TableStyle:
    commands: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), _CELL_PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), _CELL_PAD),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LINEBELOW", (0, 1 if band_row else 0), (-1, -1), 0.4, LINE),
    ]
    if band_row:
        commands += [("BACKGROUND", (0, 0), (-1, 0), BAND),
                     ("LINEABOVE", (0, 0), (-1, 0), 0.6, ACCENT),
                     ("TOPPADDING", (0, 0), (-1, 0), 3.5),
                     ("BOTTOMPADDING", (0, 0), (-1, 0), 3)]
    return TableStyle([*commands, *extra])


def _grid(rows: Sequence[Row]) -> list[tuple[Row, Row | None]]:
    """Pairs of short rows side by side; a wide row (or a lone short one) takes a full line."""
    lines: list[tuple[Row, Row | None]] = []
    pending: Row | None = None
    for row in rows:
        if row.wide:
            if pending is not None:
                lines.append((pending, None))
                pending = None
            lines.append((row, None))
        elif pending is None:
            pending = row
        else:
            lines.append((pending, row))
            pending = None
    if pending is not None:
        lines.append((pending, None))
    return lines


def _section_flowables(section: Section, lang: Language, st: _Styles,
                       width: float) -> list[Flowable]:
    """The section's title band, its free text (which may split over pages), its rows."""
    # label, value, label, value: the second label column is the wider one, for the long
    # labels that stand there («Номер очереди по льготной категории»)
    widths = [0.2 * width, 0.3 * width, 0.26 * width, 0.24 * width]
    band_only = section.text is not None
    cells: list[list[object]] = [] if band_only else [[_band(section.heading, lang, st),
                                                        "", "", ""]]
    spans: list[tuple[object, ...]] = [] if band_only else [("SPAN", (0, 0), (-1, 0))]
    for left, right in _grid(section.rows):
        index = len(cells)
        if right is None:
            cells.append([_label_cell(left, lang, st, widths[0]), _value_cell(left, st), "", ""])
            spans.append(("SPAN", (1, index), (3, index)))
        else:
            cells.append([_label_cell(left, lang, st, widths[0]), _value_cell(left, st),
                          _label_cell(right, lang, st, widths[2]), _value_cell(right, st)])
    out: list[Flowable] = []
    if section.text is not None:
        band = Table([[_band(section.heading, lang, st)]], colWidths=[width])
        band.setStyle(_table_style())
        primary, other = section.text
        out += [band, Spacer(0, 3),
                Paragraph(f"<font name='{BOLD}'>{_e(primary)}</font>", st.free),
                Spacer(0, 1.5)]
        if other != primary:
            out.append(Paragraph(_e(other), st.free_other))
        out.append(Spacer(0, 3))
    if cells:
        table = Table(cells, colWidths=widths, repeatRows=0 if band_only else 1)
        table.setStyle(_table_style(*spans, band_row=not band_only))
        out.append(table)
    return out


def _persons_table(data: DocumentData, order: tuple[str, str], st: _Styles,
                   width: float) -> Table:
    """Applicant and child side by side: one column each, a row per certified field."""
    lang = data.language
    persons = {APPLICANT: data.applicant, CHILD: data.child}
    headings = {APPLICANT: "label.applicant", CHILD: "label.child"}
    label_w = 0.2 * width  # as the sections below
    person_w = (width - label_w) / 2
    cells: list[list[object]] = [["", *(_band(headings[who], lang, st) for who in order)]]
    rows = [person_rows(persons[who]) for who in order]
    for first, second in zip(*rows):
        cells.append([_label_cell(first, lang, st, label_w), _value_cell(first, st),
                      _value_cell(second, st)])
    table = Table(cells, colWidths=[label_w, person_w, person_w])
    table.setStyle(_table_style(("LINEBEFORE", (2, 0), (2, -1), 0.4, LINE)))
    return table


def _notes(data: DocumentData, st: _Styles) -> list[Flowable]:
    lang = data.language
    keys = notes_for(data)
    head, head_other = both("section.notes", lang)
    out: list[Flowable] = [Paragraph(
        f"{_e(head)}<font name='{REGULAR}' color='{_MUTED_HEX}'>&nbsp;&nbsp;/&nbsp;&nbsp;"
        f"{_e(head_other)}</font>", st.note_head), Spacer(0, 2)]
    for key in keys:
        out.append(Paragraph(_e(caption(key, lang)), st.note, bulletText="•"))
        out.append(Spacer(0, 2))
    return [KeepTogether(out)]


def _verify_block(data: DocumentData, st: _Styles, width: float) -> Flowable:
    lang = data.language
    head, head_other = both("section.verify", lang)
    id_label = caption("label.document_id", lang)
    sum_label = caption("label.checksum", lang)
    digest = certified_digest(data)
    grouped = " ".join(digest[i:i + 8] for i in range(0, 64, 8))
    info = [
        Paragraph(f"{_e(head)}<font name='{REGULAR}' color='{_MUTED_HEX}'>&nbsp;&nbsp;/&nbsp;&nbsp;"
                  f"{_e(head_other)}</font>", st.note_head),
        Spacer(0, 2),
        Paragraph(_e(caption("text.verify", lang)), st.intro_other),
        Spacer(0, 1),
        Paragraph(_e(data.verify_url), st.mono),
        Spacer(0, 4),
        Paragraph(f"{_e(id_label)}: <font name='{MONO}' color='#1b1f24'>"
                  f"{_e(data.document_id)}</font>", st.small),
        Spacer(0, 1),
        Paragraph(f"{_e(sum_label)} (SHA-256):<br/><font name='{MONO}' color='#1b1f24'>"
                  f"{grouped}</font>", st.small),
    ]
    table = Table([[QrFlowable(data.verify_url, QR_SIZE), info]],
                  colWidths=[QR_SIZE + 6 * mm, width - QR_SIZE - 6 * mm])
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (0, 0), 0),
        ("LEFTPADDING", (1, 0), (1, 0), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ("LINEABOVE", (0, 0), (-1, 0), 0.6, ACCENT),
    ]))
    return KeepTogether([table])


def _a4_story(data: DocumentData, width: float) -> list[Flowable]:
    st = _a4_styles()
    lang = data.language
    story = _header(data, st, width)
    intro, intro_other = both(f"intro.{data.doc_type.value}", lang)
    story += [Paragraph(_e(intro), st.intro), Spacer(0, 1.5),
              Paragraph(_e(intro_other), st.intro_other), Spacer(0, 3.5 * mm)]
    layout = layout_for(data)
    story += [_persons_table(data, layout.persons, st, width), Spacer(0, 3 * mm)]
    for section in layout.sections:
        story += [*_section_flowables(section, lang, st, width), Spacer(0, 3 * mm)]
    story += _notes(data, st)
    story += [Spacer(0, 2 * mm), _verify_block(data, st, width)]
    return story


def _metadata(data: DocumentData) -> dict[str, object]:
    title, _ = both(f"title.{data.doc_type.value}", data.language)
    return {
        "title": f"{title} — {data.application_number}",
        "author": caption("issuer", data.language),
        "subject": data.application_number,
        "keywords": embedded_keywords(data),
        "creator": PRODUCER,
        "producer": PRODUCER,
        "invariant": 1,
        "lang": "kk-KZ" if data.language is Language.KK else "ru-RU",
    }


def _pdf_date(value: datetime) -> Callable[..., str]:
    offset = value.utcoffset()
    if offset is None:
        zone = ""
    else:
        minutes = int(offset.total_seconds()) // 60
        sign = "+" if minutes >= 0 else "-"
        zone = f"{sign}{abs(minutes) // 60:02d}'{abs(minutes) % 60:02d}'"
    stamp = value.strftime("D:%Y%m%d%H%M%S") + zone
    return lambda *_: stamp


def _footer_painter(data: DocumentData) -> Callable[[Canvas, BaseDocTemplate], None]:
    lang = data.language
    electronic, electronic_other = both("text.electronic", lang)

    def paint(canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.saveState()
        canvas.setDateFormatter(_pdf_date(data.issued_at))
        width, _ = doc.pagesize
        y = PAGE_MARGIN_BOTTOM - 9 * mm
        canvas.setStrokeColor(LINE)
        canvas.setLineWidth(0.5)
        canvas.line(PAGE_MARGIN_X, y + 9, width - PAGE_MARGIN_X, y + 9)
        canvas.setFillColor(MUTED)
        canvas.setFont(REGULAR, 7)
        canvas.drawString(PAGE_MARGIN_X, y, electronic)
        canvas.drawString(PAGE_MARGIN_X, y - 9, electronic_other)
        page = caption("text.page", lang, page=canvas.getPageNumber())
        canvas.drawRightString(width - PAGE_MARGIN_X, y, data.application_number)
        canvas.drawRightString(width - PAGE_MARGIN_X, y - 9, page)
        canvas.restoreState()

    return paint


def render(data: DocumentData) -> bytes:
    """The A4 PDF of a document: deterministic for the same data."""
    register_fonts()
    buffer = io.BytesIO()
    doc = BaseDocTemplate(buffer, pagesize=A4, leftMargin=PAGE_MARGIN_X,
                          rightMargin=PAGE_MARGIN_X, topMargin=PAGE_MARGIN_TOP,
                          bottomMargin=PAGE_MARGIN_BOTTOM, **_metadata(data))
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame],
                                       onPageEnd=_footer_painter(data))])
    doc.build(_a4_story(data, doc.width))
    return buffer.getvalue()


# ---- the receipt slip (80 mm) -----------------------------------------------------------

_QUEUE_DOCUMENTS = (DocType.REGISTRATION, DocType.ACCEPTANCE, DocType.BOOK_ENTRY,
                    DocType.CHILD_CARD, DocType.INTEREST_CONFIRMED)


def _slip_rows(data: DocumentData) -> list[Row]:
    kind, lang = data.doc_type, data.language
    rows = [Row("label.application_number", data.application_number),
            Row("label.issued_at", fmt_datetime(data.issued_at)),
            Row("label.child", data.child.full_name),
            Row("label.iin", data.child.iin)]
    if kind in _QUEUE_DOCUMENTS and data.queue_number is not None:
        rows.append(Row("label.queue_number", str(data.queue_number)))
    if data.kindergarten is not None and kind is not DocType.REFUSAL:
        rows.extend(row for row in _kindergarten_rows(data, lang) if row.label != "label.kg_address")
    if data.valid_until is not None and kind in (DocType.REFERRAL, DocType.SANATORIUM_REFERRAL):
        rows.append(Row("label.valid_until", _until(data.valid_until, lang)[0]))
    if data.valid_until is not None and kind is DocType.INTEREST_CONFIRMED:
        rows.append(Row("label.next_confirmation", _until(data.valid_until, lang)[0]))
    if data.refusal_reason is not None and kind is DocType.REFUSAL:
        rows.append(Row("section.refusal", data.refusal_reason(lang)))
    return rows


def _slip_story(data: DocumentData, width: float) -> list[Flowable]:
    st = _slip_styles()
    lang = data.language
    title, subtitle = both(f"title.{data.doc_type.value}", lang)
    dashed = Table([[""]], colWidths=[width], rowHeights=[1])
    dashed.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, -1), 0.6, INK, None, (2, 2))]))
    story: list[Flowable] = [
        Paragraph(_e(caption("issuer", lang).upper()), st.issuer),
        Paragraph(_e(caption("issuer", lang.other)), st.service),
        Spacer(0, 2 * mm), dashed, Spacer(0, 2 * mm),
        Paragraph(_e(title), st.title),
        Paragraph(_e(subtitle), st.subtitle),
        Spacer(0, 2.5 * mm),
    ]
    for row in _slip_rows(data):
        label, label_other = both(row.label, lang)
        story += [Paragraph(f"{_e(label)} / {_e(label_other)}", st.label),
                  Paragraph(_e(row.value), st.value), Spacer(0, 1.6 * mm)]
    text, text_other = both("text.verify", lang)
    story += [
        Spacer(0, 1 * mm), dashed, Spacer(0, 2 * mm),
        QrFlowable(data.verify_url, SLIP_QR_SIZE, align="CENTER"),
        Spacer(0, 1.5 * mm),
        Paragraph(_e(text), st.note),
        Paragraph(_e(text_other), st.small),
        Spacer(0, 1 * mm),
        Paragraph(_e(data.verify_url), st.mono),
        Spacer(0, 2.5 * mm),
        Paragraph(" / ".join(both("text.keep_slip", lang)), st.note_head),
    ]
    return story


def _height_of(story: Sequence[Flowable], width: float) -> float:
    total = 0.0
    for flowable in story:
        _, height = flowable.wrap(width, 10_000)
        total += height + flowable.getSpaceBefore() + flowable.getSpaceAfter()
    return total


def render_slip(data: DocumentData) -> bytes:
    """An 80 mm receipt-printer slip: number, date, child, QR code; height fits the content."""
    register_fonts()
    width = SLIP_WIDTH - 2 * SLIP_MARGIN
    height = _height_of(_slip_story(data, width), width) + 2 * SLIP_MARGIN + 4 * mm
    buffer = io.BytesIO()
    doc = BaseDocTemplate(buffer, pagesize=(SLIP_WIDTH, height), leftMargin=SLIP_MARGIN,
                          rightMargin=SLIP_MARGIN, topMargin=SLIP_MARGIN,
                          bottomMargin=SLIP_MARGIN, **_metadata(data))
    frame = Frame(SLIP_MARGIN, SLIP_MARGIN, width, height - 2 * SLIP_MARGIN, id="slip",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)

    def stamp(canvas: Canvas, _doc: BaseDocTemplate) -> None:
        canvas.setDateFormatter(_pdf_date(data.issued_at))

    doc.addPageTemplates([PageTemplate(id="slip", frames=[frame], onPage=stamp)])
    doc.build(_slip_story(data, width))
    return buffer.getvalue()
