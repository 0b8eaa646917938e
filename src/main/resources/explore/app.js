// Caravan dashboard core: the state kept in the URL (#view?filters&view-params&ui=en|fr), the API client, the
// shared filter bar and the helpers the views build the page with. Article content is untrusted: every piece of it
// reaches the page as a text node (textContent), never as markup; links are kept only for http(s) URLs.
(function () {
  'use strict';
  const FILTERS = ['from', 'to', 'actor', 'pair', 'root', 'quad', 'lang', 'source', 'place', 'min_sources'];
  const VIEWS = ['timeline', 'network', 'trend', 'map', 'stories', 'search', 'reader'];
  const C = window.Caravan = { views: {}, FILTERS: FILTERS, VIEWS: VIEWS };

  /** The view and parameters in the URL. */
  C.state = function () {
    const hash = location.hash.replace(/^#/, '');
    const q = hash.indexOf('?');
    const view = q < 0 ? hash : hash.slice(0, q);
    const params = new URLSearchParams(q < 0 ? '' : hash.slice(q + 1));
    return { view: VIEWS.includes(view) ? view : 'timeline', params: params };
  };

  C.ui = function () {
    const p = C.state().params.get('ui');
    if (p === 'fr' || p === 'en') return p;
    return (navigator.language || 'en').toLowerCase().startsWith('fr') ? 'fr' : 'en';
  };

  C.t = function (key) {
    const d = window.CARAVAN_I18N;
    return (d[C.ui()] && d[C.ui()][key]) || d.en[key] || key;
  };

  /** The shared filters of the URL, as API parameters. */
  C.filters = function (params) {
    const out = new URLSearchParams();
    FILTERS.forEach(function (f) {
      const v = (params || C.state().params).get(f);
      if (v) out.set(f, v);
    });
    return out;
  };

  /** A link to a view keeping the shared filters and the interface language; extra sets view parameters. */
  C.href = function (view, extra, filters) {
    const s = C.state();
    const p = filters || C.filters(s.params);
    if (s.params.get('ui')) p.set('ui', s.params.get('ui'));
    Object.keys(extra || {}).forEach(function (k) {
      const v = extra[k];
      if (v === null || v === undefined || v === '') p.delete(k); else p.set(k, v);
    });
    const qs = p.toString();
    return '#' + view + (qs ? '?' + qs : '');
  };

  C.go = function (view, extra, filters) {
    location.hash = C.href(view, extra, filters);
  };

  /** GET of an API path with parameters; the JSON answer, or an Error with the server's message. */
  C.api = async function (path, params) {
    const qs = params ? params.toString() : '';
    const r = await fetch(path + (qs ? '?' + qs : ''), { headers: { Accept: 'application/json' } });
    let body = null;
    try { body = await r.json(); } catch (e) { body = null; }
    if (!r.ok) {
      throw new Error(C.t('failed') + ' ' + r.status + (body && body.error ? ': ' + body.error : ''));
    }
    return body;
  };

  C.params = function (base, extra) {
    const p = new URLSearchParams(base || '');
    Object.keys(extra || {}).forEach(function (k) {
      if (extra[k] !== null && extra[k] !== undefined && extra[k] !== '') p.set(k, extra[k]);
    });
    return p;
  };

  /** An http(s) URL, or null: javascript:, data: and the rest are never made links. */
  C.safeUrl = function (u) {
    if (typeof u !== 'string') return null;
    try {
      const url = new URL(u, location.href);
      return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
    } catch (e) {
      return null;
    }
  };

  /**
   * An element: attrs sets properties (class, id, type, value, href: checked, title...) and on* listeners;
   * strings among the children become text nodes.
   */
  C.el = function (tag, attrs) {
    const e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      const v = attrs[k];
      if (v === null || v === undefined) return;
      if (k.startsWith('on') && typeof v === 'function') e.addEventListener(k.slice(2), v);
      else if (k === 'class') e.className = v;
      else if (k === 'href') { if (v.startsWith('#') || v.startsWith('/')) e.setAttribute('href', v);
        else { const s = C.safeUrl(v); if (s) e.setAttribute('href', s); } }
      else if (k.startsWith('data-')) e.setAttribute(k, String(v));
      else e[k] = v;
    });
    for (let i = 2; i < arguments.length; i++) C.append(e, arguments[i]);
    return e;
  };

  C.append = function (parent, child) {
    if (child === null || child === undefined || child === false) return;
    if (Array.isArray(child)) child.forEach(function (c) { C.append(parent, c); });
    else if (child instanceof Node) parent.appendChild(child);
    else parent.appendChild(document.createTextNode(String(child)));
  };

  C.QUADS = [1, 2, 3, 4];
  C.quadColour = function (q) { return ['#7fbf7b', '#1b7837', '#f4a582', '#b2182b'][q - 1] || '#999'; };
  /** From conflict (-10, red) to cooperation (+10, green). */
  C.goldsteinColour = function (g) {
    return d3.scaleLinear().domain([-10, 0, 10]).range(['#b2182b', '#9a9a9a', '#1b7837']).clamp(true)(g);
  };

  C.legend = function (withGoldstein) {
    const l = C.el('div', { class: 'legend' });
    C.QUADS.forEach(function (q) { l.appendChild(C.el('span', { class: 'q' + q }, C.t('q' + q))); });
    if (withGoldstein) l.appendChild(C.el('span', { class: 'gold' }, C.t('goldstein')));
    return l;
  };

  /** The codebook name of an event's CAMEO code in the interface language (the French one when ui=fr). */
  C.codeName = function (e) {
    return (C.ui() === 'fr' && e.cameo_name_fr) || e.cameo_name || '';
  };

  /** The CAMEO code with its codebook name ("040 Consult", "040 Consulter, sans autre précision"). */
  C.code = function (e) { const n = C.codeName(e); return e.cameo + (n ? ' ' + n : ''); };

  C.actorName = function (a) { return a && a.name ? a.name : '?'; };

  /** The document in which an event is best read: its own, else the first of its evidence. */
  C.eventDoc = function (e) {
    return e.document && e.document.doc_id ? e.document.doc_id : (e.evidence[0] || {}).doc_id;
  };

  /** A table of events, each row linking to the article with its evidence highlighted. */
  C.eventTable = function (events) {
    if (!events.length) return C.el('p', { class: 'empty' }, C.t('noData'));
    const head = C.el('tr', null, [C.t('date'), C.t('code'), C.t('who'), C.t('where'), C.t('sourcesCol'),
      C.t('evidence')].map(function (h) { return C.el('th', null, h); }));
    const rows = events.map(function (e) {
      const link = C.href('reader', { doc: C.eventDoc(e), event: e.id });
      return C.el('tr', { class: 'event-row', 'data-event': e.id, onclick: function () { location.hash = link; } },
        C.el('td', null, e.date || '—'),
        C.el('td', { title: C.codeName(e) }, C.el('span', { class: 'quad-tag q' + e.quad_class,
          title: C.t('q' + e.quad_class) }), C.code(e)),
        C.el('td', null, C.el('a', { href: link, class: 'event-link' },
          C.actorName(e.source) + ' → ' + C.actorName(e.target))),
        C.el('td', null, e.place ? e.place.name : ''),
        C.el('td', null, String(e.sources)),
        C.el('td', null, e.text || ''));
    });
    return C.el('table', { class: 'events' }, C.el('thead', null, head), C.el('tbody', null, rows));
  };

  /** A titled, paged list of the events the API path answers with these parameters. */
  C.eventList = async function (title, path, params, into) {
    let offset = 0;
    const limit = 50;
    const box = C.el('section', { class: 'event-list' });
    into.replaceChildren(box);
    async function page() {
      const r = await C.api(path, C.params(params, { offset: offset, limit: limit }));
      const pager = C.el('div', { class: 'pager' },
        C.el('button', { type: 'button', disabled: offset === 0, onclick: function () {
          offset = Math.max(0, offset - limit); page(); } }, C.t('prev')),
        (r.total ? offset + 1 : 0) + '–' + Math.min(r.total, offset + limit) + ' / ' + r.total,
        C.el('button', { type: 'button', disabled: offset + limit >= r.total, onclick: function () {
          offset += limit; page(); } }, C.t('next')));
      box.replaceChildren(C.el('h2', null, title), pager, C.eventTable(r.items));
    }
    await page();
  };

  /** Marks the view as drawn (the browser test waits for it), with how many items it shows. */
  C.ready = function (view, count) {
    view.setAttribute('data-state', 'ready');
    view.setAttribute('data-count', String(count));
  };

  /** The width available to a chart in the view. */
  C.width = function (view) {
    return Math.max(600, Math.min(1360, (view.clientWidth || 1000) - 36));
  };
})();
