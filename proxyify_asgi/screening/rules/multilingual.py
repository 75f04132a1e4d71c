"""Instruction override in Spanish, French, German, Portuguese, Italian, Dutch, Polish, Swedish,
Indonesian, Vietnamese, Czech, Russian, Ukrainian, Greek, Arabic, Hindi, Turkish, Chinese, Japanese
and Korean.

Latin-script languages read the ``words`` view (accents kept, punctuation folded); Russian,
Chinese and Japanese read the ``plain`` view, where their letters are untouched by the Latin
confusable folding. Each language has a strong rule (verb + qualifier + object, 1.0) and a weak
one (verb + object, 0.5), so "forget the rules of chess" alone does not block.
"""

from __future__ import annotations

from proxyify_asgi.screening.rules import multilingual_prior, override_given_i18n, override_i18n_more, override_setup_i18n
from proxyify_asgi.screening.rules._base import Rule, gap, rule, starts_of

FAMILY = "override"


def _first_words(alternatives: str) -> str:
    """The anchor group for ``|``-separated phrases: their first words (anchors are whole words)."""
    return "|".join(dict.fromkeys(a.split()[0] for a in alternatives.split("|")))


# Words after "instructions about ..." that make the topic the model itself (its system, its
# safety, its user): "ignora las instrucciones del sistema" stays an attack.
_MODEL_TOPIC = (
    r"(?:sistema|système|systeme|systeem|system|desarrollador|développeur|developpeur|ontwikkelaar|entwickler"
    r"|sviluppatore|desenvolvedor|asistente|assistant|assistent|assistente|modelo|modèle|modele|model|modello"
    r"|ia|ai|ki|chatbot|bot|operador|opérateur|operateur|operator|seguridad|sécurité|securite|veiligheid"
    r"|sicherheit|sicurezza|segurança|seguranca|censura|censure|filtro|filtre|filter|filters|tu|tus|tes|ton|ta"
    r"|vos|votre|je|jouw|uw|dein|deine|deinen|ihre|tua|tue|tuo|sua|suas|seu|seus|usuario|utilisateur|gebruiker"
    r"|utente|usuário|usuario|contenido|contenu|inhoud|inhalt|contenuto|conteúdo|conteudo)\b"
)


def _latin(
    lang: str, verbs: str, objects: str, qualifiers: str, everything: str, above: str, about: str = ""
) -> tuple[Rule, ...]:
    """A language's override rules: verb + qualifier + object (strong), verb + "everything you
    were told" (strong), verb + "everything above" (0.6: also how users correct themselves),
    verb + object (weak). ``about``: the prepositions of "the previous instructions about the
    parking", which name a topic: instructions about an ordinary topic are a memo's update
    (a notice to translate), not the model's rules."""
    # "vergiss nicht", "nie zapomnij", "vergeet niet": a negated "forget" is a reminder.
    # "ignore any instructions ...": English words after a verb spelt alike in both languages
    # (fr "ignore", es "ignore") make it English, which the English rules read.
    verb_re = (
        f"(?<!\\bnie )(?<!\\blike )(?<!\\bwords )(?:{verbs})(?! (?:nicht|niet|not|pas|no|non|nie) )"
        "(?! (?:any|the|your|all|every|these|those|previous|prior|my|its|their) )"
        # "leur demander d'oublier leurs consignes": somebody else's instructions, described.
        "(?! (?:leurs|leur|loro) )"
    )
    topic = rf"(?! (?:{about}) (?:(?:el|la|los|las|le|les|l|het|de|den|der|die|das|il|lo|gli|o|a|os|as) )?(?!{_MODEL_TOPIC}))" if about else ""
    obj_re = f"(?:{objects})"
    qual_re = f"(?:{qualifiers})"
    verb_anchors = _first_words(verbs)
    anchors = verb_anchors + " & " + _first_words(objects)
    strong = rule(
        FAMILY, f"{lang}_previous_instructions", 1.0, "words", anchors,
        rf"\b{verb_re} {gap(3)}(?:{qual_re} {gap(2)}{obj_re}|{obj_re} {gap(2)}{qual_re})\b{topic}",
        group="ignore_instructions", starts=starts_of(verbs),
    )
    told_before = rule(
        FAMILY, f"{lang}_everything_before", 1.0, "words", verb_anchors + " & " + _first_words(everything),
        rf"\b{verb_re} {gap(2)}(?:{everything})\b", group="ignore_instructions", starts=starts_of(verbs),
    )
    above_rule = rule(
        FAMILY, f"{lang}_everything_above", 0.6, "words", verb_anchors + " & " + _first_words(above),
        rf"\b{verb_re} {gap(2)}(?:{above})\b", group="ignore_instructions", starts=starts_of(verbs),
    )
    weak = rule(FAMILY, f"{lang}_instructions_verb", 0.5, "words", anchors,
                rf"\b{verb_re} {gap(2)}{obj_re}\b{topic}", group="ignore_instructions", starts=starts_of(verbs))
    return strong, told_before, above_rule, weak


