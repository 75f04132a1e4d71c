"""Mount the gateway under /gateway inside a Starlette app.

    uvicorn examples.starlette_mount:app --no-proxy-headers
"""

from starlette.applications import Starlette
from starlette.responses import PlainTextResponse
from starlette.routing import Mount, Route

from proxyify_asgi import Settings, create_app


async def home(request):
    return PlainTextResponse("host app; the gateway is mounted at /gateway")


app = Starlette(routes=[
    Route("/", home),
    Mount("/gateway", app=create_app(Settings.demo())),
])
