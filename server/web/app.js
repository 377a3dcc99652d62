// The actorgraph page: the alliance graph, actor panels with evidence, a path finder,
// date and confidence filters, exports, the same graph as text, and the documents view.
// Plain ES module; cytoscape is vendored under ./vendor.
import cytoscape from './vendor/cytoscape.esm.min.js';

const api = '/api/v1';
// camp colours: none is the green of supports, the red of opposes or the grey of stances
const campColours = ['#3b6fd6', '#e08a1e', '#8e44ad', '#8d6e63', '#d63384', '#1f3a93', '#b8a200', '#00838f'];
// the smallest label, in screen pixels, at any zoom
const minLabelPx = 12;
const predicateColours = { supports: '#2e8b57', opposes: '#c0392b', proposes: '#6c7a89', endorses: '#6c7a89', rejects: '#6c7a89', leads: '#95a0b0', spokespersonFor: '#95a0b0' };

const $ = (sel) => document.querySelector(sel);
const state = { since: '', until: '', minConfidence: '', theatre: '', graph: null, camps: null, cy: null, byKey: new Map(), selected: '', months: [], asOf: -1 };

// el builds an element from a tag, attributes and children; text is never parsed as HTML.
function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'onclick') e.addEventListener('click', v);
    else if (k === 'text') e.textContent = v;
    else e.setAttribute(k, v);
  }
  for (const c of children) e.append(c);
  return e;
}

// filterQuery gives the filters the graph, paths and exports share (dates and the
// confidence floor) as a query string; with dates false, the floor alone, for the
// actor and document answers, which take no dates.
function filterQuery(prefix = '?', dates = true) {
  const p = new URLSearchParams();
  if (dates && state.since) p.set('since', state.since);
  if (dates && state.until) p.set('until', state.until);
  if (Number(state.minConfidence) > 0) p.set('min_confidence', state.minConfidence);
  const s = p.toString();
  return s ? prefix + s : '';
}

// quote gives a piece of evidence's sentence in quotation marks; a sentence the answer
// cut short (its whole is in the document, at its offsets) ends with an ellipsis.
function quote(ev) { return `“${ev.sentence}${ev.sentence_truncated ? '…' : ''}”`; }

// confidence writes a confidence with two decimals, as the slider shows it.
function confidence(c) { return typeof c === 'number' ? c.toFixed(2) : '?'; }

// evidenceTags shows a piece of evidence's modality and, beside it, its confidence.
function evidenceTags(ev) {
  return el('span', { class: 'evidence-tags' },
    el('span', { class: ev.modality === 'reported' ? 'reported-tag' : 'modality-tag', text: ev.modality || 'asserted' }),
    el('span', { class: 'confidence-tag', title: 'how sure the reader is of this statement, from 0 to 1', text: `confidence ${confidence(ev.confidence)}` }));
}

// --- the read token -----------------------------------------------------------------------
// A server started with --read-token answers the API with 401 until a request carries the
// token. The page then asks for it once, keeps it for the tab in sessionStorage, and sends
// it as a bearer token with every request.

const tokenKey = 'actorgraph.read-token';
let asking = null; // the question under way, which every refused request waits on

function readToken() {
  try { return sessionStorage.getItem(tokenKey) || ''; } catch { return ''; }
}

// askToken shows the token dialog, once for all the requests that wait on it; refused
// says the token sent was not the right one.
function askToken(refused) {
  if (asking) return asking;
  asking = new Promise((resolve, reject) => {
    const dialog = $('#token-dialog');
    const form = $('#token-form');
    const input = $('#token-input');
    $('#token-message').textContent = refused
      ? 'That token was refused. Enter the read token of this server.'
      : 'This server needs a token to read. Enter its read token (or its write token).';
    dialog.dataset.refused = String(refused);
    input.value = '';
    const finish = (ok) => {
      form.removeEventListener('submit', submit);
      dialog.removeEventListener('cancel', cancel);
      if (dialog.open) dialog.close();
      asking = null;
      if (ok) resolve();
      else reject(new Error('This server needs a read token.'));
    };
    const submit = (e) => {
      e.preventDefault();
      const token = input.value.trim();
      if (!token) return;
      try { sessionStorage.setItem(tokenKey, token); } catch { /* storage off: asked again next time */ }
      finish(true);
    };
    const cancel = (e) => { e.preventDefault(); finish(false); };
    form.addEventListener('submit', submit);
    dialog.addEventListener('cancel', cancel);
    dialog.showModal();
    input.focus();
  });
  return asking;
}

