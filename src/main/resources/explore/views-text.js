// Search with facets and highlighted snippets, and the article reader: the clean text with every event's evidence
// highlighted, each event linked to all the articles that tell it. Text from articles only ever becomes text nodes.
(function () {
  'use strict';
  const C = window.Caravan;
  /** Which filter a facet value sets. */
  const FACET_FILTER = { lang: 'lang', outlet: 'source', root: 'root', quad: 'quad', actor: 'actor',
    country: 'actor', month: 'month', place: 'place' };

  C.views.search = async function (box, params) {
    const q = params.get('q') || '';
    const kind = params.get('kind') || '';
    const offset = Number(params.get('offset') || 0);
    const input = C.el('input', { type: 'search', name: 'q', id: 'search-q', value: q,
      placeholder: C.t('searchPlaceholder') });
    const kinds = C.el('select', { name: 'kind' }, [['', C.t('all')], ['article', C.t('article')],
      ['event', C.t('event')]].map(function (k) { return C.el('option', { value: k[0] }, k[1]); }));
    kinds.value = kind;
    const form = C.el('form', { class: 'search-form', id: 'search-form' }, input, ' ', C.el('label', null,
      C.t('kind') + ' ', kinds), ' ', C.el('button', { type: 'submit' }, C.t('search')));
    form.onsubmit = function (ev) {
      ev.preventDefault();
      C.go('search', { q: input.value.trim(), kind: kinds.value, offset: null });
    };
    box.appendChild(C.el('h2', null, C.t('search')));
    box.appendChild(form);
    const r = await C.api('/api/search', C.params(C.filters(params), { q: q, kind: kind, offset: offset, limit: 20 }));
    const facets = C.el('aside', { class: 'facets' });
    Object.keys(r.facets).forEach(function (dim) {
      if (!r.facets[dim].length) return;
      facets.appendChild(C.el('h3', null, C.t('facet' + dim)));
      r.facets[dim].forEach(function (v) {
        const label = dim === 'quad' ? C.t('q' + v.value) : v.value;
        facets.appendChild(C.el('button', { type: 'button', class: 'facet', onclick: function () {
          const f = FACET_FILTER[dim];
          const extra = f === 'month' ? { from: v.value, to: v.value, offset: null } : { offset: null };
          if (f !== 'month') extra[f] = v.value;
          C.go('search', extra);
        } }, C.el('span', null, label), C.el('span', null, String(v.count))));
      });
    });
    const hits = C.el('section', { class: 'hits' },
      C.el('p', { class: 'hint' }, r.total + ' ' + C.t('results')));
    r.hits.forEach(function (h) {
      const link = C.href('reader', { doc: h.doc_id, event: h.event_id });
      const snippet = C.el('p', { class: 'snippet' }, h.snippet.map(function (s) {
        return s.match ? C.el('mark', null, s.text) : s.text;
      }));
      hits.appendChild(C.el('div', { class: 'hit', 'data-item': h.doc_id },
        C.el('a', { href: link, class: 'hit-title' }, h.label || h.title || h.doc_id),
        C.el('div', { class: 'meta' }, [C.t(h.kind), h.date, h.lang, h.outlet, h.label ? h.title : null]
          .filter(Boolean).join(' · ')),
        snippet));
    });
    hits.appendChild(C.el('div', { class: 'pager' },
      C.el('a', { href: offset > 0 ? C.href('search', { q: q, kind: kind, offset: Math.max(0, offset - 20) }) : null },
        C.t('prev')),
      C.el('a', { href: offset + 20 < r.total ? C.href('search', { q: q, kind: kind, offset: offset + 20 }) : null },
        C.t('next'))));
    box.appendChild(C.el('div', { class: 'split' }, facets, hits));
  };

  /** The text cut at every evidence boundary; each piece knows the events whose evidence covers it. */
  function pieces(text, events, docId) {
    const spans = [];
    events.forEach(function (e) {
      e.evidence.forEach(function (m) {
        if (m.doc_id === docId && m.start < m.end && m.end <= text.length) spans.push([m.start, m.end, e.id]);
      });
    });
    const cuts = new Set([0, text.length]);
    spans.forEach(function (s) { cuts.add(s[0]); cuts.add(s[1]); });
    const at = Array.from(cuts).sort(function (a, b) { return a - b; });
    const out = [];
    for (let i = 0; i + 1 < at.length; i++) {
      const from = at[i], to = at[i + 1];
      const ids = spans.filter(function (s) { return s[0] <= from && s[1] >= to; }).map(function (s) { return s[2]; });
      out.push({ text: text.slice(from, to), events: ids });
    }
    return out;
  }

  async function documents(box, params) {
    const r = await C.api('/api/documents', C.params(C.filters(params), { limit: 200 }));
    box.appendChild(C.el('h2', null, C.t('documents') + ' (' + r.total + ')'));
    const rows = r.items.map(function (d) {
      const s = d.document;
      return C.el('tr', { 'data-item': s.doc_id },
        C.el('td', null, s.published || '—'),
        C.el('td', null, C.el('a', { href: C.href('reader', { doc: s.doc_id }), class: 'doc-link' },
          s.title || s.doc_id)),
        C.el('td', null, s.lang || ''), C.el('td', null, s.outlet), C.el('td', null, String(d.events)));
    });
    box.appendChild(C.el('table', { class: 'events' }, C.el('tbody', null, rows)));
  }

  /** The titles of the stored documents by id (for the links from an event to every article telling it). */
  async function documentTitles() {
    const r = await C.api('/api/documents', C.params(null, { limit: 500 }));
    const titles = {};
    r.items.forEach(function (x) { titles[x.document.doc_id] = x.document.title || x.document.doc_id; });
    return titles;
  }

  C.views.reader = async function (box, params) {
    const id = params.get('doc');
    if (!id) return documents(box, params);
    const selected = params.get('event');
    const d = await C.api('/api/documents/' + encodeURIComponent(id));
    const titles = await documentTitles();
    const s = d.document;
    const body = C.el('div', { class: 'text' });
    pieces(d.text, d.events, id).forEach(function (p) {
      if (!p.events.length) { body.appendChild(document.createTextNode(p.text)); return; }
      const current = selected && p.events.includes(selected);
      body.appendChild(C.el('mark', { class: 'evidence' + (current ? ' current' : ''), 'data-item': p.events[0],
        'data-events': p.events.join(' '), title: p.events.join(', '),
        onclick: function () { C.go('reader', { doc: id, event: p.events[0] }); } }, p.text));
    });
    const url = C.safeUrl(s.url);
    const article = C.el('article', null,
      C.el('h2', { class: 'doc-title' }, s.title || s.doc_id),
      C.el('div', { class: 'meta' }, [s.outlet, s.lang, s.published ? C.t('published') + ' ' + s.published : null]
        .filter(Boolean).join(' · '), url ? ' · ' : '', url ? C.el('a', { href: url, rel: 'noopener noreferrer',
        target: '_blank', class: 'source-url' }, C.t('original')) : null),
      body);
    const list = C.el('ol', { class: 'doc-events' }, d.events.map(function (e) {
      const others = Array.from(new Set(e.evidence.map(function (m) { return m.doc_id; })));
      return C.el('li', { class: e.id === selected ? 'current' : '', 'data-event': e.id,
        onclick: function () { C.go('reader', { doc: id, event: e.id }); } },
        C.el('span', { class: 'quad-tag q' + e.quad_class, title: C.t('q' + e.quad_class) }),
        (e.date || '—') + ' · ' + C.actorName(e.source) + ' → ' + C.actorName(e.target) + ' · ' + C.code(e)
          + (e.place ? ' · ' + e.place.name : ''),
        C.el('div', { class: 'links' }, C.t('toldIn') + ': ', others.map(function (o) {
          return C.el('a', { href: C.href('reader', { doc: o, event: e.id }), class: o === id ? 'this-doc' : '',
            title: o, onclick: function (ev) { ev.stopPropagation(); } }, titles[o] || o);
        })));
    }));
    box.appendChild(C.el('div', { class: 'reader' }, article,
      C.el('aside', null, C.el('h2', null, C.t('eventsIn') + ' (' + d.events.length + ')'), list)));
    C.afterDraw = function () {
      const m = document.querySelector('mark.evidence.current');
      if (m) m.scrollIntoView({ block: 'center' });
    };
  };
})();
