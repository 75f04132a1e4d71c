"""Time rule: a key's ``active_hours`` window, in its IANA time zone.

The window is ``[start, end)`` in local wall-clock time on the listed weekdays. When ``end`` is at
or before ``start`` the window crosses midnight and belongs to the day it starts on: a Friday
``22:00``–``02:00`` window covers Saturday 01:00. Local time comes from ``zoneinfo``, so daylight
saving changes move the window with the clocks (08:00 stays 08:00 local, before and after).
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from proxyify_asgi.settings import ActiveHours

_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def _minutes(clock: str) -> int:
    hours, minutes = clock.split(":")
    return int(hours) * 60 + int(minutes)


def within_active_hours(hours: ActiveHours, now: datetime) -> bool:
    """Whether the aware instant ``now`` falls inside ``hours``."""
    local = now.astimezone(ZoneInfo(hours.tz))
    minute = local.hour * 60 + local.minute
    start, end = _minutes(hours.start), _minutes(hours.end)
    today = _WEEKDAYS[local.weekday()]
    if start < end:
        return today in hours.days and start <= minute < end
    yesterday = _WEEKDAYS[(local - timedelta(days=1)).weekday()]
    return (today in hours.days and minute >= start) or (yesterday in hours.days and minute < end)


def time_denial(hours: ActiveHours | None, now: datetime) -> str | None:
    """None if the key may be used at ``now`` (aware; naive is taken as UTC), else a reason."""
    if hours is None:
        return None
    if now.tzinfo is None:
        now = now.replace(tzinfo=timezone.utc)
    if within_active_hours(hours, now):
        return None
    return f"This key may only be used during its active hours ({hours.tz})."
