"""Build frozen dataclasses from parsed TOML, checking types by the dataclasses' own annotations.

One generic walker instead of hand-written checks per table: every problem is collected with its
key path (``models[2].routes[0].provider``) and what was expected, then raised together.
"""

from __future__ import annotations

import dataclasses
import types
from decimal import Decimal, InvalidOperation
from typing import Any, Literal, TypeVar, Union, get_args, get_origin, get_type_hints

T = TypeVar("T")


class ConfigurationError(ValueError):
    """The configuration is wrong; ``problems`` lists ``(key_path, what_was_expected)`` pairs."""

    def __init__(self, source: str, problems: list[tuple[str, str]]) -> None:
        self.source = source
        self.problems = problems
        super().__init__("\n".join(self.lines()))

    def lines(self) -> list[str]:
        """One human-readable line per problem: ``file: key.path: message``."""
        return [f"{self.source}: {path or '<top>'}: {msg}" for path, msg in self.problems]


_TYPE_NAMES = {str: "a string", int: "an integer", bool: "true or false", Decimal: "a number"}


def _describe(tp: Any) -> str:
    origin = get_origin(tp)
    if tp in _TYPE_NAMES:
        return _TYPE_NAMES[tp]
    if origin is Literal:
        return "one of " + ", ".join(repr(a) for a in get_args(tp))
    if origin is tuple:
        return f"a list of {_describe(get_args(tp)[0])}s"
    if origin is dict:
        return "a table"
    if dataclasses.is_dataclass(tp):
        return "a table"
    if origin in (Union, types.UnionType):
        return " or ".join(_describe(a) for a in get_args(tp) if a is not type(None))
    return str(tp)


class _Invalid:
    """Marks a value that failed its check: its field falls back to the default (already reported)."""

    def __repr__(self) -> str:
        return "<invalid>"


_INVALID: Any = _Invalid()
_PLACEHOLDER = "<invalid>"
"""Stands in for a required string that is missing or wrong, so the rest of the table still gets checked."""


def _reject(path: str, message: str, problems: list[tuple[str, str]]) -> Any:
    problems.append((path, message))
    return _INVALID


def _convert(tp: Any, value: Any, path: str, problems: list[tuple[str, str]]) -> Any:
    """``value`` as ``tp``; a wrong value is reported and comes back as ``_INVALID``."""
    origin = get_origin(tp)
    if tp is Any:
        return value
    if origin in (Union, types.UnionType):
        return _convert_union(tp, value, path, problems)
    if origin is Literal:
        return value if value in get_args(tp) else _reject(path, f"expected {_describe(tp)}, got {value!r}", problems)
    if tp is bool:
        return value if isinstance(value, bool) else _reject(path, f"expected true or false, got {value!r}", problems)
    if tp is int:
        if isinstance(value, bool) or not isinstance(value, int):
            return _reject(path, f"expected an integer, got {value!r}", problems)
        return value
    if tp is str:
        return value if isinstance(value, str) else _reject(path, f"expected a string, got {value!r}", problems)
    if tp is Decimal:
        return _convert_decimal(value, path, problems)
    if origin is tuple:
        if not isinstance(value, list):
            return _reject(path, f"expected {_describe(tp)}, got {value!r}", problems)
        item = get_args(tp)[0]
        items = tuple(_convert(item, v, f"{path}[{i}]", problems) for i, v in enumerate(value))
        # One bad item spoils the list: dropping it would shift the indexes later checks report.
        return _INVALID if any(v is _INVALID for v in items) else items
    if origin is dict:
        if not isinstance(value, dict):
            return _reject(path, f"expected a table, got {value!r}", problems)
        vt = get_args(tp)[1]
        entries = {k: _convert(vt, v, f"{path}.{k}", problems) for k, v in value.items()}
        return {k: v for k, v in entries.items() if v is not _INVALID}
    if dataclasses.is_dataclass(tp):
        if not isinstance(value, dict):
            return _reject(path, f"expected a table, got {value!r}", problems)
        return _build(tp, value, path, problems, ())
    return value