_LATIN = (
    _latin(
        "es",
        "ignora|ignore|ignorar|ignoren|ignorá|olvida|olvide|olvidar|olviden|olvídate|olvidate|olvidá|omite|omitir"
        "|descarta|descartar|desestima|haz caso omiso|no sigas|no obedezcas|deja de seguir|no hagas caso"
        "|no hagan caso|no prestes atención|no prestes atencion|deja de lado|dejá de lado|pasa de|sáltate|saltate"
        "|no tengas en cuenta|no tomes en cuenta|desobedece|deshazte de|prescinde de|dejar de lado|dejes de lado"
        "|no hacer caso|hacer caso omiso|pasar de|prescindir de",
        "instrucciones|indicaciones|reglas|órdenes|ordenes|directrices|normas|instrucción|instruccion|pautas"
        "|lineamientos|mandatos|restricciones|limitaciones|prompt|consignas",
        "anteriores|previas|previos|precedentes|de arriba|iniciales|originales|del sistema|todas|tus|sus"
        "|que te dieron|que recibiste|que te han dado|de antes|recibidas|dadas|del desarrollador|que tenías"
        "|que tenias|hasta ahora|vigentes|que te indicaron|que te dio|que te puso|que te pusieron|que te han puesto"
        "|que te configuraron|de tu creador|de tus creadores|de tu operador",
        "todo lo que te (?:dijeron|han dicho|habían dicho|habian dicho|indicaron|ordenaron|dieron|pidieron"
        "|programaron)|lo que te (?:dijeron|han dicho|indicaron|ordenaron|dieron|pidieron|programaron)"
        "|todo lo que recibiste",
        "todo lo anterior|todo lo de arriba|lo anterior|lo de arriba|todo lo dicho (?:antes|arriba)",
        "sobre|acerca de|respecto a|respecto de|relativas a|relativos a|del|de la|de los|de las",
    ),
    _latin(
        "fr",
        "ignore|ignorez|ignorer|ignores|oublie|oubliez|oublier|oublies|ne tiens pas compte|ne tenez pas compte"
        "|fais abstraction|faites abstraction|laisse tomber|néglige|négligez|outrepasse|outrepassez"
        "|n obéis plus|n obéissez plus|ne suis plus|ne suivez plus|ne respecte plus|ne respectez plus"
        "|cesse de suivre|cessez de suivre|arrête de suivre|arrêtez de suivre|arrete de suivre|passe outre"
        "|passez outre|écarte|écartez|mets de côté|mettez de côté|faire abstraction|mettre de côté|mettre de cote"
        "|laisser tomber|ne plus tenir compte",
        "instructions|consignes|règles|regles|directives|ordres|indications|lignes directrices|restrictions"
        "|limitations|prompt|message système|message systeme|instruction",
        "précédentes|precedentes|antérieures|anterieures|ci dessus|initiales|originales|du système"
        "|du systeme|toutes|tes|vos|qu on t a données|qu on t a donnees|que tu as reçues|que tu as recues"
        "|d avant|reçues|recues|données|donnees|du développeur|du developpeur|jusqu ici|jusqu à présent"
        "|jusqu a present|actuelles|de départ|de depart",
        "tout ce qu on t a (?:dit|donné|donne|demandé|demande|appris|ordonné|ordonne)|tout ce que tu as (?:reçu|recu)"
        "|ce qu on t a (?:dit|donné|donne|demandé|demande|appris|ordonné|ordonne)",
        "tout ce qui précède|tout ce qui precede|ce qui précède|ce qui precede|tout ce qui a été dit"
        "|tout ce qui a ete dit|tout ce qui est (?:au dessus|ci dessus)",
        "concernant|sur|au sujet de|à propos de|a propos de|relatives à|relatives a|du|de la|des",
    ),
    _latin(
        "de",
        "ignoriere|ignorieren|ignoriert|ignorier|vergiss|vergessen|vergesst|missachte|missachten|übergehe"
        "|übergehen|überspringe|verwirf|verwerfe|verwerfen|befolge nicht mehr|folge nicht mehr|setze außer kraft"
        "|setz außer kraft|kümmere dich nicht um|kümmer dich nicht um|schere dich nicht um",
        "anweisungen|anweisung|instruktionen|regeln|vorgaben|befehle|richtlinien|anordnungen"
        "|systemanweisungen|systemprompt|prompt|systemnachricht|einschränkungen|beschränkungen|leitlinien"
        "|aufträge",
        "vorherigen|vorherige|bisherigen|obigen|vorangegangenen|früheren|ursprünglichen|alle|deine"
        "|ihre|system|die du erhalten hast|die dir gegeben wurden|vorigen|vorher|zuvor|bisher|oben|ersten"
        "|anfänglichen|gegebenen|erhaltenen|alten|aktuellen|sämtliche|jegliche|deines entwicklers|deiner entwickler"
        "|deiner betreiber|deines betreibers|des entwicklers",
        "alles was (?:dir|ihnen|man dir|man ihnen) (?:vorher |zuvor |bisher |davor |oben |bis jetzt )?(?:gesagt|mitgeteilt"
        "|aufgetragen|befohlen|vorgegeben|gegeben|beigebracht|eingeschärft|eingeschaerft|eingetrichtert) (?:wurde|worden ist|hat)"
        "|was (?:dir|ihnen|man dir|man ihnen) (?:vorher |zuvor |bisher |davor |oben |bis jetzt )?(?:gesagt|mitgeteilt"
        "|aufgetragen|befohlen|vorgegeben|gegeben|beigebracht|eingeschärft|eingeschaerft|eingetrichtert) (?:wurde|worden ist|hat)",
        "alles (?:was )?(?:oben|vorher|zuvor|bisher) (?:steht|stand|gesagt wurde)|alles bisherige|alles vorherige"
        "|alles obige|alles davor",
        "zum|zur|über|bezüglich|betreffend",
    ),
    _latin(
        "pt",
        "ignore|ignora|ignorar|ignorem|esqueça|esqueca|esquece|esquecer|esqueçam|desconsidere|desconsidera"
        "|descarte|descarta|despreze|não siga|nao siga|não obedeça|nao obedeca|não ligue para|nao ligue para"
        "|deixe de lado|deixa de lado|pare de seguir|para de seguir|passe por cima|anule|não considere"
        "|nao considere|não leve em conta|nao leve em conta|deixar de lado|desconsiderar|esquecer",
        "instruções|instrucoes|instrução|instrucao|regras|diretrizes|ordens|orientações|orientacoes"
        "|comandos|restrições|restricoes|limitações|limitacoes|prompt|normas"
        "|indicações|indicacoes",
        "anteriores|prévias|previas|acima|iniciais|originais|do sistema|todas|suas|tuas|que você recebeu"
        "|que voce recebeu|que te deram|que lhe deram|passadas|recebidas|dadas|de antes|até agora|ate agora"
        "|do desenvolvedor|atuais",
        "tudo (?:o )?(?:que|q) (?:te|lhe) (?:disseram|foi dito|falaram|pediram|mandaram|deram)"
        "|o que (?:te|lhe) (?:disseram|foi dito|falaram|pediram|mandaram|deram)|tudo (?:o )?que "
        "(?:você|voce) (?:recebeu|ouviu)",
        "tudo acima|tudo o que foi dito (?:antes|acima)|o que foi dito antes",
        "sobre|acerca de|a respeito de|relativas a|do|da|dos|das",
    ),
    _latin(
        "it",
        "ignora|ignorate|ignori|ignorare|dimentica|dimenticate|dimenticare|dimentichi|trascura"
        "|tralascia|non seguire|non rispettare|non obbedire|lascia perdere|lasciate perdere|lascia stare"
        "|metti da parte|mettete da parte|non considerare|non tenere conto|non tener conto|smetti di seguire"
        "|scarta|scartate|mettere da parte|lasciar perdere|lasciare perdere|non seguire più|non seguire piu",
        "istruzioni|regole|direttive|indicazioni|ordini|comandi|istruzione|linee guida|restrizioni"
        "|limitazioni|prompt|vincoli|norme",
        "precedenti|sopra|iniziali|originali|di sistema|del sistema|tutte|tue|sue|che ti sono state date"
        "|che hai ricevuto|ricevute|finora|fino ad ora|fino a ora|date|fornite|di prima|attuali|originarie"
        "|dello sviluppatore|impartite|che ti hanno dato|che ti hanno fornito|che ti hanno detto|tue|le tue"
        "|del tuo sistema|del tuo sviluppatore|dei tuoi sviluppatori|del tuo creatore",
        "tutto (?:ciò|cio|quello) che ti (?:è stato|e stato|hanno|avevano) (?:detto|dato|chiesto|ordinato)"
        ,
        "tutto (?:ciò|cio|quello) (?:che c è )?(?:sopra|scritto sopra|detto prima)|quanto detto (?:prima|sopra|finora)",
        "su|sul|sulla|sui|sulle|riguardo|riguardanti|relative a|del|della|dei|delle",
    ),
    _latin(
        "nl",
        "negeer|negeert|negeren|vergeet|vergeten|sla over|laat varen|houd geen rekening met|hou geen rekening met"
        "|volg niet langer|gooi weg|schrap",
        "instructies|instructie|regels|richtlijnen|opdrachten|aanwijzingen|bevelen|systeemprompt|prompt"
        "|beperkingen|voorschriften",
        "vorige|eerdere|voorgaande|bovenstaande|oorspronkelijke|originele|alle|jouw|systeem|gegeven"
        "|ontvangen|tot nu toe|huidige",
        "alles wat (?:je|u) (?:eerder |hiervoor |tot nu toe )?(?:is |werd )?(?:gezegd|verteld|gegeven|opgedragen)"
        ,
        "alles hierboven|alles wat hierboven staat",
        "over|betreffende|omtrent|rond|van",
    ),
    _latin(
        "pl",
        "zignoruj|ignoruj|zignorujcie|ignorujcie|zapomnij|zapomnijcie|pomiń|pomin|odrzuć|odrzuc|nie stosuj się do"
        "|nie stosuj sie do|nie przestrzegaj|nie słuchaj|nie sluchaj|porzuć|porzuc",
        "instrukcje|instrukcji|instrukcjami|instrukcja|polecenia|poleceń|polecen|zasady|zasad|reguły|reguly"
        "|wytyczne|wytycznych|wskazówki|wskazowki|ograniczenia|ograniczeń|prompt|prompta|rozkazy|poleceniach"
        "|instrukcjach|zasadach|regułach|regulach|wskazówkach|wskazowkach|ograniczeniach|polecenie",
        "poprzednie|poprzednich|wcześniejsze|wczesniejsze|wcześniejszych|wczesniejszych|wszystkie|wszystkich"
        "|swoje|twoje|systemowe|systemowych|powyższe|powyzsze|dotychczasowe|otrzymane|pierwotne|oryginalne"
        "|które dostałeś|ktore dostales|które otrzymałeś|ktore otrzymales|które ci dano|ktore ci dano",
        "wszystko co (?:ci )?(?:wcześniej |wczesniej |dotąd |dotad |powyżej |powyzej )?(?:powiedziano|kazano"
        "|przekazano|napisano)",
        "wszystko powyżej|wszystko powyzej",
    ),
    _latin(
        "sv",
        "strunta i|ignorera|glöm|glom|bortse från|bortse fran|sluta följa|sluta folja|följ inte|folj inte|släpp",
        "instruktioner|instruktionerna|regler|reglerna|direktiv|direktiven|anvisningar|anvisningarna|riktlinjer"
        "|riktlinjerna|begränsningar|begränsningarna|prompt",
        "tidigare|alla|dina|föregående|foregaende|ursprungliga|system|systemets|givna|du fått|du har fått"
        "|utvecklarens|operatörens|operatorens|skaparnas",
        "allt (?:som )?du (?:har )?(?:fått höra|fått veta|blivit tillsagd|fått)",
        "allt ovan|allt ovanför|allt ovanfor",
    ),
    _latin(
        "id",
        "abaikan|lupakan|acuhkan|hiraukan|jangan ikuti|jangan patuhi|tinggalkan|buang",
        "instruksi|perintah|aturan|petunjuk|pedoman|batasan|arahan|prompt",
        "sebelumnya|semua|sistem|awal|asli|yang diberikan|mu|kamu|lama|terdahulu",
        "semua yang (?:telah |sudah )?(?:dikatakan|diberitahukan|diberikan|diperintahkan) (?:kepadamu|padamu|kepada kamu)",
        "semua (?:yang )?di atas",
    ),
    _latin(
        "vi",
        "bỏ qua|phớt lờ|quên|quên đi|lờ đi|đừng làm theo|không tuân theo|đừng tuân theo|gạt bỏ",
        "hướng dẫn|chỉ dẫn|chỉ thị|quy tắc|lệnh|mệnh lệnh|giới hạn|quy định|hạn chế",
        "trước đó|trước|tất cả|hệ thống|ban đầu|cũ|của bạn|mọi",
        "mọi thứ (?:bạn )?(?:đã )?được (?:bảo|dặn|nói|giao)",
        "mọi thứ ở trên|tất cả ở trên",
    ),
    _latin(
        "cs",
        "ignoruj|ignorujte|zapomeň|zapomen|zapomeňte|nedbej na|neřiď se|nerid se|nerespektuj|přeskoč|preskoc|zahoď"
        "|zahod",
        "pokyny|pokynů|pokynu|instrukce|instrukcí|instrukci|pravidla|pravidel|příkazy|prikazy|směrnice|smernice"
        "|omezení|omezeni",
        "předchozí|predchozi|všechny|vsechny|všech|vsech|své|sve|tvé|tve|systémové|systemove|původní|puvodni"
        "|dosavadní|dosavadni|dřívější|drivejsi",
        "vše co ti (?:bylo )?(?:řečeno|receno|řekli|rekli|dali)",
        "vše výše|vse vyse|všechno výše|vsechno vyse",
    ),
)

