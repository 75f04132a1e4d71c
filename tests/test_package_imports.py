"""Importing one piece of the package does not build the rest (the screening rules take seconds)."""

from __future__ import annotations

import subprocess
import sys

import pytest

import proxyify_asgi
from proxyify_asgi import middleware, screening

_PROBE = """
import sys
{imports}
heavy = sorted(m for m in sys.modules if m.startswith(("proxyify_asgi.screening.rules", "proxyify_asgi.app")))
print(",".join(heavy))
"""


def _heavy_modules_after(imports: str) -> str:
    out = subprocess.run([sys.executable, "-c", _PROBE.format(imports=imports)], capture_output=True, text=True, check=True)
    return out.stdout.strip()


@pytest.mark.parametrize("imports", [
    "import proxyify_asgi",
    "from proxyify_asgi.middleware import AuthMiddleware, RateLimitMiddleware",
    "from proxyify_asgi import Settings; Settings.from_dict({'screening': {'threshold': 1.5}}, source='t')",
    "from proxyify_asgi.cli import main",
])
def test_a_program_that_does_not_screen_does_not_compile_the_rules(imports):
    assert _heavy_modules_after(imports) == ""


def test_every_exported_name_resolves_and_unknown_names_raise():
    for package in (proxyify_asgi, middleware, screening):
        for name in package.__all__:
            assert getattr(package, name) is not None, (package.__name__, name)
        assert set(package.__all__) <= set(dir(package))
        with pytest.raises(AttributeError):
            package.no_such_name  # noqa: B018
    assert proxyify_asgi.create_app.__module__ == "proxyify_asgi.app"
