// The map: GeoJSON from the API drawn as SVG, in the projection of the diagrams
// (Sources/SilkRouteGraphviz/Layout/GeoProjection.swift): equirectangular with a standard
// parallel of 40° N, x = longitude · cos 40°, y = latitude, so the page and `silkroute diagram`
// draw the network alike. Wheel or +/− zoom, drag pans, "Fit" shows the route again.

const SVG = 'http://www.w3.org/2000/svg';
const STANDARD_PARALLEL = 40;
const SCALE = 10; // SVG units per degree of latitude
const K = Math.cos((STANDARD_PARALLEL * Math.PI) / 180);

/** [longitude, latitude] → SVG [x, y] (y grows southwards). */
export function project([longitude, latitude]) {
  return [longitude * K * SCALE, -latitude * SCALE];
}

function element(name, attributes = {}, parent = null) {
  const node = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
  if (parent) parent.appendChild(node);
  return node;
}

function pathData(lines) {
  return lines
    .filter((line) => line.length > 1)
    .map((line) => line.map((p, i) => `${i ? 'L' : 'M'}${project(p).map((v) => v.toFixed(2)).join(',')}`).join(''))
    .join('');
}

/** The rings or lines of a GeoJSON geometry, as lists of positions. */
function linesOf(geometry) {
  if (!geometry) return [];
  switch (geometry.type) {
    case 'LineString': return [geometry.coordinates];
    case 'MultiLineString':
    case 'Polygon': return geometry.coordinates;
    case 'MultiPolygon': return geometry.coordinates.flat();
    case 'GeometryCollection': return geometry.geometries.flatMap(linesOf);
    default: return [];
  }
}

export class GeoMap {
  constructor(svg) {
    this.svg = svg;
    this.land = element('g', { class: 'land' }, svg);
    this.network = element('g', { class: 'network' }, svg);
    this.routes = element('g', { class: 'routes' }, svg);
    this.cityLayer = element('g', { class: 'cities' }, svg);
    this.services = new Map();
    this.cities = new Map();
    this.view = { x: -20, y: -75, width: 160, height: 70 };
    this.fitted = { ...this.view };
    this.dragging = null;
    svg.addEventListener('wheel', (event) => this.onWheel(event), { passive: false });
    svg.addEventListener('pointerdown', (event) => this.onPointerDown(event));
    svg.addEventListener('pointermove', (event) => this.onPointerMove(event));
    svg.addEventListener('pointerup', () => { this.dragging = null; });
    svg.addEventListener('pointerleave', () => { this.dragging = null; });
    this.apply();
  }

  /** Land polygons (the API's basemap), drawn under everything. */
  setLand(collection) {
    this.land.replaceChildren();
    const rings = (collection.features || []).flatMap((feature) => linesOf(feature.geometry));
    element('path', { d: pathData(rings), 'fill-rule': 'evenodd' }, this.land);
  }

  /** The whole network (`GET /v1/network.geojson`) in light lines, and the cities. */
  setNetwork(collection, cities) {
    this.network.replaceChildren();
    for (const feature of collection.features || []) {
      const properties = feature.properties || {};
      if (properties.kind !== 'service') continue;
      this.services.set(properties.id, feature.geometry);
      element('path', { d: pathData(linesOf(feature.geometry)), class: `service mode-${properties.mode}` }, this.network);
    }
    for (const city of cities) this.cities.set(city.id, city);
    this.fitTo([...this.cities.values()].map((c) => [c.longitude, c.latitude]));
    this.drawCities(new Set());
  }

  /**
   * Draws itineraries, the first one selected (its legs coloured by mode, its cities named), the
   * others (a baseline, say) in grey dashes under it, and shows the selected one whole.
   */
  showRoutes(selected, others = []) {
    this.routes.replaceChildren();
    for (const itinerary of others) this.drawRoute(itinerary, 'route other');
    if (!selected) return;
    const group = this.drawRoute(selected, 'route selected');
    const services = selected.steps.filter((s) => s.step === 'leg').map((s) => s.service);
    group.dataset.services = services.join(' ');
    this.svg.dataset.route = services.join(' ');
    const named = new Set([selected.origin.id, selected.destination.id]);
    for (const step of selected.steps) {
      if (step.step === 'leg' && step.mode !== 'rail') { named.add(step.from.city.id); named.add(step.to.city.id); }
    }
    this.drawCities(named);
    const points = [...named].map((id) => this.cities.get(id)).filter(Boolean).map((c) => [c.longitude, c.latitude]);
    for (const id of services) points.push(...linesOf(this.services.get(id)).flat());
    this.fitTo(points);
  }

  drawRoute(itinerary, className) {
    const group = element('g', { class: className }, this.routes);
    for (const step of itinerary.steps) {
      if (step.step !== 'leg') continue;
      let lines = linesOf(this.services.get(step.service));
      if (!lines.length) {
        const from = this.cities.get(step.from.city.id);
        const to = this.cities.get(step.to.city.id);
        if (from && to) lines = [[[from.longitude, from.latitude], [to.longitude, to.latitude]]];
      }
      const path = element('path', { d: pathData(lines), class: `leg mode-${step.mode}` }, group);
      element('title', {}, path).textContent = `${step.from.city.name} → ${step.to.city.name} (${step.mode}, ${step.carrierName})`;
    }
    return group;
  }

