"""The Gemini request transform: an OpenAI chat body as a ``generateContent`` request body.

Part of :mod:`proxyify_asgi.providers.gemini` (its docstring describes the dialect), kept apart so
that module holds the answer side and the adapter. The tool call id codec lives here too, as the
request side undoes what the answer side builds (:func:`tool_call_id`, :func:`split_tool_call_id`).
"""

from __future__ import annotations

import mimetypes
from typing import Any

from proxyify_asgi.providers._shapes import (
    image_url_of,
    max_output,
    parse_data_url,
    stop_list,
    text_of,
    tool_arguments,
)
from proxyify_asgi.providers.base import UpstreamCall

SIGNATURE_SEPARATOR = "__ts__"
"""Between a tool call id and the thought signature it carries (see :func:`tool_call_id`)."""


def tool_call_id(call_id: str, signature: Any) -> str:
    """The OpenAI tool call id of a ``functionCall`` part, carrying its ``thoughtSignature``.

    Gemini 3 signs function call parts (``thoughtSignature``, base64) and answers 400 "Function call
    is missing a thought_signature" when a later turn replays the call without it. OpenAI clients
    keep only a tool call's ``id``, ``name`` and ``arguments`` and echo them back, so the signature
    travels in the id: ``<id>__ts__<signature>``, where ``<id>`` is Gemini's ``functionCall.id`` or
    ``call_<n>`` and ``<signature>`` is the signature in URL-safe base64 without padding. The id stays
    within ``[A-Za-z0-9_-]``; a call without a signature keeps a plain id. :func:`split_tool_call_id`
    undoes it.
    """
    if not isinstance(signature, str) or not signature:
        return call_id
    return call_id + SIGNATURE_SEPARATOR + signature.replace("+", "-").replace("/", "_").rstrip("=")


def split_tool_call_id(call_id: str) -> tuple[str, str | None]:
    """``(id, thoughtSignature in standard base64 or None)`` of an id made by :func:`tool_call_id`."""
    base, separator, signature = call_id.partition(SIGNATURE_SEPARATOR)
    if not separator or not signature:
        return call_id, None
    return base, signature.replace("-", "+").replace("_", "/") + "=" * (-len(signature) % 4)


def _parts(content: Any) -> list[dict[str, Any]]:
    """OpenAI content (string or parts) as Gemini parts."""
    if isinstance(content, str):
        return [{"text": content}] if content else []
    parts: list[dict[str, Any]] = []
    for part in content or ():
        if part.get("type") == "text":
            parts.append({"text": str(part.get("text", ""))})
        elif part.get("type") == "image_url":
            url = image_url_of(part)
            data = parse_data_url(url)
            if data:
                parts.append({"inlineData": {"mimeType": data[0], "data": data[1]}})
            else:
                mime = mimetypes.guess_type(url.split("?", 1)[0])[0] or "image/jpeg"
                parts.append({"fileData": {"mimeType": mime, "fileUri": url}})
    return parts


def _contents(body: dict[str, Any]) -> tuple[list[str], list[dict[str, Any]]]:
    """System texts and the ``contents`` turns (consecutive turns of one role merged)."""
    system: list[str] = []
    contents: list[dict[str, Any]] = []
    call_names: dict[str, str] = {}  # tool_call_id → function name, for functionResponse parts
    for message in body.get("messages") or ():
        role = message.get("role")
        if role in ("system", "developer"):
            system.append(text_of(message.get("content")))
            continue
        if role in ("tool", "function"):
            name = call_names.get(str(message.get("tool_call_id")), str(message.get("name") or "tool"))
            parts = [{"functionResponse": {"name": name, "response": {"content": text_of(message.get("content"))}}}]
            turn_role = "user"
        else:
            parts = _parts(message.get("content"))
            turn_role = "model" if role == "assistant" else "user"
            for call in message.get("tool_calls") or ():
                name = str((call.get("function") or {}).get("name", ""))
                call_names[str(call.get("id"))] = name
                part: dict[str, Any] = {"functionCall": {"name": name, "args": tool_arguments(call)}}
                signature = split_tool_call_id(str(call.get("id") or ""))[1]
                if signature:
                    part["thoughtSignature"] = signature
                parts.append(part)
        if contents and contents[-1]["role"] == turn_role:
            contents[-1]["parts"].extend(parts)
        else:
            contents.append({"role": turn_role, "parts": parts})
    return [s for s in system if s], contents


def _generation_config(body: dict[str, Any], default_max: int) -> dict[str, Any]:
    config: dict[str, Any] = {"maxOutputTokens": max_output(body, default_max)}
    for ours, theirs in (("temperature", "temperature"), ("top_p", "topP"), ("n", "candidateCount"),
                         ("seed", "seed"), ("presence_penalty", "presencePenalty"),
                         ("frequency_penalty", "frequencyPenalty")):
        if isinstance(body.get(ours), (int, float)) and not isinstance(body.get(ours), bool):
            config[theirs] = body[ours]
    stops = stop_list(body.get("stop"))
    if stops:
        config["stopSequences"] = stops
    response_format = body.get("response_format")
    if isinstance(response_format, dict) and response_format.get("type") in ("json_object", "json_schema"):
        config["responseMimeType"] = "application/json"
        schema = (response_format.get("json_schema") or {}).get("schema")
        if isinstance(schema, dict):
            config["responseJsonSchema"] = schema
    return config


def _tools(body: dict[str, Any]) -> tuple[list[dict[str, Any]] | None, dict[str, Any] | None]:
    functions = [t["function"] for t in body.get("tools") or ()
                 if isinstance(t, dict) and t.get("type") == "function" and isinstance(t.get("function"), dict)]
    if not functions:
        return None, None
    declarations = []
    for f in functions:
        declaration = {k: f[k] for k in ("name", "description") if k in f}
        if isinstance(f.get("parameters"), dict):  # JSON Schema; ``parameters`` takes only an OpenAPI subset
            declaration["parametersJsonSchema"] = f["parameters"]
        declarations.append(declaration)
    choice = body.get("tool_choice")
    mode: dict[str, Any] | None = None
    if choice in ("auto", "none", "required"):
        mode = {"mode": {"auto": "AUTO", "none": "NONE", "required": "ANY"}[choice]}
    elif isinstance(choice, dict) and isinstance(choice.get("function"), dict):
        mode = {"mode": "ANY", "allowedFunctionNames": [choice["function"].get("name", "")]}
    return [{"functionDeclarations": declarations}], ({"functionCallingConfig": mode} if mode else None)


def generate_payload(call: UpstreamCall) -> dict[str, Any]:
    """The ``generateContent`` request body for an OpenAI chat body."""
    system, contents = _contents(call.body)
    payload: dict[str, Any] = {
        "contents": contents, "generationConfig": _generation_config(call.body, call.model.max_output_tokens),
    }
    if system:
        payload["systemInstruction"] = {"parts": [{"text": "\n\n".join(system)}]}
    tools, tool_config = _tools(call.body)
    if tools:
        payload["tools"] = tools
    if tool_config:
        payload["toolConfig"] = tool_config
    return payload
