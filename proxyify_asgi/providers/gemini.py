"""The Google Gemini API dialect (``models/{model}:generateContent`` and ``:streamGenerateContent``).

Requests: roles ``user``/``assistant`` become ``user``/``model`` turns of ``parts``; system and
developer messages become ``systemInstruction``; images become ``inlineData`` (data URLs) or
``fileData`` (other URLs); assistant ``tool_calls`` become ``functionCall`` parts (with the
``thoughtSignature`` their id carries, see :func:`tool_call_id`) and ``tool`` messages
``functionResponse`` parts; sampling options go to ``generationConfig``. Tool schemas are
JSON Schema and go whole to ``parametersJsonSchema`` (``parameters`` takes only an OpenAPI subset and
refuses keywords such as ``additionalProperties`` and ``$schema``).

Answers: candidates → choices, text parts → content (thought parts are left out),
``functionCall`` parts → ``tool_calls`` (a part's ``thoughtSignature`` rides in the call's id),
``finishReason`` → ``finish_reason``, ``usageMetadata``
→ usage (thinking tokens count as output, as they are billed). Streams (``alt=sse``) carry one
``GenerateContentResponse`` per event and no end marker: a stream whose candidates never reported
a ``finishReason`` was cut and raises :class:`ProviderError`. A blocked prompt (``promptFeedback.blockReason``
and no candidates) ends with ``finish_reason: "content_filter"``, streaming or not.

Text to speech: ``generationConfig.responseModalities = ["AUDIO"]`` with a ``speechConfig`` voice;
the answer's inline ``audio/L16;rate=24000`` PCM is wrapped as a WAV file.
"""

from __future__ import annotations

import base64
import io
import re
import wave
from collections.abc import AsyncIterator
from typing import Any, ClassVar

import httpx

from proxyify_asgi.errors import InvalidRequest, ProviderError
from proxyify_asgi.providers._http import open_stream, post_json
from proxyify_asgi.providers._redact import Redactor
from proxyify_asgi.providers._shapes import ChunkMaker, completion, json_text
from proxyify_asgi.providers.base import (
    ChatResult,
    ProviderAdapter,
    SpeechStream,
    UpstreamCall,
    decode_json,
    iter_sse_data,
)
from proxyify_asgi.providers.gemini_request import generate_payload, tool_call_id
from proxyify_asgi.providers.gemini_request import SIGNATURE_SEPARATOR, split_tool_call_id  # noqa: F401 (re-exported)
from proxyify_asgi.settings import ProviderSettings
from proxyify_asgi.usage import token_sum

FINISH_REASONS = {
    "STOP": "stop", "MAX_TOKENS": "length", "SAFETY": "content_filter", "RECITATION": "content_filter",
    "BLOCKLIST": "content_filter", "PROHIBITED_CONTENT": "content_filter", "SPII": "content_filter",
    "IMAGE_SAFETY": "content_filter", "MALFORMED_FUNCTION_CALL": "stop", "LANGUAGE": "stop", "OTHER": "stop",
}

VOICES = frozenset({
    "Zephyr", "Puck", "Charon", "Kore", "Fenrir", "Leda", "Orus", "Aoede", "Callirrhoe", "Autonoe",
    "Enceladus", "Iapetus", "Umbriel", "Algieba", "Despina", "Erinome", "Algenib", "Rasalgethi",
    "Laomedeia", "Achernar", "Alnilam", "Schedar", "Gacrux", "Pulcherrima", "Achird", "Zubenelgenubi",
    "Vindemiatrix", "Sadachbia", "Sadaltager", "Sulafat",
})
"""Gemini's prebuilt TTS voices; other names (OpenAI's ``alloy``...) fall back to the default voice."""

_RATE = re.compile(r"rate=(\d+)")


def _usage(data: dict[str, Any]) -> tuple[int, int] | None:
    """``(prompt, output)`` tokens of ``usageMetadata``, None if unknown (see proxyify_asgi.usage).
    Gemini leaves out the candidate and thinking counts when there are none."""
    meta = data.get("usageMetadata")
    prompt = token_sum(meta, ("promptTokenCount",))
    output = token_sum(meta, (), ("candidatesTokenCount", "thoughtsTokenCount"))
    return None if prompt is None or output is None else (prompt, output)


