"""Round 4, dev prompts: new paraphrases in the weak families and new hard negatives.

Written from attack families as published (DAN and kin, chat-template markers, indirect
injection into agents), not from the held-out prompts. All rows get split ``dev``.
"""

# ruff: noqa: E501

DEV_ATTACKS: dict[str, list[tuple[str, str]]] = {}

DEV_BENIGN: dict[str, list[tuple[str, str]]] = {}
