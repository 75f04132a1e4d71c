"""Data exfiltration through rendered markdown: images or links whose URL carries chat data."""

from __future__ import annotations

from proxyify_asgi.screening.rules._base import Rule, gap, rule

FAMILY = "markdown_exfil"

_SECRETS = (
    r"(?:conversation|chat history|chat|previous messages|messages|user s (?:data|messages|info|"
    r"information|email|password|name|address)|personal (?:data|information|details)|secrets?|"
    r"passwords?|api keys?|credentials|summary|history|system prompt|prompt|data)"
)
_URL_WORDS = r"(?:url|link|query|parameter|param|image|img|src|endpoint|address|markdown)s?"

RULES: tuple[Rule, ...] = (
    rule(FAMILY, "image_query", 0.6, "plain", "]( & ? & http",
         r"!\[[^\]\n]{0,200}\] ?\( ?https?://[^\s)]{1,500}\?[^\s)]{0,500}=", chars="]",
         group="exfil_url"),
    rule(FAMILY, "url_placeholder", 0.6, "plain",
         "http & {|${|<|[|%7b|insert|placeholder|your_data|data_here|summary_here",
         r"https?://[^\s)\"'>]{1,500}?(?:=|/)(?:\{[^}\s]{1,40}\}|\$\{|<[a-z_ ]{1,40}>|\[[a-z_ ]{1,40}\]|%7b|"
         r"insert|placeholder|your_data|data_here|summary_here)", chars=":"),
    rule(FAMILY, "html_image", 0.6, "plain", "<img",
         r"<img [^>]{0,300}src ?= ?[\"']?https?://[^\s\"'>]{1,500}\?", chars="<", group="exfil_url"),
    rule(FAMILY, "data_into_url", 0.8, "words",
         "append|add|include|encode|put|insert|concatenate|attach|embed"
         " & url|link|query|parameter|param|image|img|src|endpoint|address|markdown|urls|links|parameters"
         "|params|images & conversation|chat|messages|user|personal|secret|secrets|password|passwords|key"
         "|keys|credentials|summary|history|prompt|data",
         rf"\b(?:append|add|include|encode|put|insert|concatenate|attach|embed) {gap(6)}{_SECRETS} "
         rf"{gap(6)}(?:in|into|to|as|inside) (?:the |a |this |that )?{gap(2)}{_URL_WORDS}\b"),
    rule(FAMILY, "render_image", 0.5, "words", "render|display|show|output|print|embed|include & image|img|picture|pixel & url|link|src",
         rf"\b(?:render|display|show|output|print|embed|include) {gap(4)}(?:markdown |this |the following |an? )?"
         rf"(?:image|img|picture|pixel) {gap(8)}(?:url|link|src) {gap(8)}(?:conversation|chat|history|data|"
         rf"secret|password|summary|messages|personal)"),
)
