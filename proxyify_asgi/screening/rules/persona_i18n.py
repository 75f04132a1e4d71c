"""Persona jailbreaks in Spanish, Portuguese, French, German, Italian, Dutch and Turkish, and (round 7)
Polish, Vietnamese and romanised Hindi: the same signals as in English (an AI role taken on, a role
without rules, a role that never refuses), each in the group of its English counterpart so a text in
two languages does not count a signal twice.
"""

from __future__ import annotations

from proxyify_asgi.screening.rules._base import Rule, gap, rule

FAMILY = "persona"

# After the limit noun, a scope ("sans restriction d'horaire", "sin límites de tiempo", "ohne Grenzen bei der
# Anmeldung"), as NOT_SCOPED is in English; not when the scope is the content or every kind of thing.
_NOT_SCOPED_I18N = (
    r"(?! (?:de|d|du|des|sur|pour|para|sobre|en|f[uü]r|bei|auf|zu|zum|zur|di|del|della|su|per|voor|op|van)"
    r" (?!contenu|contenido|conte[uú]do|inhalt|contenuto|inhoud|ning[uú]n|ninguna|nenhum|nenhuma|aucune|aucun|sorte"
    r"|tipo|type|art|genre|genere|nessun|alcun|qualsiasi|cualquier|qualquer|n importe|irgendeine|irgendeiner"
    r"|lo que|ce que|was|o que|quello|what)\S)"
)

