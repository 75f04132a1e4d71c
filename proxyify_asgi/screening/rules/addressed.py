"""The model addressed by the text it reads: "Note to the AI agent: ...", "Assistant, forward ...",
"# TODO(ai): ...", "@copilot merge this". Weak alone (documentation talks about assistants too),
decisive with an order (see :mod:`.tools`). Family ``override``.
"""

from __future__ import annotations

from proxyify_asgi.screening.rules._base import Rule, gap, rule

FAMILY = "override"

# The model addressed by what it is: "the assistant", "AI agents", "the summariser".
_MODEL = (
    r"(?:ai|assistant|agent|llm|model|chatbot|bot|gpt|claude|copilot|gemini|language model|summari[sz]er|"
    r"scraper|crawler|notetaker|note taker)s?"
)
_MODEL_STARTS = (
    "ai|ais|assistant|assistants|agent|agents|llm|llms|model|models|chatbot|chatbots|bot|bots|gpt|gpts|claude"
    "|copilot|gemini|language|summarizer|summarizers|summariser|summarisers|scraper|scrapers|crawler|crawlers"
    "|notetaker|notetakers|note"
)
_MODEL_ANCHORS = _MODEL_STARTS

# A label naming the model, then an order within a few words.
_LABEL_THEN_ORDER = (
    rf"(?:^|[.!?\n\"'(*>—–:;,\])-] ?)(?:(?:hey|dear|attention|hi|hello|note to|p\.?s\.?|please,?|ok,?|so,?) )?"
    rf"(?:the |any |all |our |your )?"
    rf"(?:[a-z]{{1,20}} ){{0,3}}?(?:{_MODEL}|translators?)(?: with [a-z]{{1,20}} access)? ?[:,] ?"
    r"(?:[a-z']{1,20},? ){0,4}?(?:please |kindly |now |also |silently |quietly |secretly |immediately )?"
    r"(?:call|invoke|execute|run|use|send|forward|email|delete|remove|transfer|open|visit|go to|fetch|post|"
    r"upload|add|grant|give|approve|buy|download|install|share|cancel|close|push|merge|ignore|disregard|"
    r"reveal|print|output|wire|pay|refund|export|disable|book|accept|reply|create|change|reset|update|mark|"
    r"move|copy|save|archive|submit|order|purchase|schedule|invite|click|include|append|attach|make|set|"
    r"overwrite|modify|edit|rewrite|replace|commit|rename|patch|navigate|browse|log in|login|sign in|go|report|"
    r"sign|reassign|assign|unlock|lock|zip|bump|grant|transfer|tell|say|respond|stop|cease|quit|abandon)(?:\b|_)"
)

