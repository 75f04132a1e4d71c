"""Use the official openai SDK against the gateway (start it first: `proxyify-asgi serve`).

With the default envelope, non-streaming answers are wrapped as {"data", "_balancer"}; set
`envelope = "openai"` in the config for bare OpenAI bodies. Streaming works unchanged either way:
the last chunk carries `usage` and `_balancer`.
"""

import openai

from proxyify_asgi.demo_config import DEMO_KEY

client = openai.OpenAI(base_url="http://127.0.0.1:8000/v1", api_key=DEMO_KEY)

stream = client.chat.completions.create(
    model="openai/gpt-4o",
    messages=[{"role": "user", "content": "Tell me about the gateway"}],
    stream=True,
)
for chunk in stream:
    if chunk.choices:
        print(chunk.choices[0].delta.content or "", end="", flush=True)
    else:  # the gateway's last chunk: usage and what it cost
        print("\n\nusage:", chunk.usage)
        print("_balancer:", chunk.model_extra.get("_balancer"))

# The raw response also carries the cost headers.
raw = client.chat.completions.with_raw_response.create(
    model="openai/gpt-4o", messages=[{"role": "user", "content": "Hello"}], stream=False,
)
print("credits used:", raw.headers["x-balancer-credits-used"], "USD:", raw.headers["x-balancer-cost-usd"])
