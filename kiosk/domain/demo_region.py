"""The demo region: Karaganda region's districts with their KATO codes and names.

One list for the embedded central's seed and the kiosk's demo Step 2, so that a district chosen
on a demo screen is the district the central knows by that code.
"""

from __future__ import annotations

DEMO_REGION = "350000000"
DEMO_DISTRICTS: tuple[tuple[str, str, str], ...] = (
    ("351010000", "Қарағанды қаласы", "город Караганда"),
    ("351610000", "Балқаш қаласы", "город Балхаш"),
    ("352210000", "Саран қаласы", "город Сарань"),
    ("352410000", "Теміртау қаласы", "город Темиртау"),
    ("352610000", "Шахтинск қаласы", "город Шахтинск"),
    ("353200000", "Абай ауданы", "Абайский район"),
    ("353400000", "Бұқар жырау ауданы", "Бухар-Жырауский район"),
    ("353600000", "Қарқаралы ауданы", "Каркаралинский район"),
    ("354400000", "Нұра ауданы", "Нуринский район"),
    ("354800000", "Осакаров ауданы", "Осакаровский район"),
    ("355200000", "Шет ауданы", "Шетский район"),
)