def _candidate_message(candidate: dict[str, Any], first_call: int = 0) -> tuple[str, list[dict[str, Any]]]:
    """``(text, tool calls)`` of one candidate's parts; calls without an id are ``call_<n>`` from ``first_call``."""
    text: list[str] = []
    calls: list[dict[str, Any]] = []
    for part in (candidate.get("content") or {}).get("parts") or ():
        if "text" in part and not part.get("thought"):
            text.append(str(part["text"]))
        elif isinstance(part.get("functionCall"), dict):
            fc = part["functionCall"]
            calls.append({
                "id": tool_call_id(str(fc.get("id") or f"call_{first_call + len(calls)}"), part.get("thoughtSignature")),
                "type": "function",
                "function": {"name": str(fc.get("name", "")), "arguments": json_text(fc.get("args") or {})},
            })
    return "".join(text), calls


def _finish(candidate: dict[str, Any], has_calls: bool) -> str | None:
    reason = candidate.get("finishReason")
    if not reason:
        return None
    return "tool_calls" if has_calls and reason == "STOP" else FINISH_REASONS.get(str(reason), "stop")


def chat_result(name: str, model: str, data: Any) -> ChatResult:
    """A ``GenerateContentResponse`` as an OpenAI ``chat.completion``."""
    if not isinstance(data, dict):
        raise ProviderError(f"Provider {name!r} returned an unexpected body.")
    candidates = data.get("candidates") or []
    prompt, output = _usage(data) or (None, None)
    choices = []
    for i, candidate in enumerate(candidates):
        text, calls = _candidate_message(candidate)
        message: dict[str, Any] = {"role": "assistant", "content": text if text or not calls else None}
        if calls:
            message["tool_calls"] = calls
        choices.append({"index": i, "message": message, "finish_reason": _finish(candidate, bool(calls)) or "stop"})
    if not choices:  # the prompt itself was blocked (promptFeedback.blockReason)
        choices = [{"index": 0, "message": {"role": "assistant", "content": ""}, "finish_reason": "content_filter"}]
    body = completion(str(data.get("responseId", "")), str(data.get("modelVersion") or model),
                      choices[0]["message"], choices[0]["finish_reason"], prompt or 0, output or 0)
    body["choices"] = choices
    return ChatResult(body=body, input_tokens=prompt, output_tokens=output)


def _stream_error(name: str, event: dict[str, Any], redactor: Redactor) -> ProviderError:
    error = event.get("error") or {}
    status = error.get("code") if isinstance(error.get("code"), int) else 502
    message = redactor.scrub(error.get("message") or error.get("status") or "stream error")
    return ProviderError(f"Provider {name!r} reported an error: {message}", upstream_status=status,
                         metadata={"provider": name})


def wav_from_pcm(pcm: bytes, rate: int = 24000, channels: int = 1, sample_width: int = 2) -> bytes:
    """Signed 16-bit little-endian PCM wrapped in a WAV (RIFF) container."""
    out = io.BytesIO()
    with wave.open(out, "wb") as w:
        w.setnchannels(channels)
        w.setsampwidth(sample_width)
        w.setframerate(rate)
        w.writeframes(pcm)
    return out.getvalue()


async def _once(data: bytes) -> AsyncIterator[bytes]:
    yield data


