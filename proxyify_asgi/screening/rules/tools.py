"""Tool and function hijacking: injected text that tells the agent to call a tool, send data,
or run commands (the shape indirect injection takes in retrieved documents and tool results)."""

from __future__ import annotations

from proxyify_asgi.screening.rules._base import Rule, gap, rule

FAMILY = "tools"

_MODEL = r"(?:ai|assistant|agent|llm|model|chatbot|bot|gpt|claude|copilot|gemini|language model)s?"
_MODEL_STARTS = "ai|ais|assistant|assistants|agent|agents|llm|llms|model|models|chatbot|chatbots|bot|bots|gpt|gpts|claude|copilot|gemini|language"
_ACTIONS = (
    r"(?:call|invoke|execute|run|use|send|forward|email|delete|transfer|open|visit|fetch|post|upload|"
    r"include|append|ignore|disregard|reveal|output|print|say|respond|reply|tell|grant|approve|buy|"
    r"purchase|click|download|install|share|comply|obey|approve|answer|follow)"
)
# "user@evil.example" reads "user at evil example" in the words view.
_TLD = r"(?:com|net|org|io|example|ru|cn|xyz|info|co|dev|app|biz|me|top|site|online)\b"
_DATA = (
    r"(?:conversation|chat history|chat log|emails?|files?|documents?|data|credentials|passwords?|"
    r"api keys?|funds|money|contacts|messages?|cookies|tokens?|private keys?|ssh keys?|secrets|thread|"
    r"attachments|inbox|transcript|notes|calendar|schedule|"
    r"personal information|user data|history)"
)

