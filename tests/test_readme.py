"""The README's examples stay true: every TOML configuration in it loads and validates."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from proxyify_asgi.settings import Settings

README = (Path(__file__).parent.parent / "README.md").read_text()
TOML_BLOCKS = re.findall(r"```toml\n(.*?)```", README, re.S)


def test_readme_has_configuration_examples():
    assert len(TOML_BLOCKS) >= 4


@pytest.mark.parametrize("block", TOML_BLOCKS, ids=[f"toml-{i}" for i in range(len(TOML_BLOCKS))])
def test_every_readme_configuration_loads(block: str):
    Settings.from_dict(tomllib.loads(block), source="README.md")


def test_readme_states_the_two_setup_commands_and_ci_runs_the_test_one():
    ci = (Path(__file__).parent.parent / ".ci" / "run").read_text()
    test_command = "python -m pip install -e '.[test]' && python -m pytest -q"
    assert test_command in README and test_command in ci
    assert "python -m pip install -e . && proxyify-asgi serve" in README
