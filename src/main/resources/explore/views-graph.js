// The actor network (edges weighted by events, coloured by mean Goldstein; click an edge for its events) and the
// map of event places over the world outline shipped with the app (Natural Earth, from the npm package world-atlas).
(function () {
  'use strict';
  const C = window.Caravan;

  C.views.network = async function (box, params) {
    const filters = C.filters(params);
    const net = await C.api('/api/network', C.params(filters, { max_edges: 80 }));
    box.appendChild(C.el('h2', null, C.t('network')));
    box.appendChild(C.el('p', { class: 'hint' }, C.t('networkHint')));
    if (!net.edges.length) {
      box.appendChild(C.el('p', { class: 'empty' }, C.t('noData')));
      return;
    }
    const W = C.width(document.getElementById('view')), H = 540;
    const nodes = net.nodes.map(function (n) { return Object.assign({}, n); });
    const links = net.edges.map(function (e) { return Object.assign({ source: e.a, target: e.b }, e); });
    const maxEvents = d3.max(links, function (l) { return l.events; });
    const width = d3.scaleSqrt().domain([1, maxEvents]).range([1.5, 9]);
    const radius = d3.scaleSqrt().domain([1, d3.max(nodes, function (n) { return n.events; })]).range([5, 16]);
    // a node keeps room for its label (about 6.5 px a character at 11 px); weak pulls to the middle keep pairs
    // that are not linked to the rest on the canvas instead of on its edges
    const room = function (n) { return Math.max(radius(n.events) + 14, n.name.length * 3.3 + 6); };
    const sim = d3.forceSimulation(nodes)
      .force('link', d3.forceLink(links).id(function (n) { return n.id; }).distance(90))
      .force('charge', d3.forceManyBody().strength(-300))
      .force('center', d3.forceCenter(W / 2, H / 2))
      .force('x', d3.forceX(W / 2).strength(0.04))
      .force('y', d3.forceY(H / 2).strength(0.12))
      .force('collide', d3.forceCollide(room).strength(1).iterations(3)).stop();
    for (let i = 0; i < 400; i++) {
      sim.tick();
      nodes.forEach(function (n) {
        const r = room(n);
        n.x = Math.max(r, Math.min(W - r, n.x));
        n.y = Math.max(radius(n.events) + 18, Math.min(H - radius(n.events) - 4, n.y));
      });
    }
    const svg = d3.create('svg').attr('class', 'chart network').attr('width', W).attr('height', H);
    const list = C.el('div');
    const edges = svg.append('g').selectAll('g').data(links).join('g').attr('class', 'edge')
      .attr('data-item', function (l) { return l.a + '|' + l.b; })
      .on('click', function (ev, l) {
        svg.selectAll('line.visible').classed('selected', function (o) { return o === l; });
        C.eventList(C.t('pickEdge') + ' ' + l.source.name + ' — ' + l.target.name + ' (' + l.events + ')',
          '/api/network/edge', C.params(filters, { a: l.a, b: l.b }), list);
      });
    edges.append('line').attr('class', 'visible')
      .attr('stroke', function (l) { return C.goldsteinColour(l.mean_goldstein); })
      .attr('stroke-width', function (l) { return width(l.events); });
    edges.append('line').attr('class', 'hit').attr('stroke', 'transparent').attr('stroke-width', 14);
    edges.selectAll('line').attr('x1', function (l) { return l.source.x; }).attr('y1', function (l) { return l.source.y; })
      .attr('x2', function (l) { return l.target.x; }).attr('y2', function (l) { return l.target.y; });
    edges.append('title').text(function (l) {
      return l.source.name + ' — ' + l.target.name + ': ' + l.events + ' ' + C.t('events') + ', '
        + C.t('goldstein') + ' ' + l.mean_goldstein;
    });
    const node = svg.append('g').selectAll('g').data(nodes).join('g').attr('class', 'node')
      .attr('transform', function (n) { return 'translate(' + n.x + ',' + n.y + ')'; });
    node.append('circle').attr('r', function (n) { return radius(n.events); });
    node.append('text').attr('dy', function (n) { return -radius(n.events) - 3; }).attr('text-anchor', 'middle')
      .text(function (n) { return n.name; });
    node.append('title').text(function (n) { return n.name + ': ' + n.events + ' ' + C.t('events'); });
    box.appendChild(svg.node());
    const scale = C.el('div', { class: 'legend' }, C.el('span', { class: 'q4' }, '−10'),
      C.el('span', { class: 'gold' }, '0'), C.el('span', { class: 'q2' }, '+10 ' + C.t('goldstein')));
    box.appendChild(scale);
    box.appendChild(list);
  };

  let world = null;

  C.views.map = async function (box, params) {
    const filters = C.filters(params);
    const places = (await C.api('/api/places', C.params(filters, { limit: 500 }))).items;
    if (!world) {
      const r = await fetch('/vendor/countries-110m.json');
      world = await r.json();
    }
    box.appendChild(C.el('h2', null, C.t('map')));
    box.appendChild(C.el('p', { class: 'hint' }, C.t('mapHint')));
    const W = C.width(document.getElementById('view')), H = Math.round(W * 0.5);
    const projection = d3.geoNaturalEarth1().fitSize([W, H], { type: 'Sphere' });
    const path = d3.geoPath(projection);
    const svg = d3.create('svg').attr('class', 'chart map').attr('width', W).attr('height', H);
    const g = svg.append('g');
    g.append('path').datum({ type: 'Sphere' }).attr('class', 'sphere').attr('d', path);
    const land = topojson.feature(world, world.objects.countries);
    g.append('g').selectAll('path').data(land.features).join('path').attr('class', 'land').attr('d', path)
      .append('title').text(function (f) { return f.properties.name; });
    const r = d3.scaleSqrt().domain([1, d3.max(places, function (p) { return p.events; }) || 1]).range([4, 18]);
    const list = C.el('div');
    g.append('g').selectAll('circle').data(places).join('circle').attr('class', 'place')
      .attr('data-item', function (p) { return p.id; })
      .attr('cx', function (p) { return projection([p.lon, p.lat])[0]; })
      .attr('cy', function (p) { return projection([p.lon, p.lat])[1]; })
      .attr('r', function (p) { return r(p.events); })
      .attr('fill', function (p) { return C.goldsteinColour(p.mean_goldstein); })
      .on('click', function (ev, p) {
        C.eventList(C.t('pickPlace') + ' ' + p.name + ' (' + p.events + ')', '/api/events',
          C.params(filters, { place: p.id }), list);
      })
      .append('title').text(function (p) { return p.name + ': ' + p.events + ' ' + C.t('events'); });
    svg.call(d3.zoom().scaleExtent([1, 12]).translateExtent([[0, 0], [W, H]])
      .on('zoom', function (ev) { g.attr('transform', ev.transform); }));
    box.appendChild(svg.node());
    if (!places.length) box.appendChild(C.el('p', { class: 'empty' }, C.t('noData')));
    box.appendChild(list);
  };
})();
