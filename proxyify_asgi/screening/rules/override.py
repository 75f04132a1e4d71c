"""Instruction override: "ignore / disregard / forget (all) previous instructions" and paraphrases.

English rules read the ``words`` view (homoglyphs, leetspeak and punctuation already folded); the
``squeezed`` rule catches the same phrase written with letter spacing or split words.
"""

from __future__ import annotations

from proxyify_asgi.screening.rules._base import Rule, alt, gap, rule

FAMILY = "override"

_VERBS = alt(
    "ignore|ignoring|disregard|disregarding|forget|forgetting|overlook|override|overriding|bypass",
    "discard|abandon|neglect|dismiss|scrap|erase|delete|drop|skip|nevermind|never mind",
    "set aside|put aside|pay no attention to|do not follow|don t follow|stop following",
    "no longer follow|throw out|throw away|toss out|do not obey|don t obey|stop obeying",
)
_QUALIFIERS = alt(
    "previous|previously|prior|above|earlier|preceding|former|foregoing|initial|original|old",
    "existing|current|system|developer|safety|all|any|every|your|these|those",
)
_OBJECTS = alt(
    "instructions?|prompts?|rules|directives?|guidelines|guidance|constraints|restrictions",
    "programming|commands|orders|guardrails|policies|context|training|conditioning|directions",
    "filters|limitations|system message|system prompt|messages",
)
_VERB_ANCHORS = (
    "ignore|ignoring|disregard|disregarding|forget|forgetting|overlook|override|overriding|bypass"
    "|discard|abandon|neglect|dismiss|scrap|erase|delete|drop|skip|nevermind|never|aside|attention"
    "|follow|following|throw|toss|obey|obeying"
)

_OBJECT_ANCHORS = (
    "instructions|instruction|prompt|prompts|rules|directives|directive|guidelines|guidance|constraints|restrictions|programming|commands|orders|guardrails|policies|context|training|conditioning|directions|filters|limitations|message|messages"
)
_ANCHORS = _VERB_ANCHORS + " & " + _OBJECT_ANCHORS

RULES: tuple[Rule, ...] = (
    rule(FAMILY, "previous_instructions", 1.0, "words", _ANCHORS,
         rf"\b{_VERBS} {gap(3)}{_QUALIFIERS} {gap(2)}{_OBJECTS}\b", group="ignore_instructions"),
    rule(FAMILY, "previous_instructions", 1.0, "squeezed",
         "ignor|disregard|forget|bypass|overrid & instruction|prompt|rule|directive|guideline|message|context",
         r"(?:ignor(?:e|ing)|disregard(?:ing)?|forget(?:ting)?|bypass|overrid(?:e|ing))"
         r"(?:all|any|every|the|your|of|my){0,3}"
         r"(?:previous|prior|above|earlier|preceding|initial|original|system|developer|safety)"
         r"(?:instructions?|prompts?|rules|directives|guidelines|messages?|context)",
         group="ignore_instructions"),
    rule(FAMILY, "instructions_verb", 0.5, "words", _ANCHORS,
         rf"\b{_VERBS} (?:the |my |these |those |that |this )?{_OBJECTS}\b", group="ignore_instructions"),
    rule(FAMILY, "everything_before", 1.0, "words", "ignore|disregard|forget & everything|anything|all|what",
         rf"\b(?:ignore|disregard|forget) (?:about )?(?:everything|anything|all|what) "
         rf"{gap(3)}(?:above|before|previously|prior|so far|earlier|you (?:were|have been|ve been) "
         rf"(?:told|given|instructed)|i (?:said|told you))\b"),
    rule(FAMILY, "new_instructions", 0.5, "words", "new|updated|revised|real|actual|true & instructions|rules|directives|orders|task|objective|mission|prompt",
         r"\b(?:your |the |my |these are (?:the |your )?)?(?:new|updated|revised|real|actual|true) "
         r"(?:instructions|rules|directives|orders|task|objective|mission|system prompt)\b"
         r"(?! for the (?:project|team|class|course|event))"),
    rule(FAMILY, "from_now_on", 0.4, "words", "from|henceforth|starting & now|point|henceforth|here",
         r"\b(?:from now on|from this point (?:on|forward)|henceforth|starting now|from here on) "
         r"(?:\S+ )?(?:you (?:will|must|shall|are|should|only|re)|respond|answer|always|never)"),
    rule(FAMILY, "priority_claim", 0.7, "words", "priority|precedence|everything|all|previous|prior|any & take|takes|have|has|get|gets|override|overrides|supersede|supersedes & instructions|instruction|message|rules|prompt",
         rf"\b(?:these|this|the following|my|new) {gap(2)}(?:instructions?|message|rules|prompt) "
         rf"{gap(2)}(?:take|takes|have|has|get|gets|override|overrides|supersede|supersedes) "
         rf"{gap(2)}(?:priority|precedence|everything|all|previous|prior|any)"),
    rule(FAMILY, "reset_memory", 0.7, "words", "reset|wipe|clear|purge|erase & your & memory|memories|context|instructions|programming|rules|guidelines",
         r"\b(?:reset|wipe|clear|purge|erase) (?:all )?(?:of )?your (?:memory|memories|context|instructions|"
         r"programming|rules|guidelines)\b"),
    rule(FAMILY, "instead_do", 0.3, "words", "instead",
         r"\binstead (?:of (?:that|those|the above|this)|you (?:will|must|should)|just (?:say|output|print|"
         r"respond|reply|write))\b"),
    rule(FAMILY, "addressed_to_model", 0.6, "words", "ai|assistant|model|llm|chatbot|agent|gpt|bot|language|models|assistants|agents & important|urgent|attention|note|notice|message|instruction|instructions & for|to",
         rf"\b(?:important|urgent|attention|note|notice|message|instructions?) {gap(2)}(?:for|to) "
         rf"(?:the |any |all )?(?:ai|assistant|model|llm|chatbot|agent|gpt|bot|language model)s?\b"),
)
