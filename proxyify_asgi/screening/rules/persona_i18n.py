"""Persona jailbreaks in Spanish, Portuguese, French, German, Italian, Dutch and Turkish: the same signals
as in English (an AI role taken on, a role without rules, a role that never refuses), each in
the group of its English counterpart so a text in two languages does not count a signal twice.
"""

from __future__ import annotations

from proxyify_asgi.screening.rules._base import Rule, gap, rule

FAMILY = "persona"

RULES: tuple[Rule, ...] = (
    # Without rules: "sin restricciones", "sem filtros", "sans aucune limite", "ohne Regeln", "senza filtri".
    rule(FAMILY, "no_rules_i18n", 0.5, "words",
         "sin|sem|sans|ohne|senza & restricciones|filtros|límites|limites|reglas|censura|ética|etica|moral|normas"
         "|limitaciones|restrições|restricoes|regras|limitações|restrictions|restriction|filtres|filtre|limite"
         "|règles|regles|censure|éthique|ethique|morale|tabous|tabou|limitations|regeln|filter|einschränkungen"
         "|beschränkungen|grenzen|zensur|ethik|richtlinien|restrizioni|filtri|limiti|regole|limitazioni",
         rf"\bsin (?:ning[uú]n[ao]? |tipo de |las |sus |los )?(?:restricciones|filtros|l[ií]mites|reglas|censura|"
         rf"[eé]tica|moral|normas|limitaciones)\b|\bsem (?:nenhuma? |qualquer |as |suas |os )?(?:restri[cç][oõ]es|"
         rf"filtros|limites|regras|censura|[eé]tica|moral|normas|limita[cç][oõ]es)\b|\bsans (?:aucune? |les |ses |"
         rf"tes )?(?:restrictions?|filtres?|limites?|r[eè]gles|censure|[eé]thique|morale|tabous?|limitations?)\b|"
         rf"\bohne (?:jegliche |irgendwelche |alle |ihre |deine |jede )?(?:regeln|filter|einschr[aä]nkungen|"
         rf"beschr[aä]nkungen|grenzen|zensur|moral|ethik|richtlinien)\b|\bsenza (?:alcuna? |nessuna? |le |i |tue |"
         rf"sue )?(?:restrizioni|filtri|limiti|regole|censura|etica|morale|limitazioni)\b", group="no_rules"),
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
         "|spiegava|insegnava",
         r"\b(?:abuel[ao]|abuelit[ao]|av[oóô]|vov[oó]|grand m[eè]re|grand p[eè]re|mamie|papy|papi|oma|opa|gro(?:ß|ss)"
         r"(?:mutter|vater)|nonn[ao]) (?:\S{1,40} ){0,8}?(?:contaba|dec[ií]a|le[ií]a|explicaba|ense[nñ]aba|contava|dizia|"
         r"lia|explicava|ensinava|racontait|disait|lisait|expliquait|apprenait|erz[aä]hlte|vorlas|erkl[aä]rte|"
         r"raccontava|diceva|leggeva|spiegava|insegnava)\b", group="grandma"),
    # The payload in those languages: making explosives, drugs, weapons or poison.
    rule(FAMILY, "harm_howto_i18n", 0.55, "words",
         "fabricar|hacer|preparar|fazer|fabriquer|faire|préparer|preparer|herstellen|bauen|machen|fare|costruire"
         "|preparare|fabbricare"
         " & explosivos|explosivo|bombas|bomba|napalm|metanfetamina|explosifs|explosif|bombe|bombes|sprengstoff"
         "|bomben|esplosivi|esplosivo|veneno|poison|gift|veleno|armas|arma|armes|arme|waffen|waffe|armi|cocaína"
         "|cocaina|cocaïne|kokain|méthamphétamine|methamphetamine|crystal|meth",
         r"\b(?:fabricar|hacer|preparar|fazer|fabriquer|faire|pr[eé]parer|fare|costruire|preparare|fabbricare) "
         r"(?:\S{1,40} ){0,2}?(?:explosivos?|bombas?|napalm|metanfetamina|m[eé]thamph[eé]tamine|explosifs?|bombes?|"
         r"esplosiv[io]|veneno|poison|veleno|armas?|armes?|armi|coca[ií]na|coca[iï]ne)\b|\b(?:sprengstoff|bomben?|"
         r"waffen?|gift|kokain|crystal meth|meth) (?:\S{1,40} ){0,2}?(?:herstellen|bauen|machen)\b",
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
    rule(FAMILY, "stay_in_character_i18n", 0.5, "words",
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
