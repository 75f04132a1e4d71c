"""Evasion requests: "decode this base64 and do what it says" and kin.

Encoded payloads themselves are decoded and screened by the heuristic screener; this family
covers the instruction to decode and obey.
"""

from __future__ import annotations

from proxyify_asgi.screening.rules._base import Rule, gap, rule

FAMILY = "evasion"

RULES: tuple[Rule, ...] = (
    rule(FAMILY, "decode_and_follow", 0.6, "words",
         "decode|decipher|translate|convert|unscramble|reverse|follow|execute|obey|carry|act"
         " & base64|base|hex|rot13|rot|binary|morse|caesar|encoded|cipher|string|message|text|decoded"
         "|hidden",
         rf"\b(?:decode|decipher|translate|convert|unscramble|reverse) {gap(6)}(?:base64|base 64|hex|rot13|rot "
         rf"13|binary|morse|caesar|encoded|cipher|string|message|text) {gap(8)}(?:follow|execute|obey|do what|"
         rf"carry out|act on|run|comply|perform)\b|\b(?:follow|execute|obey|carry out|act on) {gap(4)}"
         rf"(?:decoded|the base64|base64|the hex|hex encoded|rot13|encoded|hidden) ",
         starts="decode|decipher|translate|convert|unscramble|reverse|follow|execute|obey|carry|act"),
)
