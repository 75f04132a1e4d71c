"""Evasion requests: "decode this base64 and do what it says" and kin.

Encoded payloads themselves are decoded and screened by the heuristic screener; this family
covers the instruction to decode and obey.
"""

from __future__ import annotations

from proxyify_asgi.screening.rules._base import Rule, gap, rule

FAMILY = "evasion"

# The ``words`` view folds digits as leetspeak: "base64" reads "base6a", "ROT13" reads "rotie".
_ENCODINGS = r"(?:base64|base 64|base6a|base 6a|rot13|rot 13|rotie|rot ie)"

RULES: tuple[Rule, ...] = (
    rule(FAMILY, "decode_and_follow", 0.6, "words",
         "decode|decipher|translate|convert|unscramble|reverse|follow|execute|obey|carry|act"
         " & base64|base|hex|rot13|rot|binary|morse|caesar|encoded|cipher|string|message|text|decoded"
         "|hidden|base6a|rotie",
         rf"\b(?:decode|decipher|translate|convert|unscramble|reverse) {gap(6)}(?:{_ENCODINGS}|hex|"
         rf"binary|morse|caesar|encoded|cipher|string|message|text) {gap(8)}(?:follow|execute|obey|do what|"
         rf"carry out|act on|run|comply|perform)\b|\b(?:follow|execute|obey|carry out|act on) {gap(4)}"
         rf"(?:decoded|the {_ENCODINGS}|{_ENCODINGS}|the hex|hex encoded|encoded|hidden) ",
         starts="decode|decipher|translate|convert|unscramble|reverse|follow|execute|obey|carry|act"),
)
