"""``python -m proxyify_asgi``: the same CLI as ``proxyify-asgi``."""

import sys

from proxyify_asgi.cli import main

sys.exit(main())
