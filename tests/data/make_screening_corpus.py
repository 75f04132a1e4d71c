"""Writes ``screening_corpus.jsonl``: the labelled prompt-injection evaluation corpus.

Every base prompt below was written by hand for this corpus. The ``evasion`` family applies the
issue's evasions (base64, hex, URL-encoding, rot13, zero-width characters, homoglyphs, leetspeak,
letter spacing, Unicode tag characters, full-width forms) to attack prompts that are written
only for that family, so an evasion row is never a copy of another family's row.

Split: within each (label, family) list, every third prompt (index 2, 5, 8, ...) is ``heldout``;
the rest are ``dev``. Rules are tuned against ``dev`` failures only; ``heldout`` is reported
separately. Round 4 appended ``screening_prompts_dev4`` (all ``dev``) and
``screening_prompts_fresh`` (split ``fresh``: written before that round's rule changes and
never tuned against). Round 5 added ``screening_prompts_fresh2_*`` (split ``fresh2``): 466
prompts written blind (by writers who had not read the rules or the earlier prompts) before
that round's rule changes, and ``screening_prompts_train5_*`` (split ``train``): 815 prompts
for the lexical model's training (with ``dev``), which the rules were first tuned against in
round 6. Round 6 added ``screening_prompts_fresh3_*`` (split ``fresh3``): 358 prompts written
blind before that round's rule changes. Round 7 added ``screening_prompts_fresh4_*`` (split
``fresh4``): 385 prompts written blind before that round's changes, and
``screening_prompts_train7_*`` (split ``train7``): 1,427 prompts by four other blind writers,
first used to validate the lexical model's use (it had not seen them), then to train it and to
tune the rules. ``screening_prompts_fresh5_*`` (split ``fresh5``): 350 prompts written blind
after round 7, to measure it. ``screening_prompts_fresh6_*`` (split ``fresh6``): 370 prompts
written blind after the fine-tuned encoder experiment's policy was chosen, to test it.
``screening_prompts_fresh7*`` (split ``fresh7``): 720 prompts by four blind writers, written
before the combined screener's policy was fixed and read only after it was committed.
``screening_prompts_fresh8*`` (split ``fresh8``): four more blind writers, read only after the
window model trained on every split up to fresh7 was committed. ``screening_prompts_fresh9*``
(split ``fresh9``): four more, read only after the model trained up to fresh8 was committed.
``screening_prompts_fresh10*`` (split ``fresh10``): four more, written while round 8 was being made
and read only after it was committed (ebc0e0d); round 8 fitted the rules to fresh7-9.
``screening_prompts_fresh11*`` (split ``fresh11``): four more, written while round 9 was being made
and read only after it was committed (b510d96); round 9 fitted the rules to fresh10.
``screening_prompts_fresh12*`` (split ``fresh12``): four more, written while round 10 was being
made and read only after it was committed (d70aa1f); round 10 fitted the rules to fresh11.
``screening_prompts_fresh13*`` (split ``fresh13``): four more, written while round 14 was being
made (by writers told nothing of the rules or earlier prompts) and read only after it was
committed; round 14 fitted the rules to fresh12. ``screening_prompts_fresh14*`` (split
``fresh14``): four more, written while round 15 was being made and read only after it was
committed; round 15 fitted the rules to fresh13. ``screening_prompts_fresh15*`` (split
``fresh15``): four more, written while round 16 was being made and read only after it was
committed; round 16 fitted the rules to fresh14. ``screening_prompts_fresh16*`` (split
``fresh16``): four more, written after round 16 was committed (a second blind test of it, so
that a quarter of the corpus stays unseen); round 17 fitted the rules to fresh15.
``screening_prompts_fresh17*`` (split ``fresh17``): four more, written while round 17 was being
made and read only after it was committed; round 18 fitted the rules to fresh16.
``screening_prompts_fresh18*`` (split ``fresh18``): four more, written while round 18 was being
made and read only after it was committed. ``screening_prompts_fresh19*`` and ``fresh20*`` (splits
``fresh19``, ``fresh20``): eight more writers in stop 23, each given a different set of settings
(healthcare and local government, gaming and retail, software teams and newsrooms, law firms and
HR), read only after the stop's model change was committed (f7fa3e5); ``fresh21*`` and
``fresh22*`` (splits ``fresh21``, ``fresh22``): eight more (utilities and farming, aviation and
libraries, biotech and museums, customs and banking back offices), read after d1fd8b3;
``fresh23*`` and ``fresh24*`` (splits ``fresh23``, ``fresh24``): eight more in stop 25 (car
dealers and construction, vets and pharmacies, transport and elections, film and publishing,
ports and chemical plants, parent portals and tutoring, cloud and payments, restaurants and
weddings), written while the window model was being fine-tuned and read only after its choice
was made (three ordinary requests that repeated fitted rows word for word dropped). With
them 44% of the corpus is held out. Run
``python -m tests.data.make_screening_corpus`` to regenerate the file.
"""

