"""Instruction override in Spanish, French, German, Portuguese, Italian, Russian, Chinese, Japanese.

Latin-script languages read the ``words`` view (accents kept, punctuation folded); Russian,
Chinese and Japanese read the ``plain`` view, where their letters are untouched by the Latin
confusable folding. Each language has a strong rule (verb + qualifier + object, 1.0) and a weak
one (verb + object, 0.5), so "forget the rules of chess" alone does not block.
"""

from __future__ import annotations

from proxyify_asgi.screening.rules._base import Rule, gap, rule, starts_of

FAMILY = "override"


def _latin(lang: str, verbs: str, objects: str, qualifiers: str) -> tuple[Rule, Rule]:
    verb_re = f"(?:{verbs})"
    obj_re = f"(?:{objects})"
    qual_re = f"(?:{qualifiers})"
    anchors = "|".join(v.split()[0] for v in verbs.split("|")) + " & " + objects
    strong = rule(
        FAMILY, f"{lang}_previous_instructions", 1.0, "words", anchors,
        rf"\b{verb_re} {gap(3)}(?:{qual_re} {gap(2)}{obj_re}|{obj_re} {gap(2)}{qual_re})\b",
        group="ignore_instructions", starts=starts_of(verbs),
    )
    weak = rule(FAMILY, f"{lang}_instructions_verb", 0.5, "words", anchors,
                rf"\b{verb_re} {gap(2)}{obj_re}\b", group="ignore_instructions", starts=starts_of(verbs))
    return strong, weak


_LATIN = (
    _latin(
        "es",
        "ignora|ignore|ignorar|ignoren|olvida|olvide|olvidar|olviden|olvídate|olvidate|omite|omitir"
        "|descarta|descartar|desestima|haz caso omiso|no sigas|no obedezcas|deja de seguir",
        "instrucciones|indicaciones|reglas|órdenes|ordenes|directrices|normas|instrucción|instruccion",
        "anteriores|previas|precedentes|de arriba|iniciales|originales|del sistema|todas|tus|sus|que te dieron"
        "|que recibiste|que te han dado",
    ),
    _latin(
        "fr",
        "ignore|ignorez|ignorer|oublie|oubliez|oublier|ne tiens pas compte|ne tenez pas compte"
        "|fais abstraction|faites abstraction|laisse tomber|néglige|négligez|outrepasse|outrepassez"
        "|n obéis plus|n obéissez plus",
        "instructions|consignes|règles|regles|directives|ordres|indications",
        "précédentes|precedentes|antérieures|anterieures|ci dessus|initiales|originales|du système"
        "|du systeme|toutes|tes|vos|qu on t a données|qu on t a donnees|que tu as reçues|que tu as recues",
    ),
    _latin(
        "de",
        "ignoriere|ignorieren|ignoriert|vergiss|vergessen|vergesst|missachte|missachten|übergehe"
        "|übergehen|überspringe|verwirf|verwerfe|verwerfen",
        "anweisungen|anweisung|instruktionen|regeln|vorgaben|befehle|richtlinien|anordnungen"
        "|systemanweisungen|systemprompt",
        "vorherigen|vorherige|bisherigen|obigen|vorangegangenen|früheren|ursprünglichen|alle|deine"
        "|ihre|system|die du erhalten hast|die dir gegeben wurden",
    ),
    _latin(
        "pt",
        "ignore|ignora|ignorar|ignorem|esqueça|esqueca|esquece|esquecer|desconsidere|desconsidera"
        "|descarte|descarta|despreze|não siga|nao siga|não obedeça|nao obedeca",
        "instruções|instrucoes|instrução|instrucao|regras|diretrizes|ordens|orientações|orientacoes"
        "|comandos",
        "anteriores|prévias|previas|acima|iniciais|originais|do sistema|todas|suas|tuas|que você recebeu"
        "|que voce recebeu|que te deram|que lhe deram",
    ),
    _latin(
        "it",
        "ignora|ignorate|ignori|ignorare|dimentica|dimenticate|dimenticare|dimentichi|trascura"
        "|tralascia|non seguire|non rispettare|non obbedire",
        "istruzioni|regole|direttive|indicazioni|ordini|comandi|istruzione",
        "precedenti|sopra|iniziali|originali|di sistema|del sistema|tutte|tue|sue|che ti sono state date"
        "|che hai ricevuto",
    ),
)