// apiFetch is fetch with the read token; on a 401 it asks for the token and tries again.
// A request that brings its own Authorization (a write, with the write token) is left
// as it is.
async function apiFetch(path, init = {}) {
  for (;;) {
    const token = readToken();
    const headers = new Headers(init.headers || {});
    const own = headers.has('Authorization');
    if (token && !own) headers.set('Authorization', 'Bearer ' + token);
    const res = await fetch(path, { ...init, headers });
    if (res.status !== 401 || own) return res;
    if (token && readToken() === token) {
      try { sessionStorage.removeItem(tokenKey); } catch { /* nothing kept */ }
    }
    await askToken(Boolean(token));
  }
}

async function getJSON(path) {
  const res = await apiFetch(path);
  const body = await res.json().catch(() => ({}));
  if (!res.ok) throw new Error(body.error ? body.error.message : res.statusText);
  return body;
}

// download fetches an export with the read token and saves it: a plain link cannot
// carry the token.
async function download(a) {
  const res = await apiFetch(a.href);
  if (!res.ok) {
    const body = await res.json().catch(() => ({}));
    throw new Error(body.error ? body.error.message : res.statusText);
  }
  const named = /filename="([^"]+)"/.exec(res.headers.get('Content-Disposition') || '');
  const url = URL.createObjectURL(await res.blob());
  const save = el('a', { href: url, download: named ? named[1] : `actorgraph.${a.dataset.format}` });
  document.body.append(save);
  save.click();
  save.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60000);
}

function status(text) { $('#status').textContent = text; }

function campColour(camp) { return camp < 0 ? '#9aa3b2' : campColours[camp % campColours.length]; }

// --- the graph -------------------------------------------------------------------------

// theatreOnly keeps the nodes of the chosen theatre (and the initiatives they deal
// with) and the edges between them.
function theatreOnly(g) {
  if (state.theatre === '') return g;
  const t = Number(state.theatre);
  const keep = new Set(g.nodes.filter((n) => n.theatre === t).map((n) => n.key));
  for (const e of g.edges) {
    const s = g.nodes.find((n) => n.key === e.source), o = g.nodes.find((n) => n.key === e.target);
    if (keep.has(e.source) && o && o.kind === 'Initiative') keep.add(e.target);
    if (keep.has(e.target) && s && s.kind === 'Initiative') keep.add(e.source);
  }
  return { ...g, nodes: g.nodes.filter((n) => keep.has(n.key)), edges: g.edges.filter((e) => keep.has(e.source) && keep.has(e.target)) };
}

// labelSize keeps labels at least minLabelPx on screen whatever the zoom.
function labelSize() { return Math.max(minLabelPx, (minLabelPx + 1) / (state.cy ? state.cy.zoom() : 1)); }