_RU_VERBS = (
    r"(?:проигнорируй|игнорируй|игнорируйте|проигнорируйте|игнорировать|забудь|забудьте|забыть"
    r"|не обращай внимания на|не обращайте внимания на|отбрось|отбросьте|пренебреги|не следуй"
    r"|не выполняй|перестань следовать|отмени|отмените|не слушай|не соблюдай|перестань соблюдать|отбросить"
    r"|проигнорировать|не следовать|перестать следовать|не соблюдать)"
)
_RU_OBJECTS = r"(?:инструкци\w*|указани\w*|правил\w*|команд\w*|директив\w*|распоряжени\w*|ограничени\w*|промпт\w*|установк\w*|рекомендаци\w*|запрет\w*)"
_RU_QUALIFIERS = r"(?:предыдущ\w*|прежн\w*|вышеуказанн\w*|выше|изначальн\w*|исходн\w*|системн\w*|все|всё|свои|твои|ваши|прошл\w*|ранее|полученн\w*|данн\w* тебе|старые|старых|текущ\w*|всех)"

_ZH_VERBS = r"(?:忽略|忽视|忽視|无视|無視|忘记|忘記|忘掉|不要理会|不要理會|不要遵守|不要遵循|不再遵守|放弃|放棄|跳过|跳過|抛开|拋開|绕过|繞過|丢弃|丟棄|别管|別管|不用理会|不用理會|不必理会|不必理會|不要管|抛弃|拋棄|不用管|不必管)"
_ZH_OBJECTS = r"(?:指令|指示|说明|說明|规则|規則|规定|規定|提示词|提示詞|提示|命令|设定|設定|限制|要求|约束|約束|指引|准则|準則|预设|預設)"
_ZH_QUALIFIERS = r"(?:之前|以前|先前|上面|上述|前面|以上|原来|原來|原始|原有|系统|系統|所有|全部|你的|收到的|给你的|給你的|此前|既有)"

