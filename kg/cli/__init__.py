"""The ``kg`` command line: a thin layer over the Python API.

One module per command group (``build``, ``query``, ``changes``, ``evaluate``,
``view`` and ``stats``, ``sparql``); each command checks its inputs and calls plain
library functions. Importing a command module registers its commands on
:data:`app`.
"""

from __future__ import annotations

from kg.cli.app import app, main

# Importing a command module registers its commands, in the order `kg --help` lists them.
# isort: off
from kg.cli import build, query, changes, evaluate, view, sparql  # noqa: E402, F401
# isort: on

__all__ = ["app", "main"]