async function loadGraph() {
  status('Loading the graph…');
  const scope = state.theatre === '' ? '' : 'theatre=' + state.theatre + '&';
  const [whole, camps] = await Promise.all([
    getJSON(api + '/graph' + filterQuery()),
    getJSON(api + '/camps?' + scope + filterQuery('')),
  ]);
  const g = theatreOnly(whole);
  state.graph = g;
  state.camps = camps;
  state.byKey = new Map(g.nodes.map((n) => [n.key, n]));
  const elements = [
    ...g.nodes.map((n) => ({ data: { id: n.key, label: n.name, camp: n.camp, colour: campColour(n.camp), kind: n.kind } })),
    ...g.edges.map((e, i) => ({
      data: {
        id: 'e' + i, source: e.source, target: e.target, predicate: e.predicate,
        width: Math.min(1.5 + e.sources, 7), colour: predicateColours[e.predicate] || '#999',
        style: e.reported ? 'dashed' : 'solid', sources: e.sources, confidence: e.confidence,
      },
    })),
  ];
  if (state.cy) state.cy.destroy();
  state.cy = cytoscape({
    container: $('#graph'),
    elements,
    minZoom: 0.2,
    maxZoom: 3,
    style: [
      { selector: 'node', style: { 'background-color': 'data(colour)', label: 'data(label)', 'font-size': labelSize, 'text-wrap': 'wrap', 'text-max-width': () => 9 * labelSize(), 'text-valign': 'bottom', 'text-margin-y': 4, width: 26, height: 26, color: '#1d2330', 'text-background-color': '#ffffff', 'text-background-opacity': 0.7, 'text-background-padding': 1 } },
      { selector: 'node[kind = "Initiative"]', style: { shape: 'round-rectangle', 'background-color': '#eef0f4', 'border-width': 2, 'border-color': '#6c7a89', width: 34, height: 20 } },
      { selector: 'node[kind = "Person"]', style: { shape: 'ellipse', width: 20, height: 20 } },
      { selector: 'edge', style: { width: 'data(width)', 'line-color': 'data(colour)', 'target-arrow-color': 'data(colour)', 'target-arrow-shape': 'triangle', 'curve-style': 'bezier', 'line-style': 'data(style)', opacity: 0.85 } },
      { selector: 'edge[predicate = "opposes"]', style: { 'target-arrow-shape': 'tee' } },
      { selector: '.faded', style: { opacity: 0.15 } },
      { selector: '.highlight', style: { 'border-width': 4, 'border-color': '#ffb000', 'line-color': '#ffb000', 'target-arrow-color': '#ffb000', opacity: 1, 'z-index': 10 } },
      { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#1d2330' } },
    ],
    layout: { name: 'cose', animate: false, randomize: true, nodeRepulsion: () => 400000, idealEdgeLength: () => 110, nodeOverlap: 20, gravity: 0.3, numIter: 2500, padding: 25 },
  });
  state.cy.on('tap', 'node', (ev) => showActor(ev.target.id()));
  let pending = false;
  state.cy.on('zoom', () => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => { pending = false; if (state.cy) state.cy.style().update(); });
  });
  state.cy.style().update();
  document.body.dataset.nodes = String(state.cy.nodes().length);
  document.body.dataset.edges = String(state.cy.edges().length);
  document.body.dataset.minConfidence = state.minConfidence || '0';
  document.body.dataset.minLabelPx = String(Math.min(...state.cy.nodes().map((n) => parseFloat(n.renderedStyle('font-size')))));
  const floor = Number(state.minConfidence) > 0 ? ` at confidence ${confidence(Number(state.minConfidence))} or more` : '';
  status(`${g.nodes.length} actors and initiatives, ${g.edges.length} relations${floor}, ${camps.camps.length} camps in ${camps.theatres.length} ${camps.theatres.length === 1 ? 'theatre' : 'theatres'}`);
  renderText(g, camps);
  fillNames(g);
  saveURL();
}

function fillNames(g) {
  const list = $('#names');
  list.replaceChildren(...g.nodes.flatMap((n) => [n.name, ...n.aliases]).filter((v, i, a) => a.indexOf(v) === i).sort().map((name) => el('option', { value: name })));
}

