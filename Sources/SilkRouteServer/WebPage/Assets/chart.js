// The Pareto chart: one point per route of the front, cost (US dollars) against door-to-door time
// (days); the selected route's point ringed. A click or Enter on a point selects that route.

import { duration, money } from './api.js';

const SVG = 'http://www.w3.org/2000/svg';
const [WIDTH, HEIGHT] = [420, 260];
const MARGIN = { left: 62, right: 14, top: 14, bottom: 38 };

function element(name, attributes = {}, parent = null) {
  const node = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
  if (parent) parent.appendChild(node);
  return node;
}

/** Round steps for an axis from `low` to `high`: about five ticks. */
function ticks(low, high) {
  const span = high - low || Math.abs(high) || 1;
  const raw = span / 5;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw);
  const values = [];
  for (let v = Math.ceil(low / step) * step; v <= high + step * 1e-9; v += step) values.push(v);
  return values;
}

/**
 * Draws `front` (itineraries) into `svg`; `selected` is the index ringed (or -1), `onSelect(i)`
 * is called with the index of a point chosen.
 */
export function drawParetoChart(svg, front, selected, onSelect) {
  svg.replaceChildren();
  svg.setAttribute('viewBox', `0 0 ${WIDTH} ${HEIGHT}`);
  if (!front.length) return;
  const days = front.map((it) => it.totals.timeMinutes / 1440);
  const dollars = front.map((it) => it.totals.costCents / 100);
  const pad = (lo, hi) => { const p = (hi - lo) * 0.08 || Math.max(hi * 0.05, 1); return [lo - p, hi + p]; };
  const [x0, x1] = pad(Math.min(...days), Math.max(...days));
  const [y0, y1] = pad(Math.min(...dollars), Math.max(...dollars));
  const sx = (v) => MARGIN.left + ((v - x0) / (x1 - x0)) * (WIDTH - MARGIN.left - MARGIN.right);
  const sy = (v) => HEIGHT - MARGIN.bottom - ((v - y0) / (y1 - y0)) * (HEIGHT - MARGIN.top - MARGIN.bottom);

  const axes = element('g', { class: 'axes' }, svg);
  for (const v of ticks(x0, x1)) {
    element('line', { x1: sx(v), x2: sx(v), y1: MARGIN.top, y2: HEIGHT - MARGIN.bottom, class: 'grid' }, axes);
    element('text', { x: sx(v), y: HEIGHT - MARGIN.bottom + 14, 'text-anchor': 'middle' }, axes).textContent = `${+v.toFixed(1)}`;
  }
  for (const v of ticks(y0, y1)) {
    element('line', { x1: MARGIN.left, x2: WIDTH - MARGIN.right, y1: sy(v), y2: sy(v), class: 'grid' }, axes);
    element('text', { x: MARGIN.left - 6, y: sy(v) + 4, 'text-anchor': 'end' }, axes).textContent = `${(Math.round(v) + 0).toLocaleString('en-US')}`;
  }
  element('text', { x: (MARGIN.left + WIDTH - MARGIN.right) / 2, y: HEIGHT - 6, 'text-anchor': 'middle', class: 'axis-title' }, axes)
    .textContent = 'door-to-door time (days)';
  element('text', { x: 12, y: (MARGIN.top + HEIGHT - MARGIN.bottom) / 2, 'text-anchor': 'middle', class: 'axis-title',
    transform: `rotate(-90 12 ${(MARGIN.top + HEIGHT - MARGIN.bottom) / 2})` }, axes).textContent = 'cost (USD)';

  // The front as a staircase: no route is both cheaper and faster than one on it.
  const order = front.map((_, i) => i).sort((a, b) => days[a] - days[b]);
  const stairs = order.map((i, k) => `${k ? 'H' : 'M'}${sx(days[i]).toFixed(1)}${k ? `V${sy(dollars[i]).toFixed(1)}` : `,${sy(dollars[i]).toFixed(1)}`}`).join('');
  element('path', { d: stairs, class: 'front' }, svg);

  front.forEach((itinerary, index) => {
    const point = element('circle', {
      cx: sx(days[index]), cy: sy(dollars[index]), r: index === selected ? 7 : 5,
      class: index === selected ? 'point selected' : 'point', tabindex: 0, role: 'button',
      'data-index': index,
      'aria-label': `route ${index + 1}: ${money(itinerary.totals.costCents)} USD, ${duration(itinerary.totals.timeMinutes)}`,
    }, svg);
    element('title', {}, point).textContent =
      `Route ${index + 1}: ${money(itinerary.totals.costCents)} USD, ${duration(itinerary.totals.timeMinutes)}, ${itinerary.totals.modes.join(' + ')}`;
    point.addEventListener('click', () => onSelect(index));
    point.addEventListener('keydown', (event) => { if (event.key === 'Enter' || event.key === ' ') onSelect(index); });
  });
}
