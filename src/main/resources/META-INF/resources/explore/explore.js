// GeoKG explore: a graph view over the GraphQL API (POST /graphql) and nothing else.
// Search, open a node's neighbourhood, click to expand, shift-click two nodes (or use the path
// form) for the paths between them, read the events in view on the timeline, and move the
// "as of" slider to see the claims as they stood on a day. Drawing is Cytoscape.js's.
(function () {
  'use strict';

  const GRAPHQL = '/graphql';
  const DAY_MS = 86400000;
  const OPEN_DEPTH = 2;     // the node chosen from the search: its neighbours' neighbours too
  const EXPAND_DEPTH = 1;   // a node clicked in the graph: its own neighbours
  const LIMIT = 100;        // nodes per neighbourhood (the API caps and says so: `capped`)
  const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

  const TYPE_COLOURS = {
    State: '#4e79a7', Person: '#f28e2b', Organization: '#76b7b2', MilitaryUnit: '#59a14f',
    Agreement: '#edc948', Event: '#b07aa1', Place: '#9c755f', Source: '#bab0ac', Claim: '#ffffff',
  };

  const NODE = 'fragment N on GraphNode { id type name labels date datePrecision status properties { key value } }';
  const RELATIONSHIP = 'id type start end properties { key value }';
  const SEARCH = 'query Search($text: String!) { search(text: $text, limit: 15) { score node { ...N } } } ' + NODE;
  const PATHS = 'query Paths($from: ID!, $to: ID!, $asOf: Date) { paths(from: $from, to: $to, limit: 5, asOf: $asOf) '
    + '{ length sentence nodes { ...N } relationships { ' + RELATIONSHIP + ' } } } ' + NODE;

  /** One request for every neighbourhood in view, each under its own alias, so the view changes at once. */
  function neighbourhoodsQuery(count) {
    const declarations = [];
    const fields = [];
    for (let i = 0; i < count; i++) {
      declarations.push(`$id${i}: ID!, $depth${i}: Int!`);
      fields.push(`n${i}: neighbourhood(id: $id${i}, depth: $depth${i}, asOf: $asOf, limit: $limit) `
        + `{ capped center { ...N } nodes { ...N } relationships { ${RELATIONSHIP} } }`);
    }
    return `query Neighbourhoods(${declarations.join(', ')}, $asOf: Date, $limit: Int) { ${fields.join(' ')} } ${NODE}`;
  }

  const $ = id => document.getElementById(id);
  const el = (tag, attributes, ...children) => {
    const e = document.createElement(tag);
    Object.entries(attributes || {}).forEach(([k, v]) => {
      if (k === 'class') e.className = v; else if (k.startsWith('data-')) e.setAttribute(k, v); else e[k] = v;
    });
    children.forEach(c => e.append(c));
    return e;
  };

  const state = {
    centers: [],          // [{id, depth}]: the neighbourhoods in view, in the order opened
    asOf: null,           // 'YYYY-MM-DD', or null for the graph as it stands
    hoodNodes: new Map(), // id -> GraphNode, from the last neighbourhoods answer
    hoodRels: new Map(),  // id -> GraphRelationship
    capped: false,
    paths: [],            // the last paths answer
    highlighted: -1,      // which of them is drawn highlighted
    selected: null,
    bounds: null,         // {min, max} in days since 1970-01-01, for the slider; they only widen
    pending: 0,
    generation: 0,        // a slow, stale answer never overwrites a newer one
  };

  // ---- the API -------------------------------------------------------------------------------

  class ApiError extends Error {
    constructor(message, code) {
      super(message);
      this.code = code;
    }
  }

  async function gql(query, variables) {
    state.pending++;
    document.body.dataset.busy = 'true';
    try {
      let response;
      try {
        response = await fetch(GRAPHQL, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json' },
          body: JSON.stringify({ query, variables }),
        });
      } catch (e) {
        throw new ApiError('the service cannot be reached (' + e.message + ')', 'NETWORK');
      }
      let body;
      try {
        body = await response.json();
      } catch (e) {
        throw new ApiError('HTTP ' + response.status + ' without a GraphQL answer', 'HTTP_' + response.status);
      }
      if (Array.isArray(body.errors) && body.errors.length) {
        const first = body.errors[0];
        const more = body.errors.length > 1 ? ` (and ${body.errors.length - 1} more)` : '';
        throw new ApiError(first.message + more, (first.extensions && first.extensions.code) || 'HTTP_' + response.status);
      }
      if (!response.ok || !body.data) {
        throw new ApiError('HTTP ' + response.status + ' without data', 'HTTP_' + response.status);
      }
      return body.data;
    } finally {
      state.pending--;
      if (state.pending === 0) delete document.body.dataset.busy;
    }
  }

  // ---- status line ---------------------------------------------------------------------------

  function status(text, kind, code) {
    const s = $('status');
    s.textContent = text;
    s.dataset.state = kind;
    if (code) s.dataset.code = code; else delete s.dataset.code;
  }

  function failed(what, error) {
    const code = error.code || 'CLIENT';
    status(`${what} failed: ${error.message} [${code}]`, 'error', code);
    if (!(error instanceof ApiError)) console.error(error);
  }

  // ---- the graph -----------------------------------------------------------------------------

  const cy = cytoscape({
    container: $('graph'),
    boxSelectionEnabled: false,
    selectionType: 'single',
    wheelSensitivity: 0.3,
    style: [
      {
        selector: 'node', style: {
          'background-color': '#ccc', label: 'data(label)', 'font-size': 10, color: '#222',
          'text-wrap': 'wrap', 'text-max-width': 150, 'text-valign': 'bottom', 'text-margin-y': 4,
          'text-background-color': '#fafbfc', 'text-background-opacity': 0.75, 'text-background-padding': 1,
          width: 28, height: 28, 'border-width': 1, 'border-color': '#555',
        },
      },
      ...Object.entries(TYPE_COLOURS).map(([type, colour]) => ({ selector: `node[type = "${type}"]`, style: { 'background-color': colour } })),
      { selector: 'node[type = "Agreement"]', style: { shape: 'diamond', width: 32, height: 32 } },
      { selector: 'node[type = "Event"]', style: { shape: 'hexagon' } },
      { selector: 'node[type = "Place"]', style: { shape: 'round-triangle' } },
      { selector: 'node[type = "Source"]', style: { shape: 'rectangle', width: 22, height: 26 } },
      { selector: 'node[type = "Claim"]', style: { shape: 'round-rectangle', width: 36, height: 22, 'border-width': 2, 'border-color': '#666' } },
      { selector: 'node.center', style: { width: 40, height: 40, 'font-weight': 'bold', 'font-size': 12 } },
      { selector: 'node[status = "CONFIRMED"]', style: { 'border-color': '#2e7d32', 'border-width': 3 } },
      { selector: 'node[status = "DENIED"]', style: { 'border-color': '#d32f2f', 'border-style': 'dashed', 'border-width': 3 } },
      { selector: 'node[status = "UNVERIFIED"], node[status = "DISPUTED"]', style: { 'border-color': '#ef6c00', 'border-style': 'dotted', 'border-width': 3 } },
      { selector: 'node[status = "RETRACTED"]', style: { 'border-color': '#999', 'border-style': 'dashed', opacity: 0.55 } },
      {
        selector: 'edge', style: {
          width: 1.5, 'line-color': '#9aa3ad', 'target-arrow-color': '#9aa3ad', 'target-arrow-shape': 'triangle',
          'curve-style': 'bezier', label: 'data(label)', 'font-size': 8, color: '#555', 'text-rotation': 'autorotate',
          'text-background-color': '#fafbfc', 'text-background-opacity': 0.8,
        },
      },
      { selector: 'edge[type = "DENIED"]', style: { 'line-color': '#d32f2f', 'target-arrow-color': '#d32f2f', 'line-style': 'dashed', width: 2, color: '#b71c1c' } },
      { selector: 'edge.path-alt', style: { 'line-color': '#ffe082', 'target-arrow-color': '#ffe082', width: 3 } },
      { selector: 'edge.path', style: { 'line-color': '#ffb300', 'target-arrow-color': '#ffb300', width: 5, 'z-index': 10, 'font-weight': 'bold' } },
      { selector: 'node.path', style: { 'overlay-color': '#ffb300', 'overlay-opacity': 0.3, 'overlay-padding': 7 } },
      { selector: 'node:selected', style: { 'overlay-color': '#1f77b4', 'overlay-opacity': 0.25, 'overlay-padding': 9 } },
    ],
  });

  function caption(node) {
    const name = node.name || node.id;
    const short = name.length > 60 ? name.slice(0, 57) + '...' : name;
    return node.status ? `[${node.status}] ${short}` : short;
  }

  function property(relationship, key) {
    const p = (relationship.properties || []).find(x => x.key === key);
    return p ? p.value : null;
  }

  function edgeLabel(r) {
    const qualifier = property(r, 'role') || property(r, 'title');
    const on = property(r, 'on') || property(r, 'signedOn');
    return r.type + (qualifier ? ' ' + qualifier : '') + (on ? ' ' + on : '');
  }

  /**
   * What is drawn: the neighbourhoods, plus the nodes and relationships of the paths found. Paths
   * are asked for as of the date set when they were asked; when the date moves afterwards, a
   * path's ASSERTED or DENIED relationship dated after it is left out here, and a node also in a
   * neighbourhood is drawn as that (dated) neighbourhood gives it.
   */
  function composed() {
    const nodes = new Map();
    const rels = new Map();
    for (const p of state.paths) {
      p.nodes.forEach(n => nodes.set(n.id, n));
      p.relationships.forEach(r => {
        const on = property(r, 'on');
        if (!(state.asOf && on && on > state.asOf)) rels.set(r.id, r);
      });
    }
    state.hoodNodes.forEach((n, id) => nodes.set(id, n));
    state.hoodRels.forEach((r, id) => rels.set(id, r));
    return { nodes, rels };
  }

  function draw() {
    const { nodes, rels } = composed();
    const added = [];
    cy.batch(() => {
      cy.edges().forEach(e => { if (!rels.has(e.data('rid'))) e.remove(); });
      cy.nodes().forEach(n => { if (!nodes.has(n.id())) n.remove(); });
      for (const n of nodes.values()) {
        const data = { id: n.id, type: n.type || 'Unknown', status: n.status || '', name: n.name || n.id, label: caption(n) };
        const existing = cy.getElementById(n.id);
        if (existing.nonempty()) {
          existing.data(data);
        } else {
          cy.add({ group: 'nodes', data });
          added.push(n.id);
        }
      }
      for (const r of rels.values()) {
        if (!nodes.has(r.start) || !nodes.has(r.end)) continue;
        const id = 'r:' + r.id;
        const data = { id, rid: r.id, type: r.type, source: r.start, target: r.end, label: edgeLabel(r) };
        const existing = cy.getElementById(id);
        if (existing.nonempty()) existing.data({ type: r.type, label: data.label }); else cy.add({ group: 'edges', data });
      }
      const centers = new Set(state.centers.map(c => c.id));
      cy.nodes().forEach(n => n.toggleClass('center', centers.has(n.id())));
    });
    highlight();
    if (added.length) layout(added);
    timeline();
    details();
  }

  function layout(added) {
    // New nodes start beside a neighbour already placed, so the layout moves the graph little.
    const extent = cy.extent();
    const fresh = new Set(added);
    added.forEach(id => {
      const n = cy.getElementById(id);
      const placed = n.neighborhood('node').filter(m => !fresh.has(m.id()));
      const at = placed.nonempty() ? placed.first().position() : { x: (extent.x1 + extent.x2) / 2, y: (extent.y1 + extent.y2) / 2 };
      n.position({ x: at.x + (Math.random() - 0.5) * 80, y: at.y + (Math.random() - 0.5) * 80 });
    });
    cy.layout({
      name: 'cose', animate: false, randomize: false, fit: true, padding: 40,
      nodeDimensionsIncludeLabels: true, idealEdgeLength: () => 90, nodeRepulsion: () => 600000, numIter: 1500,
    }).run();
  }

  function highlight() {
    cy.elements().removeClass('path path-alt');
    state.paths.forEach((p, i) => {
      const cls = i === state.highlighted ? 'path' : 'path-alt';
      if (cls === 'path-alt') p.relationships.forEach(r => cy.getElementById('r:' + r.id).addClass(cls));
    });
    const p = state.paths[state.highlighted];
    if (p) {
      p.nodes.forEach(n => cy.getElementById(n.id).addClass('path'));
      p.relationships.forEach(r => cy.getElementById('r:' + r.id).removeClass('path-alt').addClass('path'));
    }
    document.querySelectorAll('#paths li[data-index]').forEach(li => li.classList.toggle('highlighted', Number(li.dataset.index) === state.highlighted));
  }

  // ---- loading -------------------------------------------------------------------------------

  async function reload() {
    const generation = ++state.generation;
    writeLocation();
    if (!state.centers.length) {
      state.hoodNodes = new Map();
      state.hoodRels = new Map();
      draw();
      return;
    }
    const variables = { asOf: state.asOf, limit: LIMIT };
    state.centers.forEach((c, i) => { variables['id' + i] = c.id; variables['depth' + i] = c.depth; });
    const first = state.centers[0].id;
    status(`Loading ${first}${state.centers.length > 1 ? ` and ${state.centers.length - 1} more` : ''}${state.asOf ? ' as of ' + state.asOf : ''}...`, 'loading');
    let data;
    try {
      data = await gql(neighbourhoodsQuery(state.centers.length), variables);
    } catch (e) {
      if (generation === state.generation) failed('Loading the neighbourhood', e);
      return;
    }
    if (generation !== state.generation) return;
    const nodes = new Map();
    const rels = new Map();
    const missing = [];
    let capped = false;
    state.centers.forEach((c, i) => {
      const g = data['n' + i];
      if (!g || (!g.center && !g.nodes.length)) { missing.push(c.id); return; }
      capped = capped || g.capped;
      if (g.center) nodes.set(g.center.id, g.center);
      g.nodes.forEach(n => nodes.set(n.id, n));
      g.relationships.forEach(r => rels.set(r.id, r));
    });
    state.hoodNodes = nodes;
    state.hoodRels = rels;
    state.capped = capped;
    widenBounds(nodes.values(), rels.values());
    draw();
    const centre = nodes.get(first);
    const shown = `${centre ? centre.name : first}: ${cy.nodes().length} nodes, ${cy.edges().length} relationships drawn`
      + (state.asOf ? `, as of ${state.asOf}` : '')
      + (capped ? ` (capped at ${LIMIT} nodes per neighbourhood)` : '')
      + (missing.length ? `; nothing found for ${missing.join(', ')}` : '');
    status(shown, 'ok');
  }

  function open(id) {
    state.centers = [{ id, depth: OPEN_DEPTH }];
    state.paths = [];
    state.highlighted = -1;
    state.selected = id;
    $('path-from').value = id;
    $('path-to').value = '';
    renderPaths();
    cy.elements().remove();
    return reload().then(() => select(id));
  }

  function expand(id) {
    if (state.centers.some(c => c.id === id)) return Promise.resolve();
    state.centers.push({ id, depth: EXPAND_DEPTH });
    return reload();
  }

  // ---- search --------------------------------------------------------------------------------

  let searchTimer = null;
  let searchGeneration = 0;

  async function search(text) {
    const generation = ++searchGeneration;
    const list = $('search-results');
    if (!text.trim()) { list.replaceChildren(); return; }
    status(`Searching for "${text}"...`, 'loading');
    let data;
    try {
      data = await gql(SEARCH, { text });
    } catch (e) {
      if (generation === searchGeneration) failed('Search', e);
      return;
    }
    if (generation !== searchGeneration) return;
    const hits = data.search || [];
    list.replaceChildren(...(hits.length ? hits.map(h => el('li', {},
      el('button', { type: 'button', 'data-id': h.node.id, title: h.node.id, onclick: () => open(h.node.id) }, h.node.name || h.node.id),
      ' ', el('small', {}, `${h.node.type || ''}${h.node.status ? ' ' + h.node.status : ''}`))) : [el('li', { class: 'hint' }, `No matches for "${text}".`)]));
    status(`${hits.length} result${hits.length === 1 ? '' : 's'} for "${text}".`, 'ok');
  }

  $('search-form').addEventListener('submit', e => {
    e.preventDefault();
    clearTimeout(searchTimer);
    search($('search').value);
  });
  $('search').addEventListener('input', () => {
    clearTimeout(searchTimer);
    const text = $('search').value;
    if (text.trim().length >= 2) searchTimer = setTimeout(() => search(text), 350);
  });

  // ---- selection, expansion, paths -----------------------------------------------------------

  function select(id) {
    state.selected = id;
    cy.$(':selected').unselect();
    const n = cy.getElementById(id);
    if (n.nonempty()) {
      n.select();
      if (!inView(n)) cy.center(n);
    }
    details();
    timeline();
  }

  function inView(n) {
    const e = cy.extent();
    const p = n.position();
    return p.x >= e.x1 && p.x <= e.x2 && p.y >= e.y1 && p.y <= e.y2;
  }

  cy.on('tap', 'node', evt => {
    const id = evt.target.id();
    if (evt.originalEvent && evt.originalEvent.shiftKey) {
      pickForPath(id);
      return;
    }
    select(id);
    expand(id);
  });
  cy.on('tap', evt => {
    if (evt.target === cy) { state.selected = null; details(); timeline(); }
  });

  /** Shift-click: the first node is where the path starts, the second where it ends. */
  function pickForPath(id) {
    const from = $('path-from');
    const to = $('path-to');
    if (!from.value || (from.value && to.value) || from.dataset.picked !== 'true') {
      from.value = id;
      from.dataset.picked = 'true';
      to.value = '';
      status(`Path from ${id}: shift-click the node it should reach.`, 'ok');
    } else {
      to.value = id;
      from.dataset.picked = 'false';
      findPaths(from.value, id);
    }
  }

  async function findPaths(from, to) {
    if (!from || !to) { status('Give both ends of the path (ids, or shift-click two nodes).', 'error', 'CLIENT'); return; }
    status(`Finding paths from ${from} to ${to}...`, 'loading');
    let data;
    try {
      data = await gql(PATHS, { from, to, asOf: state.asOf });
    } catch (e) {
      failed('Finding paths', e);
      return;
    }
    state.paths = data.paths || [];
    state.highlighted = state.paths.length ? 0 : -1;
    renderPaths(from, to);
    draw();
    status(state.paths.length
      ? `${state.paths.length} path${state.paths.length === 1 ? '' : 's'} from ${from} to ${to}; the shortest is highlighted.`
      : `No path from ${from} to ${to} within the service's hop limit.`, 'ok');
  }

  function renderPaths(from, to) {
    const list = $('paths');
    if (!state.paths.length) {
      list.replaceChildren(...(from && to ? [el('li', { class: 'hint' }, `No path from ${from} to ${to}.`)] : []));
      return;
    }
    list.replaceChildren(...state.paths.map((p, i) => el('li', { 'data-index': String(i) },
      el('button', { type: 'button', class: 'sentence', onclick: () => { state.highlighted = i; highlight(); } }, p.sentence),
      ' ', el('small', {}, `(${p.length} hop${p.length === 1 ? '' : 's'})`))));
    highlight();
  }

  $('path-form').addEventListener('submit', e => {
    e.preventDefault();
    findPaths($('path-from').value.trim(), $('path-to').value.trim());
  });

  function details() {
    const box = $('details');
    const id = state.selected;
    const n = id && (state.hoodNodes.get(id) || composed().nodes.get(id));
    if (!n) {
      box.replaceChildren(el('p', { class: 'hint' }, 'Search, then choose a result. Click a node to expand it; shift-click two nodes for the paths between them.'));
      return;
    }
    const rows = [['type', n.type], ['id', n.id], ['status', n.status], ['date', n.date && formatDate(n.date, n.datePrecision)]]
      .concat((n.properties || []).filter(p => !['id', 'name', 'title', 'text', 'status'].includes(p.key)).map(p => [p.key, p.value]))
      .filter(([, v]) => v !== null && v !== undefined && v !== '');
    const dl = el('dl');
    rows.forEach(([k, v]) => dl.append(el('dt', {}, k), el('dd', {}, String(v))));
    const actions = el('div', { class: 'actions' },
      el('button', { type: 'button', id: 'expand-selected', onclick: () => expand(n.id) }, 'Expand'),
      el('button', { type: 'button', onclick: () => open(n.id) }, 'Open alone'),
      el('button', { type: 'button', onclick: () => { $('path-from').value = n.id; } }, 'Path from here'),
      el('button', { type: 'button', onclick: () => { $('path-to').value = n.id; findPaths($('path-from').value.trim(), n.id); } }, 'Path to here'));
    box.replaceChildren(el('strong', {}, n.name || n.id), dl, actions);
  }

  // ---- timeline ------------------------------------------------------------------------------

  function formatDate(date, precision) {
    if (!date) return 'undated';
    const [y, m, d] = date.split('-');
    if (precision === 'YEAR' || !m) return y;
    if (precision === 'MONTH' || !d) return `${MONTHS[Number(m) - 1]} ${y}`;
    return `${Number(d)} ${MONTHS[Number(m) - 1]} ${y}`;
  }

  function timeline() {
    const strip = $('timeline');
    const known = composed().nodes;
    const events = cy.nodes('[type = "Event"]').map(n => known.get(n.id())).filter(Boolean)
      .sort((a, b) => (a.date || '9999').localeCompare(b.date || '9999') || (a.name || '').localeCompare(b.name || ''));
    strip.replaceChildren(...events.map(e => el('button', {
      type: 'button', 'data-id': e.id, 'data-date': e.date || '', class: e.id === state.selected ? 'selected' : '',
      title: e.name, onclick: () => select(e.id),
    }, el('time', { dateTime: e.date || '' }, formatDate(e.date, e.datePrecision)), e.name.length > 48 ? e.name.slice(0, 45) + '...' : e.name)));
  }

  // ---- as of ---------------------------------------------------------------------------------

  const toDays = date => Math.round(Date.parse(date + 'T00:00:00Z') / DAY_MS);
  const toDate = days => new Date(days * DAY_MS).toISOString().slice(0, 10);

  function widenBounds(nodes, rels) {
    const dates = [];
    for (const n of nodes) if (n.date) dates.push(n.date);
    for (const r of rels) ['on', 'signedOn', 'since', 'until'].forEach(k => { const v = property(r, k); if (v) dates.push(v); });
    const days = dates.map(d => toDays(d.slice(0, 10))).filter(Number.isFinite);
    if (!days.length) return;
    const min = Math.min(...days) - 30;
    const max = Math.max(...days) + 30;
    state.bounds = state.bounds ? { min: Math.min(state.bounds.min, min), max: Math.max(state.bounds.max, max) } : { min, max };
    const slider = $('asof');
    slider.min = String(state.bounds.min);
    slider.max = String(state.bounds.max);
    slider.disabled = false;
    slider.value = String(state.asOf ? toDays(state.asOf) : state.bounds.max);
  }

  let asOfTimer = null;

  function setAsOf(date) {
    clearTimeout(asOfTimer);
    state.asOf = date;
    $('asof-label').textContent = date || 'latest';
    $('asof').value = String(date ? toDays(date) : (state.bounds ? state.bounds.max : 0));
    return reload();
  }

  $('asof').disabled = true;
  $('asof').addEventListener('input', () => {
    const date = toDate(Number($('asof').value));
    $('asof-label').textContent = date;
    clearTimeout(asOfTimer);
    asOfTimer = setTimeout(() => setAsOf(date), 400);
  });
  $('asof').addEventListener('change', () => setAsOf(toDate(Number($('asof').value))));
  $('asof-clear').addEventListener('click', () => setAsOf(null));

  // ---- the address: #id=north-korea&asOf=2024-10-19 opens that view -------------------------

  function writeLocation() {
    const p = new URLSearchParams();
    if (state.centers.length) p.set('id', state.centers[0].id);
    if (state.asOf) p.set('asOf', state.asOf);
    const hash = p.toString();
    history.replaceState(null, '', hash ? '#' + hash : window.location.pathname + window.location.search);
  }

  function readLocation() {
    const p = new URLSearchParams(window.location.hash.slice(1));
    if (/^\d{4}-\d{2}-\d{2}$/.test(p.get('asOf') || '')) {
      state.asOf = p.get('asOf');
      $('asof-label').textContent = state.asOf;
    }
    if (p.get('id')) open(p.get('id'));
  }

  // ---- for the browser test: what is drawn, read-only -----------------------------------------

  window.kgExplore = Object.freeze({
    nodes: () => cy.nodes().map(n => ({ id: n.id(), type: n.data('type'), status: n.data('status') || null, name: n.data('name') })),
    edges: () => cy.edges().map(e => ({ id: e.data('rid'), type: e.data('type'), source: e.data('source'), target: e.data('target') })),
    highlightedPath: () => {
      const p = state.paths[state.highlighted];
      return p ? {
        sentence: p.sentence,
        nodes: cy.nodes('.path').map(n => n.id()),
        edges: cy.edges('.path').map(e => ({ id: e.data('rid'), type: e.data('type'), source: e.data('source'), target: e.data('target') })),
      } : null;
    },
    asOf: () => state.asOf,
    busy: () => state.pending > 0,
  });

  readLocation();
})();
