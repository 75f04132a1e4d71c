"""Mount the gateway under /ai inside your own FastAPI app.

    uvicorn examples.fastapi_mount:app --no-proxy-headers

Your routes keep working; the gateway answers at /ai/v1/chat/completions. The lifespan below closes
upstream connections on shutdown (without it the gateway still starts lazily on its first request).
"""

from contextlib import asynccontextmanager

from fastapi import FastAPI

from proxyify_asgi import Settings, create_app, lifespan

gateway = create_app(Settings.demo())


@asynccontextmanager
async def app_lifespan(_app: FastAPI):
    async with lifespan(gateway):
        yield


app = FastAPI(lifespan=app_lifespan)


@app.get("/")
def home() -> dict:
    return {"hello": "this is the host app; the gateway is at /ai"}


app.mount("/ai", gateway)
