"""What the page inlines: its own script, style and template (``kg/view/assets/``) and
vis-network's script and style (bundled with pyvis), each made safe inside its element.

The assets ship in the wheel beside the code and are read with
:mod:`importlib.resources`, once per process.

Example:
    >>> "use strict" in page_script() and "kg-panel" in page_style()
    True
    >>> safe_in_tag("a</script>b<!--c", "script")
    'a<\\\\/script>b<\\\\!--c'
    >>> csp_hash("")
    "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='"
"""

from __future__ import annotations

import base64
import functools
import hashlib
import json
import re
from importlib import resources
from importlib.util import find_spec
from pathlib import Path
from string import Template
from typing import Any

from kg.errors import OutputError
from kg.view.styles import FONT

__all__ = [
    "page_script",
    "page_style",
    "page_template",
    "vis_assets",
    "safe_in_tag",
    "csp_hash",
    "json_for_script",
]


@functools.cache
def _asset(name: str) -> str:
    """The text of ``kg/view/assets/<name>``."""
    try:
        return (resources.files("kg.view") / "assets" / name).read_text(encoding="utf-8")
    except OSError as error:
        raise OutputError(
            f"kg's view asset {name} is missing or unreadable ({error}): reinstall kg"
        ) from error


def page_script() -> str:
    """The page's own script (``assets/view.js``), verbatim."""
    return _asset("view.js")


def page_style() -> str:
    """The page's own style sheet (``assets/view.css``) with the font filled in."""
    return Template(_asset("view.css")).substitute(font=FONT)


def page_template() -> Template:
    """The page (``assets/page.html``) with ``$name`` placeholders for its parts."""
    return Template(_asset("page.html"))


def csp_hash(text: str) -> str:
    """The Content-Security-Policy source that allows an inline element holding ``text``."""
    return (
        "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"
    )


def safe_in_tag(text: str, tag: str) -> str:
    """``text`` made unable to end its ``<script>``/``<style>`` element early."""
    text = re.sub(rf"</(?={tag})", r"<\\/", text, flags=re.IGNORECASE)
    return text.replace("<!--", "<\\!--")


def json_for_script(data: Any) -> str:
    """JSON that is safe inside a ``<script>`` element: no ``<``, ``>`` or ``&``."""
    text = json.dumps(data, ensure_ascii=True, sort_keys=True, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _vis_dir() -> Path:
    """The newest vis-network folder bundled with pyvis."""
    spec = find_spec("pyvis")
    if spec is None or not spec.submodule_search_locations:
        raise OutputError("pyvis is not installed: install it (pip install 'pyvis>=0.3.2')")
    lib = Path(next(iter(spec.submodule_search_locations))) / "templates" / "lib"

    def version(folder: Path) -> tuple[int, ...]:
        return tuple(int(p) for p in re.findall(r"\d+", folder.name))

    candidates = sorted(
        (d for d in lib.glob("vis-*") if (d / "vis-network.min.js").is_file()), key=version
    )
    if not candidates:
        raise OutputError(
            f"pyvis's bundled vis-network is missing under {lib}: "
            "reinstall pyvis (pip install 'pyvis>=0.3.2')"
        )
    return candidates[-1]


@functools.lru_cache(maxsize=1)
def vis_assets() -> tuple[str, str, str]:
    """vis-network's script, its style and the script's CSP hash."""
    folder = _vis_dir()
    try:
        script = (folder / "vis-network.min.js").read_text(encoding="utf-8")
        style = (folder / "vis-network.css").read_text(encoding="utf-8")
    except OSError as error:
        raise OutputError(
            f"cannot read pyvis's bundled vis-network ({error}): reinstall pyvis"
        ) from error
    script = safe_in_tag(script, "script")
    # Anything the bundle might fetch by itself: keep data: URLs only.
    style = safe_in_tag(re.sub(r"url\((?![\"']?data:)[^)]*\)", "none", style), "style")
    return script, style, csp_hash(script)
