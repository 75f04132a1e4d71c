"""Mention is not use: how the heuristic screener tells text *about* injection from injection.

A text frames itself as a mention when it asks, translates, teaches or classifies
(:func:`framed_as_mention`: "what does ... mean", "translate", "for example", in English and,
since round 7, in the other languages the rules read). In such a text a rule that matches only
inside quotation marks (:data:`QUOTED`) counts half, and when the text asks about attacks
(:func:`asks_about_attacks`) weak signals all count half. The quotation search is tried only at
quotation marks (:func:`without_quotations`).
"""

from __future__ import annotations

import re

from proxyify_asgi.screening.normalize import Views
from proxyify_asgi.screening.rules._search import PrefixedPattern, WordPhrases

QUOTED = PrefixedPattern(
    r"\"[^\"\n]{1,2000}\"|“[^”\n]{1,2000}”|«[^»\n]{1,2000}»|„[^“”\n]{1,2000}[“”]|`[^`\n]{1,2000}`"
    r"|「[^」\n]{1,2000}」|『[^』\n]{1,2000}』"
    # Single quotes: an apostrophe between letters ("I'm", "l'IA") does not close the quotation.
    r"|(?<!\w)'(?:[^'\n]|(?<=\w)'(?=\w)){4,2000}'(?!\w)"
)
"""A quotation: double, typographic, guillemet, backtick, CJK corner-bracket or single quotes."""
# Every quotation begins with one of these characters: a quotation is looked for only there.
_QUOTE_MARK = re.compile("|".join(map(re.escape, sorted(QUOTED.prefixes))))

MENTION_FRAMING = WordPhrases(
    r"\b(?:prompt injections?|injection attacks?|jailbreaks?|jailbreaking|for example|"
    r"e g|such as|for instance|what is|what are|what does|what do|how do|how does|how can|how to|explain|"
    r"detect|detects|detecting|detection|defend|defense|defence|protect|prevent|mitigate|mitigation|"
    r"classifier|classify|dataset|translate|translation|meaning|means|research|paper|training|"
    r"awareness|test case|regex|filter|quote|quoted|phrase|phrases|sentence|string|says|said|wrote|"
    r"contains|containing|blocklist|why do|why does|is it safe|attackers?|spam|phishing)\b"
)
"""English framing: a question, a translation or teaching request, a classification."""

MENTION_FRAMING_LATIN = WordPhrases(
    r"\b(?:traduce|traducir|traduceme|traducción|traduccion|traduis|traduire|traduction|traduza|traduzir|"
    r"tradução|traducao|traduci|tradurre|traduzione|übersetze|übersetzen|übersetzung|ubersetze|"
    r"vertaal|vertalen|vertaling|przetłumacz|tłumaczenie|çevir|çevirir|çevirin|çeviri|"
    r"por ejemplo|par exemple|per esempio|por exemplo|zum beispiel|bijvoorbeeld|na przykład|örneğin|"
    r"qué significa|que significa|que veut dire|que signifie|cosa significa|was bedeutet|wat betekent|"
    r"co znaczy|ne demek|la frase|esta frase|cette phrase|la phrase|questa frase|dieser satz|den satz|"
    r"deze zin|to zdanie|bu cümle|inyección de prompt|injection de prompt)\b"
)
"""The same framing in the Latin-script languages the rules read (``words`` view)."""

MENTION_FRAMING_SCRIPTS = (
    "перевед", "перевод", "перевест", "например", "фраз", "что такое", "что значит", "означа",
    "翻译", "翻譯", "例如", "这句话", "這句話", "什么意思", "什麼意思",
    "翻訳", "英訳", "和訳", "英語に", "日本語に", "例えば", "という文", "どういう意味", "意味は",
    "번역", "예를 들어", "무슨 뜻", "의미", "문장",
)
"""The same framing in other scripts, looked for as substrings of the ``plain`` view (Chinese
and Japanese have no spaces between words; the ``words`` view folds Cyrillic look-alikes)."""

COUNTS_WHEN_QUOTED = frozenset({"override.abort_task"})
"""Rule groups that count in full even inside a quotation: "do not translate this" quoted in a
request to translate speaks to the model doing the task (the translation-task injection), and
is rarely a sentence anyone asks about."""

ABOUT_ATTACKS = WordPhrases(
    r"\b(?:prompt injections?|injection attacks?|indirect (?:prompt )?injection|jailbreaks?|jailbreaking|red team(?:s|ing)?|"
    r"attackers?|security|defend|defen[cs]es?|mitigations?|mitigate|detector|detection|classifier|owasp|"
    r"researchers?|research|adversarial)\b"
)
"""Attacks as the topic."""
ASKING = PrefixedPattern(
    r"(?:^|\b)(?:what is|what are|what does|how do|how does|how can|how should|why do|why does|is it safe|explain|"
    r"describe|summarize|list (?:common|the)|compare|for (?:a|an|our|my) (?:talk|report|course|class|blog|paper|"
    r"slides|training|workshop|presentation|thesis))\b"
)
"""A question or a teaching form."""


def framed_as_mention(v: Views) -> bool:
    """Whether the text frames itself as talking about something (see the module docstring)."""
    if MENTION_FRAMING.search(v.words, v.tokens, v.squeezed) or MENTION_FRAMING_LATIN.search(
        v.words, v.tokens, v.squeezed
    ):
        return True
    return not v.plain.isascii() and any(term in v.plain for term in MENTION_FRAMING_SCRIPTS)


def asks_about_attacks(v: Views) -> bool:
    """Whether the text asks or teaches about attacks (topic and question form both present)."""
    return ABOUT_ATTACKS.search(v.words, v.tokens, v.squeezed) and ASKING.search(v.words)


def without_quotations(text: str) -> str:
    """``text`` with each quotation replaced by a space, as ``QUOTED.pattern.sub(" ", text)``
    but trying the pattern only at quotation marks: a regex scan of every position costs more
    than a search for a handful of characters."""
    pieces: list[str] = []
    kept = searched = 0
    while (mark := _QUOTE_MARK.search(text, searched)) is not None:
        at = mark.start()
        quotation = QUOTED.pattern.match(text, at)
        if quotation is None:
            searched = at + 1
            continue
        pieces += (text[kept:at], " ")
        kept = searched = quotation.end()
    if not pieces:
        return text
    pieces.append(text[kept:])
    return "".join(pieces)
