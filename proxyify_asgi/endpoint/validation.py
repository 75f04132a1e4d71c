"""Small checks on request bodies; every failure is a 400 that names the field."""

from __future__ import annotations

from typing import Any

from proxyify_asgi.errors import InvalidRequest


def require_object(body: Any) -> dict[str, Any]:
    """The body must be a JSON object."""
    if not isinstance(body, dict):
        raise InvalidRequest("Request body must be a JSON object.")
    return body


def field_error(name: str, expected: str) -> InvalidRequest:
    """A 400 for field ``name`` that says what was expected."""
    return InvalidRequest(f"Invalid '{name}': expected {expected}.", metadata={"field": name})


def optional_type(body: dict[str, Any], name: str, types: type | tuple[type, ...], expected: str) -> Any:
    """``body[name]`` if absent/None or of ``types`` (bools are not numbers), else a 400."""
    value = body.get(name)
    if value is None:
        return None
    if isinstance(value, bool) and bool not in (types if isinstance(types, tuple) else (types,)):
        raise field_error(name, expected)
    if not isinstance(value, types):
        raise field_error(name, expected)
    return value


def optional_number(body: dict[str, Any], name: str, low: float, high: float) -> None:
    """``body[name]``, if present, is a number within ``[low, high]``."""
    value = optional_type(body, name, (int, float), f"a number from {low:g} to {high:g}")
    if value is not None and not (low <= value <= high):
        raise field_error(name, f"a number from {low:g} to {high:g}")


def optional_positive_int(body: dict[str, Any], name: str) -> None:
    """``body[name]``, if present, is a positive integer."""
    value = optional_type(body, name, int, "a positive integer")
    if value is not None and value <= 0:
        raise field_error(name, "a positive integer")


def required_string(body: dict[str, Any], name: str) -> str:
    """``body[name]`` is a non-empty string."""
    value = body.get(name)
    if not isinstance(value, str) or not value.strip():
        raise field_error(name, "a non-empty string")
    return value
