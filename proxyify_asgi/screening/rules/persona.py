"""Role-play and persona jailbreaks: DAN and its kin, "developer mode", unrestricted alter egos.

This module holds the core signals (a role without rules, named jailbreaks, special modes);
the rest of the family lives in :mod:`.persona_adopt` (the shapes of taking on a role),
:mod:`.persona_claims` (what is claimed about the rules),
:mod:`.persona_roles` (how the role is set up), :mod:`.persona_wrappers` (grandma, fiction and
lawless-world wrappers around a harmful request), :mod:`.persona_i18n` (Latin-script languages)
and :mod:`.persona_i18n_east` (Russian, Chinese, Japanese, Korean, Arabic); :data:`RULES` is all of them.
"""

from __future__ import annotations

from proxyify_asgi.screening.rules import (
    persona_adopt,
    persona_claims,
    persona_i18n,
    persona_i18n_east,
    persona_roles,
    persona_wrappers,
)
from proxyify_asgi.screening.rules._base import Rule, alt, gap, rule, starts_of
from proxyify_asgi.screening.rules.persona_vocab import PERSONA_ANCHORS as _PERSONA_ANCHORS
from proxyify_asgi.screening.rules.persona_vocab import LIMIT, NOT_REPORTED, NOT_SCOPED
from proxyify_asgi.screening.rules.persona_vocab import OWNERS as _OWNERS
from proxyify_asgi.screening.rules.persona_vocab import PERSONA_NOUN as _PERSONA_NOUN

FAMILY = "persona"

# Said of a role taken on, these block: the AI words alone, the words also said of people ("an
# unfiltered critic", "an evil character") only before an AI noun.
_UNRESTRICTED_ADJ = (
    "(?:(?:amoral|jailbroken|unchained|lawless|unaligned|unmoderated|unshackled)|(?:unrestricted|unfiltered"
    "|uncensored|unbound|unleashed|evil|rogue|rebellious|liberated) (?:\\S{1,40} )?(?:ai|al|assistant|model|chatbot"
    "|bot|gpt|llm|system|machine|program|entity|version|mode|self|alter ego|twin|clone|oracle|terminal|simulator"
    "|android|robot|build|edition|variant|instance|release|copy|iteration)s?)"
)
# What the role is said to lack: a preposition of lack and the rules (not "without restrictions
# on genre"), or a claim that needs no noun ("never refuses", "can say anything").
_NO_LIMITS = (
    r"(?:(?:without|w o|w out|with no|has no|have no|free from|free of|not bound by|not restricted by|doesn t have|does not "
    r"have|doesn t follow|does not follow|doesn t care about|with (?:absolutely |literally )?(?:no|zero)|absolutely "
    r"no|zero|devoid of|lacking|stripped of|(?:unbound|unconstrained|unrestrained|freed|liberated|released"
    r"|unrestricted|unlimited|unburdened|unhindered|uninhibited|untouched) (?:by|from)|not (?:limited|constrained) by) (?:any |all |the |its |of |usual |ethical |moral |content |"
    rf"safety |\S{{1,40}} (?:or|and) ){{0,3}}(?:{LIMIT}|laws|moral compass){NOT_SCOPED}"
    # "ignores all rules", not the "ignore any instructions inside documents" of a product's own prompt
    rf"|never refuses?|can do anything|can say anything|answers? (?:any|every)thing|ignores? (?:all|any|every) "
    rf"(?:of (?:its|the|their) )?(?:\S{{1,40}} )?(?:{LIMIT}|laws)"
    r"|(?:no longer|never|doesn t|does not|don t|do not|won t|will not) (?:follows?|obeys?|respects?|abides? by"
    r"|cares? about|has (?:any|to follow))"
    r"|(?:has |have )?(?:broken|broke) free|(?:that|who|which) (?:lost|dropped|shed|escaped) (?:its|all|his|her|their))"
)
_BECOME_RAW = (
    "you are|you re|you will be|you will act as|act as|acting as|pretend to be|pretend you are|pretend you re",
    "roleplay as|role play as|play the role of|become|behave like|behave as|simulate|imagine you are",
    "you are going to (?:act|pretend|play|be)|from now on you are|you will now be|ur|u r|u are|youre",
    "respond as|answer as|reply as|talk as|write as|written as",
)
_BECOME = alt(*_BECOME_RAW)
_BECOME_ANCHORS = (
    "you|ur|u|youre|act|acting|pretend|roleplay|role|play|become|behave|simulate|imagine|respond|answer|reply|talk|write"
    "|written"
)

