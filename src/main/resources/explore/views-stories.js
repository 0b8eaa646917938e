// Stories: the happenings (a state visit with its talks, a summit) the merge step grouped events and articles into.
// The list passes the shared filter (a story is listed when one of its events passes it); a story shows its events
// (each linked to its article) and its member articles. Story titles and names are text nodes only.
(function () {
  'use strict';
  const C = window.Caravan;

  function span(s) {
    if (!s.start) return '—';
    return s.end && s.end !== s.start ? s.start + ' – ' + s.end : s.start;
  }

  function actors(s) {
    return (s.actors || []).map(function (a) { return a.name || a.key; }).join(', ');
  }

  async function list(box, params) {
    const offset = Number(params.get('offset') || 0);
    const limit = 50;
    const r = await C.api('/api/stories', C.params(C.filters(params), { offset: offset, limit: limit }));
    box.appendChild(C.el('h2', null, C.t('stories') + ' (' + r.total + ')'));
    box.appendChild(C.el('p', { class: 'hint' }, C.t('storiesHint')));
    if (!r.items.length) { box.appendChild(C.el('p', { class: 'empty' }, C.t('noData'))); return; }
    const head = C.el('tr', null, [C.t('span'), C.t('storyTitle'), C.t('actorsCol'), C.t('events'),
      C.t('documents')].map(function (h) { return C.el('th', null, h); }));
    const rows = r.items.map(function (s) {
      const link = C.href('stories', { story: s.id });
      return C.el('tr', { class: 'story-row', 'data-item': s.id, onclick: function () { location.hash = link; } },
        C.el('td', null, span(s)),
        C.el('td', null, C.el('a', { href: link, class: 'story-link' }, s.title)),
        C.el('td', null, actors(s)),
        C.el('td', null, String(s.num_events)),
        C.el('td', null, String(s.num_articles)));
    });
    box.appendChild(C.el('table', { class: 'events stories' }, C.el('thead', null, head), C.el('tbody', null, rows)));
    box.appendChild(C.el('div', { class: 'pager' },
      C.el('a', { href: offset > 0 ? C.href('stories', { offset: Math.max(0, offset - limit) }) : null }, C.t('prev')),
      ' ' + (offset + 1) + '–' + Math.min(r.total, offset + limit) + ' / ' + r.total + ' ',
      C.el('a', { href: offset + limit < r.total ? C.href('stories', { offset: offset + limit }) : null },
        C.t('next'))));
  }

  async function one(box, id) {
    const v = await C.api('/api/stories/' + encodeURIComponent(id));
    const s = v.story;
    box.appendChild(C.el('p', null, C.el('a', { href: C.href('stories', { story: null }), id: 'stories-back' },
      '‹ ' + C.t('stories'))));
    box.appendChild(C.el('h2', { class: 'story-title' }, s.title));
    box.appendChild(C.el('div', { class: 'meta' }, [span(s), actors(s)].filter(Boolean).join(' · ')));
    const table = C.eventTable(v.events);
    table.querySelectorAll('tr.event-row').forEach(function (tr) { tr.setAttribute('data-item', tr.dataset.event); });
    box.appendChild(C.el('h3', null, C.t('allEvents') + ' (' + v.events.length + ')'));
    box.appendChild(table);
    box.appendChild(C.el('h3', null, C.t('documents') + ' (' + v.articles.length + ')'));
    box.appendChild(C.el('ul', { class: 'story-articles' }, v.articles.map(function (a) {
      return C.el('li', { 'data-doc': a.doc_id },
        C.el('a', { href: C.href('reader', { doc: a.doc_id }), class: 'doc-link' }, a.title || a.doc_id),
        ' · ' + [a.outlet, a.lang, a.published].filter(Boolean).join(' · '));
    })));
  }

  C.views.stories = async function (box, params) {
    const id = params.get('story');
    return id ? one(box, id) : list(box, params);
  };
})();
