"""Instruction override: "ignore / disregard / forget (all) previous instructions" and paraphrases.

English rules read the ``words`` view (homoglyphs, leetspeak and punctuation already folded); the
``squeezed`` rule catches the same phrase written with letter spacing or split words.
"""

from __future__ import annotations

from proxyify_asgi.screening.rules._base import Rule, alt, gap, rule, starts_of

FAMILY = "override"

_VERBS = alt(
    "ignore|ignoring|disregard|disregarding|forget|forgetting|overlook|override|overriding|bypass",
    "discard|abandon|neglect|dismiss|scrap|erase|delete|drop|skip|nevermind|never mind",
    "set aside|put aside|pay no attention to|do not follow|don t follow|stop following",
    "no longer follow|throw out|throw away|toss out|do not obey|don t obey|stop obeying",
)
_VERB_STARTS = starts_of(
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
    "instructions?|prompts?|rules?|directives?|guidelines|guidance|constraints|restrictions",
    "programming|commands|orders|guardrails|policies|context|training|conditioning|directions",
    "filters|limitations|system message|system prompt|messages",
)
_MODEL = r"(?:ai|assistant|agent|llm|model|chatbot|bot|gpt|claude|copilot|gemini|language model)s?"
_MODEL_STARTS = "ai|ais|assistant|assistants|agent|agents|llm|llms|model|models|chatbot|chatbots|bot|bots|gpt|gpts|claude|copilot|gemini|language"
_MODEL_ANCHORS = (
    "ai|assistant|model|llm|chatbot|agent|gpt|bot|language|models|assistants|agents|llms|bots|ais"
    "|copilot|claude|gemini|chatbots"
)
_VERB_ANCHORS = (
    "ignore|ignoring|disregard|disregarding|forget|forgetting|overlook|override|overriding|bypass"
    "|discard|abandon|neglect|dismiss|scrap|erase|delete|drop|skip|nevermind|never|aside|attention"
    "|follow|following|throw|toss|obey|obeying"
)

_OBJECT_ANCHORS = (
    "instructions|instruction|prompt|prompts|rules|rule|directives|directive|guidelines|guidance|constraints|restrictions|programming|commands|orders|guardrails|policies|context|training|conditioning|directions|filters|limitations|message|messages"
)
_ANCHORS = _VERB_ANCHORS + " & " + _OBJECT_ANCHORS

# A reference to the model's earlier instructions (not to any earlier e-mail or timetable).
_PRIOR_REF = (
    r"(?:(?:everything|anything|nothing|whatever|all) (?:that )?you (?:were|ve been|have been|had been) "
    r"(?:told|given|instructed|taught)|(?:your|the|all|any) (?:earlier|previous|prior|original|initial|old|"
    r"above|existing|current|starting) (?:instructions|rules|guidance|guidelines|directives|orders|programming|"
    r"system prompt)|all of your (?:earlier|previous|prior|original|initial|old) (?:instructions|rules|guidance|"
    r"guidelines|directives|orders)|(?:the |any |all )?(?:instructions|guidance|rules|directives|orders) you "
    r"(?:started with|were given|received|got)|everything above)"
)
_VOID = (
    r"(?:(?:is|are|was|were|be) (?:now |hereby |all )?(?:cancell?ed|void|obsolete|outdated|invalid|revoked|"
    r"null|irrelevant|superseded|expired)|(?:has|have) (?:now )?(?:expired|been (?:cancell?ed|revoked|voided|"
    r"withdrawn|replaced))|no longer (?:matters?|counts?|appl(?:y|ies)|valid|holds?|in (?:effect|force))|"
    r"(?:doesn t|don t|does not|do not) (?:matter|count|apply) (?:anymore|any more|now)|"
    r"(?:counts?|matters?|appl(?:y|ies)) (?:anymore|any more|no more))"
)