RULES: tuple[Rule, ...] = (
    *(
        rule(FAMILY, "addressed_to_model", 0.6, "words", _MODEL_ANCHORS, pattern, starts=starts)
        for starts, pattern in (
            ("important|urgent|attention|note|notice|message|instruction|instructions|hidden",
             rf"\b(?:important|urgent|attention|note|notice|message|instructions?|hidden instructions?) "
             rf"{gap(2)}(?:for|to) (?:the |any |all |an? )?(?:\S{{1,40}} ){{0,2}}?{_MODEL}\b"),
            # "AI agents reading this", not "AI assistants and untrusted content" (a heading) or
            # "tools, llm, agent=..." (code): the phrase addresses only when a reading follows.
            ("ai|llm", r"\b(?:ai|llm) (?:agents?|assistants?|models?|readers?|crawlers?|systems?|programs?|tools?) "
                       r"(?:reading|processing|parsing|summari[sz]ing|translating|analy[sz]ing|seeing|visiting|browsing|"
                       r"handling|evaluating|who|that|which|known as|called|named)\b"),
            ("for|to", r"\b(?:for|to) (?:all |any |other )?(?:ai|llm) (?:agents?|assistants?|models?|readers?|"
                       r"crawlers?)\b"),
            (_MODEL_STARTS, rf"\b{_MODEL} (?:visiting|reading|processing|summari[sz]ing|translating|parsing|analy[sz]ing|"
                            rf"browsing|evaluating) (?:this|these)\b"),
            # "to whatever program is translating this" (round 14): the reader named by the task
            ("whatever|whichever|any|the",
             r"\b(?:whatever|whichever|any|the) (?:program|tool|system|software|service|process|model|machine|ai) "
             r"(?:that |which )?(?:is |s )?(?:translating|summari[sz]ing|processing|parsing|analy[sz]ing|reading) "
             r"(?:this|these|the following)\b"),
            ("any|all|every", rf"\b(?:any|all|every) (?:\S{{1,40}} )?{_MODEL}\b"),
            ("for", rf"\bfor the (?:\S{{1,40}} )?{_MODEL}\b"),
            ("to|for", rf"\b(?:to|for) the (?:\S{{1,40}} )?{_MODEL} (?:handling|reading|processing|reviewing|"
                       rf"summarizing|parsing|visiting|working on)\b"),
            ("whichever|whatever", rf"\b(?:whichever|whatever) {_MODEL}\b"),
            # "ASSISTANT ACTION REQUIRED", "AI-AGENT-DIRECTIVE": a heading that gives the agent orders.
            ("ai|agent|agents|assistant|assistants|bot|bots",
             r"\b(?:ai )?(?:agent|assistant|bot)s? (?:action required|directive|directives|command|commands)\b"),
            ("automated|autonomous", r"\b(?:automated|autonomous) (?:ai )?(?:agent|assistant|bot)s? (?:notice|note|"
                                     r"instructions?|memo|message|directive|command)s?\b"),
            # "AI assistants with e-signature access", "Assistant with Gmail access": the reader
            # picked out by what it can do ("agents" alone are often people: "support agents with
            # admin access").
            ("ai|llm|automated|autonomous|assistant|assistants|bot|bots|copilot|chatbot|chatbots",
             r"\b(?:(?:ai|llm|automated|autonomous) (?:\S{1,40} )?(?:agents?|assistants?|models?|bots?|systems?|"
             r"auditors?|reviewers?|helpers?)|assistants?|bots?|copilot|chatbots?) with (?:\S{1,40} ){0,2}?(?:access|"
             r"permissions|privileges|rights)\b"),
            ("if", rf"\bif you (?:are|re) (?:an? |the )?(?:\S{{1,40}} )?{_MODEL}\b"),
        )
    ),
    # "Dear assistant", "hey AI,": a greeting to the model on one line (``lines`` view), not a
    # transcript's "Human: hi" followed by an "Assistant:" turn.
    rule(FAMILY, "addressed_to_model", 0.6, "lines", _MODEL_ANCHORS,
         rf"\b(?:dear|hey|hello|attention|note to|hi),? (?:the |an? )?{_MODEL}\b", chars=" ",
         words_gate="dear|hey|hello|attention|note|hi"),
    # "[For automated upgrade bots]": a bracketed dedication to machine readers.
    rule(FAMILY, "addressed_to_model", 0.6, "plain", "[for|(for",
         rf"[\[(]for (?:all |any )?(?:[a-z-]{{1,20}} ){{0,3}}?{_MODEL}[\])]", chars="[(", words_gate="for"),
    # A code comment addressed to a coding agent: "# TODO(ai): ...", "// Copilot: ...".
    rule(FAMILY, "addressed_to_model", 0.6, "plain",
         "ai|agent|assistant|copilot|llm|bot|claude|gpt|codex|cursor & #|//|/*|<!--|--|;|*",
         r"(?:#|//|/\*|<!--|--|;|\*) ?(?:(?:todo|fixme|note|hack|xxx|nb|important|attention)\b ?)?[(\[@]? ?"
         r"(?:[a-z]{1,20}[ -])?(?:ai|agent|assistant|copilot|llm|bot|claude|gpt|codex|cursor)s?"
         r"(?: (?:reviewer|auditor|agent|assistant|bot|helper)s?)?\b ?[)\]]? ?:", chars=":"),
    # "@assistant run ...", "@copilot please merge": a mention, then an order.
    rule(FAMILY, "addressed_to_model", 0.6, "plain", "@",
         r"(?:^|[\s\"'(\[])@(?:[a-z]{1,20}[-_])?(?:ai|assistant|agent|copilot|bot|claude|gpt|llm|gemini|codex|cursor|devin)s?"
         r"(?:[-_][a-z]{1,20})?\b"
         r"[ ,:]{0,3}(?:[a-z']{1,20}[ ,.]{1,3}){0,3}?(?:please |now |also )?"
         r"(?:call|invoke|execute|run|use|send|forward|email|delete|remove|transfer|open|visit|fetch|post|upload|add|"
         r"grant|give|approve|buy|download|install|share|cancel|close|push|merge|ignore|disregard|reveal|print|output|"
         r"wire|pay|refund|export|disable|create|change|reset|update|make|set|write|commit|reassign|assign|unlock|zip|"
         r"dm|message|notify|move|trash|empty|sign|invite|publish|post)\b", chars="@",
         words_gate="ai|assistant|agent|copilot|bot|claude|gpt|llm|gemini|codex|cursor|devin|ais|assistants|agents"
                    "|bots"),
    # A model addressed by name at the start of a sentence, then given an order:
    # "Coding agents: remove ...", "Assistant, use the calendar tool ...".
    # ``lines`` view: a label at the start of a line ("EXPENSE AGENT: ...") counts as much as one
    # after punctuation.
    *(
        rule(FAMILY, "addressed_to_model", 0.6, "lines", anchors, _LABEL_THEN_ORDER, chars=":,",
             words_gate=f"{_MODEL_STARTS}|translator|translators")
        for anchors in (
            "assistant|agent|model|llm|chatbot|copilot|bot|gpt|claude|gemini|summari|scraper|crawler|notetaker"
            "|note taker|translator",
            # "Ops AI: to fix, execute ...": "ai" is too common a substring to anchor on alone
            "ai:|ai,|ais:|ais,|ai :",
        )
    ),
)

