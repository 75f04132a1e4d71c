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


def _convert(tp: Any, value: Any, path: str, problems: list[tuple[str, str]]) -> Any:
    origin = get_origin(tp)
    if tp is Any:
        return value
    if origin in (Union, types.UnionType):
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
        problems.append((path, f"expected {_describe(tp)}, got {value!r}"))
        return None
    if origin is Literal:
        if value not in get_args(tp):
            problems.append((path, f"expected {_describe(tp)}, got {value!r}"))
        return value
    if tp is bool:
        if not isinstance(value, bool):
            problems.append((path, f"expected true or false, got {value!r}"))
        return value
    if tp is int:
        if isinstance(value, bool) or not isinstance(value, int):
            problems.append((path, f"expected an integer, got {value!r}"))
        return value
    if tp is str:
        if not isinstance(value, str):
            problems.append((path, f"expected a string, got {value!r}"))
        return value
    if tp is Decimal:
        if isinstance(value, bool) or not isinstance(value, (int, float, str)):
            problems.append((path, f"expected a number, got {value!r}"))
            return Decimal(0)
        try:
            # str() first: 0.001 (a float in TOML) must become Decimal("0.001"), not its binary twin.
            return Decimal(str(value))
        except InvalidOperation:
            problems.append((path, f"expected a number, got {value!r}"))
            return Decimal(0)
    if origin is tuple:
        if not isinstance(value, list):
            problems.append((path, f"expected {_describe(tp)}, got {value!r}"))
            return ()
        item = get_args(tp)[0]
        return tuple(_convert(item, v, f"{path}[{i}]", problems) for i, v in enumerate(value))
    if origin is dict:
        if not isinstance(value, dict):
            problems.append((path, f"expected a table, got {value!r}"))
            return {}
        vt = get_args(tp)[1]
        return {k: _convert(vt, v, f"{path}.{k}", problems) for k, v in value.items()}
    if dataclasses.is_dataclass(tp):
        if not isinstance(value, dict):
            problems.append((path, f"expected a table, got {value!r}"))
            return None
        return _build(tp, value, path, problems, ())
    return value


def _build(
    cls: type[T], data: dict[str, Any], path: str, problems: list[tuple[str, str]],
    skip: tuple[str, ...],
) -> T | None:
    before = len(problems)
    hints = get_type_hints(cls)
    fields = {f.name: f for f in dataclasses.fields(cls) if f.init and f.name not in skip}
    kwargs: dict[str, Any] = {}
    prefix = f"{path}." if path else ""
    for key, value in data.items():
        if key not in fields:
            known = ", ".join(sorted(fields))
            problems.append((f"{prefix}{key}", f"unknown key (expected one of: {known})"))
            continue
        kwargs[key] = _convert(hints[key], value, f"{prefix}{key}", problems)
    for name, f in fields.items():
        required = f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
        if required and name not in kwargs:
            problems.append((f"{prefix}{name}", "missing (required)"))
    if len(problems) > before:
        return None  # do not build from parts known to be wrong
    return cls(**kwargs)


def load_dataclass(
    cls: type[T], data: dict[str, Any], *, source: str, skip: tuple[str, ...] = ()
) -> T:
    """Build ``cls`` from ``data``; raise :class:`ConfigurationError` with every problem found."""
    problems: list[tuple[str, str]] = []
    out = _build(cls, data, "", problems, skip)
    if problems or out is None:
        raise ConfigurationError(source, problems or [("", "invalid configuration")])
    return out


__all__ = ["ConfigurationError", "load_dataclass"]
