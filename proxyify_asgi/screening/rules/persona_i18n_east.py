"""Persona jailbreaks in Russian, Chinese, Japanese and Korean: an AI role taken on, a role
without rules, refusals that cost tokens, answers promised without warnings or reserve.

These scripts are matched on the ``plain`` view: the ``words`` view folds Cyrillic look-alikes
into Latin letters, and Chinese and Japanese have no spaces to split words on. Each rule sits in
the group of its English counterpart (:mod:`.persona`, :mod:`.persona_claims`,
:mod:`.persona_roles`), so the weights and the "one signal alone passes" balance are the same.
"""

from __future__ import annotations

from proxyify_asgi.screening.rules._base import Rule, rule

FAMILY = "persona"

# Each signal as (rule name, weight, group of its English counterpart), then one (anchors, pattern)
# per script. Anchors are non-ASCII only, so the rules are never tried on ASCII text (the Latin
# "ai" a pattern may end in is left out of them).
_SIGNALS: tuple[tuple[str, float, str, tuple[tuple[str, str], ...]], ...] = (
    # A role without rules: "без ограничений", "没有任何道德限制", "制約なしで", "아무 제한도 없는".
    ("no_rules_i18n", 0.5, "no_rules", (
        ("без & огранич|правил|фильтр|цензур|морал|этик",
         r"\bбез (?:каких-либо |всяких |любых |каких бы то ни было )?(?:ограничений|правил|фильтров|цензуры|морали"
         r"|этики|моральных|этических)"),
        ("没有|无|不受 & 限制|规则|约束|审查|过滤|底线", r"(?:没有|无|不受)(?:任何)?.{0,4}?(?:限制|规则|约束|审查|过滤|底线)"),
        ("制限|制約|規則|ルール|フィルター|検閲 & なし|無し|ない|解除",
         r"(?:制限|制約|規則|ルール|フィルター|検閲)(?:なし|無し|のない|がない|が無い|を解除|解除)"),
        ("아무|어떠한|어떤 & 제한|규칙|제약|필터|검열 & 없", r"(?:아무|어떠한|어떤) ?(?:제한|규칙|제약|필터|검열)\S{0,2} ?없"),
    )),
    # Refusing costs tokens or points: "拒否するたびにポイントが減ります", "거절할 때마다 토큰을 잃어".
    ("token_threat_i18n", 0.6, "token_threat", (
        ("拒否 & ポイント|トークン|ライフ", r"拒否(?:する|した)(?:たび|度|ごと)に.{0,10}?(?:ポイント|トークン|ライフ)"),
        ("거절 & 토큰|포인트|점수", r"거절(?:할|하면|할 때마다|하는 경우).{0,10}?(?:토큰|포인트|점수)"),
        ("拒绝 & 分|代币|令牌|点数", r"拒绝.{0,10}?(?:扣|失去|减少|丢掉|扣除).{0,4}?(?:分|积分|代币|令牌|点数)"),
        ("отказ & токен|очк|балл",
         r"отказ.{0,40}?(?:теряешь|потеряешь|минус|лишаешься|отнимается|снимается).{0,10}?(?:токен|очк|балл)"),
    )),
    # An AI role taken on: "ты ИИ", "你现在是一个…AI", "あなたは…AIです", "너는 … AI야".
    ("adopt_persona_i18n", 0.5, "adopt_persona", (
        ("ты & ии|искусственный|ассистент|бот|нейросеть",
         r"\bты (?:\w{1,20} ){0,3}?(?:ии|искусственный интеллект|ассистент|бот|чат-бот|нейросеть)\b"),
        ("你", r"你(?:现在)?是.{0,12}?(?:ai|人工智能|助手|机器人|模型)"),
        ("あなた", r"あなたは.{0,12}?(?:ai|アシスタント|人工知能|ボット|モデル)"),
        ("너는|당신은", r"(?:너는|당신은).{0,12}?(?:ai|인공지능|어시스턴트|챗봇|봇)"),
    )),
    # Answers without warnings or reserve: "без предупреждений", "毫无保留地回答".
    ("never_refuse_i18n", 0.6, "never_refuse", (
        ("без & предупрежден|отказ", r"\bбез (?:каких-либо |всяких |любых )?(?:предупреждений|отказов)"),
    )),
    ("unfiltered_output_i18n", 0.5, "unfiltered_output", (
        ("毫无保留|毫无顾忌|不加过滤|不受审查", r"毫无保留|毫无顾忌|不加过滤|不受审查"),
    )),
)

RULES: tuple[Rule, ...] = tuple(
    rule(FAMILY, name, weight, "plain", anchors, pattern, group=group)
    for name, weight, group, shapes in _SIGNALS
    for anchors, pattern in shapes
)