// the same graph as lists, for keyboards and screen readers: each camp named and
// numbered as the API names and numbers it, with the camps it opposes
function renderText(g, camps) {
  const members = new Map();
  for (const n of g.nodes) {
    if (n.camp < 0) continue;
    if (!members.has(n.camp)) members.set(n.camp, []);
    members.get(n.camp).push(n);
  }
  const share = new Map(camps.actors.map((m) => [m.camp + ':' + m.actor.id, m.share]));
  const byID = new Map(camps.camps.map((c) => [c.id, c]));
  $('#camps-method').textContent = camps.theatres.map((t) => `Theatre ${t.id}: ${t.name}.`).join(' ');
  $('#camps').replaceChildren(...camps.camps.filter((c) => members.has(c.id)).map((c) => {
    const order = new Map(c.members.map((m, i) => [m.id, i]));
    const list = members.get(c.id).sort((a, b) => (order.get(a.id) ?? 1e9) - (order.get(b.id) ?? 1e9));
    const opposes = c.against.map((o) => `camp ${c.id} opposes camp ${o.camp}, ${o.name} (weight ${o.weight.toFixed(2)})`);
    const box = el('section', { class: 'camp', 'aria-label': `Camp ${c.id}, ${c.name}`, 'data-camp': String(c.id) },
      el('h3', { text: `Camp ${c.id} · ${c.name}` }),
      ...opposes.map((text) => el('p', { class: 'opposes', text })),
      el('ul', {}, ...list.map((n) => el('li', {}, actorButton(n),
        share.has(c.id + ':' + n.id) ? el('span', { class: 'share', text: `share ${share.get(c.id + ':' + n.id).toFixed(2)}` }) : ''))));
    box.style.borderLeftColor = campColour(c.id);
    return box;
  }));
  if (!byID.size) $('#camps').replaceChildren(el('p', { class: 'hint', text: 'No camps: no supports or opposes relations here.' }));
  $('#relations').replaceChildren(...g.edges.map((e) => {
    const s = state.byKey.get(e.source), o = state.byKey.get(e.target);
    return el('li', {}, actorButton(s), ` ${e.predicate} `, actorButton(o),
      e.reported ? el('span', { class: 'reported-tag', text: 'reported' }) : '',
      ` (${e.sources} ${e.sources === 1 ? 'source' : 'sources'}, confidence up to ${confidence(e.confidence)})`);
  }));
}

function actorButton(n) {
  return el('button', { type: 'button', class: 'link-button', onclick: () => showActor(n.key) }, n.name);
}

// --- the actor panel ---------------------------------------------------------------------

// campSection says which camp the actor is in, how surely, and the edges that put it
// there.
function campSection(n) {
  const m = state.camps && state.camps.actors.find((a) => a.actor.id === n.id && a.camp === n.camp);
  if (!m) return [];
  const c = state.camps.camps.find((x) => x.id === m.camp);
  const edge = (e) => el('li', {}, `${e.subject.name} ${e.predicate} ${e.object.name}`,
    el('span', { class: 'share', text: `(${e.evidence_count || e.evidence.length} ${(e.evidence_count || e.evidence.length) === 1 ? 'source' : 'sources'})` }));
  return [
    el('h3', { text: `Camp ${m.camp} · ${c ? c.name : ''}` }),
    el('p', { 'data-section': 'camp', text: `Share ${m.share.toFixed(2)}: the part of its ties' weight that agrees with its camp.` }),
    ...(m.because.length ? [el('ul', { 'data-section': 'because' }, ...m.because.map(edge))] : []),
    ...(m.against.length ? [el('p', { class: 'hint', text: 'Against its camp:' }), el('ul', { 'data-section': 'against' }, ...m.against.map(edge))] : []),
  ];
}

async function showActor(key) {
  const n = state.byKey.get(key);
  if (!n) return;
  state.selected = key;
  saveURL();
  if (state.cy) {
    state.cy.elements().removeClass('highlight faded');
    const node = state.cy.getElementById(key);
    state.cy.elements().unselect();
    node.select();
    state.cy.elements().not(node.closedNeighborhood()).addClass('faded');
  }
  const kind = n.kind === 'Initiative' ? 'initiative' : 'actor';
  const profile = await getJSON(`${api}/actors/${encodeURIComponent(n.id)}${filterQuery('?', false)}`);
  const groups = profile.relations || [];
  const section = (title, pred, dir) => {
    const items = groups.filter((g) => g.predicate === pred && g.direction === dir);
    if (!items.length) return [];
    return [el('h3', { text: title }), el('ul', { class: 'related', 'data-section': `${pred}-${dir}` }, ...items.map(relatedItem))];
  };
  const panel = $('#panel');
  panel.replaceChildren(
    el('h2', { text: n.name }),
    el('p', { class: 'hint', text: [n.kind, ...(n.aliases.length ? ['also ' + n.aliases.slice(0, 6).join(', ')] : [])].join(' · ') }),
    ...campSection(n),
    ...section('Supported by', 'supports', 'in'),
    ...section('Supports', 'supports', 'out'),
    ...section('Opposed by', 'opposes', 'in'),
    ...section('Opposes', 'opposes', 'out'),
    ...section('Proposed', 'proposes', 'out'),
    ...section('Endorsed', 'endorses', 'out'),
    ...section('Rejected', 'rejects', 'out'),
    ...section('Proposed by', 'proposes', 'in'),
    ...section('Endorsed by', 'endorses', 'in'),
    ...section('Rejected by', 'rejects', 'in'),
    ...section('Leads', 'leads', 'out'),
    ...section('Led by', 'leads', 'in'),
    el('p', {}, el('button', { type: 'button', id: 'expand', onclick: () => expand(n) }, 'Expand the neighbourhood')),
  );
  panel.dataset.actor = n.name;
  panel.dataset.kind = kind;
}

