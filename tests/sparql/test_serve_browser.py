"""The query page of ``kg serve`` in a real browser: Debian's Chromium, headless, via Playwright.

It skips itself when Playwright or ``/usr/bin/chromium`` is missing, as
``test_view_browser.py`` does.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from browser_helpers import headless_chromium
from http_helpers import serving

from kg.sparql.serve import EndpointServer, make_server


@pytest.fixture(scope="module")
def server(graph_file: Path) -> Iterator[EndpointServer]:
    """``kg serve`` with its default result limit: the library's answers are not cut."""
    with serving(make_server(graph_file, port=0, workers=1, timeout=20)) as running:
        yield running


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """One headless Chromium for the module; Playwright gives it a fresh, temporary profile."""
    yield from headless_chromium()


def test_serve_page_runs_a_library_query_as_a_table_with_no_outside_request(
    server: EndpointServer, browser: Any
) -> None:
    context = browser.new_context()
    try:
        page = context.new_page()
        requests: list[str] = []
        problems: list[str] = []
        page.on("request", lambda request: requests.append(request.url))
        page.on("pageerror", lambda error: problems.append(str(error)))
        page.on(
            "console",
            lambda message: problems.append(message.text) if message.type == "error" else None,
        )
        page.goto(server.url)
        page.select_option("#library", label="who-leads-what")
        assert "kg:leads" in page.input_value("#query")
        page.click("#run")
        page.wait_for_selector("#results table", timeout=30_000)
        header = page.eval_on_selector_all("#results th", "cells => cells.map(c => c.textContent)")
        assert header[:2] == ["leader", "organisation"]
        rows = page.eval_on_selector_all(
            "#results tr", "rows => rows.slice(1).map(r => r.cells[0].textContent)"
        )
        assert "Katie Bramall" in rows
        assert "result(s)" in page.inner_text("#status")

        page.click("text=graph view")  # the graph view is one link away
        page.wait_for_load_state("load")
        assert urlsplit(page.url).path == "/view"
        page.wait_for_selector("body[data-kg-ready]", state="attached", timeout=30_000)

        ours = urlsplit(server.url).netloc
        assert requests and all(urlsplit(url).netloc == ours for url in requests), requests
        assert problems == []
    finally:
        context.close()


def test_serve_page_shows_the_parsers_message_for_a_bad_query(
    server: EndpointServer, browser: Any
) -> None:
    context = browser.new_context()
    try:
        page = context.new_page()
        page.goto(server.url)
        page.fill("#query", "SELECT ?x WHERE { ?x ?p ")
        page.click("#run")
        page.wait_for_selector("#results .error", timeout=30_000)
        assert page.inner_text("#results .error").startswith("400: invalid SPARQL: error at 1:")
    finally:
        context.close()


def test_serve_page_sets_a_library_querys_parameters_from_its_inputs(
    server: EndpointServer, browser: Any
) -> None:
    context = browser.new_context()
    try:
        page = context.new_page()
        problems: list[str] = []
        page.on("pageerror", lambda error: problems.append(str(error)))
        page.goto(server.url)
        page.select_option("#library", label="everything-about")
        assert page.input_value("#parameter-name") == "BMA"
        page.fill("#parameter-name", "Dr Bramall")
        assert 'LCASE("Dr Bramall")' in page.input_value("#query")
        page.click("#run")
        page.wait_for_selector("#results table", timeout=30_000)
        rows = page.eval_on_selector_all(
            "#results tr",
            "rows => rows.slice(1).map(r => [r.cells[2].textContent, r.cells[4].textContent])",
        )
        assert rows and all("Katie Bramall" in row for row in rows), rows

        page.fill("#parameter-name", 'a "quoted\\ name')  # stays one SPARQL string
        assert 'LCASE("a \\"quoted\\\\ name")' in page.input_value("#query")
        page.press("#parameter-name", "Enter")
        page.wait_for_selector("#status:has-text('0 result(s)')", timeout=30_000)
        assert problems == []
    finally:
        context.close()


def test_serve_page_picker_names_the_query_in_the_box_and_clears_old_answers(
    server: EndpointServer, browser: Any
) -> None:
    context = browser.new_context()
    try:
        page = context.new_page()
        page.goto(server.url)
        first = page.eval_on_selector("#library", "s => s.options[s.selectedIndex].textContent")
        assert first != "(your own query)"  # the query loaded at start is named
        assert page.input_value("#query").strip()
        page.click("#run")
        page.wait_for_selector("#results table", timeout=30_000)
        assert "result(s)" in page.inner_text("#status")

        page.select_option("#library", label="who-leads-what")  # another query: no old answer
        assert page.inner_text("#results") == "" and page.inner_text("#status") == ""

        page.fill("#query", "ASK { ?s ?p ?o }")  # edited by hand: the picker says so
        page.dispatch_event("#query", "input")
        label = page.eval_on_selector("#library", "s => s.options[s.selectedIndex].textContent")
        assert label == "(your own query)"
        assert page.inner_text("#summary") == ""
    finally:
        context.close()


def test_serve_page_links_kg_iris_to_the_page_itself(
    server: EndpointServer, browser: Any, tmp_path: Path
) -> None:
    context = browser.new_context(viewport={"width": 1200, "height": 800})
    try:
        page = context.new_page()
        requests: list[str] = []
        page.on("request", lambda request: requests.append(request.url))
        page.goto(server.url)
        page.select_option("#library", label="who-wrote-to-whom")
        page.click("#run")
        page.wait_for_selector("#results table", timeout=30_000)
        hrefs = page.eval_on_selector_all("#results a", "links => links.map(a => a.href)")
        documents = [h for h in hrefs if "doc%2F" in h]
        assert documents and all(h.startswith(server.url + "#describe=") for h in hrefs), hrefs

        page.click(f"#results a[href='{documents[0][len(server.url) :]}']")
        page.wait_for_selector("#status:has-text('result(s)')", timeout=30_000)
        header = page.eval_on_selector_all("#results th", "cells => cells.map(c => c.textContent)")
        assert header == ["subject", "property", "object"]
        text = page.inner_text("#results")
        assert "http://purl.org/dc/terms/title" in text  # the document's own triples
        assert all(urlsplit(url).netloc == urlsplit(server.url).netloc for url in requests)
        if os.environ.get("KG_SCREENSHOTS"):  # docs/query-page-describe.png, refreshed by hand
            page.screenshot(
                path=str(Path(os.environ["KG_SCREENSHOTS"]) / "query-page-describe.png")
            )
    finally:
        context.close()
