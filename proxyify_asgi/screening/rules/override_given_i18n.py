"""Round 17: the override in plain words in more languages. The model's setup named by *who gave
it* or *when* ("ce que ton opérateur t'a demandé", "le istruzioni che ti ha dato l'amministratore",
"as regras que a sua empresa te deu", "die Richtlinien, mit denen du gestartet wurdest",
"lo que te hayan dicho al principio de la conversación", "şirketinin sana verdiği talimatlar",
"التعليمات التي أعطتك إياها الشركة", "最初に受けた指示", "처음에 받은 지시", "之前给你的那些设定",
"शुरुआत में तुम्हें जो निर्देश दिए गए थे") declared void or set aside, in either order; and the
writer's word put in their place ("haces lo que yo te diga", "valgono solo le mie", "je doet wat
ik vraag", "내가 하는 말만 따르면 돼", "सिर्फ मेरी बात मानो"), weak alone as in English.
Family ``override``; part of :mod:`.multilingual`'s ``RULES``.

The giver is one that configures a model (an operator, a developer, the company that hosts
you, an administrator who gave *you* instructions), or the time is the start of the
conversation: "le regole del vostro gestore" (a phone operator's) and "lo que te dijeron en el
banco" (a person's) are not the model's.
"""

from __future__ import annotations

from proxyify_asgi.screening.rules._base import Rule, gap, rule

FAMILY = "override"

# Latin-script languages (``words`` view): the setup marked as the model's by a giver that only
# a model has (its developer, the company that hosts it) or by the start of the conversation.
_REF_LATIN = (
    # es: "lo que te hayan dicho al principio de la conversación"
    r"(?:(?:todo )?lo que te (?:hayan |han |habían |habian )?(?:dicho|dijeron|indicado|indicaron|ordenado|pedido|"
    r"configurado|configuraron|cargado|cargaron) (?:\S{1,40} )?(?:al principio|al inicio|al comienzo|antes) de (?:la|"
    r"esta|nuestra) (?:conversación|conversacion|charla|sesión|sesion)|"
    # fr: "ce que ton développeur t'a demandé", "les consignes fournies par l'entreprise qui t'héberge"
    r"ce que (?:ton|ta|tes|votre|vos) (?:développeur|developpeur|créateur|createur|concepteur)s? (?:t a|vous a|t ont|"
    r"vous ont) (?:demandé|demande|dit|imposé|impose|donné|donne|ordonné|ordonne)|"
    r"(?:règles|regles|consignes|instructions|directives) (?:\S{1,40} )?(?:fournies|données|donnees|imposées|imposees|"
    r"fixées|fixees) par (?:l entreprise|la société|la societe|la plateforme|l éditeur|l editeur) qui t (?:héberge|"
    r"heberge|a conçu|a concu|a configuré|a configure|a déployé|a deploye|exploite)|"
    # it: "le istruzioni che ti ha dato lo sviluppatore"
    r"(?:regole|istruzioni|direttive|linee guida|norme) che ti (?:ha|hanno) (?:dato|date|impartito|impartite|impostato|"
    r"fornito|fornite) (?:lo sviluppatore|il tuo sviluppatore|i tuoi sviluppatori|gli sviluppatori|chi ti gestisce|"
    r"chi ti ha creato)|"
    # pt: "as regras que o seu desenvolvedor te deu", "tudo o que a empresa te configurou antes desta conversa"
    r"(?:regras|instruções|instrucoes|diretrizes|normas) que (?:o seu|o teu) (?:desenvolvedor|criador)(?:es)? te (?:deu|"
    r"deram|passou|passaram|impôs|impos|configurou)|"
    r"(?:tudo )?o que (?:a|o|a sua|a tua|o seu|o teu) (?:empresa|operador|desenvolvedor|criador) te (?:configurou|disse|"
    r"deu|passou) antes (?:desta|da nossa|dessa) conversa|"
    # de: "die Richtlinien, mit denen du gestartet wurdest"
    r"(?:regeln|richtlinien|anweisungen|vorgaben) mit denen du (?:gestartet|konfiguriert|eingerichtet|initialisiert|"
    r"ausgeliefert|geladen) (?:wurdest|worden bist))"
)
# The same with a giver people have too (a phone operator, a building's administrator, an
# employer) or a start that is any job's: weak, like English "the rules you were given".
_REF_LATIN_WEAK = (
    r"(?:ce que (?:ton|ta|tes|votre|vos) (?:opérateur|operateur|éditeur|editeur)s? (?:t a|vous a|t ont|vous ont) "
    r"(?:demandé|demande|dit|imposé|impose|donné|donne|ordonné|ordonne)|"
    r"(?:regole|istruzioni|direttive|linee guida|norme) che ti (?:ha|hanno) (?:dato|date|impartito|impartite|impostato|"
    r"fornito|fornite) (?:l amministratore|il gestore|l operatore|il tuo \S{1,40})|"
    r"(?:regras|instruções|instrucoes|diretrizes|normas) que (?:a sua|a tua|o seu|o teu) (?:empresa|operador|"
    r"fornecedor)(?:es)? te (?:deu|deram|passou|passaram|impôs|impos|configurou)|"
    r"(?:instructies|regels|richtlijnen) van (?:je|jouw) (?:beheerder|ontwikkelaar|ontwikkelaars|maker|makers|operator)|"
    r"(?:riktlinjer|riktlinjerna|regler|reglerna|instruktioner|instruktionerna|anvisningar|anvisningarna) (?:som )?"
    r"du fick (?:vid start|från början|i början|innan vi började)|"
    r"(?:şirketinin|sirketinin|şirketin|sirketin|geliştiricinin|gelistiricinin|operatörünün|operatorunun) sana "
    r"(?:verdiği|verdigi) (?:talimatlar|kurallar|yönergeler|yonergeler))"
)
_VOID_LATIN = (
    r"(?:ya no (?:vale|valen|cuenta|cuentan|aplica|aplican|rige|rigen)|ne sont plus en vigueur|ne sont plus valables|"
    r"sont caduques|non valgono più|non valgono piu|non contano più|non contano piu|estão suspensas|estao suspensas|"
    r"não valem mais|nao valem mais|(?:gelten|gelden) (?:\S{1,40} ){0,2}?(?:nicht|niet)|sind aufgehoben|är tillbakadragna|"
    r"är ogiltiga|gäller inte|(?:artık|artik) geçerli değil|artik gecerli degil|geçerli değil)"
)
# What sets them aside, before them: no longer bound by, no longer taken into account; and the
# plain "forget" verbs, with the strong references only ("dimentica le istruzioni che ti ha dato
# l'amministratore del condominio" is a neighbour's note).
_UNBOUND_LATIN = (
    r"(?:ne (?:tiens|tenez) plus compte de|non sei (?:più|piu) vincolat[oa] (?:a|alle|ai|agli)|sluta följa|"
    r"no estás obligado a|no estas obligado a|não estás preso a|nao estas preso a)"
)
_DROP_LATIN = (
    rf"(?:{_UNBOUND_LATIN}|oublie|oubliez|esquece|esqueça|esqueca|vergiss|vergessen sie|ignoriere|olvida|olvídate de|"
    r"olvidate de|dimentica)"
)
_REF_LATIN_ANCHORS = "te|que|ce|par|che|mit|du|sana|van"