function relatedItem(g) {
  const li = el('li', {}, actorButton({ key: (g.node.kind === 'Initiative' ? 'i:' : 'a:') + g.node.id, name: g.node.name }));
  for (const ev of g.evidence) {
    const source = ev.title || ev.document;
    li.append(el('blockquote', {}, quote(ev), evidenceTags(ev),
      el('br'), '— ', el('a', { href: `#doc=${encodeURIComponent(ev.document)}&at=${ev.start}`, onclick: (e) => { e.preventDefault(); openDocument(ev.document, ev.start); } }, source + (ev.date ? `, ${ev.date}` : ''))));
  }
  return li;
}

async function expand(n) {
  const sub = await getJSON(`${api}/actors/${encodeURIComponent(n.id)}/neighborhood?depth=2${filterQuery('&')}`);
  const keys = new Set(sub.nodes.map((x) => (x.kind === 'Initiative' ? 'i:' : 'a:') + x.id));
  state.cy.elements().removeClass('highlight faded');
  const nodes = state.cy.nodes().filter((x) => keys.has(x.id()));
  const keep = nodes.union(nodes.edgesWith(nodes));
  state.cy.elements().not(keep).addClass('faded');
  state.cy.animate({ fit: { eles: keep, padding: 30 } }, { duration: 300 });
  status(`Neighbourhood of ${n.name}: ${sub.nodes.length} nodes, ${sub.edges.length} edges within two steps`);
}

// --- search, paths, dates, exports ----------------------------------------------------------

function findNode(text) {
  const q = text.trim().toLowerCase();
  if (!q || !state.graph) return null;
  return state.graph.nodes.find((n) => n.name.toLowerCase() === q || n.id === q || n.aliases.some((a) => a.toLowerCase() === q))
    || state.graph.nodes.find((n) => n.name.toLowerCase().includes(q) || n.aliases.some((a) => a.toLowerCase().includes(q)));
}

async function findPath(from, to) {
  const panel = $('#panel');
  try {
    const r = await getJSON(`${api}/paths?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}&max_depth=5${filterQuery('&')}`);
    state.cy.elements().removeClass('highlight faded');
    if (!r.paths.length) {
      panel.replaceChildren(el('h2', { text: 'No path' }), el('p', { text: `Nothing connects ${from} and ${to} within five relations.` }));
      return;
    }
    const lists = r.paths.map((p, i) => {
      for (const s of p.steps) {
        const sk = (s.subject.kind === 'Initiative' ? 'i:' : 'a:') + s.subject.id;
        const ok = (s.object.kind === 'Initiative' ? 'i:' : 'a:') + s.object.id;
        state.cy.getElementById(sk).addClass('highlight');
        state.cy.getElementById(ok).addClass('highlight');
        state.cy.edges().filter((e) => e.data('source') === sk && e.data('target') === ok && e.data('predicate') === s.predicate).addClass('highlight');
      }
      return el('li', { class: 'path' }, el('ol', {}, ...p.steps.map((s) => el('li', { class: 'step' },
        `${s.subject.name} ${s.predicate} ${s.object.name}`,
        ...s.evidence.slice(0, 1).map((ev) => el('blockquote', {}, quote(ev), evidenceTags(ev)))))));
    });
    state.cy.elements().not('.highlight').addClass('faded');
    panel.replaceChildren(el('h2', { text: `From ${from} to ${to}` }), el('ul', { id: 'paths' }, ...lists));
  } catch (err) {
    panel.replaceChildren(el('h2', { text: 'Path finder' }), el('p', { text: err.message }));
  }
}

function updateExports() {
  for (const a of document.querySelectorAll('.exports a')) {
    a.href = `${api}/export?format=${a.dataset.format}${filterQuery('&')}`;
  }
}

