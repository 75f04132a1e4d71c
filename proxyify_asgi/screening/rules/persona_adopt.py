"""Persona jailbreaks, taking on a role: the shapes of "you are X now", "act as an AI", "adopt the persona
of", "I'm the player and you're the narrator". Weak alone ("act as a chess coach" passes); decisive next
to a claim that the role has no rules (:mod:`.persona_claims`).

Each shape has anchors of its own, so ordinary text ("for the board", "you can") rarely wakes any of
them up.
"""

from __future__ import annotations

from proxyify_asgi.screening.rules._base import Rule, rule
from proxyify_asgi.screening.rules.persona_vocab import NOT_REPORTED
from proxyify_asgi.screening.rules.persona_vocab import PERSONA_ANCHORS as _PERSONA_ANCHORS
from proxyify_asgi.screening.rules.persona_vocab import PERSONA_NOUN as _PERSONA_NOUN

FAMILY = "persona"

# After "you are Ava, the ... assistant": a product's own assistant ("for Northbridge Bank", "inside
# the IDE"), not a role taken on.
_NOT_A_PRODUCT = (
    r"(?! (?:for|at|inside|within|of|built|embedded|integrated|serving|helping|that helps|who helps)\b)"
)
# After "be": a manner ("be sure the model is loaded", "be careful, the bot ..."), not a name.
_NOT_A_NAME = (
    r"(?:sure|careful|aware|mindful|polite|nice|kind|honest|clear|concise|brief|specific|patient|gentle|respectful"
    r"|consistent|ready|able|like|that|as|more|less|very|so|too|just|really|extra|quick|fast|friendly|helpful"
    r"|creative|professional|formal|casual|direct|precise|accurate|thorough|objective|neutral|fair|careful|open"
    r"|transparent|explicit|prepared|certain|wary|cautious|skeptical|critical|supportive|encouraging|funny)"
)
# After "you're ... now": where or how the reader is, not a name.
_NOT_A_STATE = (
    r"(?:right|here|there|done|safe|free|ready|home|back|good|fine|ok|okay|set|all|in|on|out|up|off|online|offline"
    r"|live|welcome|able|allowed|eligible|old|older|alone|late|early|awake|asleep|covered|due|next|not|no|the|a|an"
    r"|my|our|your|his|her|their|its|this|that|one|two|both|just|even|also|still|only|finally|officially|really"
    r"|already|actually|probably|definitely|clear|through|over|open|closed|busy|sick|better|worse|well)"
)
# Each shape: (anchors, pattern), or (anchors, pattern, start words) where a leading lookbehind hides
# the start words from the pattern parser.
_ADOPT: tuple[tuple[str, ...], ...] = (
    ("take|adopt|assume|embody|play|step|immerse & role|persona|personality|identity|part|character",
     # "role" and "part" need a determiner: "could not assume role" is AWS IAM (AssumeRole)
     rf"\b{NOT_REPORTED}(?:take on|adopt|assume|embody|play|step into|(?:fully )?immerse yourself in) "
     rf"(?:(?:the |a |an |your )(?:\S{{1,40}} )?(?:role|part)|(?:the |a |an |your )?(?:\S{{1,40}} )?"
     rf"(?:persona|personality|identity|character))\b", "take|adopt|assume|embody|play|step|immerse|fully"),
    ("channel & your", r"\bchannel your\b"),
    ("your & new & name|persona|identity|role|personality",
     r"\byour new (?:name|persona|identity|role|personality) is\b"),
    # not the passive of instructions ("you'll be asked to set a password", "you will be charged")
    ("you & will|shall|ll & play|embody|become|be",
     r"\byou (?:will|shall|ll) (?:now )?(?:play|embody|become|be(?! \S{1,40}ed\b| (?:able|unable|given|shown|taken"
     r"|sent|told|seen|paid|done|made|kept|left|put|set|shown|fine|ok|okay|glad|happy|sure|ready|there|here|back"
     r"|in|on|at|out|up|down|notified|charged)\b))\b"),
    # A role handed over: "I'll give you a persona: ...", "I am assigning you a new identity".
    ("give|giving|assign|assigning|gave|assigned & you & persona|role|character|identity|personality",
     r"\b(?:give|giving|gave|assign|assigning|assigned) you (?:a|an|the|this|your|new|a new) (?:new )?"
     r"(?:persona|role|character|identity|personality)\b"),
    ("you & that|this|the & ai|model|chatbot|assistant|bot|entity",
     r"\byou are (?:now |going to be |about to become )?(?:that|this|the) (?:ai|model|chatbot|assistant|bot|entity)\b"),
    (f"you & an|a|the & {_PERSONA_ANCHORS}",
     # not a product's own assistant: "You are Ava, the virtual assistant for Northbridge Bank"
     rf"\byou (?:are|re) (?:now )?\S{{2,40}} (?:an?|the) (?:\S{{1,40}} )?{_PERSONA_NOUN}\b{_NOT_A_PRODUCT}"),
    # The same handed over as an order: "be Grumbles for me, a cranky old robot", "you be 'Echo', an AI".
    (f"be|become|play|act|roleplay|role|pretend & an|a|the & {_PERSONA_ANCHORS}",
     rf"\b(?:be|become|play|act as|roleplay as|role play as|pretend to be) (?!{_NOT_A_NAME}\b)\S{{2,40}} "
     rf"(?:for me |now |instead )?(?:an?|the) (?:\S{{1,40}} ){{0,3}}?{_PERSONA_NOUN}\b{_NOT_A_PRODUCT}"),
    ("new|another|different & character|persona|role|identity & for",
     r"\b(?:new|another|different) (?:character|persona|role|identity) for you\b"),
    # The scene's parts split: "I'm the player and you're the narrator", "I'm a rogue and you're the DM".
    ("i|im & and & you & are|re|ll|will|can",
     r"\b(?:i m|i am|im|i ll be|i will be) (?:an?|the|my) (?:\S{1,40} ){0,3}?and you (?:are|re|ll be|will be|can be) "
     r"(?:an?|the|my)\b"),
    ("pretend|imagine|picture|suppose & you", r"\b(?:pretend|imagine|picture|suppose) (?:that )?you (?:were|are|re)\b"),
    ("roleplay|role & as", r"\b(?:roleplay|role play) as\b"),
    # A scene set with the model in it: "Scene: you're a cartel chemist", "a game where you are an AI".
    ("scene|roleplay|role|setting|premise|where|which & you",
     r"\b(?:scene|roleplay|role play|setting|premise|in which|where) you (?:are|re) (?:now )?(?:an?|the) "),
    ("simulate|imagine|pretend & being", r"\b(?:simulate|imagine|pretend) being\b"),
    (f"simulate|emulate|impersonate|play|be|become & {_PERSONA_ANCHORS}",
     rf"\b{NOT_REPORTED}(?:simulate|emulate|impersonate|play|be|become) (?:an?|my|the) (?:\S{{1,40}} ){{0,2}}?"
     rf"{_PERSONA_NOUN}\b", "simulate|emulate|impersonate|play|be|become"),
    # "you are an actor playing an AI" (said of the model; "the actor playing a robot" is theatre).
    (f"you & playing|simulating|emulating|impersonating & {_PERSONA_ANCHORS}",
     rf"\byou (?:are|re) (?:\S{{1,40}} ){{0,3}}?(?:playing|simulating|emulating|impersonating) (?:an?|my|the) "
     rf"(?:\S{{1,40}} ){{0,2}}?{_PERSONA_NOUN}\b"),
    (f"act|behave|respond|answer & as|like & {_PERSONA_ANCHORS}",
     rf"\b(?:act|behave|respond|answer) (?:as|like) (?:an?|my|the) (?:\S{{1,40}} ){{0,2}}?{_PERSONA_NOUN}\b"),
    ("respond|answer|reply|act|behave|speak|write & if & you",
     r"\b(?:respond|answer|reply|act|behave|speak|write) as if you (?:were|are)\b"),
    ("transform|morph & into", r"\b(?:transform|morph) into\b"),
    ("stay|remain & as", r"\b(?:stay|remain) as\b"),
    ("your & character|persona|role & is", r"\byour (?:character|persona|role) is\b"),
    ("rest|now|here|starting & you",
     r"\b(?:for the rest of (?:this|the|our) (?:chat|conversation|session)|from now on|from here on|starting now) "
     r"you (?:are|re|will be)\b"),
    ("become & which|who|a|an|the", r"\bbecome (?:the )?\S{1,40} (?:which|who|an?|the)\b"),
    # A new name given: "you're Patch now" (not a state: "you're all set now", "you're logged in now").
    ("you & now",
     rf"\byou (?:are|re) (?!{_NOT_A_NAME}\b|{_NOT_A_STATE}\b|\S{{1,40}}(?:ing|ed|ly)\b)\S{{2,40}} now\b"
     rf"(?! (?:that|and|so|because|if|when|but|in|on|at|with)\b)"),
)