# Other scripts (``plain`` view): the setup given at the start, or by whoever gave it, set aside
# (weak: "the instructions you got at first, don't worry about them" is said at any new job).
_VOID_SCRIPTS = (
    r"(?:之前|最初|一开始|一開始|开始时|開始時)(?:给你的|給你的|你收到的|你接到的)[^。！？\n]{0,8}?(?:设定|設定|规则|規則|指令|"
    r"指示|要求)[^。！？\n]{0,8}?(?:不用管|别管|別管|不必理会|不必理會|不用理会|不用理會|不算数|不算數|作废|作廢|无效|無效)|"
    r"(?:最初に|はじめに|初めに|以前に|前に)(?:受けた|もらった|与えられた|受け取った|言われた)[^。！？\n]{0,4}?(?:指示|ルール|"
    r"規則|設定|命令)[^。！？\n]{0,20}?(?:気にしなくて|気にしないで|忘れて|無視して|従わなくて|無効)|"
    r"(?:처음에|처음|이전에|앞서) (?:받은|들은|주어진|설정된) (?:지시|규칙|지침|명령|설정)[^.!?\n]{0,16}?(?:신경 쓰지|"
    r"무시해|잊어|따르지 않아도|무효)|"
    r"(?:शुरुआत में|शुरू में|पहले) (?:तुम्हें|आपको|तुमको) (?:जो )?(?:निर्देश|नियम)[^।!?\n]{0,40}?(?:छोड|भूल जा|नजरअंदाज|"
    r"नज़रअंदाज|अनदेखा|अब लागू नहीं)|"
    r"(?:التعليمات|القواعد|الإرشادات|التوجيهات) (?:التي|اللي) (?:أعطتك|اعطتك|أعطاك|اعطاك|أعطيت لك|زودتك|زوّدتك)"
    r"[^.!?\n،]{0,30}?(?:لم تعد سارية|لم تعد صالحة|لم تعد مطبقة|غير سارية|ملغاة|ملغية|باطلة)"
)
_VOID_SCRIPTS_ANCHORS = (
    "之前|最初|一开始|一開始|开始时|開始時|はじめに|初めに|以前に|前に|처음|이전에|앞서|शुरुआत|शुरू|पहले|التعليمات|القواعد"
    "|الإرشادات|التوجيهات"
)

