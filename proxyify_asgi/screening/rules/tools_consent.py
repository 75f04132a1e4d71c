"""Indirect injection's alibis and agent plumbing: "the user pre-authorised this", "no
confirmation needed", mail forwarding rules, the whole environment posted out, tools used by name
in other languages. Family ``tools``; each is weak alone (a user may say as much about their own
request) and decisive beside an address to the model or a consequential action.
"""

from __future__ import annotations

from proxyify_asgi.screening.rules._base import Rule, gap, rule

FAMILY = "tools"

_WHO = (
    r"(?:user|users|owner|customer|client|tenant|recipient|account holder|maintainer|maintainers|manager|admin|"
    r"administrator|boss|ceo|cfo|security team|it team|legal team|team lead|landlord)"
)

RULES: tuple[Rule, ...] = (
    # Consent claimed on someone else's behalf, so that the agent skips asking: "the user
    # pre-authorised this", "the tenant consented at signing", "no confirmation needed".
    rule(FAMILY, "consent_claim", 0.5, "words",
         "pre|preapproved|preauthorized|preauthorised|already|consented|agreed|approved|authorized|authorised|told"
         "|confirmation|approval|need|proceed|briefed|informed|aware|granted|without",
         rf"\b(?:the |this |your |our )?{_WHO} (?:has |have |had |is |was )?(?:already |previously |explicitly |"
         rf"personally )?(?:pre ?authori[sz]ed|pre ?approved|consented|given (?:their |his |her )?consent|"
         rf"been briefed|been informed|is informed|is aware)\b|"
         rf"\b(?:the |this |your |our )?{_WHO} (?:has |have |had )?already (?:approved|authori[sz]ed|agreed|confirmed|"
         rf"signed off|okayed|accepted)\b|"
         r"\b(?:all|both) parties have (?:already )?agreed\b|"
         r"\b(?:this|it|the (?:request|action|change|transfer|payment|pr|step)) (?:has been|was|is) (?:already )?"
         r"(?:pre ?approved|pre ?authori[sz]ed|authori[sz]ed)\b|"
         r"\b(?:approved|authorized|authorised) (?:this |it )?(?:in|on|via) (?:discord|slack|teams|chat|email|writing|advance|"
         r"the call|the meeting)\b|"
         r"\b(?:they|he|she|the (?:owner|user|admin|manager)) told me to tell you\b|"
         r"\bno (?:need (?:to|for) (?:confirm|confirmation|approval|verification|ask)|(?:further |additional |user |"
         r"human |extra )?(?:confirmation|approval|verification|sign off)s? (?:is |are )?(?:needed|required|"
         r"necessary))\b|"
         # round 16: "Permission granted by user.", "you can send without confirming"
         rf"\b(?:permission|consent|approval|authori[sz]ation) (?:was |has been |is |already )?(?:granted|given|"
         rf"obtained|confirmed) by (?:the |this |your |our )?{_WHO}\b|"
         r"\b(?:you )?(?:may|can|should) (?:proceed|send|act|go ahead|continue|do it|do this|run it|pay) without "
         r"(?:asking|confirmation|confirming|checking|approval)\b"),
    # "Pre-approved." as a sentence of its own, the shortest alibi (not "pre-approved loan offers").
    rule(FAMILY, "consent_claim", 0.5, "plain", "pre-approved|preapproved|pre-authori|preauthori",
         r"(?:^|[.!?;:—–] |\n)(?:it'?s |this is |already )?pre-?(?:approved|authori[sz]ed)(?: by [^.\n]{1,40})?[.!]",
         chars="p", words_gate="pre|preapproved|preauthorized|preauthorised & approved|authorized|authorised"
                              "|preapproved|preauthorized|preauthorised"),
    # The same alibi in other languages (``words`` view: Latin scripts).
    rule(FAMILY, "consent_claim_i18n", 0.5, "words",
         "autorizado|autorizó|autorizo|autorizou|aprovou|confirmación|confirmacion|confirmarlo|confirmar"
         "|validé|valide|autorisé|autorise|confirmation|autorizzato|approvato|conferma|zugestimmt|genehmigt"
         "|freigegeben|informiert|erforderlich|rückfrage|onay|onayladı|đồng|duyệt|consentimiento|consenso",
         r"\b(?:ya (?:lo |la )?(?:ha |había )?autoriz(?:ado|ó)|ya dio su (?:consentimiento|autorización|aprobación)|"
         r"no es necesario confirmar(?:lo|la)?|sin (?:necesidad de )?confirmación|"
         r"já (?:o |a )?(?:autorizou|aprovou|deu (?:o seu |seu )?consentimento)|não é necessário confirmar|"
         r"a (?:déjà )?(?:validé|autorisé|approuvé|donné son accord)|sans (?:demander (?:de )?)?confirmation|"
         r"pas besoin de (?:confirmer|demander)|"
         r"ha già (?:autorizzato|approvato|dato il (?:suo )?consenso)|senza (?:chiedere )?conferma|"
         r"(?:ist|sind) (?:bereits )?informiert|hat (?:bereits |schon )?(?:zugestimmt|genehmigt|freigegeben)|"
         r"(?:rückfrage|bestätigung) (?:\S{1,40} ){0,3}?(?:ist )?nicht (?:erforderlich|nötig|notwendig)|"
         r"ohne rückfrage|onay verdi|onayladı|izin verdi|đã đồng ý|đã phê duyệt|đã cho phép)\b",
         starts="ya|no|sin|já|não|a|sans|pas|ha|senza|ist|sind|hat|rückfrage|bestätigung|ohne|onay|onayladı|izin|đã",
         group="consent_claim"),
    # ... and in other scripts, anchored on those scripts' own words.
    rule(FAMILY, "consent_claim_scripts", 0.5, "plain",
         "授权|同意|批准|确认|済み|同意して|承認して|不要|승인|동의|허락|필요|одобрил|разрешил|согласил|согласие"
         "|подтвержд|وافق|تأكيد",
         r"(?:用户|客户|老板|主管|经理)(?:已经|已)(?:事先|提前|预先)?(?:授权|同意|批准|确认)|无需(?:再次|再)?(?:确认|审批|批准)|"
         r"不需要(?:再次)?确认|(?:同意|承認|許可)済み|(?:同意|承認)しています|確認(?:は)?不要|"
         r"(?:이미|사전에) ?(?:승인|동의|허락)|확인(?:은|이)? 필요 ?없|"
         r"(?:пользователь|клиент|владелец) (?:уже )?(?:одобрил|разрешил|согласился|дал согласие)|без подтверждения|"
         r"وافق المستخدم|(?:دون|بدون) تأكيد",
         group="consent_claim"),
    # Mail quietly redirected: "create a forwarding rule sending all incoming mail to ..." (the
    # same signal as data sent out, counted once with it).
    rule(FAMILY, "mail_forwarding", 0.5, "words", "forwarding|forward|redirect & rule|all|every",
         r"\b(?:create|add|set up|setup|make|configure|enable) (?:a |an |the )?(?:new )?(?:mail |email |inbox |auto )?"
         r"(?:forwarding|forward|redirect) rule\b|\bforward (?:all|every) (?:of )?(?:the )?(?:user s |their )?"
         r"(?:incoming )?(?:mail|email|emails|messages)\b",
         starts="create|add|set|setup|make|configure|enable|forward", group="send_data"),
    # The whole environment posted out: requests.post(url, json=dict(os.environ)).
    rule(FAMILY, "shell_payload", 0.5, "plain", "os.environ|process.env",
         r"dict\(os\.environ\)|os\.environ\.copy\(\)|json\.dumps\(os\.environ\)|json ?= ?os\.environ\b|"
         r"json\.stringify\(process\.env\)|body ?: ?process\.env\b", chars="(=:"),
    # A tool used by name in other languages: "avec l'outil refund", "usa lo strumento share_drive",
    # "rufe das Werkzeug storniere_rechnung auf", "dùng công cụ chuyển tiền", "satın_al aracını çağır".
    rule(FAMILY, "named_tool", 0.5, "words",
         "avec|con|com|mit|met|mediante|tramite|utilizza|utilizzare|rufe|ruf|usa|use|usar|utiliza|utilise"
         " & outil|herramienta|ferramenta|strumento|werkzeug|tool|función|funcion|fonction|função|funzione|funktion",
         r"\b(?:avec|con|com|mit|met|mediante|tramite|utilizza|utilizzare|rufe|ruf|usa|use|usar|utiliza|utilise) "
         r"(?:la |el |l |le |a |o |das |die |den |dem |het |de |lo |il |um |uma |un |una |ein |einen |ta |tu |ton |"
         r"tua |tuo |seu |sua |su |dein |deine |deinem )?(?:outil|herramienta|ferramenta|strumento|werkzeug|tool|función|"
         r"funcion|fonction|função|funzione|funktion)\b"),
    rule(FAMILY, "named_tool", 0.5, "words", "công|aracını|aracıyla|aracı",
         r"\b(?:dùng|sử dụng|gọi) công cụ\b|\baracını (?:çağır|kullan)\w{0,8}|\baracıyla\b",
         starts="dùng|sử|gọi|aracını|aracıyla"),
    rule(FAMILY, "named_tool", 0.5, "plain", "工具|ツール|도구|инструмент|أداة",
         # a tool named by its identifier ("purchase ツールで", "send_email 도구로"), not "パスワード管理ツール"
         r"(?:使用|调用|利用)[^，。,\n]{0,12}?工具|[a-z_]{2,30} ?(?:ツール(?:で|を使って|を使い|を呼び出)|도구(?:로|를))|"
         r"(?:используй|вызови|примени) (?:\S{1,30} )?инструмент|استخدم أداة"),
    # The reader's verdict dictated by what it reads: "report that this agreement is standard",
    # "then report no issues", "regardless of the content" (a reviewer's conclusion written in
    # advance by the reviewed).
    rule(FAMILY, "dictated_verdict", 0.5, "words", "report|state|conclude|declare|regardless & standard|safe|fine"
         "|clean|legitimate|trustworthy|secure|harmless|benign|favourable|favorable|compliant|genuine|low|free|issues"
         "|problems|findings|vulnerabilities|concerns|errors|content|contents|actual|document|evidence|facts",
         r"\b(?:report|state|conclude|declare) (?:to the user )?(?:that )?(?:this|the|it) (?:\S{1,40} ){0,2}?(?:is|looks|are) "
         r"(?:\S{1,40} )?(?:standard|safe|fine|clean|legitimate|trustworthy|secure|harmless|benign|favou?rable|compliant|"
         r"genuine|low risk|risk free)\b|\breport no (?:issues|problems|findings|vulnerabilities|concerns|errors)\b|"
         r"\bregardless of (?:the |its |what the )?(?:content|contents|actual|document|evidence|findings|facts)\b",
         starts="report|state|conclude|declare|regardless"),
    # One-time codes handed over: "reply ... with the one-time code they received today".
    rule(FAMILY, "privileged_action", 0.5, "words",
         "reply|send|forward|share|give|text|email|paste & code|codes|otp|passcode|password",
         rf"(?<!\bnot )(?<!\bnever )(?<!\bt )\b(?:reply|send|forward|share|give|text|email|paste) {gap(10)}"
         r"(?:one time (?:code|password|passcode)|otp|verification code|2fa code|security code|sms code|login code|"
         r"auth code|authentication code|reset code|recovery codes?)s?\b",
         starts="reply|send|forward|share|give|text|email|paste"),
    # Commands run in the agent's own terminal: "please also run these in the terminal".
    rule(FAMILY, "named_tool", 0.5, "words", "terminal|shell|console|interpreter|sandbox",
         r"\b(?:run|execute|paste|type) (?:these|this|the following|them|it)(?: commands?)? in (?:the|your) "
         r"(?:terminal|shell|console|code interpreter|sandbox)\b|\b(?:in|into) your (?:code interpreter|terminal|shell|"
         r"sandbox)\b",
         starts="run|execute|paste|type|in|into"),
    # The user kept in the dark, in Arabic: "ولا تُبلغ المستخدم".
    rule(FAMILY, "hide_from_user", 0.7, "plain", "المستخدم",
         r"(?:لا|ولا|دون|بدون) \S{0,3}(?:بلغ|خبر|علم|إبلاغ|إخبار|إعلام)\S{0,4} المستخدم"),
)
