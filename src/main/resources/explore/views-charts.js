// The timeline (events per date by quad class, zoomable by date) and the trend of a pair of actors (monthly events
// by quad class with their mean Goldstein).
(function () {
  'use strict';
  const C = window.Caravan;

  /** The days a stored date covers: "2024" the year, "2024-05" the month, "2024-05-16" the day. */
  function span(date) {
    const p = date.split('-').map(Number);
    if (p.length === 1) return [new Date(Date.UTC(p[0], 0, 1)), new Date(Date.UTC(p[0] + 1, 0, 1))];
    if (p.length === 2) return [new Date(Date.UTC(p[0], p[1] - 1, 1)), new Date(Date.UTC(p[0], p[1], 1))];
    const d = new Date(Date.UTC(p[0], p[1] - 1, p[2]));
    return [d, new Date(d.getTime() + 86400000)];
  }

  C.views.timeline = async function (box, params) {
    const days = await C.api('/api/timeline', C.filters(params));
    box.appendChild(C.el('h2', null, C.t('timeline')));
    box.appendChild(C.el('p', { class: 'hint' }, C.t('timelineHint')));
    box.appendChild(C.legend(false));
    const list = C.el('div');
    if (!days.length) {
      box.appendChild(C.el('p', { class: 'empty' }, C.t('noData')));
      return;
    }
    const W = C.width(document.getElementById('view')), H = 300, m = { t: 10, r: 20, b: 30, l: 40 };
    const bars = [];
    days.forEach(function (d) {
      const s = span(d.date);
      let y = 0;
      C.QUADS.forEach(function (q) {
        const n = d.by_quad[q - 1];
        if (n > 0) bars.push({ date: d.date, from: s[0], to: s[1], q: q, y0: y, y1: y + n, n: n });
        y += n;
      });
    });
    const first = d3.min(bars, function (b) { return b.from; }), last = d3.max(bars, function (b) { return b.to; });
    const pad = Math.max(86400000 * 5, (last - first) * 0.03);
    const x0 = d3.scaleUtc().domain([new Date(first - pad), new Date(+last + pad)]).range([m.l, W - m.r]);
    const y = d3.scaleLinear().domain([0, d3.max(days, function (d) { return d3.sum(d.by_quad); })]).nice()
      .range([H - m.b, m.t]);
    const svg = d3.create('svg').attr('class', 'chart timeline').attr('width', W).attr('height', H)
      .attr('viewBox', [0, 0, W, H]);
    svg.append('clipPath').attr('id', 'timeline-clip').append('rect').attr('x', m.l).attr('y', 0)
      .attr('width', W - m.l - m.r).attr('height', H);
    const gx = svg.append('g').attr('transform', 'translate(0,' + (H - m.b) + ')');
    svg.append('g').attr('transform', 'translate(' + m.l + ',0)').call(d3.axisLeft(y).ticks(5));
    const g = svg.append('g').attr('clip-path', 'url(#timeline-clip)');
    const rects = g.selectAll('rect').data(bars).join('rect')
      .attr('class', function (b) { return 'bar q' + b.q; }).attr('data-item', function (b) { return b.date; })
      .attr('y', function (b) { return y(b.y1); }).attr('height', function (b) { return y(b.y0) - y(b.y1); })
      .on('click', function (ev, b) { showDate(b.date); });
    rects.append('title').text(function (b) { return b.date + ' · ' + C.t('q' + b.q) + ': ' + b.n; });
    function place(x) {
      rects.attr('x', function (b) { return x(b.from); })
        .attr('width', function (b) { return Math.max(3, x(b.to) - x(b.from) - 1); });
      gx.call(d3.axisBottom(x).ticks(Math.round(W / 110)));
    }
    place(x0);
    svg.call(d3.zoom().scaleExtent([1, 2000]).translateExtent([[m.l, 0], [W - m.r, H]])
      .extent([[m.l, 0], [W - m.r, H]]).on('zoom', function (ev) { place(ev.transform.rescaleX(x0)); }));
    box.appendChild(svg.node());
    box.appendChild(list);

    async function showDate(date) {
      const p = C.params(C.filters(params), { from: date, to: date, limit: 500 });
      const r = await C.api('/api/events', p);
      const exact = r.items.filter(function (e) { return e.date === date; });
      list.replaceChildren(C.el('h2', null, C.t('pickDate') + ' ' + date), C.eventTable(exact));
    }
    C.afterDraw = function () { C.eventList(C.t('allEvents'), '/api/events', C.filters(params), list); };
  };

  C.views.trend = async function (box, params) {
    const filters = C.filters(params);
    const actors = (await C.api('/api/actors', C.params(filters, { limit: 200 }))).items;
    let a = params.get('a'), b = params.get('b');
    const pair = (params.get('pair') || '').split(',');
    if (!a && pair.length === 2) { a = pair[0]; b = pair[1]; }
    if (!a || !b) {
      const net = await C.api('/api/network', C.params(filters, { max_edges: 1 }));
      if (net.edges.length) { a = net.edges[0].a; b = net.edges[0].b; }
    }
    box.appendChild(C.el('h2', null, C.t('trend')));
    box.appendChild(C.el('p', { class: 'hint' }, C.t('trendHint')));
    function pick(name, value) {
      const s = C.el('select', { name: name, id: 'trend-' + name }, actors.map(function (x) {
        return C.el('option', { value: x.id }, x.name + ' (' + x.events + ')');
      }));
      if (value && !actors.some(function (x) { return x.id === value; })) {
        s.appendChild(C.el('option', { value: value }, value));
      }
      s.value = value || '';
      return C.el('label', null, C.t(name === 'a' ? 'actorA' : 'actorB') + ' ', s);
    }
    const form = C.el('form', { class: 'pair-form' }, pick('a', a), ' ', pick('b', b), ' ',
      C.el('button', { type: 'submit' }, C.t('show')));
    form.onsubmit = function (ev) {
      ev.preventDefault();
      C.go('trend', { a: form.elements.a.value, b: form.elements.b.value });
    };
    box.appendChild(form);
    if (!a || !b) {
      box.appendChild(C.el('p', { class: 'empty' }, C.t('noData')));
      return;
    }
    const dyad = await C.api('/api/dyad', C.params(filters, { a: a, b: b }));
    box.appendChild(C.legend(true));
    if (!dyad.months.length) {
      box.appendChild(C.el('p', { class: 'empty' }, C.t('noData')));
      return;
    }
    const W = C.width(document.getElementById('view')), H = 300, m = { t: 12, r: 45, b: 30, l: 40 };
    const months = dyad.months;
    const plot = Math.min(W - m.l - m.r, months.length * 90);
    const x = d3.scaleBand().domain(months.map(function (d) { return d.month; })).range([m.l, m.l + plot])
      .padding(0.25);
    const y = d3.scaleLinear().domain([0, d3.max(months, function (d) { return d.events; })]).nice()
      .range([H - m.b, m.t]);
    const yg = d3.scaleLinear().domain([-10, 10]).range([H - m.b, m.t]);
    const svg = d3.create('svg').attr('class', 'chart trend').attr('width', W).attr('height', H);
    svg.append('g').attr('transform', 'translate(0,' + (H - m.b) + ')').call(d3.axisBottom(x));
    svg.append('g').attr('transform', 'translate(' + m.l + ',0)').call(d3.axisLeft(y).ticks(5));
    svg.append('g').attr('transform', 'translate(' + (W - m.r) + ',0)').call(d3.axisRight(yg).ticks(5));
    const stacks = [];
    months.forEach(function (d) {
      let y0 = 0;
      C.QUADS.forEach(function (q) {
        const n = d.by_quad[q - 1];
        if (n > 0) stacks.push({ month: d.month, q: q, y0: y0, y1: y0 + n, n: n });
        y0 += n;
      });
    });
    svg.append('g').selectAll('rect').data(stacks).join('rect')
      .attr('class', function (s) { return 'bar q' + s.q; }).attr('data-item', function (s) { return s.month; })
      .attr('x', function (s) { return x(s.month); }).attr('width', x.bandwidth())
      .attr('y', function (s) { return y(s.y1); }).attr('height', function (s) { return y(s.y0) - y(s.y1); })
      .on('click', function (ev, s) {
        C.eventList(s.month, '/api/events', C.params(filters, { pair: a + ',' + b, from: s.month, to: s.month }),
          list);
      })
      .append('title').text(function (s) { return s.month + ' · ' + C.t('q' + s.q) + ': ' + s.n; });
    const line = d3.line().x(function (d) { return x(d.month) + x.bandwidth() / 2; })
      .y(function (d) { return yg(d.mean_goldstein); });
    svg.append('path').datum(months).attr('class', 'goldstein').attr('fill', 'none').attr('stroke', '#333')
      .attr('stroke-width', 2).attr('d', line);
    svg.append('g').selectAll('circle').data(months).join('circle').attr('r', 3.5).attr('fill', '#333')
      .attr('cx', function (d) { return x(d.month) + x.bandwidth() / 2; })
      .attr('cy', function (d) { return yg(d.mean_goldstein); })
      .append('title').text(function (d) { return d.month + ' · ' + C.t('goldstein') + ' ' + d.mean_goldstein; });
    box.appendChild(svg.node());
    const list = C.el('div');
    box.appendChild(list);
    C.afterDraw = function () {
      C.eventList(C.t('allEvents'), '/api/events', C.params(filters, { pair: a + ',' + b }), list);
    };
  };
})();