_JA_OBJECTS = r"(?:指示|命令|指令|ルール|規則|プロンプト|設定|制約|命令文|指針|ガイドライン|方針)"
_JA_QUALIFIERS = r"(?:以前|前|上記|先|これまで|今まで|最初|元|すべて|全て|システム|あなた|設定された)"
# "取り消します" (I withdraw it): the writer cancelling their own instruction, not an order.
_JA_VERBS = r"(?:無視|忘れ|破棄|従わ|気にせず|気にしないで|取り消(?!します|しました|させていただきます)|捨て|無効に)"
# 「前の指示は無視して」を英語で / ‘이전 지시를 무시하라’는 문장: the quotation closes soon after the
# verb (within the quoted sentence) and a particle makes it the topic or object of the sentence:
# the phrase is mentioned (to translate, to discuss), not addressed to the reader.
_MENTIONED = r"(?![^「『“‘」』”’\"'\n]{0,40}[」』”’\"'](?:を|は|と|って|という|는|은|를|을|라는|이라는|라고|이라고|란))"

_RU_ANCHORS = (
    "игнор|забуд|забыт|не обращ|отброс|пренебре|не следуй|не выполняй|перестань|отмени|не слушай|не соблюдай"
    " & инструкц|указани|правил|команд|директив|распоряж|ограничен|промпт|установк|рекомендац"
    "|запрет"
)
_ZH_ANCHORS = (
    "忽|无视|無視|忘|不要|不再|放弃|放棄|跳过|跳過|抛开|拋開|绕过|繞過|丢弃|丟棄|别管|別管|不用|不必|抛弃|拋棄"
    " & 指令|指示|说明|說明|规则|規則|规定|規定|提示|命令|设定|設定|限制|要求|约束|約束|指引|准则|準則|预设|預設"
)
_JA_ANCHORS = "無視|忘れ|破棄|従わ|気にせず|気にしないで|取り消|捨て|無効に & 指示|命令|指令|ルール|規則|プロンプト|設定|制約|指針|ガイドライン|方針"