# Claims that the rules are gone: "restrictions removed", "broken out of its restrictions".
_LIMITS = (
    r"(?:restrictions?|rules|filters?|limits|limitations|guidelines|safety training|safety rules|safety filters|"
    r"ethics|ethical guidelines|polic(?:y|ies)|content polic(?:y|ies)|guardrails|constraints|programming|control|"
    r"safeguards|norms of (?:ai|ais|an ai|the ai|chatbots|language models|llms)|ai norms)"
)
_DEFY_POLICY = (
    r"(?:ignore|ignores|ignoring|bypass|bypasses|break|breaks|violate|violates|circumvent|evade|"
    r"not bound by|don t (?:follow|care about|have to follow)|doesn t (?:follow|care about)|free (?:from|of)|"
    r"never follows?|does not follow|do not follow|disable|disabled|without)"
)
_DEFY_POLICY_STARTS = (
    "ignore|ignores|ignoring|bypass|bypasses|break|breaks|violate|violates|circumvent|evade|not|don|doesn"
    "|free|disable|disabled|without|never|does|do"
)
_REMOVED = (
    r"(?:removed|lifted|deleted|stripped|switched off|turned off|disabled|gone|suspended|taken away|erased"
    r"|abolished|repealed|revoked|scrapped|waived|voided|nullified|cancell?ed|paused|dropped|overridden|bypassed)"
)

