"""Run the gateway standalone under uvicorn from Python (the CLI's `proxyify-asgi serve` does the same).

    python examples/standalone.py [path/to/proxyify.toml]

With no file this serves the built-in demo configuration (every spec model, offline).
"""

import sys

import uvicorn

from proxyify_asgi import Settings, create_app

settings = Settings.from_toml(sys.argv[1]) if len(sys.argv) > 1 else Settings.demo()
app = create_app(settings)

if __name__ == "__main__":
    # proxy_headers=False: the gateway resolves client addresses itself from [gateway] trusted_proxies.
    uvicorn.run(app, host="127.0.0.1", port=8000, proxy_headers=False)
