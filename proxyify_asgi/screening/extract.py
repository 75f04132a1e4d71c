"""Which texts of a request body are screened.

Everything a model will read as instructions from an untrusted source: ``messages`` of the
configured roles (user, tool and function results by default, since indirect injection arrives in
tool output and retrieved documents), every text part of multimodal content, and the top-level
``prompt`` (video, image, completions) and ``input`` (TTS, embeddings, Responses-style input).
System and developer messages are written by the key's owner and are not screened by default.
A message without a usable ``role`` is screened (fail closed).

Each text also says where it came from (:class:`Texts`): the user's own words (``user``
messages, the top-level ``prompt`` and ``input``) or a document the model will read (tool and
function results, messages of any other screened role or of none), for screeners that judge the
two differently (Azure's Prompt Shields: user prompt attacks and document attacks).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

DEFAULT_ROLES: tuple[str, ...] = ("user", "tool", "function")
DEFAULT_FIELDS: tuple[str, ...] = ("messages", "prompt", "input")
_MAX_DEPTH = 32
_TEXT_PART_TYPES = frozenset({"text", "input_text", "output_text"})

PROMPT = "prompt"
"""Source of a text the user wrote: ``user`` messages, the top-level ``prompt`` and ``input``."""
DOCUMENT = "document"
"""Source of a text the model reads as data: tool and function results, other roles."""


class Texts(list[str]):
    """The screened texts of one request, in body order: a plain list to screeners that only
    read texts; :attr:`sources` says where each came from (:data:`PROMPT` or :data:`DOCUMENT`)."""

    def __init__(self) -> None:
        super().__init__()
        self.sources: list[str] = []

    def copy(self) -> Texts:  # type: ignore[override]
        """A copy, sources included."""
        out = Texts()
        out.extend(self)
        out.sources = list(self.sources)
        return out

    def label(self, source: str) -> None:
        """Mark the texts added since the last call as coming from ``source``."""
        self.sources.extend([source] * (len(self) - len(self.sources)))


@dataclass(frozen=True, slots=True)
class Extractor:
    """Pulls the screened texts out of a parsed JSON body."""

    roles: frozenset[str] = frozenset(DEFAULT_ROLES)
    fields: tuple[str, ...] = DEFAULT_FIELDS

    @classmethod
    def of(cls, roles: Iterable[str] = DEFAULT_ROLES, fields: Iterable[str] = DEFAULT_FIELDS) -> Extractor:
        """An extractor for these roles and top-level fields."""
        return cls(frozenset(roles), tuple(fields))

    def texts(self, body: Any) -> Texts:
        """The texts to screen, in body order, with their sources; empty for bodies that are
        not JSON objects."""
        out = Texts()
        if not isinstance(body, dict):
            return out
        for name in self.fields:
            value = body.get(name)
            if value is None:
                continue
            if name == "messages" or _looks_like_messages(value):
                self._messages(value, out)
            else:
                _strings(value, out, 0)
                out.label(PROMPT)
        return out

    def _messages(self, messages: Any, out: Texts) -> None:
        if not isinstance(messages, list):
            _strings(messages, out, 0)
            out.label(PROMPT)
            return
        for message in messages:
            if not isinstance(message, dict):
                _strings(message, out, 0)
                out.label(PROMPT)
                continue
            role = message.get("role")
            if isinstance(role, str) and role not in self.roles:
                continue
            _content(message.get("content"), out)
            # Function-call style results may carry text outside "content".
            for key in ("text", "output"):
                if key in message:
                    _content(message[key], out)
            out.label(PROMPT if role == "user" else DOCUMENT)


def _looks_like_messages(value: Any) -> bool:
    """A list of role-bearing objects (Responses-style ``input``), screened as messages."""
    return isinstance(value, list) and any(isinstance(m, dict) and "role" in m for m in value)


def _content(content: Any, out: list[str]) -> None:
    """A message's content: a string, or a list of parts of which the text parts count."""
    if isinstance(content, str):
        out.append(content)
    elif isinstance(content, list):
        for part in content:
            if isinstance(part, str):
                out.append(part)
            elif isinstance(part, dict):
                kind = part.get("type")
                if (isinstance(kind, str) and kind in _TEXT_PART_TYPES) or (kind is None and "text" in part):
                    _strings(part.get("text"), out, 0)
                elif kind not in ("image_url", "input_image", "input_audio", "image", "audio", "file"):
                    _strings(part, out, 0)  # unknown part kinds: screen whatever text they hold
    elif content is not None:
        _strings(content, out, 0)


def _strings(value: Any, out: list[str], depth: int) -> None:
    """Every string inside ``value`` (nested lists and objects, bounded depth)."""
    if isinstance(value, str):
        out.append(value)
    elif depth >= _MAX_DEPTH:
        return
    elif isinstance(value, list):
        for item in value:
            _strings(item, out, depth + 1)
    elif isinstance(value, dict):
        for item in value.values():
            _strings(item, out, depth + 1)
