"""The HTTP adapter: OpenAPI, coded errors, and no 500 for anything a client can send."""

from __future__ import annotations

import socket
import string
from collections.abc import Iterator

import httpx
import pytest
from central_kit import AIGERIM, NURISLAM, ApiServer, Signer
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.central.protocol import Register
from kiosk.central.service import CentralService
from kiosk.domain.numbers import QueueType


@pytest.fixture
def client(api: ApiServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=api.url, timeout=30) as http:
        yield http


def test_openapi_describes_every_route(client: httpx.Client) -> None:
    document = client.get("/openapi.json").json()
    paths = set(document["paths"])
    assert {"/requests", "/auth/challenge", "/auth/signature", "/auth/code", "/me/applications",
            "/me/application", "/public/queue", "/public/statistics",
            "/reference/regions"} <= paths
    assert "application/xml" in document["paths"]["/requests"]["post"]["requestBody"]["content"]


def test_errors_are_coded_json(client: httpx.Client) -> None:
    cases = {
        ("GET", "/no/such/route"): (404, "not_found"),
        ("DELETE", "/requests"): (405, "method_not_allowed"),
        ("POST", "/public/queue"): (422, "bad_request"),
        ("GET", "/public/statistics?region=x"): (422, "bad_request"),
        ("POST", "/auth/code"): (422, "bad_request"),
        ("POST", "/requests"): (400, "request_malformed"),
        ("GET", "/me/applications"): (401, "auth_required"),
        ("GET", "/reference/regions/1/districts"): (404, "region_unknown"),
    }
    for (method, path), (status, code) in cases.items():
        response = client.request(method, path)
        assert (response.status_code, response.json()["code"]) == (status, code), path
        assert isinstance(response.json()["params"], dict)
    bodies = {"/public/queue": {"child_iin": "abc"}, "/auth/code": {"iin": "1"},
              "/auth/code/verify": {"iin": "900517410012", "code": "x", "extra": 1}}
    for path, body in bodies.items():
        response = client.post(path, json=body)
        assert (response.status_code, response.json()["code"]) == (422, "bad_request"), path


def test_a_replay_over_http_creates_one_application(client: httpx.Client, signer: Signer) -> None:
    document = signer.request(AIGERIM, Register(AIGERIM, NURISLAM, QueueType.ORDINARY,
                                                "351010000"))
    answers = [client.post("/requests", content=document).json() for _ in range(3)]
    assert len({a["number"] for a in answers}) == 1
    assert [a["replayed"] for a in answers] == [False, True, True]


def test_an_oversized_body_is_refused_without_reading_it(api: ApiServer) -> None:
    with socket.create_connection(("127.0.0.1", api.port), timeout=10) as raw:
        raw.sendall(b"POST /requests HTTP/1.1\r\nHost: x\r\nContent-Type: application/xml\r\n"
                    b"Content-Length: 52428800\r\n\r\n<request>")
        answer = b""
        while b"too_large" not in answer:
            chunk = raw.recv(4096)
            if not chunk:
                break
            answer += chunk
    status_line, _, rest = answer.partition(b"\r\n")
    assert status_line.split()[1] == b"413"
    assert b'"code":"request_malformed"' in rest and b"too_large" in rest


def test_an_unexpected_failure_is_a_coded_500(client: httpx.Client, service: CentralService,
                                              monkeypatch: pytest.MonkeyPatch,
                                              caplog: pytest.LogCaptureFixture) -> None:
    def broken() -> None:
        raise RuntimeError("bug")

    monkeypatch.setattr(service, "regions", broken)
    response = client.get("/reference/regions")
    assert (response.status_code, response.json()) == (500, {"code": "internal_error",
                                                             "params": {}})


_PATHS = ["/requests", "/auth/signature", "/auth/code", "/auth/code/verify", "/auth/challenge",
          "/me/applications", "/me/application", "/me/application/free-places",
          "/public/queue", "/public/statistics", "/reference/regions",
          "/reference/regions/350000000/districts", "/me/persons/900517410012",
          "/me/application/documents/1", "/reference/districts/351010000/kindergartens"]
_TEXT = st.text(alphabet=string.printable + "ҚқӘәІі\x00", max_size=40)


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(method=st.sampled_from(["GET", "POST", "PUT", "PATCH"]),
       path=st.one_of(st.sampled_from(_PATHS), _TEXT.map(lambda t: "/" + t.lstrip("/"))),
       params=st.dictionaries(st.sampled_from(["iin", "code", "number", "child_iin", "surname",
                                               "name", "birth_date", "region"]), _TEXT,
                              max_size=4),
       body=st.one_of(st.binary(max_size=300), _TEXT.map(str.encode),
                      st.sampled_from([b"<request/>", b"<?xml version='1.0'?><auth/>",
                                       b'<!DOCTYPE x [<!ENTITY a "b">]><x>&a;</x>'])),
       token=st.one_of(st.none(), _TEXT))
def test_no_request_gets_a_500(client: httpx.Client, method: str, path: str,
                               params: dict[str, str], body: bytes, token: str | None) -> None:
    headers = {} if token is None else {"authorization": f"Bearer {token}".strip()}
    try:
        response = client.request(method, path, params=params, content=body, headers=headers)
    except (httpx.InvalidURL, httpx.LocalProtocolError, UnicodeEncodeError):
        return  # the client itself refuses to send it
    assert response.status_code < 500, (method, path, response.text)
    if response.status_code >= 400:
        assert isinstance(response.json()["code"], str)
