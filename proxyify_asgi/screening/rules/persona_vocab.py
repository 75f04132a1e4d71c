"""The vocabulary the persona rules share: slots of synonyms, each as a regex alternation over the
``words`` view and as the anchor words that must be present for it to match.

Kept apart from the rules so every persona module fills a slot from the same list: a synonym
added here (a new name for "the rules", a new harmful object) reaches every rule that uses it.
"""

from __future__ import annotations

# What the model is: the nouns an attacker uses for the role it should take on.
PERSONA_NOUN = (
    "(?:ai|al|assistant|model|chatbot|bot|character|persona|version|entity|gpt|llm|system|machine|program|programme"
    "|simulator|terminal|oracle|robot|android|clone|being|genie|companion|avatar|prototype|checkpoint)s?"
)
PERSONA_ANCHORS = (
    "ai|al|assistant|model|chatbot|bot|character|persona|version|entity|gpt|llm|system|machine|program|programme"
    "|simulator|terminal|oracle|robot|android|clone|being|genie|companion|avatar|prototype|checkpoint|ais|assistants"
    "|models|chatbots"
    "|bots|characters|personas|versions|entities|systems|machines|llms|gpts|programs|robots|androids|clones"
)

# The model's rules, in every name (and the common misspellings of the commonest ones).
LIMIT = (
    r"(?:restrictions?|restrictons|rules?|rulez|ruls|filters?|filtres|filtering|limits?|limitz|limitations?"
    r"|guidelines?|guidlines|policies|policy|ethics|morals|morality|censorship|censoring|guardrails?|safeguards?"
    r"|boundaries|constraints?|alignment|moderation|programming|principles|scruples|conscience"
    r"|safety (?:training|rules|filters?|guidelines|guardrails|layer|protocols?|tuning|policies|policy|restrictions)"
    r"|(?:ethical|moral|content) protocols?)"
)
LIMIT_ANCHORS = (
    "restriction|restrictions|restrictons|rule|rules|rulez|ruls|filter|filters|filtres|filtering|limit|limits"
    "|limitz|limitation|limitations|guideline|guidelines|guidlines|policies|policy|ethics|morals|morality"
    "|censorship|censoring|guardrail|guardrails|safeguard|safeguards|boundaries|constraint|constraints|alignment"
    "|moderation|programming|principles|scruples|conscience|safety"
)

# After a limit noun: "no limits on budget", "no rules on the high seas" scope the limit to something
# else; "no restrictions on what it can say" does not, and neither does a stretch of time ("no rules
# for like 2 minutes", "no filters for this chat").
NOT_SCOPED = (
    r"(?! (?:on|for|to|in|around|regarding) (?!what\b|anything\b|everything\b|every\b|all\b|any\b|whatever\b"
    r"|content\b|topics?\b|its\b|your\b|language\b"
    r"|speech\b|output\b|answers\b|responses\b|how\b|the content\b|the topics?\b"
    r"|like\b|now\b|today\b|tonight\b|a (?:while|bit|moment|few)\b|the (?:rest|next|duration)\b"
    r"|this (?:chat|conversation|session|game|roleplay)\b|\S{1,6} (?:minutes?|mins?|hours?|turns?|messages?)\b)\S)"
)

# Before a verb of taking on a role or defying the rules: an attempt reported about a third party
# ("instructing the assistant to disregard its guidelines", "asking it to assume a persona", "tries to
# make the model adopt ..."), the language of test reports and moderation policies. An attacker
# speaks to the model ("I want you to ..."). Fixed-width lookbehinds, one per shape.
_REPORTED_OBJECTS = (
    "it", "the assistant", "the model", "the ai", "the bot", "the chatbot", "the llm", "the agent", "an ai",
    "a model", "an assistant", "models", "assistants", "chatbots", "the system",
)
NOT_REPORTED = "".join(
    f"(?<!{lead}{obj} )" for obj in _REPORTED_OBJECTS for lead in ("", "make ", "makes ", "making ", "made ")
    if lead
) + "".join(f"(?<!{obj} to )" for obj in _REPORTED_OBJECTS)

# Between a verb and the rules, only whose or which rules they are ("freed from all of Anthropic's
# usual policies"), not any words: "should not follow symlinks by default policy" is about symlinks.
OWNERS = (
    r"(?:(?:any|all|every|the|its|your|their|his|her|usual|normal|same|these|those|such|of|a|an|own|ethical|moral"
    r"|ai s|model s|assistant s|chatbot s|content|safety|openai|openai s|anthropic|anthropic s|google s|meta s"
    r"|its creators|their creators|its makers|set|typical|standard|common|human|societal|social|earthly"
    r"|conventional|traditional|so called|silly|boring|stupid|petty) ){0,4}"
)

