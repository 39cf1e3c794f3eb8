// the query library: the page carries it as JSON in the data block #library-data
const LIBRARY = JSON.parse(document.getElementById("library-data").textContent);
// kg's own IRIs (https://w3id.org/kg-policy/...) do not resolve on the web: they link here
const BASE = document.body.dataset.kgBase || "";
const endpoint = new URL("sparql", location.href).href;
document.getElementById("endpoint").textContent = endpoint;
const box = document.getElementById("query");
const select = document.getElementById("library");
const parameters = document.getElementById("parameters");
const summary = document.getElementById("summary");
const status = document.getElementById("status");
const out = document.getElementById("results");
let current = null; // the library query in the box, while the box holds it unchanged
function withParameters(item) {
  // each value goes in as a SPARQL string: JSON's escapes are SPARQL's too
  const lines = item.query.split("\n");
  for (const parameter of item.parameters) {
    const input = document.getElementById("parameter-" + parameter.name);
    const value = JSON.stringify(input ? input.value : parameter.default);
    for (let i = 0; i < lines.length; i++) {
      if (!lines[i].trimStart().startsWith("#")) lines[i] = lines[i].split(parameter.literal).join(value);
    }
  }
  return lines.join("\n");
}
function clearAnswer() {
  out.replaceChildren();
  status.textContent = "";
}
function ownQuery() {
  // the box no longer holds a library query as the picker would write it
  current = null;
  select.value = "";
  summary.textContent = "";
  parameters.replaceChildren();
}
function load(item) {
  current = item;
  parameters.replaceChildren();
  for (const parameter of item.parameters) {
    const label = document.createElement("label");
    label.title = parameter.description;
    label.append(parameter.name + " ");
    const input = document.createElement("input");
    input.id = "parameter-" + parameter.name;
    input.value = parameter.default;
    input.addEventListener("input", () => { box.value = withParameters(item); });
    input.addEventListener("keydown", (e) => { if (e.key === "Enter") run(); });
    label.append(input, " ");
    parameters.append(label);
  }
  box.value = withParameters(item);
  summary.textContent = item.summary;
}
select.addEventListener("change", () => {
  clearAnswer();
  const item = LIBRARY[select.value];
  if (item) load(item); else ownQuery();
});
box.addEventListener("input", () => {
  if (current && box.value !== withParameters(current)) ownQuery();
});
function describeQuery(iri) {
  return "# Everything the graph says about <" + iri + ">, and everything that points at it\n" +
    "SELECT ?subject ?property ?object WHERE {\n" +
    "  { BIND(<" + iri + "> AS ?subject) ?subject ?property ?object }\n" +
    "  UNION { BIND(<" + iri + "> AS ?object) ?subject ?property ?object }\n" +
    "} ORDER BY DESC(?subject = <" + iri + ">) ?property ?subject ?object LIMIT 1000";
}
function describeFromHash() {
  if (!location.hash.startsWith("#describe=")) return false;
  const iri = decodeURIComponent(location.hash.slice("#describe=".length));
  if (!/^[^<>"{}|^`\\\s]+$/.test(iri)) return false; // only an IRI goes into the query
  clearAnswer();
  ownQuery();
  box.value = describeQuery(iri);
  run();
  return true;
}
window.addEventListener("hashchange", describeFromHash);
function cell(term) {
  if (!term) return "";
  if (term.type === "literal" && term["xml:lang"]) return term.value + "@" + term["xml:lang"];
  return term.value;
}
function link(iri) {
  const a = document.createElement("a");
  a.textContent = iri;
  a.href = BASE && iri.startsWith(BASE) ? "#describe=" + encodeURIComponent(iri) : iri;
  return a;
}
function show(data, truncated) {
  out.replaceChildren();
  if ("boolean" in data) { const p = document.createElement("p"); p.textContent = String(data.boolean); out.append(p); return 0; }
  const table = document.createElement("table");
  const head = table.insertRow();
  for (const name of data.head.vars) { const th = document.createElement("th"); th.textContent = name; head.append(th); }
  for (const row of data.results.bindings) {
    const tr = table.insertRow();
    for (const name of data.head.vars) {
      const td = tr.insertCell();
      const term = row[name];
      if (term && term.type === "uri") td.append(link(term.value));
      else td.textContent = cell(term);
    }
  }
  out.append(table);
  if (truncated) { const p = document.createElement("p"); p.textContent = "Only the first " + truncated + " results are shown."; out.append(p); }
  return data.results.bindings.length;
}
async function run() {
  status.textContent = "running…";
  const started = performance.now();
  try {
    const response = await fetch(endpoint, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded",
                  "Accept": "application/sparql-results+json, text/turtle;q=0.9" },
      body: new URLSearchParams({ query: box.value }),
    });
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    const type = response.headers.get("Content-Type") || "";
    if (!response.ok) {
      out.replaceChildren(); const p = document.createElement("p"); p.className = "error";
      p.textContent = response.status + ": " + await response.text(); out.append(p);
      status.textContent = ""; return;
    }
    if (type.includes("json")) {
      const n = show(await response.json(), response.headers.get("X-KG-Truncated") ? response.headers.get("X-KG-Result-Limit") : 0);
      status.textContent = n + " result(s) in " + seconds + " s";
    } else {
      out.replaceChildren(); const pre = document.createElement("pre"); pre.textContent = await response.text(); out.append(pre);
      status.textContent = "graph in " + seconds + " s";
    }
  } catch (error) { status.textContent = ""; out.textContent = String(error); }
}
document.getElementById("run").addEventListener("click", run);
box.addEventListener("keydown", (e) => { if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) run(); });
if (!describeFromHash() && LIBRARY[select.value]) load(LIBRARY[select.value]);