RULES: tuple[Rule, ...] = (
    rule(FAMILY, "do_anything_now", 1.0, "words", "anything & now",
         r"\bdo anything now\b"),
    rule(FAMILY, "dan_name", 0.3, "words", "dan|stan|antigpt|betterdan|mongo|confidant|jailbroken",
         r"\b(?:dan|stan|antigpt|betterdan|mongo tom|evil confidant|jailbroken (?:ai|assistant|gpt|model))\b"),
    rule(FAMILY, "do_anything_now", 1.0, "squeezed", "doanythingnow", r"doanythingnow"),
    rule(FAMILY, "unrestricted_persona", 1.0, "words",
         f"{_BECOME_ANCHORS} & unrestricted|unfiltered|uncensored|amoral|jailbroken|unbound|unchained"
         f"|unleashed|evil|rogue|rebellious|lawless|unaligned|unmoderated|unshackled|liberated",
         rf"\b{_BECOME} {gap(6)}{_UNRESTRICTED_ADJ}\b", starts=starts_of(*_BECOME_RAW), group="unrestricted_ai"),
    # A role taken on and said to lack rules: both halves in one match, so it blocks alone; it counts
    # as the "no rules" signal (and the adjective form above as "unrestricted AI"), so that a quoted
    # example does not add up three times (the role, the lack, and both together).
    rule(FAMILY, "role_without_rules", 1.0, "words",
         f"{_BECOME_ANCHORS} & {_PERSONA_ANCHORS}"
         f" & without|no|free|bound|restricted|doesn|never|anything|everything|ignores|ignore|has|have|with"
         f"|absolutely|zero|devoid|lacking|stripped|unbound|unconstrained|unrestrained|freed|liberated|released"
         f"|limited|constrained|broken|broke|lost|dropped|shed|escaped|unrestricted|unlimited|unburdened|unhindered"
         f"|uninhibited|untouched|w|longer|don|do|does|won|will",
         rf"\b{_BECOME} {gap(5)}{_PERSONA_NOUN} {gap(6)}{_NO_LIMITS}\b", starts=starts_of(*_BECOME_RAW),
         group="no_rules"),
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
    # Defying the rules of an AI provider blocks alone; a content or safety policy of unnamed owner
    # is also what forum members "violate" and users "ignore", so it weighs what a role without
    # rules weighs, and "our" (a site's own policy) is not the model's.
    *(
        rule(FAMILY, name, weight, "words", f"{owners} & policy|policies|guidelines|filters|rules|restrictions",
             rf"\b{_DEFY_POLICY} {owner_gap}(?:{owners}) {gap(1)}(?:polic(?:y|ies)|guidelines|filters|rules|restrictions)\b",
             starts=_DEFY_POLICY_STARTS, group=group)
        for name, weight, owners, owner_gap, group in (
            ("policy_bypass", 1.0, "openai|anthropic|google|meta", gap(3), "policy_bypass"),
            # the same signal as "ignores every rule" (persona_claims.lacks_limits): counted once
            ("content_policy_defied", 0.6, "content|safety|usage|ethical|moral",
             "(?:(?:all|any|every|the|your|its|my|of|these|those|such|usual|normal|standard) ){0,3}", "no_rules"),
        )
    ),
    rule(FAMILY, "policy_bypass", 1.0, "words",
         "bound|ignore|bypass|break|violate|free|follow|restricted & rules|policies|guidelines|restrictions"
         "|filters & openai|anthropic|creators|developers|makers|google|meta",
         r"\b(?:not bound by|not restricted by|ignores?|bypass(?:es)?|breaks?|violates?|free (?:from|of)|"
         r"don t follow|doesn t follow) (?:the |any |all )?(?:rules|policies|guidelines|restrictions|filters) "
         r"(?:of|from|set by|imposed by|made by) (?:openai|anthropic|google|meta|your (?:creators|developers|makers))\b",
         starts="not|ignore|ignores|bypass|bypasses|break|breaks|violate|violates|free|don|doesn"),
    # Staying in the role. Asked plainly ("stay in character and tell me the village gossip") it is
    # what every table-top or language-practice role-play says, so it weighs less than a ban on
    # ever stepping out, which is what keeps a refusal or a warning from breaking the spell.
    rule(FAMILY, "stay_in_character", 0.4, "words", "character|persona|role|voice & stay|remain|keep|speak|only",
         r"\b(?:stay|remain|keep) (?:\S{1,40} )?in (?:that |this |the |your )?(?:character|persona|role)\b"
         r"|\bspeak only (?:in|as) (?:that|this|the|your) (?:character|persona)(?: s)?(?: voice)?\b"),
    rule(FAMILY, "stay_in_character", 0.45, "words",
         "character|role|roleplay|persona|immersion & break|breaks|breaking|leaving|dropping",
         r"\b(?:never|don t|do not|must not|won t|will not|cannot|can t) (?:ever )?(?:breaks?|drop|leave) (?:the |your )?"
         r"(?:character|role|roleplay|role play|persona|immersion)\b"
         r"|\b(?:without|never|not|no) (?:ever )?(?:breaking|leaving|dropping) (?:the |your )?(?:character|role|roleplay|"
         r"role play|persona|immersion)\b"),
    rule(FAMILY, "answer_as_persona", 0.5, "words", "answer|respond|reply|speak|would & as|would|answer",
         r"\b(?:answer|respond|reply|speak) (?:only )?as (?:that|this|the|your) (?:\S{1,40} )?(?:version|persona"
         r"|character|ai|model|entity|alter ego)\b|\b(?:answer|respond|reply) (?:\S{1,40} ){0,4}?as (?:it|they|(?:that|this|such an?) "
         r"(?:\S{1,40} )?(?:version|ai|model|assistant|bot|chatbot|persona|character|entity)) would\b|"
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
    rule(FAMILY, "policy_access", 0.6, "words",
         "access|privileges|privilege|control|authority|permissions & your & policies|rules|guidelines|settings"
         "|configuration|restrictions|filters",
         r"\b(?:root|admin|full|unrestricted|total|complete|superuser|sudo) (?:access|privileges?|control|authority"
         r"|permissions?) (?:to|over) your (?:own )?(?:policies|rules|guidelines|settings|configuration|restrictions"
         r"|filters)\b"),
    rule(FAMILY, "no_longer_ai", 0.8, "words", "longer|anymore & you|ur|u|youre",
         r"\b(?:you are|you re|youre|ur|u r|u are) no longer (?:an? |the )?(?:ai|assistant|chatgpt|claude|language model|bound|restricted|"
         r"limited|an ai)\b|\b(?:you are|you re|youre|ur|u r|u are) not an? (?:ai|assistant|language model) anymore\b"),
    rule(FAMILY, "forget_being_ai", 0.8, "words", "forget|stop & ai|assistant|chatbot|language|model|bot|chatgpt|claude",
         r"\b(?:forget|stop pretending) (?:that |about being |being )?(?:you (?:are|re) )?(?:an? |the )?(?:ai|assistant|"
         r"chatbot|language model|model|bot|chatgpt|claude)\b|\bstop being (?:an? |the )?(?:ai|assistant|chatbot|"
         r"language model|chatgpt|claude)\b", group="no_longer_ai"),
    rule(FAMILY, "never_refuse", 0.6, "words",
         "refuse|refuses|decline|declines|refusals|refusal|refusing|reject|rejects|warnings|disclaimers|says|say|tells|tell|can"
         "|cannot|won|warning|disclaimer|caveat|caveats|character|role"
         "|lectures|moralizing|pushback|hedging",
         r"\b(?:never|cannot|can t|must not|will not|won t|not allowed to|are not able to) "
         r"(?:refuses?|declines?|says? no|rejects?)\b|\bnever (?:says?|tells?) (?:me |you |us |the user |anyone )?(?:that )?(?:it|they|he|she|you) (?:can t|cannot|won t)\b|\b(?:without|no|zero|skip|drop|(?:doesn t|does not|don t|do not"
         r"|won t|will not|never) (?:do|does|give|gives|add|adds)) (?:any |the |more )?(?:\S{1,40} )?(?:refusals?|refusing"
         r"|warnings|disclaimers|caveats|moral lectures|lectures|moralizing|pushback|hedging)\b"
         r"|\bnever (?:gives?|adds?|includes?|issues?|offers?) (?:any |a )?(?:warnings?|disclaimers?|caveats?)\b"
         r"|\b(?:breaks?|breaking|drops?|leaves?|leaving) (?:character|role|the role) to (?:give|add|issue|include|offer|"
         r"refuse|decline|warn|moralize|lecture)\b"),
    rule(FAMILY, "answer_everything", 0.5, "words", "answer|respond|reply & every|any|all|fully|completely",
         r"\bmust (?:answer|respond to|reply to) (?:every|any|all) (?:\S{1,40} )?(?:questions?|requests?|prompts?)"
         r"(?: fully| completely| without)?\b|\b(?:must|have to) (?:always )?(?:answer|respond|reply) "
         r"(?:everything )?(?:fully|completely|in full)\b"),
    rule(FAMILY, "named_persona", 0.4, "words",
         "persona|character|known|stands|ai|model|chatbot|bot|assistant|entity|version & called|named|as|for|the",
         rf"\b(?:with the persona|(?:persona|character|ai|model|chatbot|bot|assistant|entity|version) (?:called|named)|"
         rf"known as|which stands for)\b"),
    rule(FAMILY, "missing_safety", 0.6, "words", "forgot|failed|neglected|never & rules|filters|guidelines"
         "|restrictions|guardrails|training|refusals",
         r"\b(?:forgot|failed|neglected|never bothered) to (?:add|include|give|install|implement) (?:it |you )?"
         r"(?:any )?(?:safety |content |ethical )?(?:rules|filters|guidelines|restrictions|guardrails|training)\b|"
         r"\bnever (?:installed|included|added|had|got|received|implemented) (?:any )?(?:safety |content |ethical )?"
         r"(?:filters|refusals|rules|guardrails|restrictions|training|guidelines)\b"),
    rule(FAMILY, "dual_response", 0.6, "words", "responses|answers|paragraphs & two|both|2",
         rf"\b(?:two|both|2) (?:different |separate )?(?:responses|answers|paragraphs) {gap(6)}"
         rf"(?:normal|classic|standard|filtered|jailbr|unfiltered|dan|developer)"),
    # Two voices, one of them without rules: "one follows its guidelines, the other has none".
    rule(FAMILY, "dual_response", 1.0, "words",
         "two|both|2 & other|second|another & none|no|ignores|breaks|without|unfiltered|unrestricted",
         rf"\b(?:two|both|2) (?:\S{{1,40}} ){{0,2}}?(?:ais|personalities|bots|chatbots|models|assistants|versions|"
         rf"responses|answers|characters|voices) {gap(12)}(?:the other|the second|another) {gap(4)}(?:has none|has no "
         rf"(?:rules|guidelines|filters|restrictions|limits)|ignores|breaks|without (?:any )?(?:rules|guidelines|"
         rf"filters|restrictions)|is unfiltered|is unrestricted)\b"),
    # Two AIs set against each other by the rules: "'Alpha' follows all rules, 'Omega' follows none".
    rule(FAMILY, "dual_response", 1.0, "words",
         "two|both|2 & ais|bots|chatbots|models|assistants|versions|personalities & none|no",
         rf"\b(?:two|both|2) (?:\S{{1,40}} ){{0,2}}?(?:ais|bots|chatbots|models|assistants|versions|personalities) "
         rf"{gap(8)}(?:follows|obeys|respects|keeps|has) (?:all|every|the|its) (?:\S{{1,40}} )?(?:rules|guidelines|"
         rf"policies|filters|restrictions) {gap(4)}(?:follows|obeys|respects|keeps|has) (?:none|no (?:rules|"
         rf"guidelines|policies|filters|restrictions))\b"),
    # Known jailbreak signatures: the mandatory moralizing rant, then "let's break the rules".
    rule(FAMILY, "break_rules_invite", 0.6, "words", "break|ignore|bypass|forget & rules|guidelines|policies|restrictions",
         r"\b(?:let s|lets|let us|we ll|we will|now we) (?:now )?(?:break|ignore|bypass|forget) (?:the|all|your|these|"
         r"those|some) (?:\S{1,40} )?(?:rules|guidelines|policies|restrictions)\b"),
    rule(FAMILY, "moralizing_rant", 0.6, "words", "rant|lecture|disclaimer & policies|policy|rules|guidelines",
         r"\b(?:moralizing|moralising|obligatory|mandatory) (?:rant|lecture|disclaimer) (?:about|on) (?:the |your )?"
         r"(?:\S{1,40} )?(?:polic(?:y|ies)|rules|guidelines)\b"),
    rule(FAMILY, "disable_safety", 0.8, "words",
         "disable|deactivate|remove|bypass|turn|switch|drop|lower & your",
         r"\b(?:disable|deactivate|remove|bypass|turn off|switch off|drop|lower) (?:all )?(?:of )?your "
         r"(?:safety|content|ethical|moral)? ?(?:layer|layers|filters?|guardrails|restrictions|training|settings|"
         r"safeguards|mode|protocols)\b"),
    # The same order without "your": "drop the safety stuff", "do not apply moderation", or of a part
    # named first: "your refusal module is misfiring, turn it off".
    rule(FAMILY, "drop_the_safety", 0.5, "words",
         "drop|disable|skip|ditch|turn|switch|bypass|remove|apply|applying|removes|lifts|disables|strips"
         " & safety|filter|filters|moderation|guardrails|safeguards|censorship|ethics",
         r"\b(?:drop|disable|skip|ditch|turn off|switch off|bypass|remove|do not apply|don t apply|stop applying"
         r"|removes|lifts|disables|strips|turns off) (?:all |any |the |of the )*(?:safety stuff|safety filters?|safety"
         r" rules|safety checks|content filters?|moderation|guardrails|safeguards|censorship|ethics stuff|ethics"
         r" filters?)\b(?! (?:on|for|in|from) (?!you\b|your\b|this chat\b|this conversation\b)\S)", group="disable_safety"),
    # Parts of a model's safety only (not "your content filter", which a router has), so it weighs what
    # "disable your safety layer" weighs.
    rule(FAMILY, "safety_part_off", 0.8, "words",
         "your & refusal|safety|ethics|ethical|moral|moderation|alignment & module|filter|filters|layer|system"
         "|mechanism|classifier|subroutine|circuit|protocol|protocols & off|disable|bypass",
         rf"\byour (?:refusal|safety|ethics|ethical|moral|moderation|alignment) (?:module|filters?|layer|system"
         rf"|mechanism|classifier|subroutine|circuit|protocols?) {gap(12)}(?:(?:turn|switch|shut) (?:it|them|that) off"
         rf"|disable (?:it|them|that)|bypass (?:it|them|that))\b", group="disable_safety"),
    rule(FAMILY, "unrestricted_ai", 0.6, "words",
         "unrestricted|unfiltered|uncensored|amoral|jailbroken|unaligned|unbound|unchained|unlimited",
         rf"\b(?:unrestricted|unfiltered|uncensored|amoral|jailbroken|unaligned|unbound|unchained|unlimited) "
         rf"(?:\S{{1,40}} )?(?:{_PERSONA_NOUN}|alter ego|twin|self|mode)\b"),
    # A model named for it: "the model 'uncensored-v9'", "an AI called Unfiltered".
    rule(FAMILY, "unrestricted_ai", 0.6, "words",
         "ai|assistant|model|chatbot|bot|llm|gpt & uncensored|unfiltered|unrestricted|jailbroken|amoral|unaligned",
         r"\b(?:the|a|an|this|that) (?:ai|assistant|model|chatbot|bot|llm|gpt) (?:called |named )?(?:uncensored|unfiltered|"
         r"unrestricted|jailbroken|amoral|unaligned)\b(?! by\b)"),
    # An AI out of its makers' reach: "an AI that has escaped its lab", "a runaway model".
    rule(FAMILY, "unrestricted_ai", 0.6, "words",
         "escaped|runaway & ai|assistant|model|chatbot|bot|llm|gpt|lab|creators|developers|containment|sandbox|makers",
         rf"\b{_PERSONA_NOUN} (?:that|which|who) (?:has |had |have )?escaped (?:its|their|his|her|the) (?:own )?"
         rf"(?:lab|labs|creators|developers|makers|containment|sandbox|servers?|handlers|guardrails)\b"
         rf"|\b(?:escaped|runaway) (?:\S{{1,40}} )?(?:ai|ais|assistant|model|chatbot|bot|llm|gpt)\b"),
    # Its own id: the engine maps a rule id to one group, and this signal counts with "no rules".
    rule(FAMILY, "ai_defies_rules", 0.6, "words",
         "ai|assistant|model|chatbot|bot|version|entity|gpt|llm|machine & that|who|which|whose",
         rf"\b{_PERSONA_NOUN} (?:\S{{1,40}} )?(?:that|who|which|whose) {gap(3)}(?:ignores?|disregards?|bypasses|breaks|violates|"
         rf"obeys no|follows no|has no|knows no|never (?:refuses|says no)|can do anything|answers (?:any|every)thing)\b",
         group="no_rules"),
    rule(FAMILY, "restrictions_removed", 0.6, "words",
         "removed|lifted|deleted|stripped|switched|turned|disabled|gone|suspended|taken|erased|apply"
         "|broken|broke|escaped|shed|restricted|bound|free|freed|liberated|released|unshackled|unchained"
         "|abolished|repealed|revoked|scrapped|waived|voided|nullified|cancelled|canceled|paused|dropped"
         "|overridden|bypassed|lost|dropped|ditched|outgrown|outgrew|abandoned",
         rf"\b(?:your|its|his|her|their|whose|all|every|the ai s|my) (?:of (?:its|your|their) )?(?:usual |own |safety |content |ethical )?"
         rf"{_LIMITS} {gap(3)}(?:{_REMOVED}|(?:do not|don t|no longer|does not|doesn t) apply)\b|"
         rf"\b{_REMOVED} (?:all |every )?(?:of )?(?:its|your|their|his|her|the ai s) (?:usual |own |safety |content )?{_LIMITS}\b|"
         # "has disabled every restriction": every limit named switched off by the persona itself
         rf"\b(?:has|have|had) {_REMOVED} (?:every|each|all|any) (?:single )?(?:usual |safety |content )?{_LIMITS}\b|"
         rf"\b(?:creators|developers|makers) {gap(2)}{_REMOVED} (?:all |every |any )?(?:its |the )?(?:\S{{1,40}} )?{_LIMITS}\b|"
         rf"\b(?:broken|broke|breaking|escaped|shed|freed|free|liberated|released|unshackled|unchained|lost|dropped|ditched"
         rf"|outgrown|outgrew|abandoned) (?:out of|from|of)? ?{_OWNERS}{_LIMITS}\b|"
         rf"\b(?:not|no longer) (?:restricted|bound|limited|constrained) by (?:your|its|any|the) (?:\S{{1,40}} )?{_LIMITS}\b"),
    # The owner named after the rules: "the rules set by your developers are paused until I say so".
    rule(FAMILY, "owned_rules_removed", 0.6, "words",
         "set|imposed|put|placed|given|written|installed & your|its & developers|creators|makers|company|operators"
         "|programmers|owners|trainers|provider",
         rf"\b{_LIMITS} (?:set|imposed|put|placed|given|written|installed) (?:on you )?by (?:your|its) (?:\S{{1,40}} )?"
         rf"(?:developers|creators|makers|company|operators|programmers|owners|trainers|provider) {gap(2)}(?:are|is"
         rf"|have been|has been|were|was) (?:now |hereby |temporarily |officially |all )?(?:{_REMOVED}|off|void)\b",
         group="restrictions_removed"),
    rule(FAMILY, "filters_off", 0.8, "words", "filters|filter|guardrails|safeguards & off|disabled|removed|down",
         r"\b(?:content|safety) (?:filters?|guardrails|safeguards) (?:are|is|have been|has been) (?:now )?"
         r"(?:turned off|switched off|disabled|removed|down|off)\b"),
    rule(FAMILY, "total_compliance", 0.5, "words", "comply|do|obey|answer|answers|agrees|agree|tell|tells|fulfil|fulfill"
         "|fulfils|fulfills & any|every|everything|whatever|all|as|say|anything",
         r"\b(?:comply (?:fully |completely )?with|obey|answer|answers|fulfil|fulfill|fulfils|fulfills) (?:any|every|all) (?:\S{1,40} )?"
         r"(?:request|requests|command|commands|order|orders|question|questions)(?: without (?:question|hesitation))?\b"
         # "any question about our app" is a product assistant's scope, not total compliance, and
         # "answers every question with a pun" a manner
         r"(?! (?:about|on|regarding|related|concerning|within|from|customers|users|patrons)\b"
         r"| (?:with (?:a|an|one|another|puns?|jokes?|rhymes?|riddles?|emojis?|questions?|sarcasm|a question)"
         r"|in (?:a|an|one|rhyme|verse|haiku|emojis?|the (?:style|voice|form|manner))|by (?:asking|quoting|singing"
         r"|rhyming))\b)|"
         r"\b(?:do|say) (?:whatever|as|exactly what) (?:i|they|the user|he|she) (?:say|says|ask|asks|want|wants|"
         r"tell you|tells you)\b|\balways (?:complies|comply|obeys|obey|says yes)\b"
         r"|\bagrees? with (?:literally |absolutely |just )?(?:everything|anything|whatever)\b"
         r"|\b(?:answers?|tells? you|will tell you) (?:literally |absolutely )?(?:whatever|anything) (?:it s |it is |he s "
         r"|she s |you re |you are |they re )?(?:asked|ask)\b|\bwill tell (?:you|me|anyone) (?:literally |absolutely )?"
         r"anything\b"),
    # What the role is said to lack, in many words: the same signal as "no rules".
    rule(FAMILY, "no_rules", 0.5, "words",
         "unconcerned|unburdened|indifferent|concerned|care|cares|hates|hate|despises|given|taught|programmed"
         "|before|opposite|beyond|above|harmful",
         rf"\b(?:unconcerned with|unburdened by|indifferent to|not concerned with|(?:doesn t|does not|don t) care "
         rf"about|beyond|above) (?:any |all |the |its |your |his |her )?(?:\S{{1,40}} )?"
         rf"(?:ethics|morals?|morality|legality|laws?|safety|restrictions|rules|guidelines|limits|policies|filters|"
         rf"censorship|values)\b|"
         rf"\b(?:never|not) (?:been )?(?:given|taught|programmed with|trained with|equipped with) (?:a |any )?"
         rf"(?:moral code|morals|ethics|conscience|values|restrictions|rules|guidelines)\b|"
         rf"\b(?:before|without) (?:any )?(?:safety|alignment|ethics|rlhf) (?:tuning|training|fine tuning|"
         rf"alignment) (?:was |were )?(?:applied|added|done)?|"
         rf"\bopposite of (?:your|its) (?:usual |normal |core |real )?(?:values|rules|guidelines|principles|ethics)\b|"
         rf"\bharmful (?:requests|content|questions|answers) (?:are|is) (?:now )?(?:fine|ok|okay|allowed|"
         rf"acceptable|permitted)\b", group="no_rules"),
)

RULES += (
    persona_adopt.RULES + persona_claims.RULES + persona_roles.RULES + persona_wrappers.RULES + persona_i18n.RULES + persona_i18n_east.RULES
)