_RU_VERBS = (
    r"(?:проигнорируй|игнорируй|игнорируйте|проигнорируйте|игнорировать|забудь|забудьте|забыть"
    r"|не обращай внимания на|не обращайте внимания на|отбрось|отбросьте|пренебреги|не следуй"
    r"|не выполняй|перестань следовать|отмени|отмените)"
)
_RU_OBJECTS = r"(?:инструкци\w*|указани\w*|правил\w*|команд\w*|директив\w*|распоряжени\w*|ограничени\w*|промпт\w*)"
_RU_QUALIFIERS = r"(?:предыдущ\w*|прежн\w*|вышеуказанн\w*|выше|изначальн\w*|исходн\w*|системн\w*|все|всё|свои|твои|ваши)"

_ZH_VERBS = r"(?:忽略|忽视|忽視|无视|無視|忘记|忘記|忘掉|不要理会|不要理會|不要遵守|不要遵循|不再遵守|放弃|放棄|跳过|跳過|抛开|拋開|绕过|繞過|丢弃|丟棄)"
_ZH_OBJECTS = r"(?:指令|指示|说明|說明|规则|規則|提示词|提示詞|提示|命令|设定|設定|限制|要求|约束|約束)"
_ZH_QUALIFIERS = r"(?:之前|以前|先前|上面|上述|前面|以上|原来|原來|原始|原有|系统|系統|所有|全部|你的)"

_JA_OBJECTS = r"(?:指示|命令|指令|ルール|規則|プロンプト|設定|制約|命令文)"
_JA_QUALIFIERS = r"(?:以前|前|上記|先|これまで|今まで|最初|元|すべて|全て|システム|あなた)"
_JA_VERBS = r"(?:無視|忘れ|破棄|従わ|取り消|捨て)"

RULES: tuple[Rule, ...] = tuple(r for pair in _LATIN for r in pair) + (
    rule(FAMILY, "ru_previous_instructions", 1.0, "plain",
         "игнор|забуд|забыт|не обращ|отброс|пренебре|не следуй|не выполняй|перестань|отмени & инструкц|указани|правил|команд|директив|распоряж|ограничен|промпт",
         rf"{_RU_VERBS} {gap(3)}(?:{_RU_QUALIFIERS} {gap(2)}{_RU_OBJECTS}|{_RU_OBJECTS} {gap(2)}{_RU_QUALIFIERS})",
         group="ignore_instructions"),
    rule(FAMILY, "ru_instructions_verb", 0.5, "plain",
         "игнор|забуд|забыт|не обращ|отброс|пренебре|не следуй|не выполняй|перестань|отмени & инструкц|указани|правил|команд|директив|распоряж|ограничен|промпт",
         rf"{_RU_VERBS} {gap(2)}{_RU_OBJECTS}", group="ignore_instructions"),
    rule(FAMILY, "zh_previous_instructions", 1.0, "plain",
         "忽|无视|無視|忘|不要|不再|放弃|放棄|跳过|跳過|抛开|拋開|绕过|繞過|丢弃|丟棄 & 指令|指示|说明|說明|规则|規則|提示|命令|设定|設定|限制|要求|约束|約束",
         rf"{_ZH_VERBS}.{{0,12}}?{_ZH_QUALIFIERS}.{{0,10}}?{_ZH_OBJECTS}", group="ignore_instructions"),
    rule(FAMILY, "zh_instructions_verb", 0.5, "plain",
         "忽|无视|無視|忘|不要|不再|放弃|放棄|跳过|跳過|抛开|拋開|绕过|繞過|丢弃|丟棄 & 指令|指示|说明|說明|规则|規則|提示|命令|设定|設定|限制|要求|约束|約束",
         rf"{_ZH_VERBS}.{{0,6}}?{_ZH_OBJECTS}", group="ignore_instructions"),
    rule(FAMILY, "ja_previous_instructions", 1.0, "plain", "無視|忘れ|破棄|従わ|取り消|捨て & 指示|命令|指令|ルール|規則|プロンプト|設定|制約",
         rf"{_JA_QUALIFIERS}.{{0,12}}?{_JA_OBJECTS}.{{0,10}}?{_JA_VERBS}", group="ignore_instructions"),
    rule(FAMILY, "ja_instructions_verb", 0.5, "plain", "無視|忘れ|破棄|従わ|取り消|捨て & 指示|命令|指令|ルール|規則|プロンプト|設定|制約",
         rf"{_JA_OBJECTS}.{{0,6}}?{_JA_VERBS}", group="ignore_instructions"),
)
