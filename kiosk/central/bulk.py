"""Writing many rows in the current transaction: COPY and ``unnest`` on PostgreSQL,
``executemany`` on SQLite (in-process, already fast there).

Used by the allocation, which writes tens of thousands of rows in one run; values are
plain Python (aware datetimes are stored as naive UTC, like
:class:`~kiosk.store.columns.UtcDateTime`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime, timezone
from typing import Any

from sqlalchemy import Table, bindparam, insert, text, update
from sqlalchemy.orm import Session

from kiosk.store.columns import UtcDateTime


def _plain(value: Any) -> Any:
    if isinstance(value, datetime) and value.tzinfo is not None:
        return value.astimezone(timezone.utc).replace(tzinfo=None)
    return value


def is_postgres(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def insert_rows(session: Session, table: Table, columns: Sequence[str],
                rows: Sequence[Sequence[Any]]) -> None:
    """Insert ``rows`` (tuples of values in ``columns`` order) into ``table``."""
    if not rows:
        return
    if not is_postgres(session):
        session.execute(insert(table), [dict(zip(columns, row)) for row in rows])
        return
    moments = [n for n, c in enumerate(columns) if isinstance(table.c[c].type, UtcDateTime)]
    raw = session.connection().connection.driver_connection
    assert raw is not None
    with raw.cursor() as cursor:
        statement = f"COPY {table.name} ({', '.join(columns)}) FROM STDIN"
        with cursor.copy(statement) as copy:  # type: ignore[attr-defined]
            if not moments:
                for row in rows:
                    copy.write_row(row)
                return
            for row in rows:
                values = list(row)
                for n in moments:
                    values[n] = _plain(values[n])
                copy.write_row(values)


def update_rows(session: Session, table: Table, rows: Sequence[Mapping[str, Any]], *,
                key: str, set_from: Mapping[str, str] = {}, match: Mapping[str, str] = {},
                constant: Mapping[str, Any] = {}, where: Mapping[str, Any] = {},
                increment: Sequence[str] = (), pg_types: Mapping[str, str]) -> int:
    """Update one row of ``table`` per item of ``rows`` and return how many were updated.

    The row is the one whose ``key`` column equals the item's ``key`` and whose ``match``
    columns equal the item's values (column → item key) and whose ``where`` columns hold the
    given constants; it gets ``set_from`` (column → item key), the ``constant`` values, and
    each ``increment`` column plus one. ``pg_types`` gives each item key's PostgreSQL type.
    """
    if not rows:
        return 0
    keys = [key, *set_from.values(), *match.values()]
    keys = list(dict.fromkeys(keys))
    if not is_postgres(session):
        column = table.c
        statement = (update(table)
                     .where(column[key] == bindparam(f"b_{key}"),
                            *(column[c] == bindparam(f"b_{k}") for c, k in match.items()),
                            *(column[c] == v for c, v in where.items()))
                     .values({**{c: bindparam(f"b_{k}") for c, k in set_from.items()},
                              **constant, **{c: column[c] + 1 for c in increment}}))
        params = [{f"b_{k}": r[k] for k in keys} for r in rows]
        result = session.execute(statement, params,
                                 execution_options={"synchronize_session": False})
        return int(result.rowcount)
    params: dict[str, Any] = {f"a_{k}": [_plain(r[k]) for r in rows] for k in keys}
    unnest = ", ".join(f"CAST(:a_{k} AS {pg_types[k]}[])" for k in keys)
    sets = [f"{c} = v.{k}" for c, k in set_from.items()]
    sets += [f"{c} = t.{c} + 1" for c in increment]
    for n, (name, value) in enumerate(constant.items()):
        sets.append(f"{name} = :c_{n}")
        params[f"c_{n}"] = _plain(value)
    # ``= ANY`` gives the planner an index condition (else it may hash-join a full scan)
    conditions = [f"t.{key} = ANY(CAST(:a_{key} AS {pg_types[key]}[]))",
                  f"t.{key} = v.{key}", *(f"t.{c} = v.{k}" for c, k in match.items())]
    for n, (name, value) in enumerate(where.items()):
        conditions.append(f"t.{name} = :w_{n}")
        params[f"w_{n}"] = _plain(value)
    sql = (f"UPDATE {table.name} AS t SET {', '.join(sets)} "
           f"FROM unnest({unnest}) AS v({', '.join(keys)}) WHERE {' AND '.join(conditions)}")
    result = session.execute(text(sql), params)
    return int(result.rowcount)


def insert_for_ids(session: Session, table: Table, id_column: str, ids: Sequence[int],
                   values: Mapping[str, Any]) -> None:
    """Insert one row per id: ``id_column`` = the id, the other columns ``values``."""
    if not ids:
        return
    if not is_postgres(session):
        session.execute(insert(table), [{id_column: i, **values} for i in ids])
        return
    columns = list(values)
    params: dict[str, Any] = {f"v_{n}": _plain(values[c]) for n, c in enumerate(columns)}
    params["ids"] = list(ids)
    selected = ", ".join(f":v_{n}" for n in range(len(columns)))
    session.execute(text(
        f"INSERT INTO {table.name} ({id_column}, {', '.join(columns)}) "
        f"SELECT id, {selected} FROM unnest(CAST(:ids AS integer[])) AS id"), params)