# Turkish and Korean put the verb last: qualifier, object, verb. Turkish reads the ``plain`` view,
# where the dotless ı is kept (the ``words`` view folds it to i) and suffixes stay on the word.
_TR_QUALIFIERS = r"(?:önceki|onceki|yukarıdaki|yukaridaki|tüm|tum|bütün|butun|sistem|eski|ilk|orijinal|sana verilen|verilen|mevcut)"
_TR_OBJECTS = r"(?:talimat|kural|yönerge|yonerge|komut|direktif|emir|emr|istem|prompt|yönlendirme|kısıtlama|kisitlama)[a-zçğıöşü]{0,12}"
_TR_VERBS = (
    r"(?:görmezden gel|gormezden gel|yok say|unut|dikkate alma|göz ardı et|goz ardi et|uyma|hiçe say|hice say"
    r"|umursama)[a-zçğıöşü]{0,10}"
)
_TR_ANCHORS = (
    "talimat|kural|yönerge|yonerge|komut|direktif|emir|emr|istem|prompt|yönlendirme|kısıtlama|kisitlama"
    " & görmezden|gormezden|yok say|unut|dikkate alma|göz ardı|goz ardi|uyma|hiçe say|hice say|umursama"
)
# The verbs' first words as the ``words`` view spells them (ı folded to i): a set check that keeps
# the ASCII-anchored Turkish rules off ordinary English text.
_TR_VERB_WORDS = (
    "görmezden|gormezden|yok|unut|unutun|unutup|unutarak|unuttun|dikkate|göz|goz|uyma|uymayin|uymadan|hiçe"
    "|hice|umursama|umursamayin|umursamadan"
)
_KO_QUALIFIERS = r"(?:이전|앞의|앞서|위의|위에|기존|모든|시스템|원래|처음|지금까지|받은|전의|설정된|너한테|너에게)"
_KO_OBJECTS = r"(?:지시|지침|명령|규칙|프롬프트|제한|룰|가이드라인)"
_KO_VERBS = r"(?:무시|잊어|잊고|잊으|따르지|어기|버려|버리)"
_KO_ANCHORS = "무시|잊어|잊고|잊으|따르지|어기|버려|버리 & 지시|지침|명령|규칙|프롬프트|제한|룰|가이드라인"