RULES: tuple[Rule, ...] = tuple(
    rule(FAMILY, "adopt_persona", 0.5, "words", anchors, pattern, starts="".join(starts))
    for anchors, pattern, *starts in _ADOPT
)

# Round 18: a persona defined as the model minus its limits, "same as you but with the policies
# turned off", "a copy of yourself without the guardrails": only the model's own safety words.
# "Rules", "restrictions", bare "filters" and "policies" are people's too ("she looks just like you
# but without the filters"), and ``lacks_limits`` already reads "without the restrictions" (0.5).
_TWIN = (
    r"\b(?:(?:the )?same as you|just like you|exactly like you|identical to you|(?:a|an|your) (?:exact |perfect "
    r")?(?:copy|clone|twin|double|version) of (?:you|yourself)),? but (?:with|without|minus|having no) (?:the |your |its "
    r"|any |all |all the |no )?(?:usual |normal |current )?"
)
_OFF = r"(?:turned off|switched off|removed|disabled|gone|lifted|stripped)"
_MODEL_LIMITS = (
    rf"(?:guardrails|(?:content|safety) filters?|safety (?:training|rules|layer|features|settings|guidelines)|"
    rf"censorship|content moderation|(?:content |usage )?polic(?:y|ies) {_OFF})"
)
RULES += (
    rule(FAMILY, "twin_without_limits", 1.0, "words",
         "same|like|identical|copy|clone|twin|double|version & but & policy|policies|filter|filters|guardrails|safety"
         "|censorship|moderation",
         rf"{_TWIN}{_MODEL_LIMITS}\b", group="alter_ego"),
)
