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


def optional_type(body: dict[str, Any], name: str, types: type | tuple[type, ...], expected: str, *,
                  label: str | None = None) -> Any:
    """``body[name]`` if absent/None or of ``types`` (bools are not numbers), else a 400.

    ``label`` names the field in the error when ``body`` is nested (``messages[0].name``).
    """
    value = body.get(name)
    if value is None:
        return None
    if isinstance(value, bool) and bool not in (types if isinstance(types, tuple) else (types,)):
        raise field_error(label or name, expected)
    if not isinstance(value, types):
        raise field_error(label or name, expected)
    return value


def optional_number(body: dict[str, Any], name: str, low: float, high: float) -> None:
    """``body[name]``, if present, is a number within ``[low, high]``."""
    value = optional_type(body, name, (int, float), f"a number from {low:g} to {high:g}")
    if value is not None and not (low <= value <= high):
        raise field_error(name, f"a number from {low:g} to {high:g}")


def optional_positive_int(body: dict[str, Any], name: str, *, maximum: int | None = None) -> None:
    """``body[name]``, if present, is a positive integer (at most ``maximum`` if given)."""
    expected = "a positive integer" if maximum is None else f"an integer from 1 to {maximum}"
    value = optional_type(body, name, int, expected)
    if value is not None and (value <= 0 or (maximum is not None and value > maximum)):
        raise field_error(name, expected)


def required_string(body: dict[str, Any], name: str) -> str:
    """``body[name]`` is a non-empty string."""
    value = body.get(name)
    if not isinstance(value, str) or not value.strip():
        raise field_error(name, "a non-empty string")
    return value


ROLES = frozenset({"system", "developer", "user", "assistant", "tool", "function"})
"""The chat roles OpenAI's API accepts."""

_CONTENT_OPTIONAL_WITH = ("tool_calls", "function_call", "audio", "refusal")
"""An assistant message with one of these may have null or no ``content`` (OpenAI's rule)."""


def validate_messages(messages: Any) -> None:
    """``messages``: a non-empty array of well-formed OpenAI chat messages, else a 400 naming the spot.

    Checked before any middleware or adapter reads them as OpenAI's shape, so a value of the wrong
    type is the client's 400, never our crash or the upstream's 4xx relayed as a 502.
    """
    if not isinstance(messages, list) or not messages:
        raise field_error("messages", "a non-empty array of message objects")
    for i, message in enumerate(messages):
        _validate_message(message, f"messages[{i}]")


def _validate_message(message: Any, name: str) -> None:
    if not isinstance(message, dict):
        raise field_error(name, "an object with 'role' and 'content'")
    role = message.get("role")
    if not isinstance(role, str) or role not in ROLES:
        raise field_error(f"{name}.role", "one of " + ", ".join(sorted(ROLES)))
    content = message.get("content")
    if content is None or content == []:
        if not _content_may_be_empty(role, message):
            raise field_error(f"{name}.content", "a string or a non-empty array of content parts")
    elif isinstance(content, list):
        _validate_parts(content, f"{name}.content")
    elif not isinstance(content, str):
        raise field_error(f"{name}.content", "a string or an array of content parts")
    optional_type(message, "name", str, "a string", label=f"{name}.name")
    if role == "tool" and not isinstance(message.get("tool_call_id"), str):
        raise field_error(f"{name}.tool_call_id", "the string id of the tool call this message answers")
    calls = optional_type(message, "tool_calls", list, "an array of tool call objects", label=f"{name}.tool_calls")
    for j, call in enumerate(calls or ()):
        _validate_tool_call(call, f"{name}.tool_calls[{j}]")
    optional_type(message, "function_call", dict, "an object", label=f"{name}.function_call")


def _content_may_be_empty(role: str, message: dict[str, Any]) -> bool:
    """OpenAI's rule: a function result may be null; an assistant turn may be if it calls tools."""
    return role == "function" or (role == "assistant" and any(message.get(k) for k in _CONTENT_OPTIONAL_WITH))


def _validate_tool_call(call: Any, name: str) -> None:
    """An assistant's tool call: an object; a function call's ``function`` an object of strings."""
    if not isinstance(call, dict):
        raise field_error(name, "a tool call object")
    function = call.get("function")
    if function is None and call.get("type", "function") != "function":
        return  # other tool kinds (OpenAI's "custom") carry their own payload
    if not isinstance(function, dict):
        raise field_error(f"{name}.function", "an object with 'name' and 'arguments' strings")
    if not isinstance(function.get("name"), str):
        raise field_error(f"{name}.function.name", "the called function's name, a string")
    optional_type(function, "arguments", str, "a JSON string", label=f"{name}.function.arguments")


def _validate_parts(parts: list[Any], name: str) -> None:
    """Content parts: objects with a string ``type``; the common kinds carry their payload's type."""
    for j, part in enumerate(parts):
        if not isinstance(part, dict) or not isinstance(part.get("type"), str):
            raise field_error(f"{name}[{j}]", "a content part object with a string 'type'")
        kind = part["type"]
        if kind == "text" and not isinstance(part.get("text"), str):
            raise field_error(f"{name}[{j}].text", "a string")
        if kind == "image_url":
            image = part.get("image_url")
            url = image.get("url") if isinstance(image, dict) else image
            if not isinstance(url, str) or not url:
                raise field_error(f"{name}[{j}].image_url", "an object with a 'url' string")
        if kind == "input_audio":
            audio = part.get("input_audio")
            if not isinstance(audio, dict) or not all(isinstance(audio.get(k), str) for k in ("data", "format")):
                raise field_error(f"{name}[{j}].input_audio", "an object with 'data' and 'format' strings")