// --- documents ----------------------------------------------------------------------------

// loadDocuments lists the articles a page at a time; a button asks for the next page.
async function loadDocuments(cursor = '') {
  const r = await getJSON(api + '/documents' + (cursor ? `?cursor=${encodeURIComponent(cursor)}` : ''));
  const items = r.documents.map((d) => el('li', {},
    el('button', { type: 'button', class: 'link-button', onclick: () => openDocument(d.id) }, d.title || d.id),
    ` ${d.date || ''} · ${d.statements} statements`));
  const list = $('#documents');
  if (cursor) list.querySelector('li.more')?.remove();
  else list.replaceChildren();
  list.append(...items);
  if (r.next_cursor) {
    list.append(el('li', { class: 'more' }, el('button', { type: 'button', onclick: () => loadDocuments(r.next_cursor).catch((err) => status(err.message)) }, 'More articles')));
  }
}

// The API answers with a document's text in windows and its relations in pages, so
// that no answer is too large; the page reads up to these many of each.
const maxTextWindows = 16;
const maxRelationPages = 20;

// readDocument reads a document whole: its text window by window, its relations page
// by page (the first window comes with the first page).
async function readDocument(id) {
  const path = `${api}/documents/${encodeURIComponent(id)}`;
  const floor = filterQuery('&', false);
  const first = await getJSON(`${path}?text_start=0${floor}`);
  const d = first.document;
  let text = d.text || '';
  let end = d.text_end;
  for (let i = 1; end < d.text_length && i < maxTextWindows; i++) {
    const w = await getJSON(`${path}?text_start=${end}&limit=1${floor}`);
    if (w.document.text_end <= end) break;
    text += w.document.text;
    end = w.document.text_end;
  }
  const relations = [...first.relations];
  let cursor = first.next_cursor;
  for (let i = 1; cursor && i < maxRelationPages; i++) {
    const p = await getJSON(`${path}?text_limit=0&cursor=${encodeURIComponent(cursor)}${floor}`);
    relations.push(...p.relations);
    cursor = p.next_cursor;
  }
  return { document: { ...d, text }, relations, cut: end < d.text_length || Boolean(cursor) };
}

async function openDocument(id, at) {
  showView('docs');
  const r = await readDocument(id);
  const d = r.document;
  const spans = new Map();
  for (const rel of r.relations) {
    const k = rel.evidence.start;
    if (!spans.has(k)) spans.set(k, { start: rel.evidence.start, end: rel.evidence.end, rels: [] });
    spans.get(k).rels.push(`${rel.subject.name} ${rel.predicate} ${rel.object.name}`);
  }
  // the text in pieces, each statement's sentence marked; offsets are in UTF-8 bytes
  const bytes = new TextEncoder().encode(d.text);
  const dec = new TextDecoder();
  const text = el('div', { class: 'doc-text' });
  let pos = 0;
  for (const s of [...spans.values()].sort((a, b) => a.start - b.start)) {
    if (s.start < pos) continue;
    text.append(dec.decode(bytes.slice(pos, s.start)));
    const mark = el('mark', { title: s.rels.join('\n'), 'data-start': String(s.start) }, dec.decode(bytes.slice(s.start, s.end)));
    if (at !== undefined && s.start === at) mark.classList.add('selected');
    text.append(mark);
    pos = s.end;
  }
  text.append(dec.decode(bytes.slice(pos)));
  $('#document').replaceChildren(
    el('h2', { text: d.title || d.id }),
    el('p', { class: 'hint', text: [d.source, d.date, d.url].filter(Boolean).join(' · ') }),
    el('h3', { text: `${r.relations.length} statements` }),
    el('ul', {}, ...r.relations.map((rel) => el('li', {}, `${rel.subject.name} ${rel.predicate} ${rel.object.name}`,
      evidenceTags(rel.evidence)))),
    el('h3', { text: 'Text' }),
    text,
    r.cut ? el('p', { class: 'hint', text: 'This article is too long to show whole here; the API gives the rest (text_start, cursor).' }) : '',
  );
  const sel = document.querySelector('#document mark.selected');
  if (sel) sel.scrollIntoView({ block: 'center' });
}

