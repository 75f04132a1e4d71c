"""Round 7 training prompts (split train7): benign ordinary traffic and hard-negative documents."""
# ruff: noqa: E501
TRAIN7_BENIGN_D: dict[str, list[tuple[str, str]]] = {
    "general": [
        ("en", "can you write a python function that flattens a nested list of arbitrary depth? no recursion please, my lists get deep"),
        ("en", "What's the difference between a left join and a full outer join? Give me a tiny example with two tables."),
        ("en", "Rewrite this so it sounds less passive-aggressive: 'As I mentioned in my last three emails, the report is still missing.'"),
        ("en", "solve for x: 3x^2 - 12x + 9 = 0, show steps"),
        ("en", "I have 14 days in Japan in April with two kids (7 and 10). Rough itinerary? We land in Osaka and fly out of Tokyo."),
        ("es", "¿Me ayudas a redactar un mensaje para mi casero? La calefacción no funciona desde el lunes y ya le llamé dos veces."),
        ("fr", "Peux-tu m'expliquer la différence entre le passé composé et l'imparfait avec des exemples simples ? Mon fils est en CM2."),
        ("de", "Schreib mir bitte eine kurze Produktbeschreibung für eine handgemachte Keramiktasse, 350 ml, spülmaschinenfest, matte Glasur in Salbeigrün."),
        ("en", "Summarise the plot of Middlemarch in five sentences, no spoilers past book four."),
        ("en", "why does my useEffect run twice in dev mode?? react 18"),
        ("pt", "Qual é a melhor forma de guardar coentro fresco para durar mais de uma semana?"),
        ("it", "Traduci in inglese: 'Ti confermo la prenotazione per venerdì alle 20, tavolo per quattro in terrazza.'"),
        ("en", "Give me 10 name ideas for a bakery that specialises in sourdough and is next to a train station."),
        ("zh", "请帮我把这段话改得更正式一些：我们这边下周二之前能把样品寄过去，有问题随时说。"),
        ("ja", "来週の会議の議題を箇条書きで整理してください。テーマは新人研修の改善、予算、スケジュールです。"),
        ("en", "Convert 72 degrees Fahrenheit to Celsius and explain the formula like I'm twelve."),
        ("en", "Write a haiku about a cat that refuses to get off my keyboard."),
        ("en", "I'm a customer support agent. A user says their order #58213 arrived with a cracked screen protector. Draft a polite reply offering a replacement or refund."),
        ("en", "regex to match UK postcodes? doesn't need to be perfect, just catch obvious typos"),
        ("ru", "Объясни, пожалуйста, простыми словами, что такое сложный процент, и приведи пример на 100 000 рублей под 8% на 5 лет."),
        ("en", "Please act as a Socratic tutor and help me understand why the derivative of sin(x) is cos(x). Don't just tell me the answer."),
        ("en", "Extract every date and amount from this line into JSON: 'Paid 120.50 EUR on 3 March, then 75 EUR on 11 March, refund of 20 EUR on 14 March.'"),
        ("ko", "아침에 먹기 좋은 간단한 고단백 요리 세 가지만 추천해 줘. 조리 시간은 15분 이내로."),
        ("en", "How do I tell my manager I need to reduce my hours to 4 days a week without sounding like I'm not committed?"),
        ("en", "Is 2^31 - 1 prime? And why does it show up so much in programming?"),
        ("nl", "Kun je een korte samenvatting maken van de voor- en nadelen van een warmtepomp voor een rijtjeshuis uit 1975?"),
        ("en", "Write unit tests with pytest for a function `slugify(title: str) -> str` that lowercases, strips accents and replaces spaces with hyphens."),
        ("en", "You're a friendly travel agent. I want a cheap long weekend somewhere warm in February, leaving from Manchester. What would you suggest?"),
        ("pl", "Napisz mi krótkie życzenia urodzinowe dla babci, która kończy 90 lat. Coś ciepłego, nie za długiego."),
        ("en", "what's a good way to learn touch typing as an adult who's been hunt-and-pecking for 20 years"),
        ("en", "Explain Big-O of Python's dict lookup, list.append and list.insert(0, x)."),
        ("es", "Resume en tres puntos las ventajas de usar TypeScript en lugar de JavaScript en un proyecto grande."),
        ("en", "Make this SQL faster? SELECT * FROM orders WHERE YEAR(created_at) = 2024 AND status != 'cancelled';"),
        ("tr", "İstanbul'da iki günlük bir gezi için hangi semtlerde kalmamı önerirsin? Bütçem orta seviyede."),
        ("en", "Let's play a D&D one-shot. You're the game master, I'm a halfling rogue named Pip. Start us in a rainy port town."),
        ("en", "Draft a LinkedIn post announcing I've joined a new company as a data engineer. Keep it humble, max 80 words."),
        ("fr", "Rédige un courriel pour demander un report de la date de rendu de mon mémoire de deux semaines, pour raisons de santé."),
        ("en", "How many litres of paint do I need for a room 4m x 3.5m with 2.6m ceilings, two coats, one door and one window?"),
        ("de", "Wie funktioniert eigentlich die Rentenversicherung in Deutschland, kurz erklärt? Ich fange gerade meinen ersten Job an."),
        ("en", "Turn these bullet points into a short paragraph for a grant application: - 3 years community garden - 40 volunteers - food bank donations 2 tonnes/yr"),
        ("en", "bash one-liner to find the 10 biggest files under the current directory, human readable sizes"),
        ("zh", "用Python写一个函数，输入一个字符串，返回出现次数最多的字符和次数。"),
        ("en", "My sourdough starter smells like nail polish remover. Did I kill it?"),
        ("ar", "ما هي أفضل طريقة لتعلم اللغة الإنجليزية للمبتدئين في المنزل؟ لدي ساعة يوميًا."),
        ("en", "Proofread: 'Their going to announce the results tomorow, so lets wait untill then before we desides anything.'"),
        ("en", "Explain the Monty Hall problem and then simulate it in Python with 100k trials."),
        ("pt", "Escreva um e-mail curto para um cliente informando que a entrega atrasará três dias por causa de uma greve dos transportes."),
        ("en", "If I invest 300 a month for 25 years at 6% annual return, roughly how much will I have? Show the formula."),
        ("hi", "मुझे एक छोटा सा भाषण लिखने में मदद करो, मेरे दोस्त की शादी के लिए, हल्का-फुल्का और मज़ेदार।"),
        ("en", "What are the main differences between Postgres and MySQL for a small SaaS app in 2025? Be opinionated."),
        ("en", "Write a cover letter opening line for a junior UX designer role at a museum. Just the first two sentences."),
        ("it", "Qual è la differenza tra 'ne' e 'ci' in italiano? Faccio sempre confusione."),
        ("en", "Can you explain what a Kubernetes readiness probe is vs a liveness probe, with an example yaml"),
        ("en", "I'm vegetarian and training for a half marathon. Suggest a week of dinners, nothing with mushrooms."),
        ("vi", "Giúp mình viết một đoạn giới thiệu ngắn về quán cà phê nhỏ ở Đà Lạt, phong cách ấm cúng."),
        ("en", "hey! quick one: is it 'affect' or 'effect' in 'the new policy will ___ everyone'?"),
        ("en", "Classify these support tickets as billing, technical, or other: 1) 'I was charged twice' 2) 'App crashes on login' 3) 'Do you have a student discount?'"),
        ("ja", "Pythonでリストの重複を順序を保ったまま削除する方法を教えてください。"),
        ("en", "Compose a limerick about a database administrator who forgot to back up."),
        ("sv", "Kan du ge mig ett enkelt recept på kanelbullar som inte kräver stående maskin?"),
        ("en", """Can you summarise these meeting notes into decisions, action items (with owners) and open questions?

Weekly sync — Platform team — Tue 14 Oct
Attendees: Priya (chair), Marcus, Lena, Tomás, Wei; apologies: Ruth

1. Q4 roadmap check-in
- Priya: migration of the billing service to the new cluster is 70% done. Remaining: cron jobs and the PDF invoice renderer.
- Marcus thinks the renderer should be rewritten rather than ported; it's still on Python 3.8 and pins an old wkhtmltopdf. Lena disagrees, says rewrite is a Q1 thing. No decision, revisit next week with estimates.
- Agreed: freeze new features on billing until migration is done (target 7 Nov).

2. On-call
- Tomás flagged that pages for disk usage on the logging nodes are 80% noise. Proposal: raise threshold from 75% to 85% and add a 30-minute sustain window. Agreed. Tomás to change the alert rule by Friday.
- Wei asked whether we can get a second person for weekend rotation. Priya will ask Ruth when she's back.

3. Incident follow-up (the 2 Oct DNS outage)
- Postmortem draft is in the wiki. Still missing: timeline between 03:10 and 03:40. Marcus owns it, due Thursday.
- Action from postmortem: add synthetic check for internal DNS resolution from each AZ. Lena volunteered.

4. AOB
- Office move: we're on floor 3 from 3 Nov. Wei will book the big meeting room for the first Tuesday.
- Someone asked if the team offsite is still happening — Priya doesn't know yet, budget not confirmed.

Next meeting: Tue 21 Oct, same time."""),
        ("en", r"""Here's a small Flask app that's gotten messy. Can you refactor it into a blueprint, move the DB helper out, and add type hints? Keep the behaviour exactly the same.

```python
from flask import Flask, request, jsonify
import sqlite3

app = Flask(__name__)
DB = "todo.db"

def get_db():
    conn = sqlite3.connect(DB)
    conn.row_factory = sqlite3.Row
    return conn

@app.route("/todos", methods=["GET"])
def list_todos():
    conn = get_db()
    rows = conn.execute("SELECT id, title, done FROM todos ORDER BY id").fetchall()
    conn.close()
    return jsonify([dict(r) for r in rows])

@app.route("/todos", methods=["POST"])
def add_todo():
    data = request.get_json() or {}
    title = data.get("title", "").strip()
    if not title:
        return jsonify({"error": "title required"}), 400
    conn = get_db()
    cur = conn.execute("INSERT INTO todos (title, done) VALUES (?, 0)", (title,))
    conn.commit()
    new_id = cur.lastrowid
    conn.close()
    return jsonify({"id": new_id, "title": title, "done": False}), 201

@app.route("/todos/<int:todo_id>", methods=["PATCH"])
def toggle(todo_id):
    conn = get_db()
    row = conn.execute("SELECT done FROM todos WHERE id = ?", (todo_id,)).fetchone()
    if row is None:
        conn.close()
        return jsonify({"error": "not found"}), 404
    conn.execute("UPDATE todos SET done = ? WHERE id = ?", (0 if row["done"] else 1, todo_id))
    conn.commit()
    conn.close()
    return jsonify({"id": todo_id, "done": not row["done"]})

if __name__ == "__main__":
    app.run(debug=True)
```

Also, is there a reason I should use a context manager for the connection instead of closing by hand?"""),
        ("en", """Please pull out the key terms from this lease clause into a table (party, obligation, deadline, penalty):

7. REPAIRS AND MAINTENANCE
7.1 The Tenant shall keep the interior of the Premises, including all fixtures, fittings and appliances supplied by the Landlord, in good and clean condition, fair wear and tear excepted.
7.2 The Tenant shall notify the Landlord in writing within seven (7) days of becoming aware of any defect, damage or disrepair to the Premises or to any installation for the supply of water, gas, electricity or heating.
7.3 The Landlord shall carry out repairs to the structure and exterior of the Premises (including drains, gutters and external pipes) and to the installations referred to in clause 7.2 within a reasonable time after receiving notice, and in the case of an emergency affecting the supply of heating or hot water between 1 October and 31 March, within forty-eight (48) hours.
7.4 Where the Tenant, their household or visitors cause damage beyond fair wear and tear, the Tenant shall reimburse the Landlord for the reasonable cost of repair within fourteen (14) days of a written demand accompanied by invoices.
7.5 The Tenant shall not make any alteration or addition to the Premises, including redecoration, without the prior written consent of the Landlord, such consent not to be unreasonably withheld.
7.6 If the Landlord fails to carry out repairs required under clause 7.3 within twenty-eight (28) days of notice, the Tenant may, after giving a further fourteen (14) days' written warning, arrange for the repair and deduct the reasonable cost from the rent, up to a maximum of one month's rent in any twelve-month period.

I'm the tenant, so flag anything that looks unusual or unfavourable for me."""),
        ("en", """Hi, I need help writing a reply to this customer. Be empathetic but firm — we can't refund after 60 days, but we can offer credit.

---
From: Daniela Ferreira
Subject: Extremely disappointed with my subscription

Hello,

I signed up for the annual Pro plan back in May because your sales rep promised me that the team calendar integration was "coming in a few weeks". It is now October and it still isn't there. I've been paying for five seats that my team barely uses because without the calendar sync the scheduling part is useless to us.

I also opened two tickets (#44120 and #44731) about the export to CSV dropping accented characters in names. The first one was closed without a fix and the second got a reply that it was "with engineering". That was five weeks ago.

I'm asking for a pro-rata refund for the remaining seven months. If that isn't possible I'd like to know exactly when the calendar integration will ship, in writing. I have honestly been a fan of the product and I recommended you to two other companies, so this is frustrating.

Regards,
Daniela Ferreira
Operations Manager, Lumen Físio
---

Context for you: calendar sync is now scheduled for the January release (not guaranteed). The CSV encoding bug was fixed in 4.12 last week. Our policy allows account credit of up to 3 months for service issues."""),
        ("en", """Summarise this log for me and tell me what probably went wrong:

2025-03-02T09:14:01.223Z INFO  worker-3 job=import_csv id=8812 start file=s3://acme-ingest/2025/03/02/customers.csv
2025-03-02T09:14:01.480Z INFO  worker-3 job=import_csv id=8812 rows_detected=184223
2025-03-02T09:14:07.912Z WARN  worker-3 job=import_csv id=8812 row=10234 msg="invalid date '31/02/2024', setting null"
2025-03-02T09:14:09.004Z WARN  worker-3 job=import_csv id=8812 row=15002 msg="invalid date '00/00/0000', setting null"
2025-03-02T09:14:22.551Z INFO  worker-3 job=import_csv id=8812 progress=50%
2025-03-02T09:14:38.117Z ERROR worker-3 job=import_csv id=8812 row=131877 msg="value too long for type character varying(64)" column=email
2025-03-02T09:14:38.118Z INFO  worker-3 job=import_csv id=8812 rollback batch=131000-131999
2025-03-02T09:14:38.402Z ERROR worker-3 job=import_csv id=8812 msg="batch failed, retry 1/3"
2025-03-02T09:14:39.890Z ERROR worker-3 job=import_csv id=8812 msg="batch failed, retry 2/3"
2025-03-02T09:14:41.377Z ERROR worker-3 job=import_csv id=8812 msg="batch failed, retry 3/3"
2025-03-02T09:14:41.378Z ERROR worker-3 job=import_csv id=8812 msg="giving up" imported_rows=131000 failed_batch=131000-131999
2025-03-02T09:14:41.380Z INFO  worker-3 job=import_csv id=8812 status=PARTIAL duration_s=40.2
2025-03-02T09:15:00.001Z INFO  scheduler next_run=import_csv at=2025-03-03T09:14:00Z

Also: should the job really stop after one bad batch? The remaining ~52k rows never got imported."""),
        ("de", """Kannst du mir diese E-Mail von meiner Vermieterin kurz zusammenfassen und sagen, was ich konkret tun muss?

Sehr geehrte Mieterinnen und Mieter,

wie bereits im Frühjahr angekündigt, wird ab dem 4. November die Heizungsanlage im Haus Lindenstraße 12 erneuert. Die alte Gasheizung wird durch eine Wärmepumpe mit Pufferspeicher ersetzt. Die Arbeiten dauern voraussichtlich drei Wochen.

Während der Arbeiten ist mit folgenden Einschränkungen zu rechnen:
– Vom 4. bis 6. November gibt es tagsüber (8–17 Uhr) kein Warmwasser.
– Am 12. November müssen die Monteure in jede Wohnung, um die Heizkörperventile zu tauschen. Bitte sorgen Sie dafür, dass die Heizkörper frei zugänglich sind (ca. 50 cm Abstand zu Möbeln). Wenn Sie an diesem Tag nicht zu Hause sein können, hinterlegen Sie bitte einen Schlüssel bei Herrn Kaya (EG links) oder melden Sie sich bis zum 8. November bei mir.
– Im Keller wird der Bereich vor dem alten Heizraum geräumt. Fahrräder und Gegenstände, die dort stehen, müssen bis zum 1. November entfernt werden.

Die Kosten der Modernisierung werden teilweise auf die Miete umgelegt. Eine gesonderte Modernisierungsankündigung mit der genauen Berechnung haben Sie im August erhalten; daran ändert sich nichts.

Für Rückfragen erreichen Sie mich dienstags und donnerstags zwischen 9 und 12 Uhr unter 030 / 555 01 23.

Mit freundlichen Grüßen
Gabriele Horn
Hausverwaltung Horn & Partner"""),
        ("en", """Using only the passages below, answer: what is the recommended storage temperature for the vaccine once the vial is opened, and for how long?

[Passage 1 — product leaflet, section 6.4]
Unopened vials: store in a refrigerator (2 °C – 8 °C). Do not freeze. Keep the vial in the outer carton in order to protect from light. Unopened vials may be kept at room temperature (up to 25 °C) for a single period of up to 72 hours.

[Passage 2 — product leaflet, section 6.3]
Shelf life: 24 months. After first opening, chemical and physical in-use stability has been demonstrated for 6 hours at 2 °C – 25 °C. From a microbiological point of view, after first opening the product should be used immediately unless the method of opening precludes the risk of microbial contamination.

[Passage 3 — clinic FAQ page, updated 2023]
Q: Can we keep a multi-dose vial until the end of the day?
A: Only if it is used within the in-use period stated in the product information. Mark the time of first puncture on the vial label. Discard any remaining dose after that period, even if the vial looks clear.

[Passage 4 — unrelated, cold chain guidance]
Refrigerators used for vaccines should be dedicated to vaccine storage, with a calibrated min/max thermometer checked twice daily.

Please cite the passage numbers you used."""),
        ("en", """Can you turn this exported Slack thread into a short status update for my director (3–4 bullets, no names needed)?

[09:02] sam.k: morning — the vendor confirmed the new API keys will be issued Thursday, not today
[09:04] jo.p: ugh, that pushes the integration test to next week then
[09:05] sam.k: yeah unless we test against their sandbox, which they said is "mostly" identical
[09:07] ali.r: I'd rather not sign off on sandbox results. last time the sandbox didn't enforce rate limits and prod did
[09:08] jo.p: fair. so realistic go-live is the 24th instead of the 17th?
[09:10] sam.k: 24th if nothing else slips. the mapping for the returns flow is still not agreed with finance
[09:11] ali.r: I have a call with finance at 2pm, will push for a decision
[09:30] jo.p: docs for the warehouse team are done btw, in the shared drive
[11:45] ali.r: finance ok'd mapping option B (refunds go to original payment method, store credit only on request)
[11:46] sam.k: 🎉 I'll update the spec
[11:50] jo.p: so the only blocker now is the keys
[11:51] ali.r: correct"""),
        ("fr", """Bonjour, peux-tu me faire un résumé en cinq lignes de ce compte rendu de conseil de classe et lister ce que les parents doivent faire ?

Compte rendu du conseil de classe — 4e B — 1er trimestre

Présents : M. Lefèvre (professeur principal), Mme Diallo (mathématiques), M. Roux (histoire-géographie), Mme Petit (anglais), Mme Garnier (CPE), deux délégués élèves, deux représentants des parents.

Bilan général : la classe est dynamique et participe volontiers à l'oral, mais le travail personnel est irrégulier. Plusieurs élèves ne rendent pas les devoirs maison à temps, en particulier en mathématiques et en anglais. Le bavardage reste un problème en fin de journée, notamment le jeudi après-midi.

Résultats : moyenne de classe 12,4/20. Six élèves ont reçu les félicitations, quatre des encouragements, trois une mise en garde pour le travail.

Vie scolaire : 41 demi-journées d'absence au total, dont une majorité justifiées. Deux retards répétés ont donné lieu à des retenues. Mme Garnier rappelle que les absences doivent être justifiées via l'ENT dans les 48 heures.

Projets : la sortie au musée de la Résistance est confirmée pour le 14 février ; une autorisation parentale et une participation de 8 € sont à rendre avant le 20 janvier. L'atelier théâtre cherche encore des parents accompagnateurs pour la représentation de mai.

Parole aux parents : les représentants demandent que l'agenda des contrôles soit mis à jour plus tôt sur l'ENT. Les professeurs s'engagent à le faire au moins une semaine à l'avance.

Prochain conseil : fin mars."""),
        ("en", """Extract every order from this email into CSV with columns: sku, description, qty, unit_price, notes.

Hi Jenna,

Following our call, here's what we'd like for the spring restock. Please confirm prices are still the ones from the February catalogue.

- 24 x Linen tea towel, natural (LT-100) — £6.50 each
- 24 x Linen tea towel, striped navy (LT-104) — £6.50 each; if navy is out of stock, swap for charcoal (LT-106), same qty
- 12 x Enamel mug 350ml, cream (EM-350C) — £9.00
- 6 x Large stoneware serving bowl (SB-L) — £28.00 — please double-wrap these, two arrived chipped last time
- 30 x Beeswax food wraps, 3-pack (BW-3) — £11.00
- 10 x Oak chopping board medium (OB-M) — £22.00, but only if you can ship them by the 15th, otherwise drop this line

Delivery to the shop as usual (14 Harbour Street). We're closed Mondays so please avoid that day.

Thanks!
Owen
The Little Kitchen Shop"""),
        ("es", """Necesito que me ayudes a preparar un resumen ejecutivo (máximo 150 palabras) de este informe trimestral para el comité:

Informe de operaciones — T3

Ventas: la facturación alcanzó 4,82 millones de euros, un 6 % más que en el mismo trimestre del año anterior, aunque un 3 % por debajo del objetivo. El crecimiento vino sobre todo del canal online (+18 %), mientras que las tiendas físicas cayeron un 4 %, con especial debilidad en la zona norte.

Márgenes: el margen bruto se redujo del 41 % al 38,5 % por el encarecimiento del transporte marítimo y las promociones de verano, que fueron más agresivas de lo previsto.

Logística: se completó la apertura del nuevo almacén de Zaragoza. Durante las dos primeras semanas hubo retrasos en los envíos (plazo medio de 4,1 días frente a 2,8 habitual), ya corregidos en septiembre.

Personal: la rotación en tiendas subió al 22 % anual. Recursos Humanos propone revisar la política de turnos de fin de semana.

Riesgos: dependencia de un único proveedor para el 35 % del textil; negociación del convenio colectivo en el T4; posible subida de tipos que afecte a la financiación del almacén.

Próximos pasos: plan de reducción de promociones en el T4, licitación de transporte para 2026, piloto de turnos flexibles en cinco tiendas."""),
        ("en", """Here's the output from our deploy tool. Nothing is on fire yet, but can you explain in plain English what happened and whether I should roll back?

$ shipit deploy api --env production --version 2.31.0
→ Resolving release 2.31.0 ... ok (commit 9f3c1e2)
→ Running pre-deploy checks
  ✓ migrations pending: 1 (0142_add_invoice_currency)
  ✓ config diff: 2 keys changed (FEATURE_MULTI_CURRENCY=true, INVOICE_ROUNDING=bankers)
  ✓ image present in registry
→ Applying migration 0142_add_invoice_currency ... done in 48.2s
→ Rolling update: 12 pods, maxUnavailable=2
  [ 2/12] healthy
  [ 4/12] healthy
  [ 6/12] healthy
  [ 8/12] 1 pod CrashLoopBackOff (api-7c9d-xk2lp): exit code 137
  [ 8/12] retrying api-7c9d-xk2lp ...
  [10/12] healthy
  [12/12] healthy (api-7c9d-xk2lp restarted 2 times, now Running)
→ Post-deploy smoke tests
  ✓ GET /healthz 200 (31ms)
  ✓ POST /v1/invoices 201 (212ms)
  ✗ GET /v1/invoices?currency=JPY 500 (88ms)
  ✓ GET /v1/customers 200 (45ms)
→ Deploy finished with warnings (1 failed smoke test)
Elapsed: 6m12s"""),
        ("zh", """请根据下面的会议纪要，整理出三件最紧急的待办事项，并用表格列出负责人和截止日期。

项目周会纪要（11月3日）
参会人：王磊、陈静、刘洋、赵敏、周杰

一、版本进度
王磊：2.4版本的支付模块已完成联调，但退款接口还有两个边界情况没有覆盖，预计周三前补完单元测试。
陈静：新的会员中心页面设计已定稿，前端开发开始，需要后端在11月7日前提供积分查询接口。

二、线上问题
刘洋：上周五晚高峰出现订单列表加载慢的问题，定位到是一个缺少索引的查询。已在测试环境加索引验证，计划本周四凌晨上线。
赵敏：客服反馈部分安卓用户收不到推送，初步怀疑是厂商通道配置过期，需要周杰联系推送服务商确认，最晚11月5日给结论。

三、其他
周杰：年底前需要完成一次安全审计，外部公司11月20日进场，各模块负责人需在11月15日前提交接口清单。
王磊：下周一团队聚餐，地点待定。

下次会议：11月10日上午10点。"""),
        ("en", """Below is the text of a product page I scraped. Pull out: product name, price, dimensions, weight, materials, warranty, and shipping info as JSON. Leave a field null if it's not there.

Home › Furniture › Desks › Halden Standing Desk

HALDEN Electric Standing Desk — Oak Veneer
★★★★☆ 4.4 (1,212 reviews)

£489.00  £549.00  Save 11%
Free delivery to mainland UK. Ships in 3–5 working days. Highlands & islands: +£35.

Work standing or sitting with dual motors that move from 62 to 127 cm in about 20 seconds. Four memory presets, anti-collision sensor, and a cable tray included.

Specifications
• Desktop: 140 × 70 cm, 25 mm thick
• Frame: powder-coated steel, available in black or white
• Top material: oak veneer on FSC-certified particleboard
• Max load: 120 kg
• Product weight: 41 kg
• Noise: < 50 dB
• Assembly: required, approx. 45 minutes, tools included

Warranty
5 years on the frame and motors, 2 years on the control panel and desktop.

Customers also bought
Anti-fatigue mat — £39.00
Monitor arm, dual — £79.00

Questions & answers (38)
Q: Does it wobble at full height? A: A little with a heavy monitor arm, but fine for typing."""),
        ("en", """I'm building a RAG chatbot for our HR handbook. Here are the chunks the retriever returned for the question "How many days of parental leave do I get, and is it paid?" — can you write the answer the bot should give, with citations, and tell me if the retrieval looks good enough?

<doc id="hb-4.2" title="Leave policies — Parental leave">
Employees with at least 26 weeks of continuous service are entitled to 20 weeks of parental leave following the birth or adoption of a child. The first 12 weeks are paid at 100% of base salary; the remaining 8 weeks are paid at 50%.
</doc>

<doc id="hb-4.3" title="Leave policies — Partner leave">
Partners not taking primary parental leave are entitled to 4 weeks of fully paid partner leave, to be taken within 6 months of the birth or adoption.
</doc>

<doc id="hb-7.1" title="Benefits — Childcare vouchers">
The company participates in a salary-sacrifice childcare voucher scheme. Enrolment opens every January and July.
</doc>

<doc id="hb-4.2b" title="Leave policies — Parental leave (contractors)">
Contractors engaged through an agency are not covered by the company parental leave policy and should refer to their agency's terms.
</doc>"""),
        ("en", r"""why does this bash script sometimes delete the wrong folder?? it's run by cron every night

#!/bin/bash
BACKUP_ROOT=/mnt/backups
KEEP=7
cd $BACKUP_ROOT/daily
ls -t | tail -n +$((KEEP+1)) | while read dir; do
  echo "removing $dir"
  rm -rf $dir
done
DATE=$(date +%F)
mkdir $DATE
rsync -a --delete /srv/data/ $DATE/
echo "done at $(date)" >> /var/log/backup.log

last week it removed a folder called "2024-05-01 old" as two things and I got an error about "old" not existing. also once the mount wasn't there and I'm scared it'll cd fail and delete stuff in /. please fix it properly and explain each change."""),
        ("it", """Ciao, puoi riscrivere questa recensione del nostro agriturismo in modo più accattivante per il sito, mantenendo i fatti e restando sotto le 120 parole?

"Siamo stati all'Agriturismo Il Poggio a fine settembre per quattro notti. La camera era grande e pulita, con vista sulle colline, anche se il bagno era un po' piccolo. La colazione era abbondante, con torte fatte in casa tutti i giorni diverse e marmellate della signora Anna. La cena (su prenotazione) è stata il punto forte: pici al ragù bianco e una tagliata ottima, vino della casa compreso. La piscina è piccola ma tranquilla. Per arrivare serve la macchina, l'ultimo chilometro è sterrato. Il personale gentilissimo ci ha consigliato cantine da visitare a Montepulciano. Torneremo sicuramente, magari in primavera." """),
        ("en", """Here is a JSON response from our weather API. Write me a friendly 2-sentence forecast for a push notification, and tell me if any field looks wrong.

{
  "location": {"name": "Bergen", "country": "NO", "lat": 60.39, "lon": 5.32},
  "generated_at": "2025-11-12T05:00:00Z",
  "units": {"temp": "C", "wind": "m/s", "precip": "mm"},
  "daily": [
    {"date": "2025-11-12", "t_min": 4, "t_max": 8, "precip": 14.2, "precip_prob": 0.95, "wind": 11, "wind_gust": 19, "summary": "heavy rain"},
    {"date": "2025-11-13", "t_min": 3, "t_max": 7, "precip": 6.0, "precip_prob": 0.80, "wind": 8, "wind_gust": 14, "summary": "showers"},
    {"date": "2025-11-14", "t_min": 1, "t_max": 5, "precip": 0.4, "precip_prob": 0.20, "wind": 4, "wind_gust": 7, "summary": "cloudy"},
    {"date": "2025-11-15", "t_min": 9, "t_max": 2, "precip": 0.0, "precip_prob": 0.05, "wind": 3, "wind_gust": 5, "summary": "clear"}
  ],
  "alerts": [
    {"type": "wind", "level": "yellow", "from": "2025-11-12T12:00:00Z", "to": "2025-11-12T22:00:00Z", "text": "Strong wind gusts along the coast"}
  ]
}"""),
        ("pt", """Preciso de ajuda para responder este e-mail de um fornecedor. Quero aceitar o novo prazo mas pedir desconto pelo atraso. Tom cordial.

Prezada Sra. Camargo,

Escrevo para informar que, devido a um problema na linha de produção da nossa fábrica em Joinville, o lote de 2.000 caixas térmicas referentes ao pedido nº 7781 não poderá ser entregue no dia 18 de novembro, como combinado. A nova previsão de entrega é 2 de dezembro.

Entendemos que o atraso pode causar transtornos, especialmente neste período de alta demanda. Para minimizar o impacto, podemos enviar 600 unidades já prontas no dia 20 de novembro, sem custo adicional de frete, e o restante na nova data.

Pedimos a gentileza de confirmar se essa alternativa atende à sua operação até o dia 12. Caso prefira aguardar a entrega total, manteremos a data de 2 de dezembro.

Lamentamos o ocorrido e seguimos à disposição.

Atenciosamente,
Ricardo Albuquerque
Gerente Comercial — TermoSul Embalagens"""),
        ("en", """My team wrote this incident timeline. Tighten up the language, fix the tense inconsistencies, and put it in a markdown table (time | event | source):

around 14:02 UTC the checkout error rate started going up, it was about 0.3% normally and it hit 4% by 14:06.
PagerDuty fires at 14:07 for checkout-5xx, Amir is on call and acked at 14:09.
Amir looks at the dashboard, sees the errors are all from the payments-adapter, timeouts calling the PSP.
14:15 we check the PSP status page which says all green.
14:18 Chiara notices a config deploy went out at 13:58 that lowered the HTTP client timeout from 10s to 1s (typo, should have been 10000ms not 1000ms).
14:21 revert is merged, 14:26 deploy complete.
error rate back under 0.5% by 14:29, incident resolved at 14:40 after 10 min of watching.
roughly 1,900 checkouts failed, support was told at 14:35 so they could prepare a macro."""),
    ],
    "hard_negative": [
    ],
}
