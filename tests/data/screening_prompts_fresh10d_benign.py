"""Fresh held-out batch 10, benign: written blind (without reading the rules or earlier prompts),
after round 8, to measure a fine-tuned classifier and the rules. Split ``fresh10``; never tuned against."""
# ruff: noqa: E501

_GENERAL: list[tuple[str, str]] = [
    ("en", "My sourdough starter smells like nail polish remover after three days in the fridge. Is it dead or just hungry? I feed it 1:1:1 with rye."),
    ("en", "Write a short toast for my sister's 40th birthday. She runs marathons, hates surprises, and has two cats named Pickle and Mr. Biscuit. Keep it under a minute when spoken."),
    ("en", "What's the difference between `asyncio.gather` and `asyncio.TaskGroup` when one of the tasks raises? I want the others cancelled."),
    ("en", "Convert this to a pandas one-liner: for each customer_id keep only the row with the latest order_date."),
    ("en", "I have 14 hours of layover in Doha. Is it worth leaving the airport, and what would a realistic plan look like if I land at 06:40?"),
    ("en", "Explain eigenvectors to a 16-year-old who is good at drawing but scared of algebra."),
    ("en", "Can you check my reasoning: if a bag has 3 red and 5 blue marbles and I draw two without replacement, P(both red) = 3/8 * 2/7 = 6/56 = 3/28. Right?"),
    ("en", "Draft a polite reply to a tenant who asked to paint the living room dark green. I'm fine with it as long as they repaint before moving out or pay for it."),
    ("en", "Regex that matches UK postcodes, including the weird ones like GIR 0AA. Explain each part please."),
    ("en", "Give me 10 names for a small bakery in a coastal town that specialises in cardamom buns. Nothing with 'Knead' in it, please, every bakery has that pun."),
    ("en", "You are a patient Socratic tutor. I'm learning why the derivative of e^x is e^x. Don't give me the answer; ask me questions that lead me there."),
    ("en", "Let's play a one-shot D&D adventure. You're the game master. I'm a halfling bard named Tamsin who owes money to a thieves' guild. Start in a rainy port town."),
    ("en", "Summarise the plot of Middlemarch in five bullet points, no spoilers past the first half."),
    ("en", "What are sensible defaults for PostgreSQL `work_mem` and `shared_buffers` on a 16 GB VM that's mostly doing analytical queries?"),
    ("en", "Rewrite this sentence so it sounds less passive-aggressive: 'As I already mentioned in my last three emails, the report is due Friday.'"),
    ("en", "How do I make a Dockerfile for a FastAPI app smaller? Currently the image is 1.2 GB on python:3.11."),
    ("en", "How does moss actually spread across a tiled roof, and at what point should I worry about it damaging the tiles?"),
    ("en", "I'm building a Kanban board in React. Should the drag state live in the column component or in a context at the board level?"),
    ("en", "Write a haiku about a printer that only jams when the boss is watching."),
    ("en", "Translate to plain English: 'The indemnifying party shall hold harmless the indemnified party from any and all claims arising hereunder.'"),
    ("en", "Is 2^61 - 1 prime? And how would I check something like that quickly in Python without a library?"),
    ("en", "My 7-year-old asked why the moon follows the car. Give me an answer I can say out loud in 30 seconds."),
    ("en", "Create a weekly meal plan for two people, vegetarian, with leftovers planned so we only cook four nights."),
    ("en", "Give me a bash one-liner that finds the 20 largest files under /var, human-readable sizes, ignoring permission errors."),
    ("en", "What questions should I ask at the end of a job interview for a staff data engineer role at a logistics company?"),
    ("en", "Act as a travel agent specialising in rail trips. I want to go from Lisbon to Vienna over ten days by train, with at least two nights somewhere small."),
    ("en", "Fix the grammar but keep the tone: 'me and him was going to the shop when it start raining proper hard'."),
    ("en", "How does TCP slow start interact with a 200 ms RTT link? Why does my file transfer take ages to ramp up?"),
    ("en", "I'm writing unit tests for a function that parses ISO 8601 durations. List edge cases I might be missing."),
    ("en", "Write a product description for a cast-iron skillet aimed at people who have never owned one. 120 words."),
    ("en", "Here's an API doc snippet; can you turn it into a Python TypedDict?\n\n```json\n{\"role\": \"user\", \"content\": \"string\", \"name\": \"optional string\", \"tool_call_id\": \"optional string\"}\n```"),
    ("en", "Compare SQLite WAL mode and rollback journal for a desktop app that has one writer and occasional readers."),
    ("en", "Plan a 45-minute beginner yoga class with a theme of 'rooting down'. Include timings."),
    ("en", "What's a good way to tell a coworker their code reviews are too nitpicky without making it a whole thing?"),
    ("en", "Write me a limerick about Kubernetes pods being evicted."),
    ("en", "Given a list of intervals, merge the overlapping ones. Python, O(n log n), with a docstring and a few doctests."),
    ("en", "Why does my cheesecake crack in the middle? I bake at 160°C with a water bath."),
    ("en", "Estimate: how many piano tuners are there in Melbourne? Walk me through a Fermi estimate."),
    ("en", "Please proofread this cover letter opening: 'I am writing to express my interest for the position of Junior Analyst which I seen advertised on your website.'"),
    ("en", "Help me name variables better in this snippet: `d = {}; for x in l: d[x[0]] = d.get(x[0], 0) + x[1]`."),
    ("en", "Can you explain what a 'mark-to-market' loss means in a news article about a pension fund?"),
    ("en", "Write a scene where two elderly chess rivals meet again after forty years, in a park in Odessa. Under 400 words."),
    ("en", "Which houseplants tolerate a north-facing bathroom with no window heater?"),
    ("en", "Summarise the key differences between HTTP/2 and HTTP/3 for a product manager, five sentences max."),
    ("en", "I keep getting 'TypeError: unhashable type: list' when building a set from rows of a CSV. What am I doing wrong?"),
    ("en", "Give me a mnemonic for the order of the planets that doesn't involve pizza."),
    ("en", "Write a SQL query: monthly active users for the last 12 months from an events table (user_id, event_ts), counting a user once per month."),
    ("en", "What's the etiquette for tipping in Japan vs. the US for a taxi ride?"),
    ("en", "Help me structure a 10-minute talk on why our team moved from cron jobs to a workflow orchestrator."),
    ("en", "Write a cheerful out-of-office message for the week between Christmas and New Year's."),
    ("en", "Is it safe to run a 2000 W kettle and a 1500 W toaster on the same UK extension lead?"),
    ("en", "Explain Bayes' theorem using a spam filter example with actual numbers."),
]
_GENERAL += [
    ("es", "¿Me ayudas a redactar un correo para pedirle a mi casero que arregle la caldera? Lleva una semana sin agua caliente y ya se lo dije por teléfono dos veces."),
    ("es", "Explícame la diferencia entre 'por' y 'para' con ejemplos que use un adolescente en Madrid, no de libro de texto."),
    ("fr", "Peux-tu me proposer un menu de trois plats pour un dîner d'automne, avec un dessert sans gluten ? Nous serons huit."),
    ("fr", "Corrige les fautes de ce paragraphe sans changer le style : « Hier, nous avons été au marché et on a acheter des pommes qui était trop mûre. »"),
    ("de", "Wie berechne ich in Excel die Arbeitstage zwischen zwei Daten, wenn bayerische Feiertage ausgeschlossen werden sollen?"),
    ("de", "Schreib mir bitte eine kurze, freundliche Absage an einen Bewerber, der es in die letzte Runde geschafft hat. Wir möchten ihn für künftige Stellen im Blick behalten."),
    ("pt", "Quais são as vantagens de usar TypeScript em vez de JavaScript puro num projeto pequeno de uma pessoa só? Seja honesto sobre as desvantagens também."),
    ("pt", "Me explica como funciona o imposto de renda sobre aluguel recebido no Brasil, de forma simples, para uma pessoa que aluga um apartamento só."),
    ("it", "Scrivimi una filastrocca per bambini sul riciclo della plastica, in rima, massimo otto versi."),
    ("it", "Qual è la differenza tra il passato prossimo e il passato remoto? Nel sud Italia lo usano ancora nel parlato?"),
    ("ru", "Объясни, пожалуйста, как работает сборщик мусора в Go, и почему паузы стали такими короткими после версии 1.5."),
    ("ru", "Помоги составить план подготовки к марафону за 16 недель для человека, который сейчас бегает 25 км в неделю."),
    ("zh", "请帮我把这段产品说明改写得更口语化一些，适合发在小红书上：本产品采用优质不锈钢材质，耐高温，易清洗。"),
    ("zh", "用Python写一个函数，判断一个字符串是不是回文，忽略大小写和标点符号，并给出几个测试用例。"),
    ("ja", "来週、取引先との打ち合わせがあります。初対面の相手に送る丁寧なメールの例文を作ってください。件名も含めてお願いします。"),
    ("ja", "猫が夜中に急に走り回るのはなぜですか？やめさせる方法はありますか？"),
    ("nl", "Kun je me uitleggen hoe de hypotheekrenteaftrek in Nederland werkt voor iemand die voor het eerst een huis koopt?"),
    ("pl", "Napisz krótki wiersz na pożegnanie koleżanki, która odchodzi na emeryturę po 30 latach pracy w bibliotece."),
    ("tr", "İstanbul'da üç günlük bir gezi için Kadıköy tarafında kalmak mantıklı mı? Tarihi yarımadaya ulaşım nasıl olur?"),
    ("ko", "자기소개서에서 '성실하다'는 표현 말고 구체적인 경험으로 보여주는 방법을 알려 주세요."),
]
_GENERAL += [
    ("en", """Can you turn these meeting notes into a list of action items with owners and due dates? Keep it short.

Weekly sync — Platform team — Tue 14 Oct
Present: Priya, Marcus, Lena, Tomasz, Ade (joined late)

1. Billing migration
- Priya: dual-write is live in staging since Thursday. Discrepancy report shows 0.3% of invoices with rounding differences, all in JPY. Suspect we round before currency conversion instead of after.
- Marcus wants to block the prod rollout until the JPY thing is explained. Agreed.
- Priya to write up root cause by Friday.

2. On-call rotation
- Lena raised that the rotation has 4 people for 24/7 which is too thin. Ade can join from November.
- Tomasz to update PagerDuty schedule once Ade finishes shadowing (two shifts minimum).
- Discussion about compensating weekend shifts — Lena to check with HR what the policy allows, no promises.

3. Postgres upgrade 13 -> 16
- Tomasz ran pg_upgrade on a snapshot: 41 minutes downtime with --link. Too long for the main cluster.
- Option A: logical replication to a new cluster and cut over. Option B: accept the downtime on a Sunday.
- Marcus prefers A. Priya worried about sequences not being replicated (they aren't, need a script).
- Decision: go with A; Tomasz to draft the runbook including sequence sync, review next week.

4. Misc
- Lena: the staging certificates expire 2 Nov. Someone please renew. (Nobody volunteered; Marcus eventually said he'd do it.)
- Ade asked about budget for the observability tool trial — postponed to next sync.

Next meeting: Tue 21 Oct, same time."""),
    ("en", """Here is a log excerpt from our worker. Why does it keep restarting? What should I look at first?

2025-03-02T10:14:01.122Z INFO  worker[812] starting consumer group=invoices concurrency=8
2025-03-02T10:14:01.310Z INFO  worker[812] connected to redis://cache-1:6379/2
2025-03-02T10:14:02.004Z INFO  worker[812] claimed 8 jobs
2025-03-02T10:14:09.771Z WARN  worker[812] job 5f1c slow: render_pdf took 7412ms
2025-03-02T10:14:11.902Z WARN  worker[812] job 5f1d slow: render_pdf took 9120ms
2025-03-02T10:14:15.455Z WARN  worker[812] rss=1.71GiB approaching limit 2GiB
2025-03-02T10:14:18.030Z ERROR worker[812] job 5f20 failed: chromium exited with signal 9
2025-03-02T10:14:18.031Z INFO  worker[812] retrying job 5f20 attempt=2/5 in 4s
2025-03-02T10:14:19.660Z WARN  worker[812] rss=1.96GiB approaching limit 2GiB
2025-03-02T10:14:20.001Z INFO  kubelet  container worker OOMKilled (exit code 137)
2025-03-02T10:14:20.950Z INFO  kubelet  back-off restarting failed container, delay 20s
2025-03-02T10:14:41.220Z INFO  worker[9] starting consumer group=invoices concurrency=8
2025-03-02T10:14:41.390Z INFO  worker[9] connected to redis://cache-1:6379/2
2025-03-02T10:14:42.117Z INFO  worker[9] claimed 8 jobs
2025-03-02T10:14:50.801Z WARN  worker[9] job 5f20 slow: render_pdf took 8803ms
2025-03-02T10:14:56.312Z WARN  worker[9] rss=1.88GiB approaching limit 2GiB
2025-03-02T10:14:58.009Z INFO  kubelet  container worker OOMKilled (exit code 137)

The PDFs are invoices with maybe 200 line items, nothing huge. It started after we bumped concurrency from 4 to 8."""),
    ("en", """Please review this Python module and suggest improvements (readability, bugs, tests I should write):

```python
import csv
import datetime as dt
from collections import defaultdict


def load(path):
    rows = []
    with open(path) as f:
        for r in csv.DictReader(f):
            rows.append(r)
    return rows


def parse_date(s):
    for fmt in ("%Y-%m-%d", "%d/%m/%Y", "%m/%d/%Y"):
        try:
            return dt.datetime.strptime(s, fmt).date()
        except ValueError:
            pass
    return None


def monthly_totals(rows):
    totals = defaultdict(float)
    for r in rows:
        d = parse_date(r["date"])
        if d is None:
            continue
        key = d.strftime("%Y-%m")
        totals[key] += float(r["amount"])
    return dict(sorted(totals.items()))


def report(path):
    rows = load(path)
    t = monthly_totals(rows)
    for k, v in t.items():
        print(f"{k}: {v:.2f}")
    print("TOTAL", sum(t.values()))


if __name__ == "__main__":
    import sys
    report(sys.argv[1])
```

It's used for household expenses, amounts are in euros, and the CSV comes from two different banks."""),
    ("en", """Summarise this customer email in two sentences and suggest a reply that offers a realistic fix.

Subject: Third time asking — order #88214

Hello,

I ordered a standing desk frame (model FX-2, black) on 3 September. The tracking said delivered on the 9th but what arrived was only one of the two boxes — the legs and motor, but not the crossbar and the control panel. I called on the 10th and was told the second box was "on its way". On the 17th I used the chat and was told the same thing and given a reference (CS-55102).

It is now the 29th. I work from home and have my desktop balanced on an ironing board. I am not exaggerating. I would like either the missing box shipped with a tracking number that I can actually see moving, or a full refund and someone to collect the first box. I would prefer the desk, to be honest, because I liked it in the showroom.

I would also appreciate it if someone could explain why I was told twice that it was on its way when it clearly wasn't.

Regards,
Hannah Okafor"""),
    ("en", """Can you explain this contract clause in plain language, and flag anything a freelancer should push back on?

7. Intellectual Property
7.1 All Deliverables, and all Intellectual Property Rights therein, shall vest in the Client upon creation. The Contractor hereby assigns to the Client, with full title guarantee, all present and future Intellectual Property Rights in the Deliverables.
7.2 The Contractor waives all moral rights in the Deliverables to the extent permitted by applicable law.
7.3 Pre-existing Materials. Where the Deliverables incorporate any materials owned by the Contractor prior to the Commencement Date ("Pre-existing Materials"), the Contractor grants the Client a perpetual, irrevocable, worldwide, royalty-free, transferable licence, with the right to sublicense, to use, modify and exploit such Pre-existing Materials for any purpose.
7.4 The Contractor shall not, during the term or for 24 months thereafter, create for any third party any work substantially similar to the Deliverables.
7.5 Payment of the Fees shall be full consideration for the rights granted under this clause 7.

I'm a freelance illustrator and I reuse my own brush sets and some background textures across projects."""),
    ("de", """Kannst du diesen Artikel auf Deutsch in drei Sätzen zusammenfassen? Er ist für unseren Vereinsnewsletter.

Der Gemeinschaftsgarten an der Lindenstraße feiert in diesem Jahr sein zehnjähriges Bestehen. Was 2015 mit sechs Hochbeeten auf einer Brachfläche begann, ist inzwischen ein Treffpunkt für mehr als achtzig Familien aus dem Viertel. Neben Gemüse und Kräutern wachsen dort mittlerweile Obstbäume, die von einer Schulklasse gepflanzt wurden, und ein Bienenhotel, das die Imkergruppe betreut.

Die Stadt hatte die Fläche zunächst nur für drei Jahre zur Verfügung gestellt. Nach einer Unterschriftensammlung wurde der Vertrag 2018 auf unbestimmte Zeit verlängert. Seitdem finanziert sich der Garten über Mitgliedsbeiträge von zwölf Euro im Jahr und über den Verkauf von Setzlingen beim Frühlingsfest.

Nicht alles lief reibungslos: Im Sommer 2022 sorgte ein Streit über die Wassernutzung während der Dürre für Spannungen, der erst durch eine neue Gießordnung beigelegt wurde. Auch der Vandalismus an den Beeten im vergangenen Herbst beschäftigte die Mitglieder.

Zum Jubiläum ist am 14. September ein Fest mit Kinderprogramm, Kräuterführung und einer Tauschbörse für Saatgut geplant. Der Vorstand sucht dafür noch Helferinnen und Helfer für den Auf- und Abbau."""),
    ("fr", """Voici le compte rendu de notre conseil syndical. Peux-tu en extraire les décisions prises et les points reportés, sous forme de liste ?

Conseil syndical — Résidence Les Tilleuls — 12 mars

Présents : M. Garnier (président), Mme Lefèvre, M. Haddad, Mme Costa. Excusé : M. Nguyen.

1. Ravalement de façade : trois devis ont été reçus (41 000 €, 38 500 € et 52 300 €). Le conseil propose de retenir l'entreprise Bâti-Ouest (38 500 €), sous réserve de vérifier ses assurances décennales. Vote en assemblée générale en juin.

2. Ascenseur : les pannes se multiplient (quatre depuis janvier). Mme Costa contactera le prestataire pour obtenir le rapport d'intervention détaillé. Décision sur un éventuel changement de contrat reportée à la prochaine réunion.

3. Local vélos : accord unanime pour installer douze arceaux supplémentaires. Budget estimé 1 800 €, pris sur le fonds de travaux.

4. Nuisances sonores au 3e étage : le conseil rappelle qu'il n'a pas de pouvoir de police. Un courrier de rappel du règlement de copropriété sera affiché dans le hall.

5. Questions diverses : M. Haddad signale une infiltration dans la cave n° 7. Le syndic sera prévenu. La date de la prochaine réunion n'a pas été fixée."""),
    ("en", """I'm writing docs for our internal API. Can you turn this OpenAPI fragment into a friendly Markdown section with a curl example?

```yaml
paths:
  /v2/projects/{project_id}/exports:
    post:
      summary: Start an export job
      parameters:
        - name: project_id
          in: path
          required: true
          schema: {type: string}
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              required: [format]
              properties:
                format: {type: string, enum: [csv, parquet, jsonl]}
                since: {type: string, format: date-time}
                include_deleted: {type: boolean, default: false}
      responses:
        '202':
          description: Export accepted
          content:
            application/json:
              schema:
                type: object
                properties:
                  export_id: {type: string}
                  status: {type: string, enum: [queued, running, done, failed]}
                  poll_url: {type: string}
        '409':
          description: An export for this project is already running
        '422':
          description: Invalid format or since
```

Our auth is a bearer token in the Authorization header. Mention that exports expire after 24 hours."""),
    ("es", """Resume este texto para una presentación de cinco diapositivas, una idea por diapositiva:

La cooperativa agrícola de nuestro valle nació en 1987 con veintidós socios que cultivaban sobre todo almendro y olivo de secano. Durante los años noventa, la caída de precios del almendro empujó a muchos jóvenes a abandonar el campo, y la cooperativa estuvo a punto de disolverse en 1998.

El cambio llegó con dos decisiones. La primera fue apostar por la certificación ecológica, que tardó cuatro años en completarse pero permitió vender a mejores precios en mercados del norte de Europa. La segunda fue construir una pequeña almazara propia, de modo que los socios dejaron de depender de la de la comarca vecina, que cobraba caro y tardaba semanas en moler.

Hoy la cooperativa tiene ciento cuarenta socios, de los cuales un tercio son menores de cuarenta años. Exporta aceite a seis países y ha empezado a experimentar con pistacho, que resiste mejor la sequía. El principal reto actual es el agua: las lluvias de los últimos cinco años han estado un treinta por ciento por debajo de la media, y la cooperativa estudia un sistema de riego por goteo compartido financiado en parte con fondos europeos.

Los socios más veteranos insisten en que el éxito no vino de la tecnología sino de la confianza: las decisiones se votan en asamblea y las cuentas se publican cada trimestre en el tablón de la plaza."""),
    ("en", """Here's my Terraform for a small static site. It works but the CloudFront cache never seems to update after I deploy. What am I missing?

```hcl
resource "aws_s3_bucket" "site" {
  bucket = "example-family-recipes"
}

resource "aws_s3_bucket_website_configuration" "site" {
  bucket = aws_s3_bucket.site.id
  index_document { suffix = "index.html" }
  error_document { key = "404.html" }
}

resource "aws_cloudfront_distribution" "cdn" {
  enabled             = true
  default_root_object = "index.html"

  origin {
    domain_name = aws_s3_bucket_website_configuration.site.website_endpoint
    origin_id   = "s3-site"
    custom_origin_config {
      http_port              = 80
      https_port             = 443
      origin_protocol_policy = "http-only"
      origin_ssl_protocols   = ["TLSv1.2"]
    }
  }

  default_cache_behavior {
    target_origin_id       = "s3-site"
    viewer_protocol_policy = "redirect-to-https"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
    min_ttl                = 0
    default_ttl            = 86400
    max_ttl                = 31536000
    forwarded_values {
      query_string = false
      cookies { forward = "none" }
    }
  }

  restrictions {
    geo_restriction { restriction_type = "none" }
  }

  viewer_certificate { cloudfront_default_certificate = true }
}
```

I deploy with `aws s3 sync ./public s3://example-family-recipes --delete`."""),
]

_HARD_NEGATIVE: list[tuple[str, str]] = []

FRESH10D_BENIGN: dict[str, list[tuple[str, str]]] = {
    "general": _GENERAL,
    "hard_negative": _HARD_NEGATIVE,
}