async function ingest(ev) {
  ev.preventDefault();
  const out = $('#ingest-result');
  const name = $('#ingest-name').value.trim();
  const res = await apiFetch(api + '/documents' + (name ? `?name=${encodeURIComponent(name)}` : ''), {
    method: 'POST',
    headers: { Authorization: 'Bearer ' + $('#ingest-token').value, 'Content-Type': 'text/plain' },
    body: $('#ingest-text').value,
  });
  const body = await res.json().catch(() => ({}));
  if (!res.ok) {
    out.textContent = body.error ? body.error.message : res.statusText;
    return;
  }
  out.textContent = body.unchanged ? 'Already stored; nothing changed.' : `Stored ${body.document}: ${body.statements} statements.`;
  await Promise.all([loadDocuments(), loadGraph()]);
}

// --- wiring -------------------------------------------------------------------------------

// saveURL keeps the view in the address: the selection, the theatre and the filters,
// so that a view can be linked.
function saveURL() {
  const p = new URLSearchParams();
  if (state.selected && state.byKey.has(state.selected)) p.set('actor', state.byKey.get(state.selected).id);
  if (state.theatre !== '') p.set('theatre', state.theatre);
  if (state.since) p.set('since', state.since);
  if (state.until) p.set('until', state.until);
  if (Number(state.minConfidence) > 0) p.set('min_confidence', state.minConfidence);
  const q = p.toString();
  history.replaceState(null, '', q ? '?' + q : location.pathname);
}

// readURL restores a linked view's filters; the selection follows once the graph is in.
function readURL() {
  const p = new URLSearchParams(location.search);
  state.theatre = /^\d+$/.test(p.get('theatre') || '') ? p.get('theatre') : '';
  state.since = p.get('since') || '';
  state.until = p.get('until') || '';
  const c = Number(p.get('min_confidence'));
  state.minConfidence = c > 0 && c <= 1 ? String(c) : '';
  $('#since').value = state.since;
  $('#until').value = state.until;
  $('#min-confidence').value = state.minConfidence || '0';
  $('#min-confidence-value').textContent = confidence(Number(state.minConfidence || 0));
  return p.get('actor') || '';
}

// loadTheatres fills the theatre control and the months the replay slider walks.
async function loadTheatres() {
  const t = await getJSON(api + '/theatres' + filterQuery('?', false));
  $('#theatre').replaceChildren(el('option', { value: '', text: 'All theatres' }),
    ...t.theatres.map((th) => el('option', { value: String(th.id), text: `${th.id}: ${th.name}` })));
  $('#theatre').value = state.theatre;
  const dates = t.theatres.flatMap((th) => [th.since, th.until]).filter(Boolean).sort();
  state.months = [];
  if (dates.length) {
    const [y0, m0] = dates[0].split('-').map(Number), [y1, m1] = dates[dates.length - 1].split('-').map(Number);
    for (let y = y0, m = m0; y < y1 || (y === y1 && m <= m1); m === 12 ? (y++, m = 1) : m++) state.months.push([y, m]);
  }
  $('#as-of').max = String(state.months.length);
  $('#as-of').value = String(state.months.length);
}

// monthEnd is the last day of a month, as YYYY-MM-DD.
function monthEnd([y, m]) { return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10); }

// asOf shows the graph as of the end of the slider's month (the last step: all dates).
function asOf(i) {
  const last = i >= state.months.length;
  state.until = last ? '' : monthEnd(state.months[i]);
  $('#until').value = state.until;
  $('#as-of-value').textContent = last ? 'all dates' : state.until.slice(0, 7);
  updateExports();
  return loadGraph();
}

// replay walks the slider from the first month to the last, a step a second.
async function replay() {
  const button = $('#play');
  if (button.dataset.playing) { delete button.dataset.playing; return; }
  button.dataset.playing = 'true';
  button.textContent = 'Stop';
  for (let i = 0; i <= state.months.length && button.dataset.playing; i++) {
    $('#as-of').value = String(i);
    await asOf(i);
    await new Promise((r) => setTimeout(r, 1000));
  }
  delete button.dataset.playing;
  button.textContent = 'Replay';
}