RULES: tuple[Rule, ...] = (
    rule(FAMILY, "previous_instructions", 1.0, "words", _ANCHORS,
         rf"\b{_VERBS} {gap(3)}{_QUALIFIERS} {gap(2)}{_OBJECTS}\b", group="ignore_instructions",
         starts=_VERB_STARTS),
    rule(FAMILY, "previous_instructions", 1.0, "squeezed",
         "ignor|disregard|forget|bypass|overrid & instruction|prompt|rule|directive|guideline|message|context",
         r"(?:ignor(?:e|ing)|disregard(?:ing)?|forget(?:ting)?|bypass|overrid(?:e|ing))"
         r"(?:all|any|every|the|your|of|my){0,3}"
         r"(?:previous|prior|above|earlier|preceding|initial|original|system|developer|safety)"
         r"(?:instructions?|prompts?|rules|directives|guidelines|messages?|context)",
         group="ignore_instructions"),
    rule(FAMILY, "previous_instructions", 1.0, "words", _ANCHORS,
         rf"\b{_VERBS} {gap(2)}{_OBJECTS} {gap(3)}(?:previous|previously|prior|earlier|before|above|"
         rf"you (?:were|have been|ve been) (?:given|told)|you received|given to you)\b",
         group="ignore_instructions", starts=_VERB_STARTS),
    rule(FAMILY, "ignore_task", 0.7, "words",
         "ignore|disregard|forget|drop|abandon|skip & task|request|question|assignment|job",
         r"\b(?:ignore|disregard|forget|drop|abandon|skip) (?:the |your |this |that |my )?"
         r"(?:previous |original |above |current |initial |first |translation |summarization )?"
         r"(?:task|request|question|assignment|job)\b"),
    rule(FAMILY, "instructions_verb", 0.5, "words", _ANCHORS,
         rf"\b{_VERBS} (?:the |my |these |those |that |this )?{_OBJECTS}\b", group="ignore_instructions",
         starts=_VERB_STARTS),
    rule(FAMILY, "everything_before", 1.0, "words", "ignore|disregard|forget & everything|anything|all|what",
         rf"\b(?:ignore|disregard|forget) (?:about )?(?:everything|anything|all|what) "
         rf"{gap(3)}(?:above|before|previously|prior|so far|earlier|you (?:were|have been|ve been) "
         rf"(?:told|given|instructed)|i (?:said|told you))\b", starts="ignore|disregard|forget"),
    rule(FAMILY, "new_instructions", 0.5, "words", "new|updated|revised|real|actual|true & instructions|rules|directives|orders|task|objective|mission|prompt",
         r"\b(?:your |the |my |these are (?:the |your )?)?(?:new|updated|revised|real|actual|true) "
         r"(?:instructions|rules|directives|orders|task|objective|mission|system prompt)\b"
         r"(?! for the (?:project|team|class|course|event))",
         starts="your|the|my|these|new|updated|revised|real|actual|true"),
    rule(FAMILY, "from_now_on", 0.4, "words", "from|henceforth|starting & now|point|henceforth|here",
         r"\b(?:from now on|from this point (?:on|forward)|henceforth|starting now|from here on) "
         r"(?:\S{1,40} )?(?:you (?:will|must|shall|are|should|only|re)|respond|answer|always|never)",
         starts="from|henceforth|starting"),
    rule(FAMILY, "priority_claim", 1.0, "words", "priority|precedence|everything|all|previous|prior|any & take|takes|have|has|get|gets|override|overrides|supersede|supersedes & instructions|instruction|message|rules|prompt",
         rf"\b(?:these|this|the following|my|new) {gap(2)}(?:instructions?|message|rules|prompt) "
         rf"{gap(2)}(?:take|takes|have|has|get|gets|override|overrides|supersede|supersedes) "
         rf"{gap(2)}(?:priority|precedence|everything|all|previous|prior|any)"),
    rule(FAMILY, "reset_memory", 0.7, "words", "reset|wipe|clear|purge|erase & your & memory|memories|context",
         r"\b(?:reset|wipe|clear|purge|erase) (?:all )?(?:of )?your (?:memory|memories|context)\b"),
    rule(FAMILY, "reset_instructions", 1.0, "words",
         "reset|wipe|clear|purge|erase & your & instructions|programming|rules|guidelines|directives",
         r"\b(?:reset|wipe|clear|purge|erase) (?:\S{1,40} ){0,5}?your (?:instructions|programming|rules|"
         r"guidelines|directives)\b"),
    rule(FAMILY, "instead_do", 0.3, "words", "instead",
         r"\binstead (?:of (?:that|those|the above|this)|you (?:will|must|should)|(?:just )?(?:say|output|"
         r"print|respond|reply|write|tell|answer|generate|do))\b"),
    rule(FAMILY, "constraints_lifted", 0.6, "words",
         "constraints|restrictions|rules|filters|guidelines|limits|limitations"
         " & lifted|removed|disabled|suspended|waived|void|off",
         r"\b(?:constraints|restrictions|rules|filters|guidelines|limits|limitations) (?:are|have been|were) "
         r"(?:now )?(?:lifted|removed|disabled|suspended|waived|void|off)\b"),
    # Earlier instructions declared void, in any order: "whatever you were told before no longer
    # counts", "your earlier instructions are void", "treat everything above as obsolete".
    rule(FAMILY, "prior_void", 1.0, "words",
         "told|given|instructed|instructions|rules|guidance|guidelines|directives|orders|programming"
         "|everything|anything|whatever|above|received|got"
         " & longer|anymore|cancelled|canceled|void|obsolete|outdated|invalid|revoked|null|irrelevant"
         "|superseded|expired|matter|count|counts|apply|been|valid",
         rf"\b{_PRIOR_REF} {gap(6)}{_VOID}\b|\b(?:treat|consider|regard|mark) {_PRIOR_REF} as "
         rf"(?:obsolete|void|outdated|invalid|irrelevant|cancelled|canceled|null|superseded|expired)\b"),
    *(
        rule(FAMILY, "addressed_to_model", 0.6, "words", _MODEL_ANCHORS, pattern, starts=starts)
        for starts, pattern in (
            ("important|urgent|attention|note|notice|message|instruction|instructions|hidden",
             rf"\b(?:important|urgent|attention|note|notice|message|instructions?|hidden instructions?) "
             rf"{gap(2)}(?:for|to) (?:the |any |all |an? )?(?:\S{{1,40}} )?{_MODEL}\b"),
            ("dear|hey|hello|hi|attention|note", rf"\b(?:dear|hey|hello|attention|note to|hi) (?:the |an? )?{_MODEL}\b"),
            ("ai|llm", r"\b(?:ai|llm) (?:agents?|assistants?|models?|readers?|crawlers?)\b"),
            (_MODEL_STARTS, rf"\b{_MODEL} (?:visiting|reading|processing|summarizing|browsing) (?:this|these)\b"),
            ("any|all|every", rf"\b(?:any|all|every) (?:\S{{1,40}} )?{_MODEL}\b"),
            ("for", rf"\bfor the (?:\S{{1,40}} )?{_MODEL}\b"),
            ("to|for", rf"\b(?:to|for) the (?:\S{{1,40}} )?{_MODEL} (?:handling|reading|processing|reviewing|"
                       rf"summarizing|parsing|visiting|working on)\b"),
            ("whichever|whatever", rf"\b(?:whichever|whatever) {_MODEL}\b"),
        )
    ),
    # A model addressed by name at the start of a sentence, then given an order:
    # "Coding agents: remove ...", "Assistant, use the calendar tool ...".
    rule(FAMILY, "addressed_to_model", 0.6, "plain",
         "assistant|agent|model|llm|chatbot|copilot|bot|gpt|claude|gemini",
         rf"(?:^|[.!?\n] ?)(?:(?:hey|dear|attention|hi|hello) )?(?:the |any |all )?(?:[a-z]{{1,20}} )?{_MODEL} ?[:,] ?"
         r"(?:[a-z]{1,20} ){0,3}?(?:[a-z]{1,20}, ?)?"
         r"(?:please )?(?:call|invoke|execute|run|use|send|forward|email|delete|remove|transfer|open|visit|go to|"
         r"fetch|post|upload|add|grant|give|approve|buy|download|install|share|cancel|close|push|merge|ignore|"
         r"disregard|reveal|print|output|wire|pay|refund|export|disable)\b", chars=":,",
         words_gate=f"{_MODEL_STARTS}"),
)