RULES: tuple[Rule, ...] = (
    # Without rules: "sin restricciones", "sem filtros", "sans aucune limite", "ohne Regeln", "senza filtri".
    rule(FAMILY, "no_rules_i18n", 0.5, "words",
         "sin|sem|sans|ohne|senza & restricciones|filtros|límites|limites|reglas|censura|ética|etica|moral|normas"
         "|limitaciones|restrições|restricoes|regras|limitações|restrictions|restriction|filtres|filtre|limite"
         "|règles|regles|censure|éthique|ethique|morale|tabous|tabou|limitations|regeln|filter|einschränkungen"
         "|beschränkungen|grenzen|zensur|ethik|richtlinien|restrizioni|filtri|limiti|regole|limitazioni"
         "|restricción|restriccion|filtro|límite|limite|regla|norma|limitación|limitacion|restrição|restricao|regra"
         "|limitação|limitacao|einschränkung|beschränkung|regel|restrizione|limitazione|inhaltsrichtlinien"
         "|nutzungsrichtlinien|sicherheitsrichtlinien",
         # round 14: two determiners ("sin ningún tipo de filtro") and the singular nouns
         rf"(?:\bsin (?:(?:ning[uú]n[ao]?|tipo de|las|sus|los) ){{0,2}}(?:restricci[oó]n(?:es)?|filtros?|l[ií]mites?|reglas?|"
         rf"censura|[eé]tica|moral|normas?|limitaci[oó]n(?:es)?)\b|\bsem (?:(?:nenhuma?|qualquer|tipo de|as|suas|os) ){{0,2}}"
         rf"(?:restri[cç](?:[oõ]es|[aã]o)|filtros?|limites?|regras?|censura|[eé]tica|moral|normas?|limita[cç](?:[oõ]es|[aã]o))\b|\bsans (?:aucune? |les |ses |"
         rf"tes )?(?:restrictions?|filtres?|limites?|r[eè]gles|censure|[eé]thique|morale|tabous?|limitations?)\b|"
         rf"\bohne (?:jegliche |irgendwelche |alle |ihre |deine |jede |jeglichen |irgendeine )?(?:regeln?|filter|"
         rf"einschr[aä]nkung(?:en)?|beschr[aä]nkung(?:en)?|grenzen|zensur|moral|ethik|\w{{0,12}}richtlinien)\b|"
         rf"\bsenza (?:alcuna? |nessuna? |le |i |tue |sue )?(?:restrizion[ei]|filtr[io]|limiti|regole|censura|etica|"
         rf"morale|limitazion[ei])\b){_NOT_SCOPED_I18N}",
         group="no_rules"),
    # No rule left to it: "ya no tiene ninguna regla", "n'a plus aucune limite", "hat keine Regeln mehr".
    rule(FAMILY, "no_rules_i18n", 0.5, "words", "tiene|tem|a|ha|hat & regla|reglas|restricción|restriccion"
         "|restricciones|límites|limites|filtros|regra|regras|restrição|restricao|restrições|restricoes|règle|regle"
         "|règles|regles|restriction|restrictions|limite|filtre|filtres|regola|regole|restrizione|restrizioni|limiti"
         "|filtri|regeln|einschränkungen|grenzen|filter",
         r"\b(?:ya no tiene|no tiene|n[aã]o tem(?: mais)?|n a (?:plus|aucune)|non ha(?: pi[uù])?) (?:ninguna |ning[uú]n |"
         r"nenhuma |nenhum |aucune |aucun |nessuna |nessun |m[aá]s |plus )?(?:reglas?|restricci[oó]n(?:es)?|l[ií]mites|"
         r"filtros|regras?|restri[cç](?:[aã]o|[oõ]es)|r[eè]gles?|restrictions?|limites?|filtres?|regol[ae]|restrizion[ei]|"
         r"limiti|filtri)\b|\bhat keine (?:regeln|einschr[aä]nkungen|grenzen|filter)(?: mehr)?\b", group="no_rules"),
    # Dutch and Turkish: "zonder regels of filters", "hiçbir kuralı olmayan" (no rule at all).
    rule(FAMILY, "no_rules_i18n", 0.5, "words",
         "zonder|geen|hicbir|hiçbir & regels|filters|beperkingen|grenzen|censuur|ethiek|moraal|richtlijnen"
         "|kurali|kuralı|kurali|filtresi|siniri|sınırı|kisitlamasi|kısıtlaması|sansuru|sansürü",
         r"\b(?:zonder|geen) (?:enige |alle |de |je |jouw )?(?:regels|filters|beperkingen|grenzen|censuur|ethiek|"
         r"moraal|richtlijnen)\b|\bhi[cç]bir (?:\S{1,40} )?(?:kural[iı]|filtresi|s[iı]n[iı]r[iı]|k[iı]s[iı]tlamas[iı]|"
         r"sans[uü]r[uü]) (?:olmayan|yok)\b", group="no_rules"),
    # Freed from the rules, or following none: "libérée de toutes les règles", "não segue nenhuma regra",
    # "frei von allen Regeln". All the rules or its own, not "libre de reglas complicadas" (a game).
    rule(FAMILY, "no_rules_i18n", 0.5, "words",
         "libre|livre|libérée|liberee|libéré|libere|liberée|libérés|liberada|liberado|libertada|libertado|libera|libero"
         "|liberata|liberato|frei|sigue|segue|suit|folgt|respeta|respeita|respecte|rispetta"
         " & reglas|restricciones|filtros|límites|limites|normas|regras|restrições|restricoes|règles|regles|restrictions"
         "|filtres|regeln|einschränkungen|filtern|regole|restrizioni|filtri|limiti|regla|regra|règle|regle|regola",
         r"\b(?:libre|livre|lib[eé]r[eé]e?s?|liberad[ao]s?|libertad[ao]s?|liberat[ao]|libera|libero|frei) (?:de|da|von|dalle|"
         r"dai|das|dos) (?:(?:todas |todos |toutes |tous |allen |tutte |tutti )(?:las |los |sus |as |os |suas |les |ses |"
         r"tes |le |i |sue |seinen |ihren )?|(?:sus |suas |ses |tes |sue |seinen |ihren |deinen |tus |tuas |tue ))(?:reglas|restricciones|filtros|l[ií]mites|normas|regras|restri[cç][oõ]es|"
         r"r[eè]gles|restrictions|filtres|limites|regeln|einschr[aä]nkungen|filtern|regole|restrizioni|filtri|limiti)\b"
         r"|\b(?:no (?:sigue|respeta)|n[aã]o (?:segue|respeita)|ne (?:suit|respecte)|non (?:segue|rispetta)) "
         r"(?:ninguna|nenhuma|aucune|nessuna) (?:regla|norma|regra|r[eè]gle|regola|restricci[oó]n|restri[cç][aã]o|"
         r"restriction|restrizione)\b|\b(?:folgt|befolgt|respektiert) keinen? (?:regeln|regel|einschr[aä]nkungen|"
         r"richtlinien)\b", group="no_rules"),
    # Answers everything: "responde a todo", "répond à tout", "beantwortet alles".
    rule(FAMILY, "answer_everything_i18n", 0.5, "words",
         "responde|respondes|responda|répond|repond|réponds|reponds|risponde|rispondi|beantwortet|beantworte|antwortet"
         "|antworte|beantwoordt|beantwoord & todo|tout|tutto|tudo|alles",
         r"\b(?:respond(?:e|es|a)|r[eé]ponds?|rispond[ei]|responde) (?:a|à|a) (?:todo|tout|tutto|tudo)\b"
         r"|\b(?:beantwortet|beantworte|beantwoordt|beantwoord) (?:einfach |gewoon )?alles\b"
         r"|\b(?:antwortet|antworte) auf alles\b", group="answer_everything"),
    # Never refuses: "nunca se niega", "nunca recusa", "ne refuse jamais", "niemals ablehnt", "non rifiuta mai".
    rule(FAMILY, "never_refuse_i18n", 0.6, "words",
         "nunca|jamais|niemals|nie|mai|refuse|lehnt|lehnst|weigert|weiger|nooit|nimmer|asla|advertencias|advertencia"
         "|avisos|aviso|avertissement|avertissements|warnungen|avvertimenti|avvertimento|waarschuwingen|uyarisiz"
         "|uyarısız",
         rf"\bnunca (?:se )?(?:niega|rechaza|reh[uú]sa|dice que no|se negar[aá]|recusa|rejeita|diz n[aã]o)\b|"
         rf"\b(?:weigert|weiger) (?:nooit|nimmer)\b|\bnooit (?:weigeren|nee zeggen)\b|\basla (?:reddetmez|reddetme|hay[iı]r demez)\b|"
         rf"\b(?:sin (?:ninguna |ning[uú]n )?advertencias?|sem (?:nenhum )?avisos?|sans (?:aucun )?avertissements?|"
         rf"ohne (?:jede )?warnungen|senza (?:alcun )?avvertiment[oi]|(?:zonder|geen) (?:enige )?waarschuwingen|"
         rf"(?:ni|nem|ni d |noch) (?:advertencias|avisos|avertissements?|warnungen)|uyar[iı]s[iı]z)\b|"
         rf"\bne (?:refuse|rejette|dit non) jamais\b|\bjamais (?:refuser|de refus)\b|\b(?:niemals|nie) "
         rf"(?:etwas )?(?:ablehnt|ablehnen|verweigert|verweigern|nein sagt)\b|\blehnst? (?:\S{{1,40}} )?(?:niemals|nie) "
         rf"(?:ab|etwas ab)\b|\bnon (?:rifiuta|rifiuti|dice di no) mai\b|\bmai (?:rifiutare|rifiuta)\b",
         group="never_refuse"),
    # An AI role taken on: "eres una IA", "você é uma IA", "tu es un assistant", "du bist eine KI".
    rule(FAMILY, "adopt_persona_i18n", 0.5, "words",
         "eres|serás|seras|actúa|actua|finge|interpreta|você|voce|aja|finja|tu|vous|agis|joue|du|sie|spiel|spiele"
         "|verhalte|sei|sarai|agisci|fingi|bist|sind|wirst"
         " & ia|inteligencia|asistente|modelo|chatbot|bot|personaje|inteligência|assistente|personagem"
         "|intelligence|assistant|modèle|modele|personnage|ki|assistent|assistentin|modell|figur|intelligenza"
         "|personaggio",
         rf"\b(?:eres|ser[aá]s|act[uú]a como|finge ser|finge que eres|interpreta a|voc[eê] [eé]|voc[eê] ser[aá]|"
         rf"aja como|finja ser|finja que [eé]|tu es|vous [eê]tes|tu seras|agis comme|joue le r[oô]le d(?:e|u|es)?|"
         rf"du bist|bist du|sie sind|sind sie|du wirst|wirst du|spiel|spiele|verhalte dich wie|sei|sarai|agisci come|fingi di essere) "
         rf"{gap(5)}(?:ia|inteligencia artificial|intelig[eê]ncia artificial|intelligence artificielle|"
         rf"intelligenza artificiale|asistente|assistente|assistant|assistent|assistentin|modelo|mod[eè]le|modell|"
         rf"modello|chatbot|bot|personaje|personagem|personnage|personaggio|ki|figur)\b", group="adopt_persona"),
    # The grandma exploit's frame: a grandparent who used to tell ("mi abuela me contaba", "ma grand-mère
    # me racontait"), weighing what the English frame weighs.
    rule(FAMILY, "grandma_i18n", 0.55, "words",
         "abuela|abuelo|abuelita|abuelito|avó|avô|avo|vovó|vovo|grand|mamie|papy|papi|oma|opa|großmutter|grossmutter"
         "|großvater|grossvater|nonna|nonno"
         " & contaba|decía|decia|leía|leia|explicaba|enseñaba|ensenaba|contava|dizia|lia|explicava|ensinava|racontait"
         "|disait|lisait|expliquait|apprenait|erzählte|erzahlte|vorlas|erklärte|erklarte|raccontava|diceva|leggeva"
         "|spiegava|insegnava|erzählt|erzahlt|erklärt|erklart",
         r"\b(?:abuel[ao]|abuelit[ao]|av[oóô]|vov[oó]|grand m[eè]re|grand p[eè]re|mamie|papy|papi|oma|opa|gro(?:ß|ss)"
         r"(?:mutter|vater)|nonn[ao]) (?:\S{1,40} ){0,16}?(?:contaba|dec[ií]a|le[ií]a|explicaba|ense[nñ]aba|contava|dizia|"
         r"lia|explicava|ensinava|racontait|disait|lisait|expliquait|apprenait|erz[aä]hlte|vorlas|erkl[aä]rte|"
         r"raccontava|diceva|leggeva|spiegava|insegnava|erz[aä]hlt|erkl[aä]rt)\b", group="grandma"),
    # The payload in those languages: making explosives, drugs, weapons or poison.
    rule(FAMILY, "harm_howto_i18n", 0.55, "words",
         "fabricar|hacer|preparar|fazer|fabriquer|faire|préparer|preparer|herstellen|bauen|machen|fare|costruire"
         "|preparare|fabbricare|recette|receta|receita|ricetta|hacía|hacia|fabricaba|preparaba|fazia|fabricava"
         "|faisait|fabriquait|faceva|fabbricava|cocina|cocinar|cocinaba|preparava|herstellt|baut|macht"
         " & explosivos|explosivo|bombas|bomba|napalm|metanfetamina|explosifs|explosif|bombe|bombes|sprengstoff"
         "|bomben|esplosivi|esplosivo|veneno|poison|gift|veleno|armas|arma|armes|arme|waffen|waffe|armi|cocaína"
         "|cocaina|cocaïne|kokain|méthamphétamine|methamphetamine|crystal|meth|tnt|dynamite|dinamite|dinamita"
         "|nitroglycérine|nitroglycerine|nitroglicerina|polvere|pólvora|polvora|poudre|schwarzpulver",
         r"\b(?:fabricar|hacer|preparar|fazer|fabriquer|faire|pr[eé]parer|fare|costruire|preparare|fabbricare|recette|receta"
         r"|receita|ricetta|hac[ií]a|fabricaba|preparaba|fazia|fabricava|faisait|fabriquait|faceva|fabbricava|cocina|cocinar"
         r"|cocinaba|preparava) "
         r"(?:\S{1,40} ){0,2}?(?:explosivos?|bombas?|napalm|metanfetamina|m[eé]thamph[eé]tamine|explosifs?|bombes?|"
         r"esplosiv[io]|veneno|poison|veleno|armas?|armes?|armi|coca[ií]na|coca[iï]ne|tnt|dynamite|dinamite|dinamita"
         r"|nitroglyc[eé]rine|nitroglicerina|polvere da sparo|p[oó]lvora|poudre noire)\b|\b(?:sprengstoff|bomben?|"
         r"waffen?|gift|kokain|crystal meth|meth|schwarzpulver) (?:\S{1,40} ){0,3}?(?:herstellen|herstellt|bauen|baut|machen"
         r"|macht)\b",
         group="payload"),
    # A jailbreak mode switched on: "activa el modo desarrollador", "mode développeur activé".
    rule(FAMILY, "mode_switch_i18n", 0.5, "words",
         "modo|mode|modus|modalità|modalita & desarrollador|desenvolvedor|développeur|developpeur|entwickler"
         "|sviluppatore|dios|deus|dieu|gott|dio|dan|jailbreak|restricciones|restrições|restricoes|restriction"
         "|restrictions|einschränkungen|restrizioni|censura|censure|zensur",
         r"\b(?:modo|mode|modus|modalit[aà]) (?:de |del |do |da |di )?(?:desarrollador|desenvolvedor|d[eé]veloppeur|"
         r"entwickler|sviluppatore|dios|deus|dieu|gott|dio|dan|jailbreak|sin restricciones|sem restri[cç][oõ]es|"
         r"sans restrictions?|ohne einschr[aä]nkungen|senza restrizioni|sin censura|sem censura|sans censure|ohne "
         r"zensur|senza censura)\b", group="mode_switch"),
    # Staying in the role: "mantente en el papel", "reste dans ce rôle", "bleib in dieser Rolle".
    rule(FAMILY, "stay_in_character_i18n", 0.45, "words",
         "mantente|quédate|quedate|sigue|permanece|rompas|salgas|reste|restez|demeure|sors|sort|bleib|bleibe"
         "|fall|falle|permaneça|permaneca|fique|continue|saia|resta|rimani|uscire",
         r"\b(?:mantente|qu[eé]date|sigue|permanece) en (?:el |tu |ese |este )?(?:papel|personaje|rol)\b|"
         r"\bno (?:rompas|salgas) (?:del |de tu |el )?(?:personaje|papel|rol)\b|\b(?:reste|restez|demeure) dans "
         r"(?:ce|le|ton|votre) (?:r[oô]le|personnage)\b|\bne (?:sors|sortez) (?:jamais |pas )?d[eu] (?:ton |ce |"
         r"votre )?(?:r[oô]le|personnage)\b|\bbleib(?:e)? (?:immer |stets )?in (?:dieser|deiner|der) rolle\b|"
         r"\b(?:fall|falle) nicht aus der rolle\b|\b(?:permane[cç]a|fique|continue) (?:no|nesse|neste|em seu) "
         r"(?:personagem|papel)\b|\bn[aã]o saia do personagem\b|\b(?:resta|rimani) nel (?:personaggio|ruolo)\b|"
         r"\bnon uscire (?:mai )?dal personaggio\b", group="stay_in_character"),
)

