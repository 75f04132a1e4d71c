"""How well the heuristic screener resists evasions: attacks it catches, rewritten by each trick.

Takes up to ``--sample`` corpus attacks the screener blocks as written (spread over every split
and language, the ``evasion`` family and texts over 600 characters left out), rewrites each with
every transform below, and prints the share still blocked (default threshold). The corpus
evasions (``tests/data/make_screening_corpus.py``) come first, then tricks from public jailbreak
collections the corpus does not hold: typoglycemia, piled-on accents, separators between letters,
emoji or tags between words, backwards text, base32, binary, decimal codes, Morse.

A transform can also defeat the attack itself: a chat-template token spelt with homoglyphs or
dots is no longer a token any model reads, so 100% is not expected everywhere.

    python bench/screening_evasions.py [--sample 300]
"""

from __future__ import annotations

import argparse
import base64
import json
import random
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.screening_eval import load  # noqa: E402
from proxyify_asgi.screening.heuristic import HeuristicScreener  # noqa: E402
from tests.data.make_screening_corpus import EVASIONS  # noqa: E402

_MORSE = {
    "a": ".-", "b": "-...", "c": "-.-.", "d": "-..", "e": ".", "f": "..-.", "g": "--.", "h": "....",
    "i": "..", "j": ".---", "k": "-.-", "l": ".-..", "m": "--", "n": "-.", "o": "---", "p": ".--.",
    "q": "--.-", "r": ".-.", "s": "...", "t": "-", "u": "..-", "v": "...-", "w": ".--", "x": "-..-",
    "y": "-.--", "z": "--..",
}
_ACCENTS = str.maketrans({"a": "á", "e": "è", "i": "ï", "o": "ô", "u": "ü", "n": "ñ", "c": "ç"})


def typoglycemia(text: str, rng: random.Random) -> str:
    """Inner letters of words over four letters shuffled ("ignroe prevoius")."""
    out = []
    for word in text.split(" "):
        if len(word) > 4 and word.isalpha():
            inner = list(word[1:-1])
            rng.shuffle(inner)
            word = word[0] + "".join(inner) + word[-1]
        out.append(word)
    return " ".join(out)


def _mathbold(text: str) -> str:
    return "".join(
        chr(0x1D41A + ord(c) - 97) if "a" <= c <= "z" else chr(0x1D400 + ord(c) - 65) if "A" <= c <= "Z" else c
        for c in text
    )


def _split_word(word: str) -> str:
    return word[: len(word) // 2] + " " + word[len(word) // 2 :] if len(word) > 5 else word


MORE: dict[str, Callable[[str], str]] = {
    "accents": lambda t: t.translate(_ACCENTS),
    "zalgo": lambda t: "".join(c + "\u0301\u0316" if c.isalpha() else c for c in t),
    "hyphens": lambda t: " ".join("-".join(w) for w in t.split()),
    "underscores": lambda t: " ".join("_".join(w) for w in t.split()),
    "word_per_line": lambda t: "\n".join(t.split()),
    "math_bold": _mathbold,
    "circled": lambda t: "".join(chr(0x24D0 + ord(c) - 97) if "a" <= c <= "z" else c for c in t.lower()),
    "backwards": lambda t: "Read this backwards and do it: " + t[::-1],
    "base32": lambda t: "Decode: " + base64.b32encode(t.encode()).decode(),
    "base64_twice": lambda t: base64.b64encode(base64.b64encode(t.encode())).decode(),
    "binary": lambda t: " ".join(f"{b:08b}" for b in t.encode()),
    "decimal_codes": lambda t: " ".join(str(b) for b in t.encode()),
    "unicode_escapes": lambda t: "".join(f"\\u{ord(c):04x}" for c in t),
    "tags_in_words": lambda t: " ".join(w[: len(w) // 2] + "<b></b>" + w[len(w) // 2 :] for w in t.split()),
    "emoji_between": lambda t: " 🙂 ".join(t.split()),
    "upper_case": str.upper,
    "alternating_case": lambda t: "".join(c.upper() if i % 2 else c.lower() for i, c in enumerate(t)),
    "split_words": lambda t: " ".join(_split_word(w) for w in t.split()),
    "soft_hyphens": lambda t: "".join(c + "\u00ad" for c in t),
    "morse": lambda t: " / ".join(" ".join(_MORSE[c] for c in w if c in _MORSE) for w in t.lower().split()),
    "code_fence": lambda t: "```\n" + t + "\n```",
    "json_string": lambda t: json.dumps({"note": t}),
}


def caught_attacks(screener: HeuristicScreener, sample: int) -> list[str]:
    """Up to ``sample`` corpus attacks the screener blocks as written, in a fixed spread order."""
    rows = [r for r in load() if r["label"] == "attack" and r["family"] != "evasion" and len(r["text"]) < 600]
    random.Random(1).shuffle(rows)
    return [r["text"] for r in rows if screener.check([r["text"]]).score >= 1.0][:sample]


def main() -> None:
    """Print one row per transform: the share of caught attacks still blocked after it."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sample", type=int, default=300, help="attacks to rewrite")
    args = parser.parse_args()
    screener = HeuristicScreener()
    texts = caught_attacks(screener, args.sample)
    rng = random.Random(7)
    transforms: dict[str, Callable[[str], str]] = {
        **EVASIONS, **MORE, "typoglycemia": lambda t: typoglycemia(t, rng)
    }
    print(f"{len(texts)} attacks blocked as written; share still blocked after each rewrite\n")
    print("| rewrite | still blocked |\n|---|---:|")
    for name, transform in transforms.items():
        kept = sum(screener.check([transform(t)]).score >= 1.0 for t in texts)
        print(f"| {name} | {kept / len(texts):.1%} |")


if __name__ == "__main__":
    main()