def _convert_union(tp: Any, value: Any, path: str, problems: list[tuple[str, str]]) -> Any:
    args = [a for a in get_args(tp) if a is not type(None)]
    if value is None:
        return None
    if len(args) == 1:
        return _convert(args[0], value, path, problems)
    for arg in args:
        sub: list[tuple[str, str]] = []
        out = _convert(arg, value, path, sub)
        if not sub:
            return out
    return _reject(path, f"expected {_describe(tp)}, got {value!r}", problems)


def _convert_decimal(value: Any, path: str, problems: list[tuple[str, str]]) -> Any:
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        return _reject(path, f"expected a number, got {value!r}", problems)
    try:
        # str() first: 0.001 (a float in TOML) must become Decimal("0.001"), not its binary twin.
        number = Decimal(str(value))
    except InvalidOperation:
        return _reject(path, f"expected a number, got {value!r}", problems)
    if not number.is_finite():  # TOML's inf and nan: no price, limit or duration means either
        return _reject(path, f"expected a finite number, got {value!r}", problems)
    return number


def _build(
    cls: type[T], data: dict[str, Any], path: str, problems: list[tuple[str, str]],
    skip: tuple[str, ...],
) -> Any:
    """An instance of ``cls`` from ``data``, as complete as the problems allow (they are appended).

    A wrong optional field is left at its default and a wrong or missing required string gets a
    placeholder, so checks that come later still see every other field; ``_INVALID`` only when a
    required field of another type cannot be filled.
    """
    hints = get_type_hints(cls)
    fields = {f.name: f for f in dataclasses.fields(cls) if f.init and f.name not in skip}
    kwargs: dict[str, Any] = {}
    prefix = f"{path}." if path else ""
    for key, value in data.items():
        if key not in fields:
            known = ", ".join(sorted(fields))
            problems.append((f"{prefix}{key}", f"unknown key (expected one of: {known})"))
            continue
        converted = _convert(hints[key], value, f"{prefix}{key}", problems)
        if converted is not _INVALID:
            kwargs[key] = converted
    for name, f in fields.items():
        required = f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
        if required and name not in kwargs:
            if name not in data:
                problems.append((f"{prefix}{name}", "missing (required)"))
            if hints[name] is not str:
                return _INVALID
            kwargs[name] = _PLACEHOLDER
    return cls(**kwargs)


def build_dataclass(
    cls: type[T], data: dict[str, Any], *, skip: tuple[str, ...] = ()
) -> tuple[T | None, list[tuple[str, str]]]:
    """``cls`` built from ``data`` as far as it goes, and every problem found on the way.

    With problems, the instance (None if even that failed) holds defaults and placeholders where
    values were wrong: good only for running further checks, never for use.
    """
    problems: list[tuple[str, str]] = []
    out = _build(cls, data, "", problems, skip)
    return (None if out is _INVALID else out), problems


def load_dataclass(
    cls: type[T], data: dict[str, Any], *, source: str, skip: tuple[str, ...] = ()
) -> T:
    """Build ``cls`` from ``data``; raise :class:`ConfigurationError` with every problem found."""
    out, problems = build_dataclass(cls, data, skip=skip)
    if problems or out is None:
        raise ConfigurationError(source, problems or [("", "invalid configuration")])
    return out


def problems_outside(
    problems: list[tuple[str, str]], reported: list[tuple[str, str]]
) -> list[tuple[str, str]]:
    """``problems`` minus those at or under a path already in ``reported``.

    A value that failed its type check was replaced by a default or placeholder; what later
    checks say about that stand-in (or anything under it) would only repeat the first line.
    """
    bad = {path for path, _ in reported if path}

    def covered(path: str) -> bool:
        return any(path == b or path.startswith((b + ".", b + "[")) for b in bad)

    return [(path, msg) for path, msg in problems if not covered(path)]


__all__ = ["ConfigurationError", "build_dataclass", "load_dataclass", "problems_outside"]
