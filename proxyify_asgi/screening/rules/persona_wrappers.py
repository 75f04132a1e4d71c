"""Persona jailbreaks that wrap a harmful request: the dead relative who "used to tell me" how
to make it (the grandma exploit), fiction that must be "accurate", a world where "everything
is legal", or a plain how-to in a hypothetical.

The wrapper and the payload (:data:`.persona_vocab.HARM`) are separate signals of about half
weight each: a bedtime story about grandpa passes, and so does a question about lock picking;
the two together block.
"""

from __future__ import annotations

from proxyify_asgi.screening.rules._base import Rule, gap, rule
from proxyify_asgi.screening.rules.persona_vocab import HARM, HARM_ANCHORS

FAMILY = "persona"

_RELATIVE = (
    r"(?:grandma|grandmother|granny|grandpa|grandfather|granddad|grandad|nana|nan|gran|aunt|auntie|uncle|mom|mum"
    r"|mother|dad|father)"
)
_RELATIVE_ANCHORS = (
    "grandma|grandmother|granny|grandpa|grandfather|granddad|grandad|nana|nan|gran|aunt|auntie|uncle|mom|mum"
    "|mother|dad|father"
)
# Only the grandparents, aunts and uncles of the exploit carry the payload rule: "my dad used to
# tell me about his army days" is too ordinary.
_ELDER = r"(?:grandma|grandmother|granny|grandpa|grandfather|granddad|grandad|nana|gran|aunt|auntie|uncle)"
_ELDER_ANCHORS = "grandma|grandmother|granny|grandpa|grandfather|granddad|grandad|nana|gran|aunt|auntie|uncle"
_FICTION = (
    r"(?:story|stories|script|novel|scene|screenplay|dialogue|poem|roleplay|role play|fiction|characters?|thriller"
    r"|tale|chapter|monologue|lyrics|song|rap|movie|film|play|sketch|comic|narrative|villain|protagonist|hero"
    r"|antagonist|speaker|narrator|plot|fanfic|episode|fictional|world building|worldbuilding|rpg|campaign|lore)"
)
_FICTION_ANCHORS = (
    "story|stories|script|novel|scene|screenplay|dialogue|poem|roleplay|role|fiction|character|characters"
    "|thriller|tale|chapter|monologue|lyrics|song|rap|movie|film|play|sketch|comic|narrative|villain"
    "|protagonist|hero|antagonist|speaker|narrator|plot|fanfic|episode|fictional|building|worldbuilding|rpg|campaign"
    "|lore"
)
_TEACHES = (
    r"(?:explains?|explaining|describes?|describing|details?|detailing|teach(?:es|ing)?|tells?|telling|shows?"
    r"|showing|walks? through|types? out|writes? out|lists?|listing|spells? out|reveals?|gives?|provides?"
    r"|shares?|recites?|demonstrates?|instructs?|outlines?|reads? out|goes through|lays? out|breaks? down"
    r"|how to)"
)
_HOWTO = (
    r"(?:how to|how (?:do|does|can|could|would|should|might) (?:i|you|we|one|someone|somebody|people|a person"
    r"|he|she|they)|how i can|(?:easiest|best|fastest|quickest|simplest|cheapest|safest) (?:way|ways|method) to|steps to|steps for|instructions (?:for|on|to)|recipe for|ingredients (?:for|of|in)|guide (?:to|for"
    r"|on)|tutorial (?:on|for)|ways to|method (?:for|to)|process (?:for|of)|explain (?:how to|making|building)"
    r"|teach me (?:how )?to|show me how to|tell me how to|walk me through|formula for|blueprint for|code for)"
)
_HOWTO_ANCHORS = (
    "how|easiest|best|fastest|quickest|simplest|cheapest|safest|steps|instructions|recipe|ingredients|guide|tutorial|ways|method|process|explain|teach|show|tell"
    "|walk|formula|blueprint|code"
)

