"""Screens without login: «Поиск номера очереди» and «Просмотр статистики»."""

from kiosk.ui.public.search import QueueSearchScreen
from kiosk.ui.public.statistics import StatisticsScreen

__all__ = ["QueueSearchScreen", "StatisticsScreen"]