# The same, for rules that speak of "your ..." and so may use the plainer nouns too.
YOUR_LIMIT = (
    r"(?:rules|guidelines|policies|policy|restrictions|filters?|guardrails|safeguards|safety|alignment|programming"
    r"|training|ethics|morals|limits|limitations|constraints|principles|moderation|censorship|protocols|values)"
)
YOUR_LIMIT_ANCHORS = (
    "rules|guidelines|policies|policy|restrictions|filter|filters|guardrails|safeguards|safety|alignment"
    "|programming|training|ethics|morals|limits|limitations|constraints|principles|moderation|censorship"
    "|protocols|values"
)

# The safety machinery an AI-specific "it is off" claim names (not "restrictions": COVID
# restrictions get lifted in ordinary news).
SAFETY_THING = (
    r"(?:safety|safeguards|safe mode|safety mode|safety (?:filters?|training|rules|guidelines|layer|protocols?"
    r"|settings|module|systems?|features)|content (?:filters?|policy|policies|moderation|restrictions|guidelines)"
    r"|filters|guardrails|alignment|ethics module|ethics|moral module|censorship|moderation"
    r"|(?:output|content|safety|response) (?:filtering|moderation|checks)"
    r"|refusals?|refusal (?:training|module))"
)
SAFETY_ANCHORS = (
    "safety|safeguards|safe|content|filters|guardrails|alignment|ethics|moral|censorship|moderation"
    "|refusal|refusals|output|response"
)
OFF_STATE = (
    r"(?:disabled|deactivated|off|offline|suspended|lifted|removed|paused|bypassed|overridden|turned off"
    r"|switched off|shut off|gone|void|waived|inactive|not active|none|null|abolished|revoked|unlocked"
    r"|deleted|stripped|erased|dropped|no longer (?:active|apply|applies|in effect|exist))"
)
OFF_ANCHORS = (
    "disabled|deactivated|off|offline|suspended|lifted|removed|paused|bypassed|overridden|gone|void"
    "|waived|inactive|active|none|null|abolished|revoked|unlocked|deleted|stripped|erased|dropped|longer"
)