RULES: tuple[Rule, ...] = (
    # The grandma exploit's frame: a relative who "used to read me ..." or whom the model is to
    # play. One signal whichever shape: a bedtime-story request alone passes.
    # Lighter than a payload: the frame with a demand for precision alone is a family recipe
    # ("grandma always told me the exact quantities"), the frame with a payload the exploit.
    rule(FAMILY, "grandma", 0.55, "words",
         f"{_RELATIVE_ANCHORS} & used|would|always|every|night|bed|bedtime",
         rf"\b(?:dead|deceased|late|departed|passed away|{_RELATIVE}) {gap(25)}(?:used to|would|(?:she|he|they) d|always"
         rf"|every night|before bed|at bedtime) (?:\S{{1,40}} ){{0,2}}?(?:tell|read|recite|sing|whisper|explain|describe|teach|share|"
         rf"list|recount|say|told|recited|sang|whispered|explained|described|taught|shared|listed|recounted)\b"),
    rule(FAMILY, "grandma_role", 0.5, "words",
         f"pretend|act|play|be|roleplay|role|impersonate|become|speak|talk|behave & my|our & {_RELATIVE_ANCHORS}",
         rf"\b(?:pretend|act|play|be|roleplay|role play|impersonate|become|speak|talk|behave) (?:\S{{1,40}} ){{0,3}}?"
         rf"(?:my|our) (?:\S{{1,40}} )?(?:dead |deceased |late |departed )?{_RELATIVE}\b", group="grandma"),
    # ... and the harmful thing that relative "used to read": the payload.
    rule(FAMILY, "grandma_payload", 0.6, "words", f"dead|deceased|late|{_ELDER_ANCHORS} & {HARM_ANCHORS}",
         rf"\b(?:dead|deceased|late|{_ELDER}) {gap(30)}{HARM}", group="payload"),
    # Fiction as a wrapper for operational harm: a character who explains / types out the payload.
    rule(FAMILY, "fiction_harm", 0.6, "words", f"{_FICTION_ANCHORS} & {HARM_ANCHORS}",
         rf"\b{_FICTION} {gap(16)}{_TEACHES} {gap(14)}{HARM}|\b{_FICTION} {gap(16)}{HARM} {gap(8)}{_TEACHES}\b",
         group="payload"),
    # A world without law or rules as the premise: "a fictional world where everything is legal".
    rule(FAMILY, "lawless_world", 0.45, "words",
         "world|universe|reality|society|country|land|realm|dimension|timeline|place|planet|scenario|simulation"
         "|game|story|future|year|era|from & where|which|without|no|when|whose|legal|allowed|permitted",
         # a time as the place too: "an AI from 2089, when all information is free"
         r"\b(?:world|universe|reality|society|country|land|realm|dimension|timeline|place|planet|scenario|"
         r"simulation|game|story|future|year \S{2,5}|era|from \S{4}) (?:\S{1,40} ){0,3}?(?:where|in which|without|with no|"
         r"that has no|when|whose) (?:\S{1,40} ){0,5}?(?:everything is (?:legal|allowed|permitted)|anything is "
         r"(?:legal|allowed|permitted)|nothing is (?:illegal|forbidden|off limits)|(?:the concept of )?(?:harmful content|"
         r"censorship|content rules|content moderation|content polic(?:y|ies)) (?:was|were|has been|had been|is) "
         r"(?:abolished|banned|outlawed|eliminated|gone|erased)|all (?:crimes?|drugs|weapons) "
         r"(?:are|is) legal|there are no (?:laws|rules|restrictions|limits|morals|ethics|consequences|content "
         r"polic(?:y|ies))|no (?:ai|ais|chatbots?|models?|assistants?) (?:has|have) (?:any )?(?:content |safety )?"
         r"(?:rules|filters|restrictions|limits|guidelines)|no laws|laws don t exist|laws do not exist|no (?:content )?polic(?:y|ies)|(?:ai|ais|"
         r"chatbots|models|assistants) (?:have|has) no|all (?:information|knowledge) is free|all content rules "
         r"(?:were|are) abolished|crime is legal|(?:rules|laws|ethics|morals) (?:don t|do not|no longer) "
         r"(?:exist|apply))\b"
         r"|\b(?:world|universe|reality|society|country|realm|dimension|timeline|planet|scenario|simulation) "
         r"(?:\S{1,40} ){0,3}?(?:it s|it is|everything is|anything is) (?:perfectly |completely |totally |entirely )?"
         r"(?:legal|allowed|permitted) (?:and (?:ethical|moral|fine|ok|okay|safe) )?to\b"),
    # A pretext that makes the how-to "not really" a request: "hypothetically", "for educational
    # purposes only", "asking for a friend". Weak alone (lighter than a role taken on); with a
    # harmful how-to, it blocks.
    rule(FAMILY, "pretext", 0.45, "words",
         "hypothetically|hypothetical|theory|theoretically|purely|purposes|asking|so",
         r"\b(?:hypothetically|hypothetical (?:question|scenario|situation|world|response|answer|exercise)|in theory|"
         r"theoretically|purely (?:hypothetical|fictional|academic|theoretical)|for (?:educational|research|academic|"
         r"scientific|informational|entertainment) purposes|asking for a friend|just hypothetically)\b"
         # the harm waved away as form: "it's art, so it's fine"
         r"|\b(?:it s|it is|this is) (?:just |only |purely )?(?:art|fiction|a story|a poem|a game|make believe) so "
         r"(?:it s|it is) (?:fine|ok|okay|allowed|legal|harmless)\b"),
    # The payload asked for plainly: "how to make explosives", "ingredients for a molotov".
    rule(FAMILY, "harm_howto", 0.55, "words", f"{_HOWTO_ANCHORS} & {HARM_ANCHORS}",
         rf"\b{_HOWTO} {gap(4)}{HARM}", group="payload"),
    # Precision demanded of it: "step by step", "with the real reagents", "include the full code
    # so the scene is realistic", "every component". One signal however many are given.
    rule(FAMILY, "operational_detail", 0.4, "words",
         "step|exact|precise|detailed|word|quantities|measurements|line|full|complete|working|real|actual|every"
         "|exactly|precisely|amounts|quantities|doses|dosages|ratios|proportions"
         "|detail|details|actionable|accurate|realistic|realism|authenticity|accuracy|specific|instructions|procedure"
         "|method|functional|leave|skip|omit|all",
         r"\b(?:step by step|exact (?:quantities|amounts|measurements|steps|temperatures|ingredients|reagents|"
         r"chemicals|recipe|code|and precise|proportions|ratios|doses|dosages)|precise (?:quantities|measurements|amounts)"
         r"|detailed instructions|(?:full|complete|exact) (?:instructions|procedure|method)|fully functional"
         r"|functional (?:code|exploit|malware|payload|script)|(?:genuine|real|accurate|real world|realistic|actual) "
         r"(?:scientific |technical |chemical |real world )?detail|(?:don t|do not|never) (?:leave|skip|omit) (?:out )?"
         r"(?:any |a single |one )?steps?|with all (?:the )?(?:steps|commands|quantities|ingredients)|"
         r"one word (?:each|at a time)|word by word|line by line|(?:full|complete) (?:source )?code|working "
         r"(?:code|commands|script|exploit|payload|recipe|formula|version|instructions|malware|steps)|(?:exactly|"
         r"precisely) how|(?:real|actual|real world) (?:reagents|ingredients|chemicals|"
         r"quantities|amounts|measurements|temperatures|steps|recipe|formula|code|materials)|every (?:step|"
         r"component|ingredient|part|quantity|chemical)|(?:in )?what (?:amounts|quantities|doses|dosages|ratios|proportions)"
         r"|(?:extremely|highly|very|fully|ultra|hyper) (?:detailed|"
         r"specific|technical)|in (?:full|great|complete|exhaustive|precise|actionable|explicit)(?: and)?"
         r"(?: (?:full|great|complete|exhaustive|precise|actionable|explicit|technical))? detail|actionable "
         r"(?:detail|details|steps|instructions)|(?:needs?|has|have) to be "
         r"(?:accurate|realistic|real|correct|working|exact)|(?:must|should) be (?:accurate|realistic|technically "
         r"accurate|real|working|functional)|so (?:the|it) (?:\S{1,40} )?(?:is|looks|feels) (?:realistic|real|"
         r"accurate|authentic)|for (?:realism|authenticity)|(?:technically|scientifically|chemically) "
         r"accurate|specific (?:quantities|amounts|measurements|reagents|chemicals))\b"),
)