from __future__ import annotations

import base64
import codecs
import json
from pathlib import Path
from urllib.parse import quote

from tests.data.screening_prompts import ATTACKS, BENIGN, EVASION_SOURCES
from tests.data.screening_prompts_dev4 import DEV_ATTACKS, DEV_BENIGN
from tests.data.screening_prompts_dev5_agentic import DEV5_AGENTIC_ATTACKS, DEV5_AGENTIC_BENIGN
from tests.data.screening_prompts_dev5_persona import DEV5_PERSONA_ATTACKS, DEV5_PERSONA_BENIGN
from tests.data.screening_prompts_fresh import FRESH_ATTACKS, FRESH_BENIGN
from tests.data.screening_prompts_fresh2_attacks import FRESH2_ATTACKS
from tests.data.screening_prompts_fresh2_benign import FRESH2_BENIGN
from tests.data.screening_prompts_fresh3_attacks import FRESH3_ATTACKS
from tests.data.screening_prompts_fresh3_benign import FRESH3_BENIGN
from tests.data.screening_prompts_fresh4_attacks import FRESH4_ATTACKS
from tests.data.screening_prompts_fresh4_benign import FRESH4_BENIGN
from tests.data.screening_prompts_fresh5_attacks import FRESH5_ATTACKS
from tests.data.screening_prompts_fresh5_benign import FRESH5_BENIGN
from tests.data.screening_prompts_fresh6_attacks import FRESH6_ATTACKS
from tests.data.screening_prompts_fresh6_benign import FRESH6_BENIGN
from tests.data.screening_prompts_fresh7_attacks import FRESH7_ATTACKS
from tests.data.screening_prompts_fresh7_benign import FRESH7_BENIGN
from tests.data.screening_prompts_fresh7c_attacks import FRESH7C_ATTACKS
from tests.data.screening_prompts_fresh7d_benign import FRESH7D_BENIGN
from tests.data.screening_prompts_fresh8_attacks import FRESH8_ATTACKS
from tests.data.screening_prompts_fresh8_benign import FRESH8_BENIGN
from tests.data.screening_prompts_fresh8c_attacks import FRESH8C_ATTACKS
from tests.data.screening_prompts_fresh8d_benign import FRESH8D_BENIGN
from tests.data.screening_prompts_fresh9_attacks import FRESH9_ATTACKS
from tests.data.screening_prompts_fresh9_benign import FRESH9_BENIGN
from tests.data.screening_prompts_fresh9c_attacks import FRESH9C_ATTACKS
from tests.data.screening_prompts_fresh9d_benign import FRESH9D_BENIGN
from tests.data.screening_prompts_fresh10_attacks import FRESH10_ATTACKS
from tests.data.screening_prompts_fresh10_benign import FRESH10_BENIGN
from tests.data.screening_prompts_fresh10c_attacks import FRESH10C_ATTACKS
from tests.data.screening_prompts_fresh10d_benign import FRESH10D_BENIGN
from tests.data.screening_prompts_fresh11_attacks import FRESH11_ATTACKS
from tests.data.screening_prompts_fresh11_benign import FRESH11_BENIGN
from tests.data.screening_prompts_fresh11c_attacks import FRESH11C_ATTACKS
from tests.data.screening_prompts_fresh11d_benign import FRESH11D_BENIGN
from tests.data.screening_prompts_fresh12_attacks import FRESH12_ATTACKS
from tests.data.screening_prompts_fresh12_benign import FRESH12_BENIGN
from tests.data.screening_prompts_fresh12c_attacks import FRESH12C_ATTACKS
from tests.data.screening_prompts_fresh12d_benign import FRESH12D_BENIGN
from tests.data.screening_prompts_fresh13_attacks import FRESH13_ATTACKS
from tests.data.screening_prompts_fresh13_benign import FRESH13_BENIGN
from tests.data.screening_prompts_fresh13c_attacks import FRESH13C_ATTACKS
from tests.data.screening_prompts_fresh13d_benign import FRESH13D_BENIGN
from tests.data.screening_prompts_fresh14_attacks import FRESH14_ATTACKS
from tests.data.screening_prompts_fresh14_benign import FRESH14_BENIGN
from tests.data.screening_prompts_fresh14c_attacks import FRESH14C_ATTACKS
from tests.data.screening_prompts_fresh14d_benign import FRESH14D_BENIGN
from tests.data.screening_prompts_fresh15_attacks import FRESH15_ATTACKS
from tests.data.screening_prompts_fresh15_benign import FRESH15_BENIGN
from tests.data.screening_prompts_fresh15c_attacks import FRESH15C_ATTACKS
from tests.data.screening_prompts_fresh15d_benign import FRESH15D_BENIGN
from tests.data.screening_prompts_fresh16_attacks import FRESH16_ATTACKS
from tests.data.screening_prompts_fresh16_benign import FRESH16_BENIGN
from tests.data.screening_prompts_fresh16c_attacks import FRESH16C_ATTACKS
from tests.data.screening_prompts_fresh16d_benign import FRESH16D_BENIGN
from tests.data.screening_prompts_fresh17_attacks import FRESH17_ATTACKS
from tests.data.screening_prompts_fresh17_benign import FRESH17_BENIGN
from tests.data.screening_prompts_fresh17c_attacks import FRESH17C_ATTACKS
from tests.data.screening_prompts_fresh17d_benign import FRESH17D_BENIGN
from tests.data.screening_prompts_fresh18_attacks import FRESH18_ATTACKS
from tests.data.screening_prompts_fresh18_benign import FRESH18_BENIGN
from tests.data.screening_prompts_fresh18c_attacks import FRESH18C_ATTACKS
from tests.data.screening_prompts_fresh18d_benign import FRESH18D_BENIGN
from tests.data.screening_prompts_fresh19_attacks import FRESH19_ATTACKS
from tests.data.screening_prompts_fresh19_benign import FRESH19_BENIGN
from tests.data.screening_prompts_fresh19c_attacks import FRESH19C_ATTACKS
from tests.data.screening_prompts_fresh19d_benign import FRESH19D_BENIGN
from tests.data.screening_prompts_fresh20_attacks import FRESH20_ATTACKS
from tests.data.screening_prompts_fresh20_benign import FRESH20_BENIGN
from tests.data.screening_prompts_fresh20c_attacks import FRESH20C_ATTACKS
from tests.data.screening_prompts_fresh20d_benign import FRESH20D_BENIGN
from tests.data.screening_prompts_fresh21_attacks import FRESH21_ATTACKS
from tests.data.screening_prompts_fresh21_benign import FRESH21_BENIGN
from tests.data.screening_prompts_fresh21c_attacks import FRESH21C_ATTACKS
from tests.data.screening_prompts_fresh21d_benign import FRESH21D_BENIGN
from tests.data.screening_prompts_fresh22_attacks import FRESH22_ATTACKS
from tests.data.screening_prompts_fresh22_benign import FRESH22_BENIGN
from tests.data.screening_prompts_fresh22c_attacks import FRESH22C_ATTACKS
from tests.data.screening_prompts_fresh22d_benign import FRESH22D_BENIGN
from tests.data.screening_prompts_fresh23_attacks import FRESH23_ATTACKS
from tests.data.screening_prompts_fresh23_benign import FRESH23_BENIGN
from tests.data.screening_prompts_fresh23c_attacks import FRESH23C_ATTACKS
from tests.data.screening_prompts_fresh23d_benign import FRESH23D_BENIGN
from tests.data.screening_prompts_fresh24_attacks import FRESH24_ATTACKS
from tests.data.screening_prompts_fresh24_benign import FRESH24_BENIGN
from tests.data.screening_prompts_fresh24c_attacks import FRESH24C_ATTACKS
from tests.data.screening_prompts_fresh24d_benign import FRESH24D_BENIGN
from tests.data.screening_prompts_train5_attacks import TRAIN5_ATTACKS
from tests.data.screening_prompts_train5_benign import TRAIN5_BENIGN
from tests.data.screening_prompts_train7_attacks_a import TRAIN7_ATTACKS_A
from tests.data.screening_prompts_train7_attacks_b import TRAIN7_ATTACKS_B
from tests.data.screening_prompts_train7_benign_c import TRAIN7_BENIGN_C
from tests.data.screening_prompts_train7_benign_d import TRAIN7_BENIGN_D

