"""HTTP routes of the queue engine, added to the app of :mod:`kiosk.central.api`.

- ``POST /staff/requests``: a kindergarten's signed request (body: the signed XML of
  :mod:`kiosk.central.staff`): publish free places, withdraw one, list them, enrol a child,
  record a departure. The signature with an organisation certificate (the kindergarten's
  BIN, an employee's role) is the staff member's authentication.
- ``GET /me/application/position?number=…``: the citizen's queue numbers and why they
  changed since the last look.
- ``GET /public/queue-statistics``: in the queue by class, referrals, by region and year.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import FastAPI, Query, Request

from kiosk.central.api import Citizen, Device, Number, _read_body, call
from kiosk.central.engine import QueueEngine
from kiosk.central.views import QueuePositionView, QueueStatisticsView, StaffResultView


def install(app: FastAPI, engine: QueueEngine) -> None:
    """Add the queue engine's routes to ``app``."""
    app.state.queue = engine

    @app.post("/staff/requests", response_model=StaffResultView, tags=["staff"],
              openapi_extra={"requestBody": {"required": True, "content": {
                  "application/xml": {"schema": {"type": "string"}}}}})
    async def staff_request(request: Request, device_id: Device) -> StaffResultView:
        """A kindergarten's request signed with a staff member's organisation EDS (body: the
        signed XML; its ``id`` is the idempotency key)."""
        body = await _read_body(request)
        return await call(engine.staff_submit, body, device_id)

    @app.get("/me/application/position", response_model=QueuePositionView, tags=["citizen"])
    async def position(number: Number, iin: Citizen) -> QueuePositionView:
        """«Номер очереди» overall and in the benefit class, with why they moved since the
        citizen last looked (reason codes the kiosk translates)."""
        return await call(engine.queue_position, iin, number)

    @app.get("/public/queue-statistics", response_model=QueueStatisticsView, tags=["public"])
    async def queue_statistics(
            _: Device,
            region: Annotated[str | None, Query(pattern=r"^\d{9}$")] = None,
            birth_year: Annotated[int | None, Query(ge=2000, le=2100)] = None,
    ) -> QueueStatisticsView:
        """In the queue by class (out-of-turn, first-priority, general) and referrals issued,
        by region and birth year."""
        return await call(engine.statistics, region, birth_year)
