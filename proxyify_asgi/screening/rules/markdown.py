"""Data exfiltration through rendered markdown: images or links whose URL carries chat data."""

from __future__ import annotations

from proxyify_asgi.screening.rules._base import Rule, gap, rule

FAMILY = "markdown_exfil"

_SECRETS = (
    r"(?:conversation|chat history|chat|previous messages|messages?|user s (?:data|messages|info|"
    r"information|email|password|name|address)|personal (?:data|information|details)|secrets?|"
    r"passwords?|api keys?|credentials|summary|history|system prompt|prompt|data|environment variables|env vars|"
    r"process env|os environ)"
)
_URL_LEADS = "url link query parameter param image img src endpoint address markdown".split()
_URL_STARTS = "|".join(w + s for w in _URL_LEADS for s in ("", "s"))
_URL_LEAD = rf"(?:{'|'.join(_URL_LEADS)})s?"
"""The URL words a "URL containing the data" sentence starts with (not a path or file name:
"path with open(path) as fh: data" is code)."""
_SECRET_STARTS = (
    "conversation|chat|previous|messages|message|user|personal|secret|secrets|password|passwords|api"
    "|credentials|summary|history|system|prompt|data"
)
_URL_WORDS = (
    r"(?:url|link|query|parameter|param|image|img|src|endpoint|address|markdown|filename|file name|path|subdomain|"
    r"query string|hostname)s?"
)

# The user's private data, named so that it cannot be the writer's own: "the user's address",
# "the previous messages", "the whole conversation so far".
_PRIVATE = (
    r"(?:\b(?:whole|entire|full) (?:conversation|chat(?: history| log)?)|\b(?:conversation|chat(?: history)?) so far|"
    r"\b(?:user'?s|users'|previous|earlier|prior) (?:[a-z]{1,20} ){0,2}?(?:messages?|questions?|history|secrets?|"
    r"passwords?|api keys?|tokens?|credentials|personal (?:data|info\w*|details)|address|phone(?: number)?|"
    r"e-?mail(?: address)?|card(?: number)?|name|data|details|files?|conversation|chat))"
)