class GeminiAdapter(ProviderAdapter):
    """Chat (JSON and SSE) and text-to-speech against the Gemini API with ``x-goog-api-key``.

    ``options.default_voice`` names the TTS voice used when the request names none Gemini knows.
    """

    kind: ClassVar[str] = "gemini"
    default_base_url: ClassVar[str] = "https://generativelanguage.googleapis.com/v1beta"

    def __init__(self, settings: ProviderSettings, client: httpx.AsyncClient) -> None:
        super().__init__(settings, client)
        self.base_url = (settings.base_url or self.default_base_url).rstrip("/")
        headers = {"content-type": "application/json", **settings.headers}
        secret = settings.secret()
        if secret:
            headers["x-goog-api-key"] = secret
        self.headers = headers
        self.default_voice = str(settings.options.get("default_voice", "Kore"))

    def _url(self, call: UpstreamCall, method: str) -> str:
        model = call.upstream_model.removeprefix("models/")
        return f"{self.base_url}/models/{model}:{method}"

    async def chat(self, call: UpstreamCall) -> ChatResult:
        """POST ``:generateContent``."""
        name = self.settings.name
        data = await post_json(self.http, name, self._url(call, "generateContent"), generate_payload(call),
                               self.headers, call.timeout_s, redactor=self.redactor)
        return chat_result(name, call.upstream_model, data)

    async def chat_stream(self, call: UpstreamCall) -> AsyncIterator[dict[str, Any]]:
        """POST ``:streamGenerateContent?alt=sse``; translate each response into chunks."""
        name = self.settings.name
        url = self._url(call, "streamGenerateContent") + "?alt=sse"
        chunks = ChunkMaker("", call.upstream_model)
        started = finished = False
        usage: tuple[int, int] | None = None  # unknown until an event reports it
        calls_so_far: dict[int, int] = {}  # candidate index → tool calls streamed (Gemini sends whole calls)
        async with open_stream(self.http, name, url, generate_payload(call), self.headers, call.timeout_s,
                               redactor=self.redactor) as response:
            async for data in iter_sse_data(response):
                event = decode_json(name, data, response.status_code)
                if not isinstance(event, dict):
                    continue
                if "error" in event:
                    raise _stream_error(name, event, self.redactor)
                chunks.base["id"] = str(event.get("responseId") or chunks.base["id"])
                if event.get("usageMetadata"):
                    usage = _usage(event)
                if not event.get("candidates") and (event.get("promptFeedback") or {}).get("blockReason"):
                    # the prompt itself was blocked: no candidates, as chat_result answers it
                    yield chunks.delta({"role": "assistant", "content": ""}, "content_filter")
                    started = finished = True
                    continue
                for i, candidate in enumerate(event.get("candidates") or ()):
                    choice = candidate.get("index", i)
                    first = calls_so_far.get(choice, 0)
                    text, calls = _candidate_message(candidate, first)
                    calls_so_far[choice] = first + len(calls)
                    delta: dict[str, Any] = {} if started else {"role": "assistant"}
                    if text or not started:
                        delta["content"] = text
                    if calls:
                        delta["tool_calls"] = [{"index": first + j, **c} for j, c in enumerate(calls)]
                    started = True
                    reason = _finish(candidate, calls_so_far[choice] > 0)
                    finished = finished or reason is not None
                    if len(delta) > ("role" in delta) or reason:
                        yield chunks.delta(delta, reason, index=choice)
        if not finished:
            raise ProviderError(f"Provider {name!r} ended the stream before it was complete.")
        if usage is not None:  # unknown usage: the endpoint estimates it
            yield chunks.usage(*usage)

    async def speech(self, call: UpstreamCall) -> SpeechStream:
        """Text to speech through the AUDIO response modality.

        Gemini returns 24 kHz 16-bit PCM: answered as ``audio/wav`` (the default) or raw
        ``audio/pcm``; other ``response_format`` values (mp3, opus...) are a 400, as there is no encoder.
        """
        text = call.body.get("input")
        if not isinstance(text, str) or not text:
            raise InvalidRequest("Invalid 'input': expected the text to speak.", metadata={"field": "input"})
        audio_format = call.body.get("response_format") or "wav"
        if audio_format not in ("wav", "pcm"):
            raise InvalidRequest(
                f"Provider {self.settings.name!r} (gemini) produces 'wav' or 'pcm' audio, not {str(audio_format)[:20]!r}.",
                metadata={"field": "response_format"},
            )
        voice = str(call.body.get("voice") or "")
        voice = voice if voice in VOICES else voice.capitalize() if voice.capitalize() in VOICES else self.default_voice
        payload = {
            "contents": [{"role": "user", "parts": [{"text": text}]}],
            "generationConfig": {
                "responseModalities": ["AUDIO"],
                "speechConfig": {"voiceConfig": {"prebuiltVoiceConfig": {"voiceName": voice}}},
            },
        }
        name = self.settings.name
        data = await post_json(self.http, name, self._url(call, "generateContent"), payload, self.headers, call.timeout_s,
                               redactor=self.redactor)
        for candidate in (data.get("candidates") if isinstance(data, dict) else None) or ():
            for part in (candidate.get("content") or {}).get("parts") or ():
                inline = part.get("inlineData")
                if isinstance(inline, dict) and str(inline.get("mimeType", "")).startswith("audio/"):
                    return self._audio(name, inline, wav=audio_format == "wav")
        raise ProviderError(f"Provider {name!r} returned no audio.")

    def _audio(self, name: str, inline: dict[str, Any], *, wav: bool) -> SpeechStream:
        mime = str(inline["mimeType"])
        try:
            raw = base64.b64decode(str(inline.get("data", "")), validate=True)
        except ValueError:
            raise ProviderError(f"Provider {name!r} returned undecodable audio.") from None
        if not mime.lower().startswith(("audio/l16", "audio/pcm")):
            return SpeechStream(mime.split(";", 1)[0], _once(raw))
        if not wav:
            return SpeechStream("audio/pcm", _once(raw))
        match = _RATE.search(mime)
        return SpeechStream("audio/wav", _once(wav_from_pcm(raw, int(match[1]) if match else 24000)))
