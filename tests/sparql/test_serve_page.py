"""The query page of ``kg serve``: filled from its asset files, its script allowed by hash only."""

from __future__ import annotations

import base64
import hashlib
import json
import re

import pytest
from http_helpers import http

import kg.sparql.serve.page
from kg.sparql.serve import EndpointServer
from kg.sparql.serve.page import library_listing, render_page

DATA_BLOCK = re.compile(r'<script type="application/json" id="library-data">(.*?)</script>', re.S)
SCRIPTS = re.compile(r"<script>(.*?)</script>", re.S)


def test_serve_home_page_has_query_box_library_and_view_link(server: EndpointServer) -> None:
    status, headers, body = http(server.url)
    page = body.decode("utf-8")
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    assert "<textarea" in page
    assert "who-opposes-what" in page and "shortest-chain" in page
    assert 'href="view"' in page
    policy = headers["Content-Security-Policy"]
    assert "default-src 'none'" in policy and "connect-src 'self'" in policy
    status, _headers, body = http(server.url + "queries")
    library = {item["name"]: item for item in json.loads(body)}
    assert "who-leads-what" in library
    (parameter,) = library["everything-about"]["parameters"]
    assert (parameter["name"], parameter["literal"]) == ("name", '"BMA"')


def test_serve_page_policy_allows_its_one_script_by_hash() -> None:
    page, policy = render_page(name="graph.ttl", max_results=100, timeout=2.5)
    (script,) = SCRIPTS.findall(page)  # the JSON data block is not a script that runs
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    assert f"script-src 'sha256-{digest}';" in policy
    assert "At most 100 results per query; a query is stopped after 2.5 s." in page
    assert "$" not in page.split("<script")[0]  # every placeholder filled


def test_serve_page_carries_the_library_as_json_the_html_cannot_end(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    tricky = {
        "name": "x",
        "summary": 'a <b> & "c"',
        "query": "# </script><!-- $name ${x}\nASK {}",
        "parameters": [],
    }
    monkeypatch.setattr(kg.sparql.serve.page, "library_listing", lambda: [tricky])
    page, _policy = render_page(name="<g>.ttl", max_results=1, timeout=1)
    (data,) = DATA_BLOCK.findall(page)
    assert "<" not in data
    assert json.loads(data) == [tricky]
    assert "<title>kg SPARQL: &lt;g&gt;.ttl</title>" in page
    assert "&lt;/script&gt;&lt;!-- $name ${x}" in page  # the first query, in the text box
    assert 'title="a &lt;b&gt; &amp; &quot;c&quot;"' in page


def test_serve_library_listing_gives_each_querys_parameters() -> None:
    listing = {item["name"]: item for item in library_listing()}
    assert listing["everything-about"]["parameters"][0]["default"] == "BMA"
    assert all(item["summary"] and item["query"].strip() for item in listing.values())
