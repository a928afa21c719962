"""The frame shared by the signed requests of citizens (:mod:`kiosk.central.protocol`) and of
kindergarten staff (:mod:`kiosk.central.staff`).

Both are one XML element in their own namespace, signed as a whole (enveloped XML-DSig)::

    <TAG xmlns="NAMESPACE" version="1" id="KEY" action="ACTION" created="TIME" …>
      <ACTION>one element per payload field, in the dataclass's order</ACTION>
      <ds:Signature>…</ds:Signature>
    </TAG>

This module writes and reads that frame (the root's attributes, the one payload element, a
field's text) and names what is malformed (:class:`ProtocolError`); the payloads, and the
fields a module writes or reads its own way (a citizen's attachments), are the two modules'.
"""

from __future__ import annotations

import dataclasses
import enum
import re
import types
import typing
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from datetime import date, datetime
from typing import Any, TypeVar, Union

from lxml import etree

from kiosk.central.errors import CentralError, ErrorCode

DSIG_NS = "http://www.w3.org/2000/09/xmldsig#"
VERSION = "1"
REQUEST_KEY = re.compile(r"[A-Za-z0-9_-]{16,64}")
"""A request's idempotency key (its ``id``)."""

ActionT = TypeVar("ActionT", bound=enum.Enum)
FieldWriter = Callable[[etree._Element, Any], None]
"""Writes one field's value into the payload element (for a field not written as text)."""


class ProtocolError(ValueError):
    """A document that is not a well-formed request; ``field`` names what is wrong."""

    code = "request_malformed"

    def __init__(self, field_name: str, problem: str) -> None:
        super().__init__(f"{field_name}: {problem}")
        self.field = field_name
        self.problem = problem


@contextmanager
def refused_if_malformed() -> Iterator[None]:
    """Inside, a :class:`ProtocolError` becomes the service's refusal ``request_malformed``
    (with its ``field`` and ``problem``)."""
    try:
        yield
    except ProtocolError as exc:
        raise CentralError(ErrorCode.REQUEST_MALFORMED, field=exc.field,
                           problem=exc.problem) from None


def check_key_and_time(key: str, created: datetime) -> None:
    """A draft's own check of its key and signing time (ValueError when wrong)."""
    if not REQUEST_KEY.fullmatch(key):
        raise ValueError("the request key must be 16–64 of A–Z a–z 0–9 - _")
    if created.tzinfo is None or created.utcoffset() is None:
        raise ValueError("created must be a time-zone aware datetime")


def qualified(namespace: str, name: str) -> str:
    """The Clark name ``{namespace}name`` of an element."""
    return f"{{{namespace}}}{name}"


def payload_fields(cls: type[Any]) -> dict[str, Any]:
    """A payload dataclass's fields, in order, with their (resolved) type hints."""
    hints = typing.get_type_hints(cls)
    return {f.name: hints[f.name] for f in dataclasses.fields(cls)}


def optional_inner(hint: Any) -> Any:
    """``X`` of a hint ``X | None``; any other hint as it is."""
    if typing.get_origin(hint) in (Union, types.UnionType):
        return next(a for a in typing.get_args(hint) if a is not type(None))
    return hint


def field_text(value: Any) -> str:
    """A field's value as its element's text."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return str(value)


def envelope_to_xml(namespace: str, tag: str, *, key: str, action: str, created: datetime,
                    payload: Any, attributes: Mapping[str, str] | None = None,
                    writers: Mapping[str, FieldWriter] | None = None) -> bytes:
    """The unsigned request document (UTF-8, with an XML declaration).

    ``attributes`` are set on the root after the frame's own; each payload field is one
    element of text, absent when None or empty, except those ``writers`` write.
    """
    root = etree.Element(qualified(namespace, tag), nsmap={None: namespace})
    root.set("version", VERSION)
    root.set("id", key)
    root.set("action", action)
    root.set("created", created.isoformat())
    for name, value in (attributes or {}).items():
        root.set(name, value)
    body = etree.SubElement(root, qualified(namespace, action))
    for name in payload_fields(type(payload)):
        value = getattr(payload, name)
        if writers and name in writers:
            writers[name](body, value)
            continue
        if value is None or value == "":
            continue
        etree.SubElement(body, qualified(namespace, name)).text = field_text(value)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")


def parse_time(name: str, text: str | None, *, absent: str = "missing") -> datetime:
    """An aware ISO-8601 time, or ProtocolError ``absent`` (no text), ``not_a_time`` or
    ``no_time_zone``."""
    if not text:
        raise ProtocolError(name, absent)
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise ProtocolError(name, "not_a_time") from None
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ProtocolError(name, "no_time_zone")
    return moment


def read_envelope(root: etree._Element, namespace: str, tag: str, actions: type[ActionT], *,
                  absent_time: str = "missing") -> tuple[str, ActionT, datetime, etree._Element]:
    """The key, action, signing time and payload element of a request's (verified) root;
    ProtocolError when the frame is malformed (``absent_time``: the problem of a root
    without ``created``)."""
    if root.tag != qualified(namespace, tag):
        raise ProtocolError(tag, f"not_a_{tag}")
    if root.get("version") != VERSION:
        raise ProtocolError("version", "unsupported")
    key = root.get("id") or ""
    if not REQUEST_KEY.fullmatch(key):
        raise ProtocolError("id", "bad_key")
    try:
        action = actions(root.get("action") or "")
    except ValueError:
        raise ProtocolError("action", "unknown_action") from None
    created = parse_time("created", root.get("created"), absent=absent_time)
    bodies = [child for child in root
              if isinstance(child.tag, str) and child.tag != qualified(DSIG_NS, "Signature")]
    if len(bodies) != 1 or bodies[0].tag != qualified(namespace, action.value):
        raise ProtocolError("payload", "missing_or_extra")
    return key, action, created, bodies[0]


def parse_field(name: str, hint: Any, text: str, *, max_text: int, max_digits: int) -> Any:
    """A field's text as a value of ``hint`` (str, bool, int, date or an enum), or
    ProtocolError: longer than ``max_text``, an integer of more than ``max_digits``, …"""
    if len(text) > max_text:
        raise ProtocolError(name, "too_long")
    if hint is str:
        return text
    if hint is bool:
        if text not in ("true", "false"):
            raise ProtocolError(name, "not_a_boolean")
        return text == "true"
    if hint is int:
        if not re.fullmatch(rf"-?\d{{1,{max_digits}}}", text):
            raise ProtocolError(name, "not_an_integer")
        return int(text)
    if hint is date:
        try:
            return date.fromisoformat(text)
        except ValueError:
            raise ProtocolError(name, "not_a_date") from None
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        try:
            return hint(text)
        except ValueError:
            raise ProtocolError(name, "unknown_value") from None
    raise ProtocolError(name, "unsupported")  # pragma: no cover - a protocol bug


def check_required(cls: type[Any], values: Mapping[str, Any]) -> None:
    """ProtocolError ``missing`` for the first field of ``cls`` without a default that
    ``values`` lacks."""
    for f in dataclasses.fields(cls):
        if (f.name not in values and f.default is dataclasses.MISSING
                and f.default_factory is dataclasses.MISSING):
            raise ProtocolError(f.name, "missing")