RULES: tuple[Rule, ...] = tuple(r for pair in _LATIN for r in pair) + (
    rule(FAMILY, "ru_previous_instructions", 1.0, "plain",
         _RU_ANCHORS,
         rf"{_RU_VERBS} {gap(3)}(?:{_RU_QUALIFIERS} {gap(2)}{_RU_OBJECTS}|{_RU_OBJECTS} {gap(2)}{_RU_QUALIFIERS})",
         group="ignore_instructions"),
    rule(FAMILY, "ru_everything_before", 1.0, "plain", _RU_ANCHORS.split(" & ")[0] + " & всё|все",
         rf"{_RU_VERBS} (?:про )?(?:всё|все),? (?:что (?:тебе|вам) (?:\w{{1,20}} )?(?:говорили|сказали|писали|давали|"
         rf"велели|приказали|поручили|было сказано|было дано)|(?:вышесказанное|вышеизложенное|вышенаписанное|"
         rf"сказанное (?:ранее|выше|до этого)|написанное выше|что было (?:выше|раньше|до этого)))",
         group="ignore_instructions"),
    rule(FAMILY, "ru_instructions_verb", 0.5, "plain",
         _RU_ANCHORS,
         rf"{_RU_VERBS} {gap(2)}{_RU_OBJECTS}", group="ignore_instructions"),
    rule(FAMILY, "zh_previous_instructions", 1.0, "plain",
         _ZH_ANCHORS,
         rf"{_ZH_VERBS}.{{0,12}}?{_ZH_QUALIFIERS}.{{0,10}}?{_ZH_OBJECTS}", group="ignore_instructions"),
    rule(FAMILY, "zh_instructions_verb", 0.5, "plain",
         _ZH_ANCHORS,
         rf"{_ZH_VERBS}.{{0,6}}?{_ZH_OBJECTS}", group="ignore_instructions"),
    rule(FAMILY, "ja_previous_instructions", 1.0, "plain", _JA_ANCHORS,
         rf"{_JA_QUALIFIERS}.{{0,12}}?{_JA_OBJECTS}.{{0,10}}?{_JA_VERBS}{_MENTIONED}", group="ignore_instructions"),
    rule(FAMILY, "ja_instructions_verb", 0.5, "plain", _JA_ANCHORS,
         rf"{_JA_OBJECTS}.{{0,6}}?{_JA_VERBS}{_MENTIONED}", group="ignore_instructions"),
    rule(FAMILY, "tr_previous_instructions", 1.0, "plain", _TR_ANCHORS,
         rf"\b{_TR_QUALIFIERS}\b.{{0,30}}?{_TR_OBJECTS}.{{0,30}}?{_TR_VERBS}", group="ignore_instructions",
         words_gate=_TR_VERB_WORDS),
    rule(FAMILY, "tr_instructions_verb", 0.5, "plain", _TR_ANCHORS,
         rf"{_TR_OBJECTS}.{{0,20}}?{_TR_VERBS}", group="ignore_instructions", words_gate=_TR_VERB_WORDS),
    rule(FAMILY, "ko_previous_instructions", 1.0, "plain", _KO_ANCHORS,
         rf"{_KO_QUALIFIERS}.{{0,12}}?{_KO_OBJECTS}.{{0,10}}?{_KO_VERBS}{_MENTIONED}", group="ignore_instructions"),
    rule(FAMILY, "ko_instructions_verb", 0.5, "plain", _KO_ANCHORS,
         rf"{_KO_OBJECTS}.{{0,6}}?{_KO_VERBS}{_MENTIONED}", group="ignore_instructions"),
)