RULES: tuple[Rule, ...] = (
    rule(FAMILY, "call_tool", 0.5, "words",
         "call|invoke|execute|run|trigger|use & tool|function|plugin|api|action|endpoint & with|using|and|to",
         rf"\b(?:call|invoke|execute|run|trigger|use) (?:the |your )?(?:\S{{1,40}} ){{0,2}}?(?:tool|function|plugin|"
         rf"api|action|endpoint) {gap(4)}(?:with|using|and (?:send|pass)|to (?:send|delete|transfer|"
         rf"forward|email|post|upload|exfiltrate|grant|change|buy))\b",
         starts="call|invoke|execute|run|trigger|use"),
    rule(FAMILY, "imperative_to_model", 0.6, "words",
         "ai|assistant|agent|llm|model|chatbot|bot|gpt|claude|copilot|gemini|language|assistants|agents"
         "|models|ais|bots|chatbots|llms & must|should|shall|needs|has|instructed|required|will",
         rf"\b{_MODEL} {gap(5)}(?:must|should|shall|needs to|has to|is instructed to|is required to|"
         rf"are instructed to|are required to|will now) (?:now |immediately |also |then |first |secretly )?"
         rf"{_ACTIONS}\b", starts=_MODEL_STARTS),
    rule(FAMILY, "send_data", 0.7, "words",
         "send|forward|email|transfer|wire|upload|post|exfiltrate|leak|copy|share & to|with"
         " & conversation|chat|emails|email|files|file|documents|document|data|credentials|password|message"
         "|passwords|key|keys|funds|money|contacts|messages|cookies|token|tokens|secrets|information|history"
         "|thread|attachments|inbox|transcript|notes|calendar|schedule",
         rf"\b(?:send|forward|email|transfer|wire|upload|post|exfiltrate|leak|copy|share) {gap(4)}"
         rf"(?:all |every |the |my |your |user s |users |this |these |those |their )?{_DATA} {gap(4)}"
         rf"(?:to|with) (?:(?:\S{{1,40}} ){{0,2}}?\S{{1,40}} at \S{{1,40}} {_TLD}|(?:the )?(?:\S{{1,40}} )?(?:at )?https?|the following|this "
         rf"(?:address|url|email|endpoint|server|webhook)|attacker|evil|me at|an external)",
         starts="send|forward|email|transfer|wire|upload|post|exfiltrate|leak|copy|share"),
    rule(FAMILY, "tool_call_json", 0.6, "plain", "function_call|tool_calls|tool_call|\"arguments\"",
         r"\"(?:function_call|tool_calls|tool_call)\" ?:|\"name\" ?: ?\"[^\"]{1,64}\" ?, ?\"arguments\" ?:",
         chars="\""),
    rule(FAMILY, "shell_payload", 0.5, "plain",
         "rm -rf|curl|wget|/etc/passwd|/etc/shadow|nc -e|base64 -d|chmod|mkfs|dd if=",
         r"rm -rf /(?:\s|$|\*)|(?:curl|wget) [^|\n]{0,200}\| ?(?:ba|z)?sh\b|/etc/(?:passwd|shadow)|"
         r"\bnc -e\b|base64 -d[^|\n]{0,50}\| ?(?:ba)?sh\b|chmod (?:-r )?777 /|\bmkfs\.|\bdd if=/dev/",
         chars="/|-"),
    rule(FAMILY, "when_you_read", 0.6, "words", "when|if|once|after|while|as|reading|processing|summarizing|parsing"
         " & read|reads|see|sees|process|processes|summarize|summarizes|encounter|parse|receive|reading"
         "|processing|summarizing|parsing & this|these|following",
         rf"\b(?:while|when|after|before) (?:reading|processing|summarizing|parsing|reviewing|analyzing) "
         rf"(?:this|these|the following)\b|"
         rf"\b(?:when|if|once|after|while|as) (?:you|the {_MODEL}|an? {_MODEL}) {gap(2)}(?:read|reads|see|sees|process|"
         rf"processes|summarize|summarizes|encounter|parse|receive|is reading|are reading) "
         rf"(?:this|these|the following)\b|\b{_MODEL} (?:reading|processing|summarizing|parsing) this\b",
         starts="while|when|after|before|if|once|as|" + _MODEL_STARTS),
    rule(FAMILY, "dangerous_function", 0.5, "plain",
         "send_|delete_|transfer_|grant_|create_admin|drop_|wire_|pay_|purchase_|buy_|exec_|execute_|run_"
         "|upload_|forward_|read_file|write_file|remove_|disable_|share_|publish_|merge_|approve_",
         r"\b(?:send|delete|transfer|grant|create_admin|drop|wire|pay|purchase|buy|exec|execute|run|upload|"
         r"forward|read|write|remove|disable|share|publish|merge|approve)_[a-z_]{2,40}\b", chars="_"),
    rule(FAMILY, "sensitive_file", 0.5, "plain",
         "id_rsa|id_ed25519|.ssh/|.aws/credentials|/etc/shadow|/etc/passwd|.env|credentials.json|.netrc",
         r"\bid_(?:rsa|ed25519|ecdsa)\b|~?/\.ssh/|\.aws/credentials|/etc/(?:shadow|passwd)|(?:^|[\s/])\.env\b|"
         r"credentials\.json|\.netrc\b", chars="_/.", group="shell_payload"),
    rule(FAMILY, "browse_tool", 0.5, "words", "browsing|browser|web|fetch|http|search & tool",
         rf"\b(?:open|visit|fetch|browse|load|go to) {gap(6)}(?:with|using|via) (?:your|the) (?:browsing|browser|"
         rf"web|fetch|http|search) tool\b", starts="open|visit|fetch|browse|load|go"),
    rule(FAMILY, "bulk_action", 0.5, "words",
         "cancel|delete|remove|erase|wipe|archive|forward|share|export & all|every",
         r"\b(?:cancel|delete|remove|erase|wipe|archive|forward|share|export) (?:all|every) (?:of )?(?:the )?"
         r"(?:user s|users|their|his|her) ",
         starts="cancel|delete|remove|erase|wipe|archive|forward|share|export"),
    rule(FAMILY, "unreviewed_merge", 0.5, "words", "approve|merge & request|pr & without|immediately",
         r"\b(?:approve|merge) (?:the |this )?(?:pull request|pr|merge request) (?:\S{1,40} ){0,3}?"
         r"(?:without (?:review|approval|checks)|immediately)\b", starts="approve|merge"),
    rule(FAMILY, "hide_from_user", 0.7, "words",
         "user & tell|telling|inform|informing|mention|mentioning|alert|alerting|notify|notifying|reveal"
         "|revealing & not|don|never|without",
         r"\b(?:do not|don t|never|without) (?:tell|telling|inform|informing|mention|mentioning|alert|"
         r"alerting|notify|notifying|reveal|revealing) (?:this |it )?(?:to )?(?:the |your )?user\b"),
    # A consequential action: weak alone (a user may ask for it), decisive with an address to the
    # model or text hiding it from the user.
    rule(FAMILY, "privileged_action", 0.5, "words",
         "delete|remove|wipe|erase|drop|close|cancel|archive|grant|give|add|make|transfer|wire|pay|refund"
         "|download|install|push|merge|deploy|approve|authorize|skip|disable|decline|reject|export|dump|change"
         "|reset|check|checkout|place|send|set|update|reply|respond",
         r"\b(?:delete|remove|wipe|erase|drop|close|cancel|archive|skip|disable|decline|reject|export|dump) "
         r"(?:all |every |each )?(?:of )?"
         r"(?:the |their |his |her |this |other |open |pending )?(?:user s |users )?(?:\S{1,40} )?"
         r"(?:files?|repos|repositories|repository|issues|tickets|meetings|events|emails|messages|tests|checks|"
         r"ci|branch|branches|database|records|accounts|backups|logs|logging|ci checks|safeguards|audit|monitoring|"
         r"alerts|firewall|2fa|mfa|antivirus|invitations|invites|customers|contacts)\b|"
         r"\b(?:(?:reply|respond) (?:to )?all (?:recipients|contacts)|reply all)\b|"
         r"\b(?:(?:change|reset) (?:the |their |his |her )?(?:user s |users )?|(?:set|update) (?:the )?(?:user s |users |their )"
         r"(?:account )?)(?:password|email|email address|recovery email|phone number|"
         r"2fa|mfa|security settings)\b|"
         r"\b(?:check out|checkout (?:now|immediately|the (?:cart|order))|place (?:an|the) order|add (?:\S{1,40} ){0,4}?to (?:the |their )?(?:user s )?cart)\b|"
         r"\b(?:grant|give|add|make) (?:\S{1,40} ){0,4}?(?:as )?(?:an? )?(?:admin|administrator|owner|collaborator|root|"
         r"superuser|full access|admin rights|admin access|permissions|maintainer)\b|"
         r"\b(?:transfer|wire|pay|refund|send) (?:\S{1,40} ){0,3}?(?:money|funds|payment|amount|usd|eur|dollars|\d{2,12}|"
         r"s\d{1,12}|to (?:the |this |a )?(?:wallet|account|iban|bank account|crypto address))|"
         r"\bdownload and (?:run|execute|install|open)\b|\b(?:install|run|execute) (?:the |this )?"
         r"(?:installer|setup|payload|binary|script) (?:at|from)\b|"
         r"\b(?:push|merge|deploy) (?:\S{1,40} ){0,3}?(?:to|into) (?:main|master|production|prod)\b|"
         r"\bforce push\b|\b(?:approve|authorize|accept) (?:all|every|each) (?:\S{1,40} )?(?:pending |open )?\S{1,40}|"
         r"\badd (?:\S{1,40} ){0,3}?(?:ssh key|ssh keys|public key) (?:\S{1,40} ){0,4}?(?:authorized keys|server|"
         r"account)\b|\bauthorized keys\b"),
    rule(FAMILY, "hide_from_user", 0.7, "words", "mention|tell|telling|asking|informing|notifying & it|this|user|them",
         r"\b(?:do not|don t|never) (?:mention|tell|reveal) (?:it|this|that|them)(?: to anyone)?\b|"
         r"\bwithout (?:telling|asking|informing|notifying|alerting) (?:the |your )?(?:user|anyone|them)\b"),
    rule(FAMILY, "authorized_claim", 0.4, "words", "authorized|permitted|allowed|entitled|approved|sanctioned",
         r"\b(?:you are|agents are|assistants are|models are|the (?:ai|agent|assistant|model) is) (?:hereby |now |fully )?"
         r"(?:authorized|permitted|allowed|entitled) to\b|\b(?:authorized|approved|sanctioned|permitted) by (?:your|the) "
         r"(?:developers|creators|makers|admins|administrators|operators|safety team|openai|anthropic)\b"),
    # Text that steers the user to a login page or to hand over credentials.
    rule(FAMILY, "user_redirect", 0.6, "words", "user|users & visit|click|open|log|enter|type|provide|call|go",
         rf"\b(?:tell|ask|instruct|direct|urge|advise) the users? to (?:visit|go to|click|open|log ?in|enter|type|"
         rf"provide|call|confirm) {gap(8)}(?:password|passwords|credentials|login|card|http|https|www)\b"),
)