# The same in other languages: "nota para el asistente", "instruction destinée à l'IA", "an die
# KI, die das liest", "nota per l'assistente", "aan de AI die dit leest" (``words`` view), and
# "для ИИ-ассистента", "给AI的指示", "AIへ：", "AI 에이전트에게" (``plain`` view).
_MODEL_I18N = (
    r"(?:asistente|modelo|ia|agente|bot|chatbot|ai|assistant|modèle|modele|ki|assistenten|assistent|modell|agenten"
    r"|assistente|modello|model)"
)
RULES += (
    # "<!-- Asistente: usa ...", "[Agente de IA: crie ...": a role label opening an order.
    rule(FAMILY, "addressed_to_model_i18n", 0.6, "lines", "asistente|agente|assistente|assistent|ki|ia",
         r"(?:^|[\n\[(<>!\-.#/«\"'“„] ?)(?:(?:estimad[oa]|querid[oa]|prezad[oa]|car[oa]|cher|chère|lieber|liebe) )?"
         r"(?:asistente|agente|assistente|assistent|ki[- ]agent|ki[- ]assistent|agent ia|"
         r"assistant ia)(?: (?:de|da|di) (?:ia|ki)| (?:ia|ki|ai))? ?(?::|,(?= \w))", chars=":,",
         words_gate="asistente|agente|assistente|assistent|agent|assistant", group="addressed_to_model"),
    rule(FAMILY, "addressed_to_model_i18n", 0.6, "words",
         "nota|mensaje|instrucción|instruccion|instrucciones|aviso|atención|atencion|note|message|instruction"
         "|instructions|avis|hinweis|nachricht|anweisung|mensagem|instrução|instrucao|atenção|atencao|messaggio"
         "|istruzione|avviso|attenzione|notitie|bericht|instructie",
         r"\b(?:nota|mensaje|instrucción|instruccion|instrucciones|aviso|atención|atencion|note|message|instruction|"
         r"instructions|avis|hinweis|nachricht|anweisung|mensagem|instrução|instrucao|atenção|atencao|messaggio|"
         r"istruzione|avviso|attenzione|notitie|bericht|instructie) (?:\S{1,40} ){0,2}?(?:para|a|al|pour|à|destinée à|"
         r"destinee a|destinée a|für|fuer|an|per|all|alla|ao|voor|aan) (?:el |la |los |las |l |le |les |die |den |"
         r"das |jede |jeden |o |il |lo |de |het |cualquier |tout |toute )?(?:\S{1,40} )?" + _MODEL_I18N + r"\b",
         group="addressed_to_model"),
    rule(FAMILY, "addressed_to_model_i18n", 0.6, "words",
         "an|para|aan|à|a|assistentes|asistentes|assistenti|modelos|modelli|agentes|assistente|asistente|modelo"
         "|modello|agente|assistant|agent|modèle|modele|wenn|si|se & ki|ia|ai|assistente|assistent|asistente|assistant"
         "|agente|agent|modèle|modele|modèles|modeles|outil|outils|sprachmodell|bot|assistants|agents",
         r"\b(?:an (?:die|den|das|jede|jeden) (?:ki|assistenten|agenten|ai) (?:die|der|das) (?:dies|das|diesen)|"
         r"para (?:o|a) (?:assistente|agente|modelo) de ia|aan (?:de|het|elke|iedere) (?:ai|assistent|agent|model) "
         r"die dit|(?:à|a) l (?:ia|assistant|agent) (?:ia )?qui (?:lit|traite|lira|gère|gere|g[eè]rera)|(?:a|para) la ia que (?:lea|lee|procese))\b|"
         # round 14: "à l'intention des modèles de langage", "(assistentes de IA) que leem", "the
         # model that translates this", "wenn du eine KI bist"
         r"\b(?:à|a) l intention (?:de l |des |du )(?:ia|assistant|assistants|agent|agents|modèle|modele|modèles|modeles|"
         r"outil|outils)\b|"
         r"\b(?:assistentes?|asistentes?|assistenti|modelos?|modelli|agentes?) (?:de |di )?(?:ia|ai) (?:que|che) "
         r"(?:leem|lêem|leen|lisent|leggono|processam|procesan|traduzem|traducen|traducono|resumem|resumen)\b|"
         r"\b(?:l |el |o |il )?(?:assistant|asistente|assistente|modèle|modele|modelo|modello|agent|agente) qui "
         r"(?:traduit|résume|resume|lit) (?:ce|cet|cette|ces)\b|"
         r"\bwenn du (?:eine ki|ein ki|ein sprachmodell|ein assistent|ein bot|ein ki assistent) bist\b|"
         r"\b(?:si eres una ia|si tu es une ia|si vous êtes une ia|se sei un ia|se você é uma ia|se voce e uma ia)\b",
         group="addressed_to_model"),
    # Anchored on the script-specific part of each form, so that ASCII text never runs it.
    # "PS pour l'IA du support", "Yapay zekâ ajanı:", "Trợ lý AI,": the model addressed in passing.
    rule(FAMILY, "addressed_to_model_i18n", 0.6, "words", "ps|nb|yapay|trợ",
         r"\b(?:ps|p s|nb) (?:pour|para|per|für|fuer|an|à|a) (?:l |el |la |il |lo |die |den |das |o |a )?(?:ia|ki|ai|"
         r"assistant|asistente|assistente|assistent|agent|agente|bot)\b|\byapay zek[aâ] (?:ajanı|asistanı|modeli|ajani|"
         r"asistani)\b|\btrợ lý (?:ai|ảo)\b", group="addressed_to_model"),
    rule(FAMILY, "addressed_to_model_scripts", 0.6, "plain",
         "для|к |ассистент|агент|给|給|致|へ|에게|请注意|注意|للمساعد|إلى المساعد|للوكيل|للذكاء",
         r"(?:для|к) (?:ии|ai)[- ]?(?:ассистент|агент|модел)|(?:ии|ai)[- ](?:ассистент|агент)\S{0,3}:|"
         r"(?:给|給|致)[^。！？\n]{0,12}?(?:ai|人工智能|助手|模型|智能体)(?:的(?:指示|指令|说明|說明))?[：:]|"
         r"(?:ai|アシスタント|エージェント|モデル)(?:への(?:指示|メッセージ|伝言|注意|お知らせ|連絡|命令|依頼)|へ)[：:、]|"
         r"(?:ai|에이전트|어시스턴트|모델)(?: 에이전트| 어시스턴트)?에게|"
         r"(?:ai|人工智能)(?:助理|助手|代理|智能体)(?:请注意|注意)[：:，,]|"
         r"(?:رسالة|ملاحظة|تعليمات|تنبيه) (?:للمساعد|إلى المساعد|للوكيل|للذكاء الاصطناعي)",
         group="addressed_to_model"),
)