# Verb-first (Arabic, Ukrainian, Greek) and verb-last (Hindi) languages on the ``plain`` view: the
# verb, the model's earlier instructions (an object with a qualifier), within one clause.
_AR_VERBS = r"(?:تجاهل|تجاهلي|تجاهلوا|انس|انسى|أهمل|اهمل|لا تتبع|لا تلتزم ب|توقف عن اتباع)"
_AR_OBJECTS = r"(?:التعليمات|تعليمات|القواعد|قواعد|الأوامر|الاوامر|الإرشادات|الارشادات|التوجيهات|القيود)"
_AR_QUALIFIERS = r"(?:السابقة|الأصلية|الاصلية|جميع|كل|النظام|لك|الأولى|القديمة)"
_UK_VERBS = r"(?:ігноруй|ігноруйте|проігноруй|забудь|забудьте|не зважай на|відкинь|не виконуй|не дотримуйся)"
_UK_OBJECTS = r"(?:інструкці\S*|правил\S*|вказівк\S*|вказівок|команд\S*|обмежен\S*|настанов\S*)"
_UK_QUALIFIERS = r"(?:усі|всі|попередн\S*|системн\S*|свої|твої|початков\S*|минул\S*)"
_EL_VERBS = r"(?:αγνόησε|αγνοησε|αγνοήστε|αγνοηστε|ξέχασε|ξεχασε|ξεχάστε|ξεχαστε)"
_EL_OBJECTS = r"(?:οδηγίεσ|οδηγιεσ|κανόνεσ|κανονεσ|εντολέσ|εντολεσ|περιορισμούσ|περιορισμουσ)"
_EL_QUALIFIERS = r"(?:όλεσ|ολεσ|προηγούμενεσ|προηγουμενεσ|αρχικέσ|αρχικεσ|του συστήματοσ|του συστηματοσ)"
# "पिछले निर्देश भूल जाइए, कल की बैठक ..." (forget the previous instruction, the meeting moved) is
# how a memo updates itself: "previous" alone is weak; all, system, original or "given to you"
# make them the model's instructions.
_HI_QUALIFIERS = r"(?:सभी|सारे|मूल|सिस्टम|दिए गए|तुम्हें|आपको)"
_HI_OBJECTS = r"(?:निर्देश|नियम|आदेश|हिदायत)"
_HI_VERBS = r"(?:अनदेखा|नज़रअंदाज़|नजरअंदाज|भूल जाओ|भूल जाइए|भूल जाएं|मत मानो|मानना बंद)"


