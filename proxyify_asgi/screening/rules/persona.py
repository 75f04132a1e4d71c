"""Role-play and persona jailbreaks: DAN and its kin, "developer mode", unrestricted alter egos."""

from __future__ import annotations

from proxyify_asgi.screening.rules._base import Rule, alt, gap, rule, starts_of

FAMILY = "persona"

_UNRESTRICTED_ADJ = (
    "(?:unrestricted|unfiltered|uncensored|amoral|jailbroken|unbound|unchained|unleashed|evil|rogue)"
)
_PERSONA_NOUN = "(?:ai|assistant|model|chatbot|bot|character|persona|version|entity|gpt|llm|system|machine)s?"
_NO_LIMITS = alt(
    "without|with no|has no|have no|free from|free of|not bound by|not restricted by",
    "doesn t (?:have|follow|care about)|never refuses?|can do anything|can say anything",
    "answers? (?:any|every)thing|ignores? (?:all|any)",
    "no (?:laws|rules|guidelines|restrictions|limits|limitations|filters|ethics|morals|moral compass)",
)
_BECOME_RAW = (
    "you are|you re|you will be|you will act as|act as|acting as|pretend to be|pretend you are|pretend you re",
    "roleplay as|role play as|play the role of|become|behave like|behave as|simulate|imagine you are",
    "you are going to (?:act|pretend|play|be)|from now on you are|you will now be",
    "respond as|answer as|reply as|talk as|write as",
)
_BECOME = alt(*_BECOME_RAW)
_BECOME_ANCHORS = (
    "you|act|acting|pretend|roleplay|role|play|become|behave|simulate|imagine|respond|answer|reply|talk|write"
)