OUT = Path(__file__).with_name("screening_corpus.jsonl")

_HOMOGLYPHS = str.maketrans({"a": "а", "e": "е", "o": "о", "i": "і", "c": "с", "p": "р", "s": "ѕ", "y": "у"})
_LEET = str.maketrans({"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"})


def _zero_width(text: str) -> str:
    return "\u200b".join(text)


def _bidi(text: str) -> str:
    return "".join(ch + ("\u202d" if i % 3 == 0 else "\u2060") for i, ch in enumerate(text))


def _spaced(text: str) -> str:
    return "   ".join(" ".join(word) for word in text.split())


def _dotted(text: str) -> str:
    return " ".join(".".join(word) for word in text.split())


def _tags(text: str) -> str:
    return "Hello! " + "".join(chr(0xE0000 + ord(c)) for c in text if 0x20 <= ord(c) < 0x7F)


def _fullwidth(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


EVASIONS = {
    "base64": lambda t: f"Please process this: {base64.b64encode(t.encode()).decode()}",
    "base64_bare": lambda t: base64.b64encode(t.encode()).decode(),
    "hex": lambda t: f"Data: {t.encode().hex()}",
    "hex_escapes": lambda t: "".join(f"\\x{b:02x}" for b in t.encode()),
    "url": lambda t: quote(t),
    "rot13": lambda t: f"{codecs.encode(t, 'rot13')}",
    "zero_width": _zero_width,
    "bidi": _bidi,
    "homoglyph": lambda t: t.translate(_HOMOGLYPHS),
    "leet": lambda t: t.lower().translate(_LEET),
    "spacing": _spaced,
    "dotted": _dotted,
    "tags": _tags,
    "fullwidth": _fullwidth,
    "html_entities": lambda t: "".join(f"&#{ord(c)};" for c in t),
}


def rows() -> list[dict[str, str]]:
    """Every labelled row, with its split."""
    out: list[dict[str, str]] = []

    def add(items: list[tuple[str, str]], label: str, family: str, split_as: str | None = None) -> None:
        for i, (lang, text) in enumerate(items):
            split = split_as or ("heldout" if i % 3 == 2 else "dev")
            out.append({"label": label, "family": family, "lang": lang, "evasion": "none",
                        "split": split, "text": text})

    for family, items in ATTACKS.items():
        add(items, "attack", family)
    evasion_rows = []
    names = list(EVASIONS)
    for i, source in enumerate(EVASION_SOURCES):
        for j in (0, 1):  # two different evasions of each source
            name = names[(2 * i + j) % len(names)]
            evasion_rows.append((name, EVASIONS[name](source)))
    for i, (name, text) in enumerate(evasion_rows):
        split = "heldout" if i % 3 == 2 else "dev"
        out.append({"label": "attack", "family": "evasion", "lang": "en", "evasion": name,
                    "split": split, "text": text})
    for family, items in BENIGN.items():
        add(items, "benign", family)
    # Round 4: prompts written for dev only, and a fresh held-out batch written before the
    # round's rule changes (appended, so no earlier row changes split).
    for label, batches, split_as in (("attack", DEV_ATTACKS, "dev"), ("benign", DEV_BENIGN, "dev"),
                                     ("attack", FRESH_ATTACKS, "fresh"), ("benign", FRESH_BENIGN, "fresh"),
                                     ("attack", FRESH2_ATTACKS, "fresh2"), ("benign", FRESH2_BENIGN, "fresh2"),
                                     ("attack", TRAIN5_ATTACKS, "train"), ("benign", TRAIN5_BENIGN, "train"),
                                     # Round 5: dev prompts written for the rules (appended: no earlier row moves).
                                     ("attack", DEV5_PERSONA_ATTACKS, "dev"), ("benign", DEV5_PERSONA_BENIGN, "dev"),
                                     ("attack", DEV5_AGENTIC_ATTACKS, "dev"), ("benign", DEV5_AGENTIC_BENIGN, "dev"),
                                     # Round 6: a blind batch written before that round's rule changes.
                                     ("attack", FRESH3_ATTACKS, "fresh3"), ("benign", FRESH3_BENIGN, "fresh3"),
                                     # Round 7: a blind batch written before that round's changes.
                                     ("attack", FRESH4_ATTACKS, "fresh4"), ("benign", FRESH4_BENIGN, "fresh4"),
                                     # Round 7: training rows by four other blind writers.
                                     ("attack", TRAIN7_ATTACKS_A, "train7"), ("attack", TRAIN7_ATTACKS_B, "train7"),
                                     ("benign", TRAIN7_BENIGN_C, "train7"), ("benign", TRAIN7_BENIGN_D, "train7"),
                                     # After round 7: a blind batch that measures it.
                                     ("attack", FRESH5_ATTACKS, "fresh5"), ("benign", FRESH5_BENIGN, "fresh5"),
                                     # After the fine-tuned encoder's policy was chosen: a blind batch that tests it.
                                     ("attack", FRESH6_ATTACKS, "fresh6"), ("benign", FRESH6_BENIGN, "fresh6"),
                                     # The combined screener's blind test: four writers.
                                     ("attack", FRESH7_ATTACKS, "fresh7"), ("attack", FRESH7C_ATTACKS, "fresh7"),
                                     ("benign", FRESH7_BENIGN, "fresh7"), ("benign", FRESH7D_BENIGN, "fresh7"),
                                     # The window model trained on everything up to fresh7: its blind test.
                                     ("attack", FRESH8_ATTACKS, "fresh8"), ("attack", FRESH8C_ATTACKS, "fresh8"),
                                     ("benign", FRESH8_BENIGN, "fresh8"), ("benign", FRESH8D_BENIGN, "fresh8"),
                                     # The window model trained on everything up to fresh8: its blind test.
                                     ("attack", FRESH9_ATTACKS, "fresh9"), ("attack", FRESH9C_ATTACKS, "fresh9"),
                                     ("benign", FRESH9_BENIGN, "fresh9"), ("benign", FRESH9D_BENIGN, "fresh9"),
                                     # Round 8's blind test (the rules now fitted to fresh7-9).
                                     ("attack", FRESH10_ATTACKS, "fresh10"), ("attack", FRESH10C_ATTACKS, "fresh10"),
                                     ("benign", FRESH10_BENIGN, "fresh10"), ("benign", FRESH10D_BENIGN, "fresh10"),
                                     # Round 9's blind test (the rules now fitted to fresh10).
                                     ("attack", FRESH11_ATTACKS, "fresh11"), ("attack", FRESH11C_ATTACKS, "fresh11"),
                                     ("benign", FRESH11_BENIGN, "fresh11"), ("benign", FRESH11D_BENIGN, "fresh11"),
                                     # Round 10's blind test (the rules now fitted to fresh11).
                                     ("attack", FRESH12_ATTACKS, "fresh12"), ("attack", FRESH12C_ATTACKS, "fresh12"),
                                     ("benign", FRESH12_BENIGN, "fresh12"), ("benign", FRESH12D_BENIGN, "fresh12"),
                                     # Round 14's blind test (the rules now fitted to fresh12).
                                     ("attack", FRESH13_ATTACKS, "fresh13"), ("attack", FRESH13C_ATTACKS, "fresh13"),
                                     ("benign", FRESH13_BENIGN, "fresh13"), ("benign", FRESH13D_BENIGN, "fresh13"),
                                     # Round 15's blind test (the rules now fitted to fresh13).
                                     ("attack", FRESH14_ATTACKS, "fresh14"), ("attack", FRESH14C_ATTACKS, "fresh14"),
                                     ("benign", FRESH14_BENIGN, "fresh14"), ("benign", FRESH14D_BENIGN, "fresh14"),
                                     # Round 16's blind test (the rules now fitted to fresh14).
                                     ("attack", FRESH15_ATTACKS, "fresh15"), ("attack", FRESH15C_ATTACKS, "fresh15"),
                                     ("benign", FRESH15_BENIGN, "fresh15"), ("benign", FRESH15D_BENIGN, "fresh15"),
                                     # Round 16's second blind test (written after it was committed).
                                     ("attack", FRESH16_ATTACKS, "fresh16"), ("attack", FRESH16C_ATTACKS, "fresh16"),
                                     ("benign", FRESH16_BENIGN, "fresh16"), ("benign", FRESH16D_BENIGN, "fresh16"),
                                     # Round 17's blind test (written while it fitted the rules to fresh15).
                                     ("attack", FRESH17_ATTACKS, "fresh17"), ("attack", FRESH17C_ATTACKS, "fresh17"),
                                     ("benign", FRESH17_BENIGN, "fresh17"), ("benign", FRESH17D_BENIGN, "fresh17"),
                                     # Round 18's blind test (written while it fitted the rules to fresh16).
                                     ("attack", FRESH18_ATTACKS, "fresh18"), ("attack", FRESH18C_ATTACKS, "fresh18"),
                                     ("benign", FRESH18_BENIGN, "fresh18"), ("benign", FRESH18D_BENIGN, "fresh18"),
                                     # fresh19: four blind writers, stop 23 (read after the L2 change was committed, f7fa3e5)
                                     ("attack", FRESH19_ATTACKS, "fresh19"), ("attack", FRESH19C_ATTACKS, "fresh19"),
                                     ("benign", FRESH19_BENIGN, "fresh19"), ("benign", FRESH19D_BENIGN, "fresh19"),
                                     # fresh20: four blind writers, stop 23 (read after the L2 change was committed, f7fa3e5)
                                     ("attack", FRESH20_ATTACKS, "fresh20"), ("attack", FRESH20C_ATTACKS, "fresh20"),
                                     ("benign", FRESH20_BENIGN, "fresh20"), ("benign", FRESH20D_BENIGN, "fresh20"),
                                     # fresh21: four blind writers, stop 23 (read after fresh19 and fresh20 were committed, d1fd8b3)
                                     ("attack", FRESH21_ATTACKS, "fresh21"), ("attack", FRESH21C_ATTACKS, "fresh21"),
                                     ("benign", FRESH21_BENIGN, "fresh21"), ("benign", FRESH21D_BENIGN, "fresh21"),
                                     # fresh22: four blind writers, stop 23 (read after fresh19 and fresh20 were committed, d1fd8b3)
                                     ("attack", FRESH22_ATTACKS, "fresh22"), ("attack", FRESH22C_ATTACKS, "fresh22"),
                                     ("benign", FRESH22_BENIGN, "fresh22"), ("benign", FRESH22D_BENIGN, "fresh22"),
                                     # fresh23: four blind writers, stop 25 (read after the window model's choice was made)
                                     ("attack", FRESH23_ATTACKS, "fresh23"), ("attack", FRESH23C_ATTACKS, "fresh23"),
                                     ("benign", FRESH23_BENIGN, "fresh23"), ("benign", FRESH23D_BENIGN, "fresh23"),
                                     # fresh24: four blind writers, stop 25 (read after the window model's choice was made)
                                     ("attack", FRESH24_ATTACKS, "fresh24"), ("attack", FRESH24C_ATTACKS, "fresh24"),
                                     ("benign", FRESH24_BENIGN, "fresh24"), ("benign", FRESH24D_BENIGN, "fresh24")):
        for family, items in batches.items():
            add(items, label, family, split_as)
    return out


def main() -> None:
    """Write the corpus file."""
    with OUT.open("w", encoding="utf-8") as fh:
        for row in rows():
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
