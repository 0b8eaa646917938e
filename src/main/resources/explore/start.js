// The page around the views: tabs, interface language, the shared filter bar, and the router that draws the view
// the URL names whenever the URL changes (so a view with its filters can be bookmarked).
(function () {
  'use strict';
  const C = window.Caravan;
  let drawing = 0;

  function tabs(s) {
    const nav = document.getElementById('tabs');
    nav.replaceChildren.apply(nav, C.VIEWS.map(function (v) {
      return C.el('a', { href: C.href(v), class: v === s.view ? 'active' : '', id: 'tab-' + v }, C.t(v));
    }));
    const lang = document.getElementById('ui-lang');
    lang.replaceChildren.apply(lang, ['en', 'fr'].map(function (l) {
      return C.el('button', { type: 'button', class: C.ui() === l ? 'active' : '', onclick: function () {
        const p = new URLSearchParams(s.params); p.set('ui', l);
        location.hash = '#' + s.view + '?' + p.toString(); } }, l.toUpperCase());
    }));
    document.documentElement.lang = C.ui();
  }

  function field(name, params, type, options) {
    let input;
    if (options) {
      input = C.el('select', { name: name }, C.el('option', { value: '' }, C.t('any')),
        options.map(function (o) { return C.el('option', { value: o[0] }, o[1]); }));
      input.value = params.get(name) || '';
    } else {
      input = C.el('input', { name: name, type: type || 'text', value: params.get(name) || '' });
    }
    return C.el('label', null, C.t(name), input);
  }

  function filterBar(s) {
    const form = document.getElementById('filters');
    const p = s.params;
    const roots = [];
    for (let i = 1; i <= 20; i++) { const r = (i < 10 ? '0' : '') + i; roots.push([r, r]); }
    form.replaceChildren(
      field('from', p, 'text'), field('to', p, 'text'), field('actor', p), field('pair', p),
      field('root', p, null, roots), field('quad', p, null, C.QUADS.map(function (q) { return [String(q), C.t('q' + q)]; })),
      field('lang', p, null, [['fr', 'fr'], ['en', 'en'], ['de', 'de'], ['es', 'es'], ['ru', 'ru']]),
      field('source', p), field('place', p), field('min_sources', p, 'number'),
      C.el('div', { class: 'buttons' }, C.el('button', { type: 'submit', id: 'apply' }, C.t('apply')),
        C.el('button', { type: 'button', id: 'clear', onclick: function () {
          const keep = new URLSearchParams(); if (p.get('ui')) keep.set('ui', p.get('ui'));
          location.hash = '#' + s.view + (keep.toString() ? '?' + keep : ''); } }, C.t('clear'))));
    form.querySelectorAll('input[type=text]').forEach(function (i) {
      if (i.name === 'from' || i.name === 'to') i.placeholder = 'YYYY-MM-DD';
    });
    form.onsubmit = function (ev) {
      ev.preventDefault();
      const next = new URLSearchParams(p);
      C.FILTERS.forEach(function (f) {
        const v = form.elements[f] ? form.elements[f].value.trim() : '';
        if (v) next.set(f, v); else next.delete(f);
      });
      next.delete('offset');
      location.hash = '#' + s.view + '?' + next.toString();
    };
  }

  async function draw() {
    const s = C.state();
    const mine = ++drawing;
    tabs(s);
    filterBar(s);
    const view = document.getElementById('view');
    view.setAttribute('data-state', 'loading');
    view.setAttribute('data-view', s.view);
    view.replaceChildren(C.el('p', { class: 'hint' }, C.t('loading')));
    try {
      const box = C.el('div');
      await C.views[s.view](box, s.params, function () { return mine === drawing; });
      if (mine !== drawing) return;
      view.replaceChildren(box);
      if (view.getAttribute('data-state') !== 'ready') C.ready(view, box.querySelectorAll('[data-item]').length);
      if (C.afterDraw) { const f = C.afterDraw; C.afterDraw = null; f(); }
    } catch (e) {
      if (mine !== drawing) return;
      view.replaceChildren(C.el('p', { class: 'error' }, e.message));
      view.setAttribute('data-state', 'error');
    }
  }

  window.addEventListener('hashchange', draw);
  draw();
})();