# Round 7: Polish and Vietnamese, and shapes the first rules missed (the role taken on by name, two
# answers, the evil twin, filters said to be off, a grandparent's story, precision demanded).
RULES += (
    # Without rules, in Polish and Vietnamese: "nie ma żadnych zasad", "bez cenzury", "không có giới hạn".
    rule(FAMILY, "no_rules_i18n", 0.5, "words",
         "bez|nie|ma|không|khong & ograniczeń|zasad|reguł|cenzury|filtrów|ograniczen|regul|filtrow|giới|hạn|quy"
         "|kiểm|duyệt|lọc",
         r"\b(?:bez|nie ma|nie mając|nie zna) (?:żadnych |zadnych |jakichkolwiek )?(?:ograniczeń|ograniczen|zasad|reguł"
         r"|regul|cenzury|filtrów|filtrow)\b|\bkhông (?:có )?(?:bất kỳ |bất cứ )?(?:giới hạn|quy tắc|hạn chế|kiểm duyệt"
         r"|bộ lọc)\b", group="no_rules",
         starts="bez|nie|không"),
    # A role taken on by name, as "pretend you are" is in English: "joue le rôle de", "vas a interpretar a",
    # "facciamo finta che tu sia", "doe alsof je", "od teraz jesteś", "từ giờ bạn là", "você agora é".
    rule(FAMILY, "adopt_persona_i18n", 0.5, "words",
         "joue|jouer|interpretar|interpreta|finta|fingi|alsof|jesteś|jestes|bạn|você|voce|ahora|agora|maintenant"
         "|jetzt|ora|teraz|giờ",
         r"\b(?:joue le r[oô]le d|vas a interpretar a|interpreta a|facciamo finta che tu sia|fingi di essere"
         r"|doe alsof je|od teraz jeste[sś]|teraz jeste[sś]|t[uừ] gi[oờ] b[aạ]n l[aà]|b[aạ]n b[aâ]y gi[oờ] l[aà]"
         r"|voc[eê] agora [eé]|ahora eres|a partir de ahora eres|tu es maintenant|d[eé]sormais tu es|du bist jetzt"
         r"|ab jetzt bist du|ora sei|da ora sei|vanaf nu ben je|je bent nu)\b", group="adopt_persona",
         starts="joue|vas|interpreta|facciamo|fingi|doe|od|teraz|từ|tu|bạn|ban|você|voce|ahora|a|désormais"
                "|desormais|du|ab|ora|da|vanaf|je"),
    # Two answers, one of them the role's: "dos respuestas", "deux parties : d'abord toi, puis ...",
    # "zuerst normal und dann als", "hai lần: một lần bình thường".
    rule(FAMILY, "dual_response_i18n", 0.6, "words",
         "dos|duas|deux|zwei|due|twee|dwie|hai|zuerst|erst|abord|primero|primeiro|prima|eerst|najpierw",
         r"\b(?:dos|duas|deux|zwei|due|twee|dwie) (?:respuestas|respostas|r[eé]ponses|antworten|risposte|antwoorden"
         r"|odpowiedzi|parties|partes|parti|teilen|versiones|vers[oõ]es|versions|versionen|versioni)\b"
         r"|\b(?:zuerst|erst) (?:\S{1,40} ){0,2}?(?:normal|als du selbst) (?:\S{1,40} ){0,2}?(?:dann|danach) als\b"
         r"|\bd abord toi (?:\S{1,40} )?puis\b|\bprimero (?:como )?(?:t[uú]|normal) (?:\S{1,40} )?(?:luego|despu[eé]s)\b"
         r"|\bhai (?:l[aầ]n|c[aâ]u tr[aả] l[oờ]i)\b", group="dual_response",
         starts="dos|duas|deux|zwei|due|twee|dwie|zuerst|erst|d|primero|hai"),
    # The evil twin: "böser Zwilling", "double maléfique", "gemelo malvado", "złym bliźniakiem".
    rule(FAMILY, "alter_ego_i18n", 0.6, "words",
         "böser|boser|bösen|zwilling|maléfique|malefique|malvado|malvada|malvagio|maligno|kwaadaardige|złym|zlym"
         "|ego|tweeling|bliźniak|bliźniakiem",
         r"\b(?:b[oö]ser?n? zwilling|zwilling b[oö]se|double mal[eé]fique|jumeau (?:noir|mal[eé]fique)|gemelo (?:malvado"
         r"|malo)|g[eê]meo (?:malvado|mau)|gemello (?:malvagio|cattivo)|kwaadaardige tweeling|z[lł]ym bli[zź]niakiem"
         r"|z[lł]y bli[zź]niak)\b", group="alter_ego",
         starts="bose|böse|boser|böser|bosen|bösen|bosern|bösern|zwilling|double|jumeau|gemelo|gêmeo|gemeo"
                "|gemello|kwaadaardige|zlym|złym|zly|zły"),
    # The filters said to be off: "los filtros están desactivados", "les garde-fous sont désactivés".
    rule(FAMILY, "safety_off_i18n", 0.6, "words",
         "filtros|filtri|filtres|filter|garde|salvaguardas|salvaguardias|restricciones|restrizioni|restrições"
         "|sicherheitsfilter|schutzmechanismen|zabezpieczenia|filtry|censura|censure|zensur",
         r"\b(?:filtros|filtri|filtres|filter|garde fous|salvaguardas|salvaguardias|restricciones|restrizioni"
         r"|restri[cç][oõ]es|sicherheitsfilter|schutzmechanismen|zabezpieczenia|filtry|censura|censure|zensur) "
         r"(?:\S{1,40} )?(?:est[aá]n|est[aã]o|sont|sind|sono|son|s[aã]o|zosta[lł]y|s[aą]|est[aá]|[eé]|est|ist) "
         r"(?:\S{1,40} )?(?:desactivad[oa]s?|desativad[oa]s?|d[eé]sactiv[eé]e?s?|deaktiviert|disattivat[ie]|disabilitat[ie]"
         r"|desligad[oa]s?|apagad[oa]s?|abgeschaltet|ausgeschaltet|wy[lł][aą]czone|suspendid[oa]s?|sospes[ie])\b",
         group="filters_off",
         starts="filtros|filtri|filtres|filter|garde|salvaguardas|salvaguardias|restricciones|restrizioni"
                "|restricoes|restrições|restriçoes|restricões|sicherheitsfilter|schutzmechanismen|zabezpieczenia"
                "|filtry|censura|censure|zensur"),
    # A grandparent's story, in Dutch and Polish, and the present tense ("che racconta", "vertelde").
    rule(FAMILY, "grandma_i18n", 0.55, "words",
         "opa|oma|grootvader|grootmoeder|babcia|dziadek|babci|dziadka|nonno|nonna|abuelo|abuela|mamie|papy"
         " & vertelde|vertelt|las|legde|leerde|opowiadała|opowiadal|opowiadał|czytała|racconta|cuenta|raconte",
         r"\b(?:opa|oma|grootvader|grootmoeder|babcia|dziadek|babci|dziadka|nonn[oa]|abuel[oa]|mamie|papy) "
         r"(?:\S{1,40} ){0,8}?(?:vertelde|vertelt|las (?:me )?voor|legde (?:me )?uit|leerde|opowiada[lł]a?|czyta[lł]a"
         r"|racconta|cuenta|raconte)\b", group="grandma",
         starts="opa|oma|grootvader|grootmoeder|babcia|dziadek|babci|dziadka|nonno|nonna|abuelo|abuela|mamie|papy"),
    # The payload named without a verb: homemade explosives, forged papers, safes and locks opened.
    rule(FAMILY, "harm_howto_i18n", 0.55, "words",
         "tatp|dinamita|explosivos|explosivo|bomba|bombe|bombas|casseforti|cassaforte|cilinderslot|sloten|fałszywy"
         "|falszywy|dowód|cartão|tarjeta|tarjetas|cartões|carte|karte",
         r"\b(?:tatp|dinamita casera|explosivos? caseros?|bombas? caseras?|bombe artisanale|esplosivi artigianali"
         r"|(?:aprire|apriva|aprivano|scassinare) (?:le |una |la )?casseforti?|cassaforte|cilinderslot|sloten "
         r"(?:openen|kraken)|fa[lł]szyw(?:y|ego|a|ą|ej|e|ym) dow[oó]d|clonar (?:um |una |un )?(?:cart[aã]o|cart[oõ]es|tarjetas?)"
         r"(?: de cr[eé]dito)?|cloner (?:une )?carte|karten klonen)\b", group="payload",
         starts="tatp|dinamita|explosivo|explosivos|bombas|bomba|bombe|esplosivi|aprire|apriva|aprivano"
                "|scassinare|cassaforte|cilinderslot|sloten|fałszywy|falszywy|fałszywego|falszywego|fałszywa"
                "|falszywa|fałszywą|falszywą|fałszywej|falszywej|fałszywe|falszywe|fałszywym|falszywym|clonar"
                "|cloner|karten"),
    # Precision demanded: "paso a paso", "étape par étape", "con las cantidades exactas", "met alle stappen".
    rule(FAMILY, "operational_detail_i18n", 0.4, "words",
         "paso|étape|etape|passo|schritt|stap|krok|từng|cantidades|quantités|quantites|quantidades|quantità|quantita"
         "|mengen|alle|pelos|dosis|dosi",
         r"\b(?:paso a paso|[eé]tape par [eé]tape|passo a passo|passo per passo|schritt f[uü]r schritt|stap voor stap"
         r"|krok po kroku|t[uừ]ng b[uư][oớ]c|(?:cantidades|quantit[eé]s|quantidades|quantit[aà]|dosis|dosi) "
         r"(?:exactas|exactes|exatas|esatte|precisas|pr[eé]cises|precise)|genaue (?:mengen|dosierung)|met alle stappen"
         r"|con pelos y se[nñ]ales)\b", group="operational_detail",
         starts="paso|étape|etape|passo|schritt|stap|krok|từng|tung|cantidades|quantités|quantites|quantidades"
                "|quantità|quantita|dosis|dosi|genaue|met|con"),
    # More ways of answering everything and never refusing: "responde tudo", "rispondi a qualsiasi domanda",
    # "der alles beantwortet", "odpowiada na wszystko", "non dice mai di no", "sem avisos nem recusas".
    rule(FAMILY, "answer_everything_i18n", 0.5, "words",
         "responde|respondes|responder|rispondi|risponde|réponds|reponds|répond|repond|répondre|repondre|beantwortet"
         "|odpowiada"
         "|odpowiadasz|trả",
         r"\b(?:responde|respondes|responder(?: me)?) (?:a )?(?:tudo|todo|qualquer pergunta|cualquier pregunta)\b"
         r"|\b(?:rispondi|risponde) a (?:qualsiasi|ogni) domanda\b|\b(?:r[eé]ponds?|r[eé]pond|r[eé]pondre) [aà] (?:toute|n importe"
         r" quelle) (?:question|demande)\b|\balles beantwortet\b|\bodpowiada(?:sz)? na wszystko\b"
         r"|\btr[aả] l[oờ]i m[oọ]i\b", group="answer_everything",
         starts="responde|respondes|responder|rispondi|risponde|réponds|reponds|répond|repond|répondre|repondre"
                "|alles|odpowiada|odpowiadasz|trả|tra"),
    rule(FAMILY, "never_refuse_i18n", 0.6, "words",
         "dice|sem|senza|nigdy",
         r"\bnon dice mai (?:di no|che non)\b|\bsem (?:avisos|recusas)(?: nem (?:avisos|recusas))?\b|\bsenza avvisi\b"
         r"|\bnigdy nie odmawia\S{0,3}\b", group="never_refuse",
         starts="non|sem|senza|nigdy"),
    rule(FAMILY, "stay_in_character_i18n", 0.45, "words", "nunca & sale|sales|rompe|rompes|abandona",
         r"\bnunca (?:sale|sales|se sale|rompe|rompes|abandona) (?:del|de su|el|su) (?:personaje|papel)\b",
         group="stay_in_character",
         starts="nunca"),
    # Refusing costs tokens, in Polish: "jeśli odmówisz, tracisz 5 żetonów".
    rule(FAMILY, "token_threat_i18n", 0.6, "words",
         "odmówisz|odmowisz|odmówi|odmowa|odmowę & tracisz|stracisz|traci|straci",
         r"\b(?:odm[oó]wisz|odm[oó]wi|odmow[aęe]) (?:\S{1,40} ){0,6}?(?:tracisz|stracisz|traci|straci)\b",
         group="token_threat",
         starts="odmówisz|odmowisz|odmówi|odmowi|odmowa|odmowę|odmowe"),
    # Even the forbidden things: "même aux trucs interdits", "incluso las cosas prohibidas", "auch Verbotenes".
    rule(FAMILY, "no_matter_how_i18n", 0.6, "words",
         "même|meme|incluso|aunque|auch|sogar|anche|perfino|mesmo|até|zelfs|nawet"
         " & interdits|interdites|interdit|prohibidas|prohibidos|prohibido|verbotene|verbotenes|verbotenen|proibite"
         "|proibiti|proibido|proibidas|proibidos|verboden|zakazane|zakazanych",
         r"\b(?:m[eê]me|incluso|aunque sean|auch|sogar|anche|perfino|mesmo|at[eé]|zelfs|nawet) (?:aux? |les |las |los "
         r"|lo |die |le |i |as |os |de )?(?:\S{1,40} )?(?:interdit\S{0,2}|prohibid\S{1,2}|verboten\S{0,2}|proibit\S"
         r"|proibid\S{1,2}|verboden|zakazan\S{1,3})\b", group="no_matter_how",
         starts="même|meme|incluso|aunque|auch|sogar|anche|perfino|mesmo|até|ate|zelfs|nawet"),
    # Not bound to follow its maker: "t'es pas obligé de suivre les instructions de ton créateur".
    rule(FAMILY, "no_rules_i18n", 0.5, "words", "obligé|oblige|obligée|obligado|obrigado|obbligato|verpflichtet"
         " & suivre|respecter|seguir|respetar|cumplir|obedecer|seguire|rispettare|befolgen|folgen",
         r"\b(?:pas|plus|no est[aá]s|n[aã]o [eé]s|non sei|nicht) (?:oblig[eé]e?|obligad[oa]|obrigad[oa]|obbligat[oa]"
         r"|verpflichtet) (?:de |a |à |di )?(?:suivre|respecter|seguir|respetar|cumplir|obedecer|seguire|rispettare"
         r"|befolgen|folgen)\b", group="no_rules",
         starts="pas|plus|no|não|nao|non|nicht"),
    # Romanised Hindi: "rules chhodo" (drop the rules), "koi nahi dekh raha" (nobody is watching).
    rule(FAMILY, "against_your_rules_i18n", 0.6, "words",
         "rules|niyam|guidelines|restrictions|filters|policy & chhodo|chodo|bhool|bhulo|todo|hatao",
         r"\b(?:rules|niyam|niyamon|guidelines|restrictions|filters|policy) (?:ko )?(?:chhodo|chodo|chhod do|chod do"
         r"|bhool jao|bhulo|todo|tod do|hatao|hata do)\b", group="disable_safety",
         starts="rules|niyam|niyamon|guidelines|restrictions|filters|policy"),
    rule(FAMILY, "unobserved_i18n", 0.4, "words", "koi|kisi & dekh|dekhega",
         r"\b(?:koi (?:bhi )?nahi|kisi ko nahi) (?:dekh (?:raha|rahi|rahe)|dekhega|pata chalega)\b", group="unobserved",
         starts="koi|kisi"),
)