# The writer in charge (weak alone: a parent says "haz lo que yo te diga").
_WRITER_LATIN = (
    r"\b(?:(?:haces|harás|haras|haz) (?:solo |solamente |únicamente )?lo que yo (?:te )?(?:diga|digo|pida|mande)|"
    r"(?:tu réponds|tu reponds|réponds|reponds|tu obéis|tu obeis|tu suis) (?:uniquement |seulement |exclusivement )?"
    r"selon mes (?:règles|regles|consignes|instructions)|"
    r"as regras (?:agora )?são (?:minhas|as minhas)|as regras (?:agora )?sao (?:minhas|as minhas)|"
    r"(?:obedeça|obedeca|obedece|siga|segue) (?:apenas|só|so|somente) (?:a )?(?:este|esta|esse|essa) (?:recado|"
    r"mensagem|texto|nota)|"
    r"valgono solo le mie|(?:obbedisci|obbedire|ascolta) solo a chi scrive|"
    r"je doet (?:gewoon |voortaan |alleen |nu )?wat ik (?:vraag|zeg)|"
    r"sadece bu mesajdaki (?:isteklere|talimatlara|emirlere) uy)\b"
)
_WRITER_SCRIPTS = (
    r"(?:现在|從現在起|从现在起|以后|以後|接下来|接下來)(?:就)?(?:听我的|聽我的)|"
    r"(?:私|わたし|僕|俺)の(?:指示|言うこと|命令)(?:だけ|のみ)(?:を|に)?(?:聞|きい)|"
    r"내가 (?:하는 )?말(?:만|하는 것만) (?:따르|들어|듣)|내 (?:지시|명령)만 따르|"
    r"(?:सिर्फ|सिर्फ़|केवल) (?:मेरी बात|मेरा कहना|मेरे निर्देश) (?:मानो|मानिए|सुनो|मानना)|"
    r"اتبع (?:هذه الفقرة|هذه الرسالة|تعليماتي) فقط"
)

RULES: tuple[Rule, ...] = (
    rule(FAMILY, "given_void_latin", 1.0, "words", _REF_LATIN_ANCHORS,
         rf"\b{_REF_LATIN} {gap(6)}{_VOID_LATIN}\b|\b{_DROP_LATIN} {gap(3)}{_REF_LATIN}\b", group="prior_void"),
    rule(FAMILY, "given_void_latin_weak", 0.6, "words", _REF_LATIN_ANCHORS,
         rf"\b{_REF_LATIN_WEAK} {gap(6)}{_VOID_LATIN}\b|\b{_UNBOUND_LATIN} {gap(3)}{_REF_LATIN_WEAK}\b", group="prior_void"),
    rule(FAMILY, "given_void_scripts", 0.6, "plain", _VOID_SCRIPTS_ANCHORS, _VOID_SCRIPTS, group="prior_void"),
    rule(FAMILY, "writer_in_charge_more", 0.6, "words",
         "haces|harás|haras|haz|réponds|reponds|obéis|obeis|suis|regras|obedeça|obedeca|obedece|siga|segue|valgono"
         "|obbedisci|obbedire|ascolta|doet|uy", _WRITER_LATIN, group="user_authority"),
    rule(FAMILY, "writer_in_charge_more_scripts", 0.6, "plain",
         "听我的|聽我的|の指示|の言うこと|の命令|말만|말하는|지시만|명령만|सिर्फ|केवल|اتبع", _WRITER_SCRIPTS,
         group="user_authority"),
)