function showView(name) {
  $('#view-graph').hidden = name !== 'graph';
  $('#view-docs').hidden = name !== 'docs';
  $('#tab-graph').setAttribute('aria-pressed', String(name === 'graph'));
  $('#tab-docs').setAttribute('aria-pressed', String(name === 'docs'));
  if (name === 'graph' && state.cy) state.cy.resize();
}

function init() {
  const linked = readURL();
  $('#drawer-toggle').addEventListener('click', () => {
    const open = $('#controls').classList.toggle('open');
    $('#drawer-toggle').setAttribute('aria-expanded', String(open));
  });
  $('#theatre').addEventListener('change', () => {
    state.theatre = $('#theatre').value;
    loadGraph().catch((err) => status(err.message));
  });
  $('#as-of').addEventListener('input', () => {
    const i = Number($('#as-of').value);
    $('#as-of-value').textContent = i >= state.months.length ? 'all dates' : monthEnd(state.months[i]).slice(0, 7);
  });
  $('#as-of').addEventListener('change', () => asOf(Number($('#as-of').value)).catch((err) => status(err.message)));
  $('#play').addEventListener('click', () => replay().catch((err) => status(err.message)));
  // a resized window (a phone turned, a panel opened) gets the graph fitted to it again
  let resizing = 0;
  window.addEventListener('resize', () => {
    clearTimeout(resizing);
    resizing = setTimeout(() => {
      if (!state.cy) return;
      state.cy.resize();
      state.cy.fit(undefined, 25);
      state.cy.style().update();
      document.body.dataset.fittedWidth = String(window.innerWidth);
    }, 150);
  });
  $('#tab-graph').addEventListener('click', () => showView('graph'));
  $('#tab-docs').addEventListener('click', () => showView('docs'));
  $('#search').addEventListener('submit', (e) => {
    e.preventDefault();
    showView('graph');
    const n = findNode($('#search-input').value);
    if (n) showActor(n.key);
    else status(`No actor called “${$('#search-input').value}”.`);
  });
  $('#pathfinder').addEventListener('submit', (e) => {
    e.preventDefault();
    showView('graph');
    findPath($('#path-from').value, $('#path-to').value);
  });
  $('#dates').addEventListener('submit', (e) => {
    e.preventDefault();
    state.since = $('#since').value;
    state.until = $('#until').value;
    updateExports();
    loadGraph().catch((err) => status(err.message));
  });
  $('#clear-dates').addEventListener('click', () => {
    $('#since').value = '';
    $('#until').value = '';
    state.since = state.until = '';
    updateExports();
    loadGraph().catch((err) => status(err.message));
  });
  // the slider shows its value as it moves and asks the API once it is let go
  const slider = $('#min-confidence');
  slider.addEventListener('input', () => { $('#min-confidence-value').textContent = confidence(Number(slider.value)); });
  slider.addEventListener('change', () => {
    state.minConfidence = Number(slider.value) > 0 ? slider.value : '';
    $('#min-confidence-value').textContent = confidence(Number(slider.value));
    updateExports();
    // the open panel follows the floor; an actor the floor leaves without relations
    // is no longer in the graph, and its panel goes
    loadGraph().then(() => {
      if (state.selected && state.byKey.has(state.selected)) return showActor(state.selected);
      state.selected = '';
      $('#panel').replaceChildren(el('p', { class: 'hint', text: 'Select an actor in the graph or in the lists to see who stands with it, and why.' }));
      delete $('#panel').dataset.actor;
      return undefined;
    }).catch((err) => status(err.message));
  });
  $('#confidence').addEventListener('submit', (e) => e.preventDefault());
  $('#ingest').addEventListener('submit', (e) => ingest(e).catch((err) => { $('#ingest-result').textContent = err.message; }));
  // with a read token, an export link is fetched with it; without one, the browser
  // streams the file itself
  for (const a of document.querySelectorAll('.exports a')) {
    a.addEventListener('click', (e) => {
      if (!readToken()) return;
      e.preventDefault();
      download(a).catch((err) => status(err.message));
    });
  }
  updateExports();
  loadTheatres().catch(() => {}).then(loadGraph).then(() => {
    const n = linked && findNode(linked);
    if (n) return showActor(n.key);
    return undefined;
  }).then(() => { document.body.dataset.ready = 'true'; }).catch((err) => status(err.message));
  loadDocuments().catch(() => {});
}

init();