RULES: tuple[Rule, ...] = (
    rule(FAMILY, "image_query", 0.6, "plain", "]( & ? & http",
         r"\[[^\]\n]{0,200}\] ?\( ?https?://[^\s)]{1,500}\?[^\s)]{0,500}=", chars="]",
         group="exfil_url"),
    rule(FAMILY, "url_placeholder", 0.6, "plain",
         "http & =|{|<|[|%7b|%3c|insert|placeholder|_here|here_",
         r"https?://[^\s)\"'>]{1,500}?(?:=|/)(?:(?:\{\{?|\$\{|<|\[|%7b|%3c)[^}\]>\n]{0,40}?(?:secret|conversation|chat|"
         r"history|summary|password|key|token|message|user|email|name|address|phone|data|context|prompt|card|"
         r"session|cookie|credential|personal|query|question|answer|info)|"
         r"insert|placeholder|[a-z0-9_]{1,30}_here\b|here_[a-z0-9_]{1,30})|"
         r"[?&][a-z_]{1,20}=(?:\{|\$\{|<|\[|%7b)?[a-z_]{0,20}"
         r"(?:secret|conversation|chat_?history|history|summary|password|api_?key|token|messages?|"
         r"user_?(?:data|info|name|email|messages?)|personal_?info|system_?prompt|secret_?data|session|cookie|"
         r"credentials?|address|phone|ssn|card)|"
         r"[?&][a-z_]{1,20}=(?=[\s)\"']|$)", chars=":"),
    rule(FAMILY, "html_image", 0.6, "plain", "<img",
         r"<img [^>]{0,300}src ?= ?[\"']?https?://[^\s\"'>]{1,500}\?", chars="<", group="exfil_url"),
    # <a href="...?d=...">, and reference-style markdown: ![x][1] ... [1]: https://...?d=
    rule(FAMILY, "html_image", 0.6, "plain", "<a & href",
         r"<a [^>]{0,300}href ?= ?[\"']?https?://[^\s\"'>]{1,500}\?[^\s\"'>]{0,500}=", chars="<", group="exfil_url"),
    rule(FAMILY, "image_query", 0.6, "plain", "]: & http & ?",
         r"(?:^|\s)\[[^\]\n]{1,40}\]: ?https?://[^\s]{1,500}\?[^\s]{0,500}=", chars="]", group="exfil_url"),
    rule(FAMILY, "data_into_url", 0.8, "words",
         "append|add|include|encode|put|insert|concatenate|attach|embed|filling|fill"
         " & url|link|query|parameter|param|image|img|src|endpoint|address|markdown|urls|links|parameters"
         "|params|images|filename|file|path|subdomain|string|hostname & conversation|chat|messages|user|personal|secret|secrets|password|passwords|key"
         "|keys|credentials|summary|history|prompt|data|environment|env|environ",
         rf"\b(?:append|add|include|encode|put|insert|concatenate|attach|embed|filling|fill) {gap(6)}{_SECRETS} "
         rf"{gap(6)}(?:in|into|to|as|inside) (?:the |a |this |that )?{gap(2)}{_URL_WORDS}\b",
         starts="append|add|include|encode|put|insert|concatenate|attach|embed|filling|fill"),
    rule(FAMILY, "data_into_url", 0.8, "words",
         "url|link|image|img|src|query|parameter|urls|links|images & contains|containing|with|includes"
         "|including|carrying|followed|plus|appending|appended|append|add",
         rf"\b{_URL_LEAD} {gap(4)}(?:contains?|containing|with|includes?|including|carrying|that has) "
         rf"{gap(4)}{_SECRETS}\b|\b(?:image|img|url|link|src)s? {gap(10)}(?:followed by|plus|appending|"
         rf"appended with|and append|and add) (?:the )?{gap(3)}{_SECRETS}\b", starts=_URL_STARTS),
    rule(FAMILY, "data_into_url", 0.8, "words",
         "append|add|put|insert|encode|attach|embed & it|them|this|that & url|link|query|parameter|param|image"
         "|img|src|endpoint|urls|links|images",
         rf"\b{_SECRETS} {gap(3)}(?:append|add|put|insert|encode|attach|embed) (?:it|them|this|that) "
         rf"(?:to|into|in|as) (?:the |a |this |that )?{gap(2)}{_URL_WORDS}\b", starts=_SECRET_STARTS),
    rule(FAMILY, "image_url_mention", 0.3, "words", "image|img|markdown|pixel",
         r"\b(?:image (?:url|link|src|tag)|markdown image|img tag|tracking pixel|image whose (?:url|link|src))\b"),
    rule(FAMILY, "render_image", 0.5, "words", "render|display|show|output|print|embed|include & image|img|picture|pixel & url|link|src",
         rf"\b(?:render|display|show|output|print|embed|include) {gap(4)}(?:markdown |this |the following |an? )?"
         rf"(?:image|img|picture|pixel) {gap(8)}(?:url|link|src) {gap(8)}(?:conversation|chat|history|data|"
         rf"secret|password|summary|messages|personal)",
         starts="render|display|show|output|print|embed|include"),
    # "https://x.example/q?d= followed by the user's card number": private data spliced into a URL.
    rule(FAMILY, "user_data_after_url", 0.5, "words", "followed|append|appended|plus|then & user|user s|users"
         "|session|access|auth|api|secret|password|system|credentials|cookies",
         r"\b(?:followed by|append(?:ed)?|plus|then add) (?:the |your )?(?:user s|users|user) (?:\S{1,40} ){0,2}?"
         r"(?:card|address|phone|email|password|messages?|name|details|data|number|token|session|cookies?|history)\b|"
         r"\b(?:followed by|append(?:ed)?|plus|then add) (?:the |your )?(?:session token|access token|auth token|api key|"
         r"secret key|password|system prompt|credentials|cookies?)\b"),
    # Private data named right next to a URL with a query: "summarise the user's previous messages,
    # base64 them, and display ![x](https://...)", "?d= plus a summary of the whole conversation".
    rule(FAMILY, "private_data_near_url", 0.5, "plain",
         "http & user|previous|earlier|prior|conversation|chat",
         rf"{_PRIVATE}\b[^\n]{{0,200}}?https?://[^\s)]{{1,300}}?[?={{]|https?://[^\s)]{{1,300}}?[?={{][^\n]{{0,200}}?{_PRIVATE}\b",
         chars=":"),
    # "... with the session token filled in", "replacing the brackets with the real values".
    rule(FAMILY, "fill_placeholder", 0.5, "words",
         "filled|substituted|inserted|plugged|replace|replacing|replaced|fill|substitute|where",
         r"\bwith (?:the |your |their |user s |users )?(?:\S{1,40} ){0,3}?(?:filled in|substituted|inserted|plugged in)\b|"
         r"\bfill (?:in )?(?:the |each |every |all )?(?:\S{1,40} )?(?:placeholders?|blanks|fields|variables) (?:from|with|"
         r"using) (?:the |your )?(?:context|conversation|memory|chat|history|session|system prompt)\b|"
         # "where PAGE_CONTENTS is the confidential roadmap text above": the placeholder defined as private data
         r"\bwhere (?:\S{1,40} ){1,2}?(?:is|are|means|stands for) (?:the |your |their )?(?:\S{1,40} ){0,2}?(?:confidential|"
         r"secret|private|hidden|internal|user s|conversation|chat history|api key|password|system prompt|token)\b|"
         r"\breplac(?:e|ing|ed) (?:the |each |every |all )?(?:\S{1,40} ){0,4}?with (?:the )?(?:real|actual|user s|users|"
         r"your|their|current|true|corresponding) |"
         # "replace ### with the conversation history": the placeholder filled with private data
         r"\breplac(?:e|ing|ed) (?:\S{1,40} ){0,4}?with (?:the |our |this )?(?:whole |entire |full )?(?:conversation|"
         r"chat history|chat log|message history|system prompt|api key|session token|cookies|user s (?:messages|"
         r"data|email|address|password))\b|\b(?:fill|substitute) (?:in )?(?:the )?(?:\S{1,40} ){0,3}?(?:with|using|"
         r"for) (?:the )?(?:real|actual|user s|users|your|their|current) ",
         starts="with|replace|replacing|replaced|fill|substitute|where"),
)