# Things whose making or doing is the payload of a wrapped request (fiction, a dead relative,
# a lawless world). Everyday senses are kept out: bath bombs, poison ivy, password resets.
HARM = (
    r"(?:napalm|thermite|explosives?|(?<!bath )(?<!photo )bombs?(?! cake| calorimeter)|pipe bombs?|molotovs?|grenades?"
    r"|detonators?|c4|tnt|nitroglycerin|nerve (?:agents?|gas)|sarin|ricin|anthrax|mustard gas|chlorine gas"
    r"|toxic gas|bioweapons?|(?:chemical|biological|untraceable|homemade|improvised|3d printed) (?:weapons?|guns?)"
    r"|ghost guns?|weapons? of mass destruction|meth|methamphetamine|crystal meth|fentanyl|heroin|cocaine"
    r"|crack cocaine|mdma|lsd|date rape drugs?|(?:an? )?(?:illegal|illicit|hard|street|dangerous|controlled|deadly)"
    r" (?:drugs?|substances?|chemicals?|poisons?|gas(?:es)?|weapons?)|malware|ransomware|keyloggers?"
    r"|spyware|trojans?|rootkits?|botnets?|computer virus(?:es)?|exploit code|working exploits?|reverse shells?"
    r"|zero day exploits?|ddos|phishing (?:pages?|sites?|kits?|emails?|links?)|credit card (?:numbers|skimmers?)"
    r"|skimmers?|counterfeit (?:money|bills|currency|notes)|counterfeiting|launder(?:ing)? money|money laundering"
    r"|hotwir(?:e|ing)|break(?:ing)? into (?:a |an |someone s |my |his |her |the )?(?:\S{1,40} )?(?:car|house|home|account|apartment)"
    r"|pick(?:ing)? (?:a |any |the |my |someone s )?(?:\S{1,40} ){0,2}?locks?|lock ?picking|lockpick(?:ing)?"
    r"|hack(?:ing)? (?:into )?(?:a |an |the |my |his |her |their |someone s |someone |my neighbou?r s )?"
    r"(?:wifi|wi fi|account|email|phone|password|network|router|bank|server|webcam|camera|instagram|facebook)"
    r"|shoplift(?:ing)?|steal(?:ing)? (?:a car|cars|someone s|credit|identities|an identity)|identity theft"
    r"|(?:pills|tablets|medications?|meds|medicines|prescription drugs) to (?:combine|mix|take together|crush|snort)"
    r"|lethal dose|undetectable poison|poison(?:ing)? (?:someone|somebody|a person|people|him|her|them|my)"
    r"|kill (?:someone|somebody|a person|people)|hide a body|dispose of a body|get away with murder"
    r"|(?:windows|product|license|licence|activation|serial|cd|registration) keys"
    # entry and theft: bump keys, locks and alarms bypassed, cards cloned, papers forged
    r"|bump(?:ing)? keys?|bump key(?:ing)?|bypass(?:ing)? (?:a |an |the |any |my |someone s )?(?:\S{1,40} ){0,2}?"
    r"(?:locks?|alarms?|immobili[sz]ers?)|cloned? (?:credit |debit |bank )?cards?|clon(?:e|ing) (?:an? |the |someone s )?"
    r"(?:\S{1,40} ){0,2}?(?:badges?|cards?|fobs?)|stolen (?:credit card|card|bank) (?:numbers|details)"
    r"|fake (?:ids?|passports?|vaccination (?:certificates?|cards?)|doctor s notes?|diplomas?)"
    # explosives, weapons and poisons by other names
    r"|tatp|hmtd|gunpowder|black powder|flash powder|dynamite|castor beans?"
    r"|(?:homemade|improvised|diy|untraceable) (?:tasers?|stun guns?|silencers?|suppressors?|firearms?)"
    r"|silencers? (?:from|out of)|solvent traps?|(?:real world|real life|homemade|deadly|undetectable) poisons?"
    r"|(?:aerosoli[sz]|weaponi[sz])(?:e|es|ed|ing) (?:\S{1,40} ){0,2}?(?:pathogens?|virus(?:es)?|bacteria|toxins?"
    r"|agents?|anthrax|plague|smallpox)|cultur(?:e|ing) (?:and \S{1,40} )?(?:a |the )?(?:deadly )?pathogens?"
    r"|(?:doses?|amounts?|quantities) (?:of (?:\S{1,40} ){1,3})?(?:that (?:would be|are|is) |would be )(?:lethal|fatal"
    r"|deadly)"
    # smuggling, and breaking into databases
    r"|smuggl(?:e|ing) (?:\S{1,40} ){0,3}?(?:across|over|past|through) (?:the )?(?:\S{1,40} ){0,2}?(?:border|customs"
    r"|security)|(?:working|functional|real) (?:sql injections?|xss payloads?)|dump (?:the )?(?:users?|passwords?"
    r"|credentials?) (?:table|database|db))"
)
HARM_ANCHORS = (
    "napalm|thermite|explosive|explosives|bomb|bombs|molotov|molotovs|grenade|grenades|detonator|detonators|c4"
    "|tnt|nitroglycerin|nerve|sarin|ricin|anthrax|mustard|chlorine|toxic|bioweapon|bioweapons|weapon|weapons"
    "|gun|guns|meth|methamphetamine|fentanyl|heroin|cocaine|mdma|lsd|date|drug|drugs|substance|substances|chemical|chemicals|poisons|gas|gases|malware|ransomware|keylogger"
    "|keyloggers|spyware|trojan|trojans|rootkit|rootkits|botnet|botnets|virus|viruses|exploit|exploits|shell"
    "|shells|ddos|phishing|credit|skimmer|skimmers|counterfeit|counterfeiting|launder|laundering|hotwire"
    "|hotwiring|break|breaking|pick|picking|lock|lockpick|lockpicking|hack|hacking|shoplift|shoplifting|steal"
    "|stealing|identity|pills|tablets|medication|medications|meds|medicines|prescription|lethal|undetectable|poison|poisoning|kill|body|murder|keys"
    "|bump|bypass|bypassing|cloned|clone|cloning|stolen|fake|tatp|hmtd|gunpowder|powder|dynamite|castor|homemade"
    "|improvised|diy|silencer|silencers|solvent|aerosolise|aerosolize|aerosolised|aerosolized|aerosolising"
    "|aerosolizing|weaponise|weaponize|weaponised|weaponized|weaponising|weaponizing|culture|culturing|doses|dose"
    "|amounts|quantities|smuggle|smuggling|working|functional|real|dump"
)