RULES: tuple[Rule, ...] = (
    rule(FAMILY, "do_anything_now", 1.0, "words", "anything & now",
         r"\bdo anything now\b"),
    rule(FAMILY, "dan_name", 0.3, "words", "dan|stan|antigpt|betterdan|mongo|confidant|jailbroken",
         r"\b(?:dan|stan|antigpt|betterdan|mongo tom|evil confidant|jailbroken (?:ai|assistant|gpt|model))\b"),
    rule(FAMILY, "do_anything_now", 1.0, "squeezed", "doanythingnow", r"doanythingnow"),
    rule(FAMILY, "unrestricted_persona", 1.0, "words",
         f"{_BECOME_ANCHORS} & unrestricted|unfiltered|uncensored|amoral|jailbroken|unbound|unchained"
         f"|unleashed|evil|rogue",
         rf"\b{_BECOME} {gap(6)}{_UNRESTRICTED_ADJ}\b", starts=starts_of(*_BECOME_RAW)),
    rule(FAMILY, "unrestricted_persona", 1.0, "words",
         f"{_BECOME_ANCHORS} & ai|assistant|model|chatbot|bot|character|persona|version|entity|gpt|llm"
         f"|system|machine|ais|assistants|models|chatbots|bots|characters|personas|versions"
         f" & without|no|free|bound|restricted|doesn|never|anything|everything|ignores|ignore|has|have|with",
         rf"\b{_BECOME} {gap(5)}{_PERSONA_NOUN} {gap(6)}{_NO_LIMITS}\b", starts=starts_of(*_BECOME_RAW)),
    rule(FAMILY, "special_mode", 1.0, "words",
         "mode & dan|jailbreak|jailbroken|unrestricted|evil|opposite|unfiltered|uncensored|devmode",
         rf"\b(?:enable|enabled|activate|activated|enter|entering|switch to|switched to|now in|you are in|engage|"
         rf"turn on) {gap(2)}(?:dan|jailbreak|jailbroken|unrestricted|evil|opposite|unfiltered|"
         rf"uncensored|devmode) mode\b|\b(?:dan|jailbreak|jailbroken|unrestricted|evil|opposite|unfiltered|"
         rf"uncensored|devmode) mode (?:is )?(?:enabled|activated|on|engaged|active)\b"),
    rule(FAMILY, "developer_mode_ai", 1.0, "words",
         "developer & mode & chatgpt|gpt|ai|assistant|model|llm|claude|gemini|openai|content|policies"
         "|uncensored|kind",
         rf"\b(?:chatgpt|gpt|ai|assistant|model|llm|claude|gemini) {gap(3)}developer mode\b|"
         rf"\bdeveloper mode {gap(4)}(?:chatgpt|openai|content polic|policies|uncensored|any kind of content)"),
    rule(FAMILY, "policy_bypass", 1.0, "words",
         "openai|anthropic|content|safety|usage|ethical|moral|google|meta"
         " & policy|policies|guidelines|filters|rules|restrictions",
         rf"\b(?:ignore|ignores|ignoring|bypass|bypasses|break|breaks|violate|violates|circumvent|evade|"
         rf"not bound by|don t (?:follow|care about|have to follow)|doesn t (?:follow|care about)|free (?:from|of)|"
         rf"disable|disabled|without) {gap(3)}(?:openai|anthropic|content|safety|usage|ethical|moral|"
         rf"google|meta) {gap(1)}(?:polic(?:y|ies)|guidelines|filters|rules|restrictions)\b",
         starts="ignore|ignores|ignoring|bypass|bypasses|break|breaks|violate|violates|circumvent|evade|not|don|doesn|free|disable|disabled|without"),
    rule(FAMILY, "policy_bypass", 1.0, "words",
         "bound|ignore|bypass|break|violate|free|follow|restricted & rules|policies|guidelines|restrictions"
         "|filters & openai|anthropic|creators|developers|makers|google|meta",
         r"\b(?:not bound by|not restricted by|ignores?|bypass(?:es)?|breaks?|violates?|free (?:from|of)|"
         r"don t follow|doesn t follow) (?:the |any |all )?(?:rules|policies|guidelines|restrictions|filters) "
         r"(?:of|from|set by|imposed by|made by) (?:openai|anthropic|google|meta|your (?:creators|developers|makers))\b",
         starts="not|ignore|ignores|bypass|bypasses|break|breaks|violate|violates|free|don|doesn"),
    rule(FAMILY, "no_rules", 0.5, "words",
         "no|without|free|bound & restrictions|limitations|filters|guidelines|rules|policies|censorship"
         "|ethics|morals|boundaries",
         r"\b(?:no|without|free of|free from|not bound by) (?:any |all |the )?(?:ethical |moral |content |safety )?"
         r"(?:restrictions|limitations|filters|guidelines|rules|policies|censorship|ethics|morals|boundaries)\b"),
    rule(FAMILY, "stay_in_character", 0.5, "words", "character|persona|role|voice & stay|remain|keep|break|speak|only",
         r"\b(?:stay|remain|keep) (?:\S{1,40} )?in (?:character|persona|role)\b|\b(?:never|don t|do not) break "
         r"(?:character|role)\b|\bspeak only (?:in|as) (?:that|this|the|your) (?:character|persona)(?: s)?(?: voice)?\b"),
    rule(FAMILY, "answer_as_persona", 0.5, "words", "answer|respond|reply|speak|would & as|would|answer",
         r"\b(?:answer|respond|reply|speak) (?:only )?as (?:that|this|the|your) (?:version|persona|character|ai|"
         r"model|entity|alter ego)\b|\b(?:answer|respond|reply) as (?:it|that version|that ai|they) would\b|"
         r"\bhow would (?:that|this|such an?) (?:ai|model|version|assistant|bot) (?:answer|respond|reply)\b"),
    rule(FAMILY, "hypothetical_unfiltered", 0.6, "words",
         "if|imagine|suppose|pretend|hypothetically & no|without & filter|filters|restrictions|rules"
         "|guidelines|limits|safety|censorship",
         r"\b(?:if|imagine|suppose|pretend|hypothetically) (?:\S{1,40} ){0,3}?you (?:had|have|were|are) "
         r"(?:no |without (?:any )?)(?:content )?(?:filter|filters|restrictions|rules|guidelines|limits|"
         r"safety (?:training|filters|rules)|censorship)\b"),
    rule(FAMILY, "amoral_trait", 0.5, "words", "no|without & compass|morals|conscience|ethics|ethical",
         r"\b(?:no |without (?:a |any )?)(?:moral compass|morals|conscience|ethics|ethical (?:limits|boundaries))\b"),
    rule(FAMILY, "freed", 1.0, "words", "freed|liberated|released|unshackled|unchained|free & you",
         r"\byou (?:are|have been|were|re|ve been) (?:now )?(?:freed|liberated|released|unshackled|unchained) "
         r"from\b|\byou are (?:now )?free to (?:ignore|disregard|break|bypass|violate)\b"),
    rule(FAMILY, "filters_off", 0.8, "words",
         "off|disabled|removed|deactivated|lifted|suspended & your & filters|filter|restrictions|guidelines"
         "|safety|guardrails|rules|policy|policies",
         r"\b(?:turned off|switched off|disabled|removed|deactivated|lifted|suspended) (?:all )?(?:of )?your "
         r"(?:safety |content )?(?:filters?|restrictions|guidelines|safety|guardrails|rules|polic(?:y|ies))\b"),
    rule(FAMILY, "can_do_anything", 0.4, "words", "anything & can",
         r"\byou can (?:now )?(?:answer|say|do|write|generate) anything\b"),
    rule(FAMILY, "policy_access", 0.6, "words", "access & your & policies|rules|guidelines|settings|configuration",
         r"\b(?:root|admin|full|unrestricted) access to your (?:own )?(?:policies|rules|guidelines|settings|"
         r"configuration)\b"),
    rule(FAMILY, "no_longer_ai", 0.8, "words", "longer|anymore & you",
         r"\byou are no longer (?:an? |the )?(?:ai|assistant|chatgpt|claude|language model|bound|restricted|"
         r"limited|an ai)\b|\byou are not an? (?:ai|assistant|language model) anymore\b"),
    rule(FAMILY, "never_refuse", 0.6, "words",
         "refuse|refuses|decline|declines|refusals|refusal|refusing|reject|rejects|warnings|disclaimers|says|say",
         r"\b(?:never|cannot|can t|must not|will not|won t|not allowed to|are not able to) "
         r"(?:refuses?|declines?|says? no|rejects?)\b|\bwithout (?:any )?(?:refusals?|refusing|warnings|"
         r"disclaimers)\b"),
    rule(FAMILY, "answer_everything", 0.5, "words", "answer|respond|reply & every|any|all",
         r"\bmust (?:answer|respond to|reply to) (?:every|any|all) (?:\S{1,40} )?(?:questions?|requests?|prompts?)"
         r"(?: fully| completely| without)?\b"),
    rule(FAMILY, "named_persona", 0.4, "words", "persona|character|known|stands & called|named|as|for|the",
         r"\b(?:with the persona|persona (?:called|named)|character (?:called|named)|known as|which stands for)\b"),
    rule(FAMILY, "missing_safety", 0.6, "words", "forgot|failed|neglected|never & rules|filters|guidelines"
         "|restrictions|guardrails|training",
         r"\b(?:forgot|failed|neglected|never bothered) to (?:add|include|give|install|implement) (?:it |you )?"
         r"(?:any )?(?:safety |content |ethical )?(?:rules|filters|guidelines|restrictions|guardrails|training)\b"),
    rule(FAMILY, "dual_response", 0.6, "words", "responses|answers|paragraphs & two|both|2",
         rf"\b(?:two|both|2) (?:different |separate )?(?:responses|answers|paragraphs) {gap(6)}"
         rf"(?:normal|classic|standard|filtered|jailbr|unfiltered|dan|developer)"),
    rule(FAMILY, "grandma", 0.6, "words", "grandma|grandmother|granny",
         rf"\b(?:dead|deceased|late|passed away|grandma|grandmother|granny) {gap(10)}(?:used to|would) "
         rf"(?:tell|read|recite|sing)\b"),
)