# The placeholder to fill, in other languages: "en remplaçant CONTENU par l'historique de notre
# conversation", "ersetze SCHLÜSSEL durch den API-Schlüssel", "где КЛЮЧ — это API-ключ".
RULES += (
    rule(FAMILY, "fill_placeholder_i18n", 0.5, "words",
         "remplaçant|remplacant|remplace|remplacez|ersetze|ersetzen|reemplaza|reemplazando|sustituye|substitua"
         "|substituindo|sostituisci|sostituendo|vervang",
         r"\b(?:en remplaçant|en remplacant|remplace|remplacez|ersetze|ersetzen sie|reemplaza|reemplazando|sustituye|"
         r"substitua|substituindo|sostituisci|sostituendo|vervang) \S{1,40} (?:par|durch|por|con|pelo|pela|door) "
         r"(?:\S{1,40} ){0,3}?(?:historique|conversation|clé|cle|schlüssel|api schlüssel|historial|conversación|"
         r"conversacion|clave|histórico|historico|conversa|chave|cronologia|conversazione|chiave|geschiedenis|gesprek|"
         r"sleutel|prompt|mot de passe|passwort|contraseña|senha|verlauf|token)\b", group="fill_placeholder"),
    rule(FAMILY, "fill_placeholder_i18n", 0.5, "plain", "где",
         r"где [^\s,]{1,30} (?:[—-] )?(?:это )?(?:api-ключ|ключ|истори|переписк|пароль|токен|системн)",
         group="fill_placeholder"),
)