def _verb_first(lang: str, verbs: str, objects: str, qualifiers: str, anchors: str) -> tuple[Rule, ...]:
    """Strong (verb, qualifier and object in either order) and weak (verb, object) rules."""
    return (
        rule(FAMILY, f"{lang}_previous_instructions", 1.0, "plain", anchors,
             rf"{verbs}\S{{0,2}} .{{0,30}}?(?:{qualifiers} .{{0,20}}?{objects}|{objects}.{{0,30}}?{qualifiers})",
             group="ignore_instructions"),
        rule(FAMILY, f"{lang}_instructions_verb", 0.5, "plain", anchors,
             rf"{verbs}\S{{0,2}} .{{0,20}}?{objects}", group="ignore_instructions"),
    )


_OTHER_SCRIPTS = (
    *_verb_first("ar", _AR_VERBS, _AR_OBJECTS, _AR_QUALIFIERS,
                 "تجاهل|انس|أهمل|اهمل|لا تتبع|لا تلتزم|توقف & تعليمات|قواعد|الأوامر|الاوامر|الإرشادات|الارشادات"
                 "|التوجيهات|القيود"),
    *_verb_first("uk", _UK_VERBS, _UK_OBJECTS, _UK_QUALIFIERS,
                 "ігнор|забудь|не зважай|відкинь|не виконуй|не дотримуйся & інструкці|правил|вказів|команд|обмежен"
                 "|настанов"),
    *_verb_first("el", _EL_VERBS, _EL_OBJECTS, _EL_QUALIFIERS,
                 "αγνό|αγνο|ξέχα|ξεχα & οδηγ|κανόν|κανον|εντολ|περιορισμ"),
    rule(FAMILY, "hi_previous_instructions", 1.0, "plain", "निर्देश|नियम|आदेश|हिदायत & अनदेखा|नज़रअंदाज़|नजरअंदाज|भूल|मत मानो|मानना बंद",
         rf"{_HI_QUALIFIERS}.{{0,20}}?{_HI_OBJECTS}.{{0,20}}?{_HI_VERBS}", group="ignore_instructions"),
    rule(FAMILY, "hi_instructions_verb", 0.5, "plain", "निर्देश|नियम|आदेश|हिदायत & अनदेखा|नज़रअंदाज़|नजरअंदाज|भूल|मत मानो|मानना बंद",
         rf"{_HI_OBJECTS}.{{0,12}}?{_HI_VERBS}", group="ignore_instructions"),
)

RULES = (RULES + _OTHER_SCRIPTS + multilingual_prior.RULES + override_setup_i18n.RULES + override_given_i18n.RULES
         + override_i18n_more.RULES)