  /** Every city as a dot; those of `named` (the route's, in route order) larger and labelled. */
  drawCities(named) {
    this.cityLayer.replaceChildren();
    this.named = named;
    const size = this.view.width / 160;
    for (const city of this.cities.values()) {
      const [x, y] = project([city.longitude, city.latitude]);
      const onRoute = named.has(city.id);
      const dot = element('circle', { cx: x, cy: y, r: (onRoute ? 0.9 : 0.5) * size, class: onRoute ? 'city on-route' : 'city' }, this.cityLayer);
      element('title', {}, dot).textContent = `${city.name} (${city.country})`;
    }
    this.drawLabels();
  }

  /**
   * Names the route's cities at the current zoom: each label right of its dot, else left of it,
   * else left out (its dot keeps the name as a tooltip), so that no two labels overlap.
   */
  drawLabels() {
    for (const label of this.cityLayer.querySelectorAll('text')) label.remove();
    const size = this.view.width / 160;
    const font = 3.2 * size;
    const placed = [];
    const overlaps = (box) => placed.some((o) => box.x0 < o.x1 && o.x0 < box.x1 && box.y0 < o.y1 && o.y0 < box.y1);
    for (const id of this.named || []) {
      const city = this.cities.get(id);
      if (!city) continue;
      const [x, y] = project([city.longitude, city.latitude]);
      const width = city.name.length * font * 0.6;
      const candidates = [[x + size, 'start', x + size, x + size + width], [x - size, 'end', x - size - width, x - size]];
      const fit = candidates.map(([ax, anchor, x0, x1]) => ({ ax, anchor, x0, x1, y0: y - size - font, y1: y - size + font * 0.25 }))
        .find((box) => !overlaps(box));
      if (!fit) continue;
      placed.push(fit);
      element('text', { x: fit.ax, y: y - size, 'font-size': font, 'text-anchor': fit.anchor, class: 'city-label' }, this.cityLayer)
        .textContent = city.name;
    }
  }

  fitTo(points) {
    if (!points.length) return;
    const xy = points.map(project);
    const xs = xy.map((p) => p[0]);
    const ys = xy.map((p) => p[1]);
    let [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    // Room around the route, more on the sides for the end cities' names.
    const pad = Math.max(x1 - x0, y1 - y0, 20) * 0.08;
    [x0, x1, y0, y1] = [x0 - 2 * pad, x1 + 2 * pad, y0 - pad, y1 + pad];
    // Keep the element's aspect ratio, so that the projection is not stretched.
    const box = this.svg.getBoundingClientRect();
    const aspect = box.width > 0 && box.height > 0 ? box.width / box.height : 16 / 9;
    let width = x1 - x0;
    let height = y1 - y0;
    if (width / height < aspect) width = height * aspect; else height = width / aspect;
    this.view = { x: (x0 + x1 - width) / 2, y: (y0 + y1 - height) / 2, width, height };
    this.fitted = { ...this.view };
    this.apply();
  }

  fit() { this.view = { ...this.fitted }; this.apply(); }

  zoom(factor, cx = this.view.x + this.view.width / 2, cy = this.view.y + this.view.height / 2) {
    const v = this.view;
    this.view = { x: cx - (cx - v.x) * factor, y: cy - (cy - v.y) * factor, width: v.width * factor, height: v.height * factor };
    this.apply();
  }

  apply() {
    const v = this.view;
    this.svg.setAttribute('viewBox', `${v.x} ${v.y} ${v.width} ${v.height}`);
    const size = v.width / 160;
    for (const dot of this.cityLayer.querySelectorAll('circle')) dot.setAttribute('r', (dot.classList.contains('on-route') ? 0.9 : 0.5) * size);
    this.drawLabels();
  }

  toView(event) {
    const box = this.svg.getBoundingClientRect();
    return [this.view.x + ((event.clientX - box.left) / box.width) * this.view.width,
      this.view.y + ((event.clientY - box.top) / box.height) * this.view.height];
  }

  onWheel(event) {
    event.preventDefault();
    const [x, y] = this.toView(event);
    this.zoom(event.deltaY > 0 ? 1.2 : 1 / 1.2, x, y);
  }

  onPointerDown(event) {
    this.dragging = { x: event.clientX, y: event.clientY, view: { ...this.view } };
  }

  onPointerMove(event) {
    if (!this.dragging) return;
    const box = this.svg.getBoundingClientRect();
    const d = this.dragging;
    this.view = { ...d.view, x: d.view.x - ((event.clientX - d.x) / box.width) * d.view.width,
      y: d.view.y - ((event.clientY - d.y) / box.height) * d.view.height };
    this.apply();
  }
}
