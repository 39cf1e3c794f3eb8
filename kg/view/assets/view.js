
(function () {
  "use strict";
  // Everything read from articles is put into the page with textContent or
  // drawn on the canvas: nothing from the data is ever parsed as HTML.
  var api = window.kgView = {ready: false, readyAt: null};
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var nodes = data.nodes, edges = data.edges, types = data.types, props = data.properties;
  var docs = data.documents, sentences = data.sentences;
  var n = nodes.length, m = edges.length;
  var container = document.getElementById("kg-graph");
  var panel = document.getElementById("kg-panel");
  var banner = document.getElementById("kg-banner");
  var tooltip = document.getElementById("kg-tooltip");
  var shown = document.getElementById("kg-shown");
  var modeChip = document.getElementById("kg-mode");
  var searchBox = document.getElementById("kg-search");
  var suggest = document.getElementById("kg-suggest");
  var docSelect = document.getElementById("kg-document");
  var commentsBox = document.getElementById("kg-comments");
  var isolatedBox = document.getElementById("kg-isolated");
  var strip = document.getElementById("kg-strip");
  var dateFrom = document.getElementById("kg-date-from");
  var dateTo = document.getElementById("kg-date-to");
  var reducedMotion = !!(window.matchMedia &&
    window.matchMedia("(prefers-reduced-motion: reduce)").matches);
  var FONT = data.options.nodes.font.face;
  var NODE_FONT = data.options.nodes.font.size;
  var LABEL_MIN = data.options.nodes.scaling.label.drawThreshold - 1;
  var LABEL_BUDGET = 70;
  var LABEL_ALWAYS = 12;  // the most central entities are labelled at every zoom

  function markReady() {
    if (api.ready) return;
    api.ready = true;
    api.readyAt = performance.now();
    document.body.setAttribute("data-kg-ready", "");
  }
  function el(tag, className, text) {
    var element = document.createElement(tag);
    if (className) element.className = className;
    if (text !== undefined && text !== null) element.textContent = String(text);
    return element;
  }
  function plural(count, word, many) {
    return count.toLocaleString("en-GB") + " " + (count === 1 ? word : (many || word + "s"));
  }
  function words(name) { return name.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase(); }
  function fold(text) {
    return String(text).normalize("NFKD").replace(/[\u0300-\u036f]/g, "")
      .replace(/[\u2018\u2019`]/g, "'").toLowerCase().replace(/\s+/g, " ").trim();
  }
  function docName(index) {
    if (index < 0 || !docs[index]) return "unknown document";
    var doc = docs[index];
    return doc[1] && doc[1] !== doc[0] ? doc[1] + " (" + doc[0] + ")" : doc[0];
  }
  // A document's date first when the graph has dates: "2024-03-05 · Title (id)".
  function datedName(index) {
    if (!data.dated) return docName(index);
    var date = index >= 0 && docs[index] ? docs[index][2] : null;
    return (date || "undated") + " \u00b7 " + docName(index);
  }

  if (!n) {
    container.classList.add("kg-empty");
    container.textContent = "No entities in this graph.";
    api.state = function () { return {ready: true, nodes: 0, edges: 0, visibleNodes: 0,
      visibleEdges: 0, selected: null}; };
    markReady();
    return;
  }
  if (typeof vis === "undefined") {
    container.textContent = "The graph viewer failed to load.";
    return;
  }

  // ------------------------------------------------------------ indexes
  var incident = [], names = [], byRank = [];
  for (var i = 0; i < n; i++) {
    incident.push([]);
    names.push([nodes[i].label].concat(nodes[i].aliases || []).map(fold));
    byRank.push(i);
  }
  byRank.sort(function (a, b) { return nodes[a].rank - nodes[b].rank; });
  edges.forEach(function (edge, k) {
    incident[edge.from].push(k);
    if (edge.to !== edge.from) incident[edge.to].push(k);
    var seen = {};
    edge.docs = [];
    edge.sources.forEach(function (source) {
      var doc = sentences[source[0]][1];
      if (!seen[doc]) { seen[doc] = true; edge.docs.push(doc); }
    });
  });
  var isolated = new Uint8Array(n);  // entities in no relation: hidden until asked for
  for (var s0 = 0; s0 < n; s0++) isolated[s0] = incident[s0].length === 0 ? 1 : 0;
  var isolatedCount = 0;
  for (var s1 = 0; s1 < n; s1++) isolatedCount += isolated[s1];
  var initial = new Uint8Array(n);
  (data.initial || byRank).forEach(function (index) { initial[index] = 1; });

  // ------------------------------------------------------------ state and filters
  // dates: {from, to} ("YYYY-MM-DD", both set) or null: every document, dated or not
  var state = {hiddenTypes: {}, hiddenProps: {}, doc: -1, comments: true, hood: null,
               all: !data.initial, revealed: new Uint8Array(n), selected: null, isolated: false,
               dates: null};
  var nodeOn = new Uint8Array(n), edgeOn = new Uint8Array(m), edgeRelation = new Uint8Array(m);
  var counts = {nodes: 0, edges: 0, relations: 0};
  var UNASSERTED = {Conditional: true, Negated: true};

  // ------------------------------------------------------------ dates
  var datedDocs = [];  // indexes of the dated documents, in date order
  docs.forEach(function (doc, index) { if (doc[2]) datedDocs.push(index); });
  datedDocs.sort(function (a, b) { return docs[a][2] < docs[b][2] ? -1 : docs[a][2] > docs[b][2] ? 1 : a - b; });
  var firstDate = datedDocs.length ? docs[datedDocs[0]][2] : null;
  var lastDate = datedDocs.length ? docs[datedDocs[datedDocs.length - 1]][2] : null;
  var docInRange = new Uint8Array(docs.length + 1);  // the last slot: sentences of no known document
  var nodeInRange = new Uint8Array(n), edgeInRange = new Uint8Array(m);
  function computeRange() {
    var range = state.dates;
    for (var d = 0; d < docs.length; d++) {
      var date = docs[d][2];
      docInRange[d] = !range || (date && date >= range.from && date <= range.to) ? 1 : 0;
    }
    docInRange[docs.length] = range ? 0 : 1;
    for (var a = 0; a < n; a++) {
      var on = !range ? 1 : 0;
      (nodes[a].docs || []).forEach(function (doc) { if (docInRange[doc]) on = 1; });
      nodeInRange[a] = on;
    }
    for (var k = 0; k < m; k++) {
      var inRange = 0;
      edges[k].sources.forEach(function (source) { if (docInRange[sourceDoc(source)]) inRange = 1; });
      edgeInRange[k] = inRange;
      if (inRange) { nodeInRange[edges[k].from] = 1; nodeInRange[edges[k].to] = 1; }
    }
  }
  function sourceDoc(source) {
    var doc = sentences[source[0]][1];
    return doc >= 0 ? doc : docs.length;
  }
  // The sources of an edge the document, date and reader-comment filters keep.
  function sourceAllowed(source) {
    var doc = sourceDoc(source);
    if (state.doc >= 0 && doc !== state.doc) return false;
    if (!docInRange[doc]) return false;
    if (!state.comments && source[3]) return false;
    return true;
  }

  function filtersAllow(index) {
    var node = nodes[index];
    if (state.hiddenTypes[types[node.type].key]) return false;
    if (state.doc >= 0 && !(node.docs && node.docs.indexOf(state.doc) >= 0)) return false;
    if (!state.comments && node.comments) return false;
    if (!nodeInRange[index]) return false;
    return true;
  }
  function nodeAllowed(index) {
    if (state.hood) return index === state.hood.node ||
      (state.hood.set[index] === 1 && filtersAllow(index));
    if (!filtersAllow(index)) return false;
    if (isolated[index] && !state.isolated && state.revealed[index] !== 1) return false;
    return state.all || initial[index] === 1 || state.revealed[index] === 1;
  }
  function edgeAllowed(k) {
    var edge = edges[k];
    if (!nodeOn[edge.from] || !nodeOn[edge.to]) return false;
    if (state.hiddenProps[props[edge.core].key]) return false;
    // drawn when a kept sentence states it; a relation when a kept sentence asserts it
    var kept = false, asserted = false;
    for (var s = 0; s < edge.sources.length; s++) {
      if (!sourceAllowed(edge.sources[s])) continue;
      kept = true;
      if (!UNASSERTED[edge.sources[s][1]]) { asserted = true; break; }
    }
    edgeRelation[k] = asserted ? 1 : 0;
    return kept;
  }
  function computeVisible() {
    counts.nodes = 0; counts.edges = 0; counts.relations = 0;
    var relations = {};
    for (var a = 0; a < n; a++) { nodeOn[a] = nodeAllowed(a) ? 1 : 0; counts.nodes += nodeOn[a]; }
    for (var k = 0; k < m; k++) {
      edgeOn[k] = edgeAllowed(k) ? 1 : 0;
      counts.edges += edgeOn[k];
      // a relation as kg counts it: one asserted core triple, however many lines draw it
      var edge = edges[k], key = edge.from + " " + edge.core + " " + edge.to;
      if (edgeOn[k] && edgeRelation[k] && !relations[key]) {
        relations[key] = true;
        counts.relations++;
      }
    }
  }

  // ------------------------------------------------------------ the network
  var labelled = {};
  (data.labelledModalities || []).forEach(function (name) { labelled[name] = true; });
  function edgeText(edge) {
    var text = edge.label;
    if (labelled[edge.modality]) text += " [" + words(edge.modality) + "]";
    return text;
  }
  function shortLabel(label) { return label.length > 32 ? label.slice(0, 31) + "\u2026" : label; }

  var visNodes = new vis.DataSet(nodes.map(function (node, index) {
    var type = types[node.type];
    return {
      id: index, label: node.label, x: node.x, y: node.y, shape: type.shape, size: node.size,
      opacity: node.comments ? 0.55 : 1,
      color: {background: type.colour, border: type.border,
              highlight: {background: type.light, border: "#1f2328"},
              hover: {background: type.light, border: type.border}}
    };
  }));
  var visEdges = new vis.DataSet(edges.map(function (edge, k) {
    var colour = props[edge.core].colour;
    var dashes = data.modalities[edge.modality];
    var item = {
      id: k, from: edge.from, to: edge.to, label: edgeText(edge),
      color: {color: colour, highlight: colour, hover: colour, opacity: edge.comments ? 0.5 : 0.9},
      dashes: dashes === undefined ? [4, 4] : dashes,
      width: 1 + 2 * (edge.confidence === null ? 0.5 : edge.confidence),
      arrows: {to: {enabled: true, scaleFactor: 0.6}}
    };
    if (edge.comments) item.arrows.middle = {enabled: true, type: "circle", scaleFactor: 0.55};
    if (edge.smooth) item.smooth = {enabled: true, type: "curvedCW", roundness: edge.smooth};
    if (edge.labelShift) item.font = {vadjust: edge.labelShift};
    return item;
  }));
  computeRange();
  computeVisible();
  var nodeView = new vis.DataView(visNodes, {filter: function (item) { return nodeOn[item.id] === 1; }});
  var edgeView = new vis.DataView(visEdges, {filter: function (item) { return edgeOn[item.id] === 1; }});
  var network = new vis.Network(container, {nodes: nodeView, edges: edgeView}, data.options);

  function refresh() {
    computeVisible();
    nodeView.refresh();
    edgeView.refresh();
    updateChrome();
    if (state.selected) {
      var selected = state.selected;
      if (selected.kind === "node" && nodeOn[selected.index]) network.selectNodes([selected.index], true);
      else if (selected.kind === "edge" && edgeOn[selected.index])
        network.setSelection({nodes: [], edges: [selected.index]}, {highlightEdges: false});
    }
  }

  function animation(duration) {
    return reducedMotion ? false : {duration: duration, easingFunction: "easeInOutQuad"};
  }
  function fitTo(indexes, animate, maxScale) {
    if (!indexes.length) return;
    var minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
    indexes.forEach(function (index) {
      var node = nodes[index];
      minX = Math.min(minX, node.x - node.size - 80); maxX = Math.max(maxX, node.x + node.size + 80);
      minY = Math.min(minY, node.y - node.size - 10); maxY = Math.max(maxY, node.y + node.size + 40);
    });
    var width = container.clientWidth || 800, height = container.clientHeight || 600;
    var scale = Math.min((width - 40) / (maxX - minX), (height - 40) / (maxY - minY));
    scale = Math.max(0.01, Math.min(scale, maxScale || 1.1));
    network.moveTo({position: {x: (minX + maxX) / 2, y: (minY + maxY) / 2}, scale: scale,
                    animation: animate ? animation(400) : false});
  }
  function visibleIndexes() {
    var list = [];
    for (var a = 0; a < n; a++) if (nodeOn[a]) list.push(a);
    return list;
  }
  function fitVisible(animate) { fitTo(visibleIndexes(), animate); }

  // Labels of the main entities when vis-network's own are too small to draw: the most
  // central always (beside their node where there is room, else over the others), then as
  // many more as fit, each below, above, right or left of its node.
  var labelWidth = new Float32Array(n);
  var drawnLabels = [];
  function drawOverviewLabels(ctx) {
    var scale = network.getScale();
    drawnLabels = [];
    if (NODE_FONT * scale >= LABEL_MIN) return;
    var width = container.clientWidth, height = container.clientHeight;
    var ratio = window.devicePixelRatio || 1;
    var placed = [], looked = 0;
    ctx.save();
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.font = "500 12.5px " + FONT;
    ctx.textAlign = "left";
    ctx.textBaseline = "top";
    ctx.lineJoin = "round";
    function free(box) {
      if (box[0] < 0 || box[0] + box[2] > width || box[1] < 0 || box[1] + box[3] > height) return false;
      for (var p = 0; p < placed.length; p++) {
        var other = placed[p];
        if (box[0] < other[0] + other[2] && other[0] < box[0] + box[2] &&
            box[1] < other[1] + other[3] && other[1] < box[1] + box[3]) return false;
      }
      return true;
    }
    function label(index, force) {
      if (!nodeOn[index]) return;
      var node = nodes[index];
      var point = network.canvasToDOM({x: node.x, y: node.y});
      if (point.x < -150 || point.x > width + 150 || point.y < -40 || point.y > height + 20) return;
      var text = shortLabel(node.label);
      var textWidth = labelWidth[index] || (labelWidth[index] = ctx.measureText(text).width);
      var radius = Math.max(node.size * scale, 3) + 2;
      var boxes = [
        [point.x - textWidth / 2 - 3, point.y + radius - 1],       // below
        [point.x - textWidth / 2 - 3, point.y - radius - 16],      // above
        [point.x + radius, point.y - 8],                           // right
        [point.x - radius - textWidth - 6, point.y - 8]            // left
      ].map(function (corner) { return [corner[0], corner[1], textWidth + 6, 17]; });
      var box = null;
      for (var b = 0; b < boxes.length && box === null; b++) if (free(boxes[b])) box = boxes[b];
      if (box === null) {
        if (!force) return;
        box = boxes[0];
      }
      placed.push(box);
      drawnLabels.push(node.label);
      ctx.lineWidth = 4;
      ctx.strokeStyle = "rgba(255, 255, 255, 0.92)";
      ctx.strokeText(text, box[0] + 3, box[1] + 1);
      ctx.fillStyle = "#1f2328";
      ctx.fillText(text, box[0] + 3, box[1] + 1);
    }
    var selected = state.selected;
    if (selected && selected.kind === "node") {
      label(selected.index, true);
      incident[selected.index].slice(0, 40).forEach(function (k) {
        if (!edgeOn[k]) return;
        var edge = edges[k];
        label(edge.from === selected.index ? edge.to : edge.from, false);
      });
    } else if (selected && selected.kind === "edge") {
      label(edges[selected.index].from, true);
      label(edges[selected.index].to, true);
    }
    var central = 0;
    for (var r = 0; r < n && placed.length < LABEL_BUDGET && looked < 5000; r++) {
      if (!nodeOn[byRank[r]]) continue;
      looked++;
      label(byRank[r], central < LABEL_ALWAYS);
      central++;
    }
    ctx.restore();
  }
  network.on("afterDrawing", function (ctx) {
    drawOverviewLabels(ctx);
    if (!api.ready) setTimeout(markReady, 0);
  });

  // ------------------------------------------------------------ tooltip
  function showTooltip(pointer, title, detail) {
    tooltip.textContent = "";
    tooltip.appendChild(el("div", null, title));
    if (detail) tooltip.appendChild(el("div", "kg-dim", detail));
    tooltip.hidden = false;
    var x = Math.min(pointer.x + 14, container.clientWidth - tooltip.offsetWidth - 6);
    var y = pointer.y + 16;
    if (y + tooltip.offsetHeight > container.clientHeight) y = pointer.y - tooltip.offsetHeight - 10;
    tooltip.style.left = Math.max(4, x) + "px";
    tooltip.style.top = Math.max(4, y) + "px";
  }
  function hideTooltip() { tooltip.hidden = true; }
  network.on("hoverNode", function (params) {
    var node = nodes[params.node];
    showTooltip(params.pointer.DOM, node.label, node.kind + " \u00b7 " +
      plural(node.degree, "connection") + " \u00b7 click for details");
  });
  network.on("hoverEdge", function (params) {
    var edge = edges[params.edge];
    showTooltip(params.pointer.DOM, nodes[edge.from].label + " \u2192 " + edgeText(edge) + " \u2192 " +
      nodes[edge.to].label, plural(edge.sources.length, "sentence") + " \u00b7 click to read");
  });
  ["blurNode", "blurEdge", "dragStart", "zoom"].forEach(function (name) { network.on(name, hideTooltip); });
  container.addEventListener("mouseleave", hideTooltip);

  // ------------------------------------------------------------ selection
  function ensureNodeVisible(index) {
    var node = nodes[index], changed = false;
    if (state.hiddenTypes[types[node.type].key]) { delete state.hiddenTypes[types[node.type].key]; changed = true; }
    if (state.doc >= 0 && !(node.docs && node.docs.indexOf(state.doc) >= 0)) { state.doc = -1; changed = true; }
    if (!state.comments && node.comments) { state.comments = true; changed = true; }
    if (!nodeInRange[index]) { state.dates = null; computeRange(); changed = true; }
    if (state.hood && state.hood.set[index] !== 1) { state.hood = null; changed = true; }
    if ((!state.all && !initial[index] || isolated[index] && !state.isolated) && !state.revealed[index]) {
      state.revealed[index] = 1; changed = true;
    }
    if (changed) refresh();
  }
  function ensureEdgeVisible(k) {
    var edge = edges[k], changed = false;
    ensureNodeVisible(edge.from);
    ensureNodeVisible(edge.to);
    if (state.hiddenProps[props[edge.core].key]) { delete state.hiddenProps[props[edge.core].key]; changed = true; }
    if (!state.comments && edge.comments) { state.comments = true; changed = true; }
    if (state.doc >= 0 && edge.docs.indexOf(state.doc) < 0) { state.doc = -1; changed = true; }
    if (!edgeInRange[k]) { state.dates = null; computeRange(); changed = true; }
    if (!edge.sources.some(sourceAllowed)) {  // each filter keeps some sentence, but none all
      state.doc = -1; state.dates = null; state.comments = true; computeRange(); changed = true;
    }
    if (changed) refresh();
  }
  function focusNode(index) {
    network.focus(index, {scale: Math.max(network.getScale(), 0.9), animation: animation(450)});
  }
  function selectNode(index, focus) {
    ensureNodeVisible(index);
    state.selected = {kind: "node", index: index};
    network.selectNodes([index], true);
    renderNodePanel(index);
    if (focus) focusNode(index);
    network.redraw();
  }
  function selectEdge(k, focus) {
    ensureEdgeVisible(k);
    state.selected = {kind: "edge", index: k};
    network.setSelection({nodes: [], edges: [k]}, {unselectAll: true, highlightEdges: false});
    renderEdgePanel(k);
    if (focus) fitTo([edges[k].from, edges[k].to], true, Math.max(network.getScale(), 0.9));
    network.redraw();
  }
  function clearSelection() {
    state.selected = null;
    network.unselectAll();
    renderOverviewPanel();
    network.redraw();
  }
  network.on("click", function (params) {
    hideTooltip();
    if (params.nodes.length) selectNode(params.nodes[0], false);
    else if (params.edges.length) selectEdge(params.edges[0], false);
    else clearSelection();
  });
  network.on("doubleClick", function (params) {
    if (params.nodes.length) setNeighbourhood(params.nodes[0], 1);
  });
  network.on("dragEnd", function (params) {
    if (!params.nodes.length) return;
    var positions = network.getPositions(params.nodes);
    params.nodes.forEach(function (id) { nodes[id].x = positions[id].x; nodes[id].y = positions[id].y; });
  });

  // ------------------------------------------------------------ side panel
  function clear(element) { while (element.firstChild) element.removeChild(element.firstChild); }
  function dot(colour) {
    var mark = el("span", "kg-dot");
    mark.style.background = colour;
    return mark;
  }
  function linkButton(className, onClick) {
    var button = el("button", "kg-link" + (className ? " " + className : ""));
    button.type = "button";
    button.addEventListener("click", onClick);
    return button;
  }
  function action(text, onClick) {
    var button = el("button", "kg-action", text);
    button.type = "button";
    button.addEventListener("click", onClick);
    return button;
  }
  function fields(rows) {
    var list = el("dl", "kg-fields");
    rows.forEach(function (row) {
      if (row[1] === null || row[1] === undefined || row[1] === "") return;
      list.appendChild(el("dt", null, row[0]));
      var value = el("dd");
      if (typeof row[1] === "string") value.textContent = row[1];
      else value.appendChild(row[1]);
      list.appendChild(value);
    });
    return list;
  }
  function withNote(text, note) {
    var span = el("span", "kg-other", text);
    if (note) {
      span.appendChild(document.createTextNode(" "));
      span.appendChild(el("span", "kg-dim", note));
    }
    return span;
  }
  function nodeLink(index, note) {
    var button = linkButton(null, function () { selectNode(index, true); });
    button.appendChild(dot(types[nodes[index].type].colour));
    button.appendChild(withNote(nodes[index].label, note));
    return button;
  }

  function renderOverviewPanel() {
    clear(panel);
    panel.appendChild(el("p", "kg-hint", "Click an entity or a relation to see its details and " +
      "the sentences it was read from. Scroll to zoom, drag to pan; double-click an entity " +
      "for its neighbourhood; press / to search, Esc to clear."));
    panel.appendChild(el("h3", null, "Most connected"));
    var list = el("ul", "kg-list");
    byRank.slice(0, 12).forEach(function (index) {
      var item = el("li");
      item.appendChild(nodeLink(index, nodes[index].kind + " \u00b7 " +
        plural(nodes[index].degree, "connection")));
      list.appendChild(item);
    });
    panel.appendChild(list);
    if (docs.length) {
      panel.appendChild(el("h3", null, plural(docs.length, "document")));
      var docList = el("ul", "kg-list");
      var order = datedDocs.slice();  // by date, undated last
      docs.forEach(function (doc, index) { if (!doc[2]) order.push(index); });
      order.slice(0, 12).forEach(function (index) { docList.appendChild(el("li", null, datedName(index))); });
      if (docs.length > 12) docList.appendChild(el("li", "kg-dim", "and " + (docs.length - 12) + " more"));
      panel.appendChild(docList);
    }
  }

  // One relation of an entity: "wrote to  GP Committee England" under "Wes Streeting →",
  // "Katie Bramall  chair of" under "→ GP Committee England".
  function relationItem(k, from) {
    var edge = edges[k], outgoing = edge.from === from;
    var other = outgoing ? edge.to : edge.from;
    var button = linkButton(edgeOn[k] ? null : "kg-hidden", function () { selectEdge(k, true); });
    var relation = el("span", "kg-rel", edge.label);
    relation.style.color = props[edge.core].colour;
    var notes = [];
    if (edge.modality !== "Asserted") notes.push(words(edge.modality));
    if (edge.sources.length > 1) notes.push(edge.sources.length + " sentences");
    if (edge.comments) notes.push("reader comment");
    if (!edgeOn[k]) notes.push("hidden");
    if (outgoing) {
      button.appendChild(relation);
      button.appendChild(withNote(nodes[other].label, notes.join(" \u00b7 ")));
    } else {
      var name = withNote(nodes[other].label, "");
      name.className = "kg-subject";
      button.appendChild(name);
      button.appendChild(relation);
      if (notes.length) button.appendChild(el("span", "kg-dim", notes.join(" \u00b7 ")));
    }
    button.title = nodes[edge.from].label + " " + edge.label + " " + nodes[edge.to].label;
    return button;
  }

  function renderNodePanel(index) {
    var node = nodes[index], type = types[node.type];
    clear(panel);
    var kind = el("div", "kg-kind");
    kind.appendChild(dot(type.colour));
    kind.appendChild(el("span", null, node.kind === type.label ? type.label : node.kind + " \u00b7 " + type.label));
    panel.appendChild(kind);
    panel.appendChild(el("h2", "kg-title", node.label));
    if (node.comments) {
      var badges = el("div", "kg-badges");
      badges.appendChild(el("span", "kg-badge kg-comment", "only in reader comments"));
      panel.appendChild(badges);
    }
    var docList = null;
    if (node.docs && node.docs.length) {
      docList = el("div");
      node.docs.forEach(function (doc) { docList.appendChild(el("div", null, datedName(doc))); });
    }
    var rows = [
      ["Also called", (node.aliases || []).join(", ")],
      [node.docs && node.docs.length > 1 ? "Documents" : "Document", docList],
      ["Mentions", node.mentions ? String(node.mentions) : ""],
      ["Connections", plural(node.degree, "entity", "entities") + " (#" + (node.rank + 1) +
        " of " + n.toLocaleString("en-GB") + ")"]
    ];
    (node.details || []).forEach(function (pair) { rows.push([pair[0].charAt(0).toUpperCase() + pair[0].slice(1), pair[1]]); });
    panel.appendChild(fields(rows));

    var actions = el("div", "kg-actions");
    var hood = state.hood && state.hood.node === index;
    actions.appendChild(action(hood && state.hood.depth === 1 ? "Neighbourhood: 2 steps" : "Show its neighbourhood",
      function () { setNeighbourhood(index, hood && state.hood.depth === 1 ? 2 : 1); }));
    if (state.hood) actions.appendChild(action("Show everything", function () { setNeighbourhood(null); }));
    var hidden = 0, hiddenList = [];
    incident[index].forEach(function (k) {
      var other = edges[k].from === index ? edges[k].to : edges[k].from;
      if (!nodeOn[other]) { hidden++; hiddenList.push(other); }
    });
    if (hidden && !state.hood) {
      actions.appendChild(action("Show " + plural(hidden, "hidden neighbour"), function () {
        hiddenList.forEach(function (other) { state.revealed[other] = 1; });
        refresh();
        renderNodePanel(index);
      }));
    }
    panel.appendChild(actions);

    function byLabels(a, b, other) {
      var ea = edges[a], eb = edges[b];
      if (ea.label !== eb.label) return ea.label < eb.label ? -1 : 1;
      var na = nodes[other(ea)].label, nb = nodes[other(eb)].label;
      return na < nb ? -1 : na > nb ? 1 : 0;
    }
    var outgoing = incident[index].filter(function (k) { return edges[k].from === index; });
    var incoming = incident[index].filter(function (k) { return edges[k].from !== index; });
    outgoing.sort(function (a, b) { return byLabels(a, b, function (e) { return e.to; }); });
    incoming.sort(function (a, b) { return byLabels(a, b, function (e) { return e.from; }); });
    panel.appendChild(el("h3", null, "Relations (" + incident[index].length + ")"));
    if (!incident[index].length) panel.appendChild(el("p", "kg-dim", "No relation was read for this entity."));
    [[outgoing, node.label + " \u2192"], [incoming, "\u2192 " + node.label]].forEach(function (group) {
      if (!group[0].length) return;
      panel.appendChild(el("h4", "kg-direction", group[1]));
      var list = el("ul", "kg-list");
      group[0].slice(0, 300).forEach(function (k) {
        var item = el("li");
        item.appendChild(relationItem(k, index));
        list.appendChild(item);
      });
      if (group[0].length > 300) list.appendChild(el("li", "kg-dim", "and " + (group[0].length - 300) + " more"));
      panel.appendChild(list);
    });

    if (node.quotes && node.quotes.length) {
      panel.appendChild(el("h3", null, "Quotes (" + node.quotes.length + ")"));
      node.quotes.forEach(function (quote) {
        var block = el("blockquote", "kg-quote");
        block.appendChild(el("div", null, "\u201c" + quote[0] + "\u201d"));
        block.appendChild(el("div", "kg-meta", docName(quote[1])));
        panel.appendChild(block);
      });
    }
    panel.scrollTop = 0;
  }

  function sentenceBlock(text, start, end) {
    var block = el("blockquote", "kg-sentence");
    if (start >= 0 && end > start && end <= text.length) {
      block.appendChild(document.createTextNode(text.slice(0, start)));
      block.appendChild(el("mark", null, text.slice(start, end)));
      block.appendChild(document.createTextNode(text.slice(end)));
    } else {
      block.textContent = text || "(no sentence recorded)";
    }
    return block;
  }

  function renderEdgePanel(k) {
    var edge = edges[k], prop = props[edge.core];
    clear(panel);
    var kind = el("div", "kg-kind");
    kind.appendChild(dot(prop.colour));
    kind.appendChild(el("span", null, prop.label === edge.label ? "Relation" : "Relation \u00b7 " + prop.label));
    panel.appendChild(kind);
    panel.appendChild(el("h2", "kg-title", edge.label));
    var ends = fields([["From", nodeLink(edge.from)], ["To", nodeLink(edge.to)]]);
    ends.className += " kg-ends";
    panel.appendChild(ends);
    var badges = el("div", "kg-badges");
    badges.appendChild(el("span", "kg-badge" + (edge.modality === "Asserted" ? "" : " kg-unasserted"),
      words(edge.modality)));
    if (edge.confidence !== null) badges.appendChild(el("span", "kg-badge", "confidence " + edge.confidence.toFixed(2)));
    if (edge.comments) badges.appendChild(el("span", "kg-badge kg-comment", "only in reader comments"));
    panel.appendChild(badges);
    panel.appendChild(el("h3", null, edge.sources.length === 1 ? "Source sentence" :
      "Source sentences (" + edge.sources.length + ")"));
    var list = el("ol", "kg-sources");
    // in date order (the data's order), each with its date and document
    edge.sources.forEach(function (source) {
      var sentence = sentences[source[0]];
      var outside = state.dates && !docInRange[sourceDoc(source)];
      var item = el("li", (source[3] ? "kg-from-comments" : "") + (outside ? " kg-outside" : ""));
      item.appendChild(sentenceBlock(sentence[0], source[4], source[5]));
      var meta = [docName(sentence[1])];
      if (outside) meta.push("outside the dates shown");
      if (source[2] !== null) meta.push("confidence " + source[2].toFixed(2));
      meta.push(words(source[1]));
      if (source[6]) meta.push("rule " + source[6]);
      var line = el("div", "kg-meta");
      if (data.dated) {  // the date first, in bold
        line.appendChild(el("span", "kg-date", docs[sentence[1]] && docs[sentence[1]][2] || "undated"));
        line.appendChild(document.createTextNode(" \u00b7 "));
      }
      line.appendChild(document.createTextNode(meta.join(" \u00b7 ")));
      if (source[3]) {
        line.appendChild(document.createTextNode(" "));
        line.appendChild(el("span", "kg-badge kg-comment", "reader comment"));
      }
      item.appendChild(line);
      list.appendChild(item);
    });
    panel.appendChild(list);
    panel.scrollTop = 0;
  }

  // ------------------------------------------------------------ modes
  function setNeighbourhood(index, depth) {
    if (index === null || index === undefined) {
      state.hood = null;
    } else {
      depth = depth || 1;
      var set = new Uint8Array(n), frontier = [index];
      set[index] = 1;
      for (var d = 0; d < depth; d++) {
        var next = [];
        frontier.forEach(function (a) {
          incident[a].forEach(function (k) {
            var edge = edges[k];
            if (state.hiddenProps[props[edge.core].key] || (!state.comments && edge.comments)) return;
            var b = edge.from === a ? edge.to : edge.from;
            if (!set[b]) { set[b] = 1; next.push(b); }
          });
        });
        frontier = next;
      }
      state.hood = {node: index, depth: depth, set: set};
    }
    refresh();
    fitVisible(true);
    if (index !== null && index !== undefined) selectNode(index, false);
    else if (state.selected) (state.selected.kind === "node" ? renderNodePanel : renderEdgePanel)(state.selected.index);
  }
  function showAll(on) {
    state.all = on !== false;
    state.hood = null;
    if (!state.all) state.revealed = new Uint8Array(n);
    refresh();
    fitVisible(true);
  }
  function reset() {
    state.hiddenTypes = {}; state.hiddenProps = {}; state.doc = -1; state.comments = true;
    state.hood = null; state.all = !data.initial; state.revealed = new Uint8Array(n);
    state.isolated = false;
    state.dates = null;
    computeRange();
    searchBox.value = "";
    closeSuggestions();
    state.selected = null;
    network.unselectAll();
    refresh();
    renderOverviewPanel();
    fitVisible(true);
  }

  function updateChrome() {
    shown.textContent = counts.nodes < n || counts.edges < m
      ? " \u00b7 showing " + plural(counts.nodes, "entity", "entities") + " and " + plural(counts.relations, "relation")
      : "";
    clear(banner);
    if (data.initial && !state.hood) {
      if (!state.all) {
        banner.appendChild(el("span", null, "Showing the " + data.initial.length.toLocaleString("en-GB") +
          " most connected of " + plural(n, "entity", "entities") + "."));
        banner.appendChild(action("Show all " + n.toLocaleString("en-GB"), function () { showAll(true); }));
      } else {
        banner.appendChild(el("span", null, "Showing all " + plural(n, "entity", "entities") + "."));
        banner.appendChild(action("Only the " + data.initial.length.toLocaleString("en-GB") + " most connected",
          function () { showAll(false); }));
      }
      banner.hidden = false;
    } else {
      banner.hidden = true;
    }
    clear(modeChip);
    if (state.hood) {
      modeChip.appendChild(el("span", null, "Neighbourhood of " + nodes[state.hood.node].label +
        " (" + plural(state.hood.depth, "step") + ")"));
      modeChip.appendChild(action("\u00d7", function () { setNeighbourhood(null); }));
      modeChip.lastChild.setAttribute("aria-label", "Leave the neighbourhood");
      modeChip.hidden = false;
    } else {
      modeChip.hidden = true;
    }
    document.querySelectorAll("input[data-kg-type]").forEach(function (box) {
      box.checked = !state.hiddenTypes[box.getAttribute("data-kg-type")];
    });
    document.querySelectorAll("input[data-kg-property]").forEach(function (box) {
      box.checked = !state.hiddenProps[box.getAttribute("data-kg-property")];
    });
    docSelect.value = state.doc >= 0 ? String(state.doc) : "";
    if (commentsBox) commentsBox.checked = state.comments;
    if (isolatedBox) isolatedBox.checked = state.isolated;
    if (strip) {
      dateFrom.value = state.dates ? state.dates.from : firstDate;
      dateTo.value = state.dates ? state.dates.to : lastDate;
      dateFrom.removeAttribute("aria-invalid");
      dateTo.removeAttribute("aria-invalid");
      strip.classList.toggle("kg-ranged", !!state.dates);
      paintStrip();
    }
  }

  // ------------------------------------------------------------ search
  function matches(text, limit) {
    var query = fold(text);
    if (!query) return [];
    var found = [];
    for (var a = 0; a < n; a++) {
      var best = 9, which = 0, list = names[a];
      for (var j = 0; j < list.length && best > 0; j++) {
        var name = list[j], score = 9;
        if (name === query) score = 0;
        else if (name.lastIndexOf(query, 0) === 0) score = 1;
        else if ((" " + name).indexOf(" " + query) >= 0) score = 2;
        else if (name.indexOf(query) >= 0) score = 3;
        if (score < best) { best = score; which = j; }
      }
      if (best < 9) found.push({index: a, score: best, alias: which ? nodes[a].aliases[which - 1] : null});
    }
    found.sort(function (x, y) { return x.score - y.score || nodes[x.index].rank - nodes[y.index].rank; });
    return found.slice(0, limit);
  }
  var suggestions = [], active = -1;
  function closeSuggestions() {
    suggest.hidden = true;
    clear(suggest);
    suggestions = [];
    active = -1;
    searchBox.removeAttribute("aria-activedescendant");
  }
  function choose(index) {
    closeSuggestions();
    searchBox.value = nodes[index].label;
    selectNode(index, true);
  }
  function showSuggestions() {
    suggestions = matches(searchBox.value, 8);
    clear(suggest);
    active = suggestions.length ? 0 : -1;
    if (!searchBox.value.trim()) { closeSuggestions(); return; }
    if (!suggestions.length) {
      suggest.appendChild(el("li", "kg-none", "No entity has this name or alias"));
    }
    suggestions.forEach(function (match, position) {
      var node = nodes[match.index];
      var item = el("li");
      item.id = "kg-suggest-" + position;
      item.setAttribute("role", "option");
      item.setAttribute("aria-selected", position === active ? "true" : "false");
      item.appendChild(dot(types[node.type].colour));
      item.appendChild(el("span", null, node.label));
      item.appendChild(el("span", "kg-dim", (match.alias ? "\u201c" + match.alias + "\u201d \u00b7 " : "") + node.kind));
      item.addEventListener("mousedown", function (event) { event.preventDefault(); choose(match.index); });
      suggest.appendChild(item);
    });
    suggest.hidden = false;
  }
  function moveActive(step) {
    if (!suggestions.length) return;
    active = (active + step + suggestions.length) % suggestions.length;
    Array.prototype.forEach.call(suggest.children, function (item, position) {
      item.setAttribute("aria-selected", position === active ? "true" : "false");
    });
    searchBox.setAttribute("aria-activedescendant", "kg-suggest-" + active);
  }
  searchBox.addEventListener("input", showSuggestions);
  searchBox.addEventListener("focus", function () { if (searchBox.value.trim()) showSuggestions(); });
  searchBox.addEventListener("blur", function () { setTimeout(closeSuggestions, 100); });
  searchBox.addEventListener("keydown", function (event) {
    if (event.key === "ArrowDown") { moveActive(1); event.preventDefault(); }
    else if (event.key === "ArrowUp") { moveActive(-1); event.preventDefault(); }
    else if (event.key === "Enter") {
      var found = suggestions.length ? suggestions[Math.max(active, 0)] : matches(searchBox.value, 1)[0];
      if (found) choose(found.index);
      event.preventDefault();
    } else if (event.key === "Escape") { closeSuggestions(); searchBox.blur(); }
  });


  // ------------------------------------------------------------ the date strip and range
  // Documents placed by date on an axis (those within a few pixels stacked); hover names
  // them; drag across the strip, click a mark or use the two date inputs to choose a range.
  function dayOf(iso) {
    return Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 864e5;
  }
  function isoOf(day) { return new Date(Math.round(day) * 864e5).toISOString().slice(0, 10); }
  var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  var STRIP_MARGIN = 14, STRIP_COLUMN = 9, STRIP_STACK = 3;
  var stripTip = null, stripAxis = null, stripBand = null, stripMarks = [];

  function setDates(from, to) {
    from = from || firstDate; to = to || lastDate;
    if (from > to) { var swap = from; from = to; to = swap; }
    if (from < firstDate) from = firstDate;
    if (to > lastDate) to = lastDate;
    // the whole span is no filter: undated documents are shown again
    state.dates = from <= firstDate && to >= lastDate ? null : {from: from, to: to};
    computeRange();
    refresh();
    if (state.selected && state.selected.kind === "edge") renderEdgePanel(state.selected.index);
  }
  function stripScale() {
    var width = strip.clientWidth || 400;
    var first = dayOf(firstDate), last = dayOf(lastDate);
    if (last - first < 30) { var middle = (first + last) / 2; first = middle - 15; last = middle + 15; }
    var span = last - first, inner = Math.max(width - 2 * STRIP_MARGIN, 10);
    return {
      width: width,
      x: function (day) { return STRIP_MARGIN + (day - first) / span * inner; },
      day: function (x) { return first + (x - STRIP_MARGIN) / inner * span; },
      first: first, last: last
    };
  }
  function drawStrip() {
    if (!strip) return;
    clear(strip);
    var scale = stripScale();
    stripAxis = el("div", "kg-strip-axis");
    strip.appendChild(stripAxis);
    // ticks: months (every 1, 2, 3 or 6) or years, at least 58 pixels apart
    var perMonth = (scale.x(30.44) - scale.x(0));
    var steps = [1, 2, 3, 6, 12, 24, 60, 120], step = steps[steps.length - 1];
    for (var t = 0; t < steps.length; t++) if (steps[t] * perMonth >= 58) { step = steps[t]; break; }
    var start = new Date(scale.first * 864e5), labelled = false;
    for (var month = start.getUTCFullYear() * 12 + start.getUTCMonth(); ; month++) {
      var year = Math.floor(month / 12), day = Date.UTC(year, month % 12, 1) / 864e5;
      if (day > scale.last) break;
      if (day < scale.first || month % step) continue;
      var x = scale.x(day);
      var tick = el("div", "kg-strip-tick");
      tick.style.left = x + "px";
      strip.appendChild(tick);
      var text = step >= 12 ? String(year) : month % 12 === 0 || !labelled ?
        MONTHS[month % 12] + " " + year : MONTHS[month % 12];
      var label = el("div", "kg-strip-label", text);
      label.style.left = x + "px";
      strip.appendChild(label);
      labelled = true;
    }
    stripBand = el("div", "kg-strip-range");
    stripBand.hidden = true;
    strip.appendChild(stripBand);
    // documents: one column per few pixels, a mark per document (a count above when many)
    stripMarks = [];
    var column = null;
    datedDocs.forEach(function (index) {
      var x = scale.x(dayOf(docs[index][2]));
      if (!column || x - column.x > STRIP_COLUMN) {
        column = {x: x, docs: []};
        stripMarks.push(column);
      }
      column.docs.push(index);
    });
    stripMarks.forEach(function (col, c) {
      var button = el("button", "kg-strip-doc");
      button.type = "button";
      button.style.left = col.x + "px";
      col.docs.slice(0, STRIP_STACK).forEach(function () { button.appendChild(el("i")); });
      // a count over a full column where it has room (the tooltip gives it anyway)
      var room = (c === 0 || col.x - stripMarks[c - 1].x >= 18) &&
        (c === stripMarks.length - 1 || stripMarks[c + 1].x - col.x >= 18);
      if (col.docs.length > STRIP_STACK && room) button.appendChild(el("b", null, String(col.docs.length)));
      var first = docs[col.docs[0]][2], last = docs[col.docs[col.docs.length - 1]][2];
      button.setAttribute("aria-label", plural(col.docs.length, "document") + ", " +
        (first === last ? first : first + " to " + last) + ": show only " +
        (first === last ? "this date" : "these dates"));
      button.addEventListener("mouseenter", function () { showStripTip(col); });
      button.addEventListener("focus", function () { showStripTip(col); });
      button.addEventListener("mouseleave", hideStripTip);
      button.addEventListener("blur", hideStripTip);
      button.addEventListener("click", function () { setDates(first, last); });
      col.button = button;
      strip.appendChild(button);
    });
    stripTip = el("div", "kg-tooltip kg-strip-tip");
    stripTip.hidden = true;
    strip.appendChild(stripTip);
    paintStrip();
  }
  // The chosen range shaded and the documents outside it greyed.
  function paintStrip(preview) {
    if (!strip || !stripBand) return;
    var range = preview || state.dates, scale = stripScale();
    stripBand.hidden = !range;
    if (range) {
      var left = scale.x(dayOf(range.from)) - STRIP_COLUMN / 2;
      var right = scale.x(dayOf(range.to)) + STRIP_COLUMN / 2;
      stripBand.style.left = left + "px";
      stripBand.style.width = Math.max(right - left, 2) + "px";
    }
    stripMarks.forEach(function (col) {
      var inside = !range || col.docs.some(function (index) {
        return docs[index][2] >= range.from && docs[index][2] <= range.to;
      });
      col.button.classList.toggle("kg-off", !inside);
    });
  }
  function showStripTip(col) {
    clear(stripTip);
    col.docs.slice(0, 8).forEach(function (index) {
      var line = el("div");
      line.appendChild(el("span", "kg-dim", docs[index][2] + "  "));
      line.appendChild(document.createTextNode(docs[index][1] || docs[index][0]));
      stripTip.appendChild(line);
    });
    if (col.docs.length > 8) stripTip.appendChild(el("div", "kg-dim", "and " + (col.docs.length - 8) + " more"));
    stripTip.hidden = false;
    var left = Math.min(Math.max(col.x - 20, 0), strip.clientWidth - stripTip.offsetWidth);
    stripTip.style.left = Math.max(left, 0) + "px";
  }
  function hideStripTip() { if (stripTip) stripTip.hidden = true; }

  if (strip) {
    var dragFrom = null, dragged = false;
    var dragRange = function (event) {
      var box = strip.getBoundingClientRect(), scale = stripScale();
      var a = scale.day(dragFrom), b = scale.day(event.clientX - box.left);
      return {from: isoOf(Math.max(Math.min(a, b), scale.first)),
              to: isoOf(Math.min(Math.max(a, b), scale.last))};
    };
    strip.addEventListener("pointerdown", function (event) {
      if (event.button !== 0) return;
      dragFrom = event.clientX - strip.getBoundingClientRect().left;
      dragged = false;
    });
    window.addEventListener("pointermove", function (event) {
      if (dragFrom === null) return;
      if (!dragged && Math.abs(event.clientX - strip.getBoundingClientRect().left - dragFrom) < 4) return;
      dragged = true;
      hideStripTip();
      paintStrip(dragRange(event));
    });
    window.addEventListener("pointerup", function (event) {
      if (dragFrom === null) return;
      var range = dragged ? dragRange(event) : null;
      dragFrom = null;
      if (range) { setDates(range.from, range.to); fitVisible(true); }
    });
    // a drag ends with a click on whatever is under the pointer: not a mark's click
    strip.addEventListener("click", function (event) {
      if (dragged) { event.stopPropagation(); dragged = false; }
    }, true);
    // a date typed as YYYY-MM-DD (an empty box: the first or last date); anything else is
    // marked and left unapplied
    var typedDate = function (input) {
      var text = input.value.trim();
      if (!text) return "";
      return /^\d{4}-\d{2}-\d{2}$/.test(text) && isoOf(dayOf(text)) === text ? text : null;
    };
    [dateFrom, dateTo].forEach(function (input) {
      input.addEventListener("input", function () { input.removeAttribute("aria-invalid"); });
      input.addEventListener("change", function () {
        var from = typedDate(dateFrom), to = typedDate(dateTo);
        if (from === null || to === null) {
          input.setAttribute("aria-invalid", "true");
          return;
        }
        // a first date after the last (or the reverse) moves the other end to its bound
        if ((from || firstDate) > (to || lastDate)) {
          if (input === dateFrom) to = ""; else from = "";
        }
        setDates(from, to);
        fitVisible(true);
      });
    });
    document.getElementById("kg-date-all").addEventListener("click", function () {
      setDates(null, null);
      fitVisible(true);
    });
    var resizing = false;
    window.addEventListener("resize", function () {
      if (resizing) return;
      resizing = true;
      requestAnimationFrame(function () { resizing = false; drawStrip(); });
    });
  }

  // ------------------------------------------------------------ controls
  document.querySelectorAll("input[data-kg-type]").forEach(function (box) {
    box.addEventListener("change", function () {
      var key = box.getAttribute("data-kg-type");
      if (box.checked) delete state.hiddenTypes[key]; else state.hiddenTypes[key] = true;
      refresh();
    });
  });
  document.querySelectorAll("input[data-kg-property]").forEach(function (box) {
    box.addEventListener("change", function () {
      var key = box.getAttribute("data-kg-property");
      if (box.checked) delete state.hiddenProps[key]; else state.hiddenProps[key] = true;
      refresh();
    });
  });
  docSelect.addEventListener("change", function () {
    state.doc = docSelect.value === "" ? -1 : Number(docSelect.value);
    refresh();
    fitVisible(true);
  });
  if (isolatedBox) isolatedBox.addEventListener("change", function () {
    state.isolated = isolatedBox.checked;
    refresh();
    fitVisible(true);
  });
  if (commentsBox) commentsBox.addEventListener("change", function () {
    state.comments = commentsBox.checked;
    refresh();
  });
  document.getElementById("kg-fit").addEventListener("click", function () { fitVisible(true); });
  document.getElementById("kg-reset").addEventListener("click", reset);
  document.addEventListener("keydown", function (event) {
    var typing = event.target && /^(INPUT|SELECT|TEXTAREA)$/.test(event.target.tagName);
    if (event.key === "/" && !typing) { searchBox.focus(); searchBox.select(); event.preventDefault(); }
    else if (event.key === "Escape" && !typing) {
      if (state.hood) setNeighbourhood(null); else clearSelection();
    }
  });

  // ------------------------------------------------------------ API for tests and users
  function findLabel(label) {
    var best = -1;
    for (var a = 0; a < n; a++) {
      if (nodes[a].label === label && (best < 0 || nodes[a].rank < nodes[best].rank)) best = a;
    }
    if (best >= 0) return best;
    var found = matches(label, 1);
    return found.length && found[0].score === 0 ? found[0].index : -1;
  }
  function findEdge(fromLabel, toLabel, property) {
    var a = findLabel(fromLabel), b = findLabel(toLabel);
    if (a < 0 || b < 0) return -1;
    var best = -1;
    incident[a].forEach(function (k) {
      var edge = edges[k];
      if (edge.from !== a || edge.to !== b) return;
      if (property && edge.property !== property && edge.label !== property) return;
      if (best < 0 || edge.sources.length > edges[best].sources.length) best = k;
    });
    return best;
  }
  function pagePoint(point) {
    var box = container.getBoundingClientRect();
    var dom = network.canvasToDOM(point);
    return {x: box.left + dom.x, y: box.top + dom.y};
  }
  api.search = function (text) {
    var found = matches(text, 1);
    if (!found.length) return null;
    selectNode(found[0].index, true);
    return nodes[found[0].index].label;
  };
  api.selectNode = function (label) {
    var index = findLabel(label);
    if (index < 0) return false;
    selectNode(index, true);
    return true;
  };
  api.selectEdge = function (fromLabel, toLabel, property) {
    var k = findEdge(fromLabel, toLabel, property);
    if (k < 0) return false;
    selectEdge(k, true);
    return true;
  };
  api.clearSelection = clearSelection;
  api.setTypeVisible = function (type, visible) {
    if (visible) delete state.hiddenTypes[type]; else state.hiddenTypes[type] = true;
    refresh();
  };
  api.setPropertyVisible = function (property, visible) {
    if (visible) delete state.hiddenProps[property]; else state.hiddenProps[property] = true;
    refresh();
  };
  api.setDocument = function (id) {
    state.doc = -1;
    docs.forEach(function (doc, index) { if (doc[0] === id) state.doc = index; });
    refresh();
    fitVisible(false);
  };
  api.setComments = function (visible) { state.comments = !!visible; refresh(); };
  // The date range ("YYYY-MM-DD" or null for the first or last date); (null, null): all dates.
  api.setDates = function (from, to) {
    if (!strip) return false;
    setDates(from, to);
    fitVisible(false);
    return true;
  };
  // The marks of the date strip: their documents' dates and titles, and whether in the range.
  api.dateStrip = function () {
    return stripMarks.map(function (col) {
      var box = col.button.getBoundingClientRect();
      return {x: box.left + box.width / 2, y: box.top + box.height / 2,
              off: col.button.classList.contains("kg-off"),
              documents: col.docs.map(function (index) {
                return {id: docs[index][0], title: docs[index][1], date: docs[index][2]};
              })};
    });
  };
  api.setIsolated = function (visible) { state.isolated = !!visible; refresh(); fitVisible(false); };
  // The entities labelled on the canvas in the last frame: the page's own overview labels,
  // or every visible entity when vis-network draws the labels itself (zoomed in).
  api.labelled = function () {
    if (NODE_FONT * network.getScale() >= LABEL_MIN) {
      return visibleIndexes().map(function (index) { return nodes[index].label; });
    }
    return drawnLabels.slice();
  };
  api.edgeLabelShift = function (fromLabel, toLabel, property) {
    var k = findEdge(fromLabel, toLabel, property);
    var body = k < 0 ? null : network.body.edges[k];
    return body ? body.options.font.vadjust : null;
  };
  api.neighbourhood = function (label, depth) {
    if (label === null || label === undefined) { setNeighbourhood(null); return true; }
    var index = findLabel(label);
    if (index < 0) return false;
    setNeighbourhood(index, depth || 1);
    return true;
  };
  api.showAll = function () { showAll(true); };
  api.fit = function () { fitVisible(false); };
  api.reset = reset;
  api.visibleNodes = function () {
    return visibleIndexes().map(function (index) {
      return {label: nodes[index].label, type: types[nodes[index].type].key};
    });
  };
  api.visibleEdges = function () {
    var list = [];
    for (var k = 0; k < m; k++) {
      if (edgeOn[k]) list.push({from: nodes[edges[k].from].label, to: nodes[edges[k].to].label,
                                property: edges[k].property, label: edges[k].label});
    }
    return list;
  };
  api.nodePoint = function (label) {
    var index = findLabel(label);
    return index < 0 ? null : pagePoint(network.getPosition(index));
  };
  // A point on the drawn edge where a click selects it (no node or other edge on top),
  // in page coordinates; null when the edge is not drawn.
  // a point where this edge, and no node or other edge, is under the pointer and around it
  function alone(dom, k) {
    var around = [[0, 0], [5, 0], [-5, 0], [0, 5], [0, -5]];
    for (var a = 0; a < around.length; a++) {
      var at = {x: dom.x + around[a][0], y: dom.y + around[a][1]};
      if (network.getNodeAt(at) !== undefined || network.getEdgeAt(at) !== k) return false;
    }
    return true;
  }
  api.edgePoint = function (fromLabel, toLabel, property) {
    var k = findEdge(fromLabel, toLabel, property);
    var body = k < 0 ? null : network.body.edges[k];
    if (!body || !edgeOn[k]) return null;
    var box = container.getBoundingClientRect(), first = null;
    // from the middle outwards, finely: where edges of one node nearly overlap, the point
    // that is this edge's alone may lie close to one end
    var steps = [0.5];
    for (var d = 0.02; d < 0.45; d += 0.02) steps.push(0.5 - d, 0.5 + d);
    for (var s = 0; s < steps.length; s++) {
      var point = body.edgeType.getPoint(steps[s]);
      var dom = network.canvasToDOM(point);
      var page = {x: box.left + dom.x, y: box.top + dom.y};
      if (first === null) first = page;
      if (alone(dom, k)) return page;
    }
    return first;
  };
  api.state = function () {
    var selected = null, item = state.selected;
    if (item && item.kind === "node") {
      selected = {kind: "node", label: nodes[item.index].label, type: types[nodes[item.index].type].key};
    } else if (item && item.kind === "edge") {
      var edge = edges[item.index];
      selected = {kind: "edge", from: nodes[edge.from].label, to: nodes[edge.to].label,
                  property: edge.property, label: edge.label, sentences: edge.sources.length};
    }
    var centre = network.getViewPosition();
    return {
      ready: api.ready, nodes: n, edges: m, visibleNodes: counts.nodes, visibleEdges: counts.edges,
      visibleRelations: counts.relations,
      overview: !!data.initial && !state.all && !state.hood,
      hiddenTypes: Object.keys(state.hiddenTypes).sort(),
      hiddenProperties: Object.keys(state.hiddenProps).sort(),
      document: state.doc >= 0 ? docs[state.doc][0] : null,
      dates: state.dates ? {from: state.dates.from, to: state.dates.to} : null,
      comments: state.comments,
      isolated: {count: isolatedCount, shown: state.isolated},
      neighbourhood: state.hood ? {label: nodes[state.hood.node].label, depth: state.hood.depth} : null,
      selected: selected,
      view: {x: centre.x, y: centre.y, scale: network.getScale()}
    };
  };
  api.network = network;

  drawStrip();
  updateChrome();
  renderOverviewPanel();
  fitVisible(false);
})();
