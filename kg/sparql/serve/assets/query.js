// the query library: the page carries it as JSON in the data block #library-data
const LIBRARY = JSON.parse(document.getElementById("library-data").textContent);
const endpoint = new URL("sparql", location.href).href;
document.getElementById("endpoint").textContent = endpoint;
const box = document.getElementById("query");
const select = document.getElementById("library");
const parameters = document.getElementById("parameters");
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
select.addEventListener("change", () => {
  const item = LIBRARY[select.value];
  parameters.replaceChildren();
  if (!item) return;
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
  document.getElementById("summary").textContent = item.summary;
});
function cell(term) {
  if (!term) return "";
  if (term.type === "literal" && term["xml:lang"]) return term.value + "@" + term["xml:lang"];
  return term.value;
}
function show(data, truncated) {
  const out = document.getElementById("results");
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
      if (term && term.type === "uri") { const a = document.createElement("a"); a.href = term.value; a.textContent = term.value; td.append(a); }
      else td.textContent = cell(term);
    }
  }
  out.append(table);
  if (truncated) { const p = document.createElement("p"); p.textContent = "Only the first " + truncated + " results are shown."; out.append(p); }
  return data.results.bindings.length;
}
async function run() {
  const status = document.getElementById("status");
  const out = document.getElementById("results");
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
