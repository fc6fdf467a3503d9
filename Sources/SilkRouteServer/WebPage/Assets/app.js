// The planner: the form becomes a RouteRequest (the API's one request model), POST /v1/routes
// answers it, and the answer is drawn: the route on the map, its steps, its document plan, the
// Pareto front (a second request with `pareto: ["cost", "time"]`), alternatives and what-if
// beside the baseline. Every request sent is shown under "As API calls".

import { FIELDS_READ, ProblemError, curlCommand, documents, duration, getJSON, kilograms, money, postRoute, stepCells } from './api.js';
import { drawParetoChart } from './chart.js';
import { GeoMap } from './map.js';

const $ = (selector) => document.querySelector(selector);
const state = { front: [], routes: [], selected: null, baseline: null };
let map;

function make(tag, attributes = {}, text = '') {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
  if (text) node.textContent = text;
  return node;
}

const list = (text) => text.split(',').map((s) => s.trim()).filter(Boolean);

/** The form as a `RouteRequest`: only the fields set, as JSON paths of RequestField. */
export function requestFromForm() {
  const form = $('#route-form');
  const request = { from: $('#from').value.trim(), to: $('#to').value.trim() };
  const count = parseInt($('#count').value, 10);
  request.cargo = { unit: $('#unit').value, count: Number.isFinite(count) ? count : 1, cargoClass: $('#cargo-class').value };
  request.objective = $('#objective').value;
  if ($('#depart').value) request.depart = `${$('#depart').value}Z`;
  const constraints = {};
  const modes = [...form.querySelectorAll('input[name=avoidModes]:checked')].map((box) => box.value);
  if (modes.length) constraints.avoidModes = modes;
  const countries = list($('#avoid-countries').value);
  if (countries.length) constraints.avoidCountries = countries;
  const transfers = parseInt($('#max-transfers').value, 10);
  if (Number.isFinite(transfers)) constraints.maxTransfers = transfers;
  if ($('#single-bl').checked) constraints.singleBillOfLading = true;
  if (Object.keys(constraints).length) request.constraints = constraints;
  const closed = list($('#close').value);
  if (closed.length) request.disruptions = { close: closed };
  const alternatives = parseInt($('#alternatives').value, 10);
  if (alternatives > 0) request.alternatives = alternatives;
  return request;
}

function showRequests(requests) {
  const box = $('#requests');
  box.replaceChildren();
  for (const [purpose, request] of requests) {
    box.appendChild(make('h3', {}, purpose === 'route' ? 'The route' : 'The Pareto front'));
    box.appendChild(make('pre', { class: 'request', 'data-purpose': purpose }, JSON.stringify(request, null, 2)));
    box.appendChild(make('pre', { class: 'curl' }, curlCommand(request)));
  }
}

function showProblem(error) {
  const box = $('#problem');
  box.replaceChildren();
  const problem = error instanceof ProblemError ? error.problem : { title: 'The server did not answer', detail: String(error.message || error) };
  box.appendChild(make('strong', {}, problem.title || 'Problem'));
  box.appendChild(make('p', {}, problem.detail || ''));
  if (problem.field) box.appendChild(make('p', { class: 'field' }, `field: ${problem.field}`));
  box.hidden = false;
  const input = problem.field && document.getElementById(problem.field.split(/[.[]/)[0]);
  if (input) input.setAttribute('aria-invalid', 'true');
}

function totalsText(totals) {
  const count = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${money(totals.costCents)} USD · ${duration(totals.timeMinutes)} · ${kilograms(totals.co2Grams)} kg CO₂e · ${totals.distanceKm} km · ` +
    `${count(totals.legs, 'leg')}, ${count(totals.transfers, 'transfer')}, ${count(totals.borderCrossings, 'border')}, ` +
    `${count(totals.documents, 'document')} · ${totals.modes.join(' + ')}`;
}

const services = (itinerary) => itinerary.steps.filter((s) => s.step === 'leg').map((s) => s.service).join(' ');

/** The point of the front that is `itinerary` (the best route is one of them, from another answer), or -1. */
function frontIndex(itinerary) {
  const same = (a, b) => a === b || (services(a) === services(b) &&
    a.totals.costCents === b.totals.costCents && a.totals.timeMinutes === b.totals.timeMinutes);
  return state.front.findIndex((route) => same(route, itinerary));
}

/** Shows one itinerary: map, summary, steps, document plan; rings its point on the chart. */
function select(itinerary, label) {
  state.selected = itinerary;
  const others = state.baseline && state.baseline !== itinerary ? [state.baseline] : [];
  map.showRoutes(itinerary, others);
  const summary = $('#summary');
  summary.replaceChildren(make('strong', {}, `${label}: ${itinerary.origin.name} → ${itinerary.destination.name}`), make('span', {}, totalsText(itinerary.totals)));
  if (itinerary.departure && itinerary.arrival) summary.appendChild(make('span', {}, `departs ${itinerary.departure}, arrives ${itinerary.arrival}`));
  summary.dataset.label = label;

  const body = $('#steps tbody');
  body.replaceChildren();
  itinerary.steps.forEach((step, index) => {
    const row = make('tr', { class: `step-${step.step}` });
    for (const text of [String(index + 1), ...stepCells(step)]) row.appendChild(make('td', {}, text));
    body.appendChild(row);
  });
  $('#steps-panel').hidden = false;

  const box = $('#documents');
  box.replaceChildren();
  const plan = itinerary.documentPlan;
  if (plan) {
    box.appendChild(make('p', {}, `${plan.kind}${plan.issuer ? `, issued by ${plan.issuer}` : ''}`));
    const items = make('ul');
    for (const doc of plan.documents) {
      items.appendChild(make('li', {}, `${doc.type} by ${doc.issuer}: ${doc.from.name} → ${doc.to.name}, legs ${doc.legs.join(', ')}`));
    }
    box.appendChild(items);
    if (plan.reason) box.appendChild(make('p', { class: 'reason' }, plan.reason));
  }
  $('#documents-panel').hidden = !plan;
  if (state.front.length) {
    drawParetoChart($('#chart'), state.front, frontIndex(itinerary), (i) => select(state.front[i], `Pareto route ${i + 1}`));
  }
  for (const card of document.querySelectorAll('#compare .card')) card.classList.toggle('selected', card.route === itinerary);
}

function card(title, itinerary, note, base) {
  const box = make('button', { type: 'button', class: 'card' });
  box.route = itinerary;
  box.appendChild(make('strong', {}, title));
  box.appendChild(make('span', {}, `${money(itinerary.totals.costCents)} USD · ${duration(itinerary.totals.timeMinutes)} · ${kilograms(itinerary.totals.co2Grams)} kg CO₂e`));
  box.appendChild(make('span', {}, itinerary.totals.modes.join(' + ')));
  if (base && base !== itinerary) {
    const dc = itinerary.totals.costCents - base.totals.costCents;
    const dt = itinerary.totals.timeMinutes - base.totals.timeMinutes;
    box.appendChild(make('span', { class: 'delta' }, `${dc >= 0 ? '+' : ''}${money(dc)} USD, ${dt >= 0 ? '+' : ''}${duration(dt)}`));
  }
  if (note) box.appendChild(make('em', {}, note));
  box.addEventListener('click', () => select(itinerary, title));
  return box;
}

function showComparison(response) {
  const box = $('#compare');
  box.replaceChildren();
  state.baseline = null;
  if (response.disruption) {
    const impact = response.disruption;
    state.baseline = impact.baseline || null;
    $('#compare-title').textContent = 'What if: the disrupted network against the baseline';
    if (impact.baseline) box.appendChild(card('Baseline', impact.baseline, 'the network as it is'));
    box.appendChild(card('Disrupted', impact.disrupted,
      `${impact.rerouted ? 'rerouted' : 'same route'}: ${money(impact.costChange)} USD, ${duration(impact.timeChange)}, ${kilograms(impact.co2Change)} kg CO₂e`, impact.baseline));
  } else if (response.alternatives) {
    $('#compare-title').textContent = 'Alternatives beside the best route';
    const best = response.itinerary || response.alternatives[0].itinerary;
    if (response.itinerary) box.appendChild(card('Best', best, `the ${best.objective} route`));
    for (const alternative of response.alternatives) {
      const title = alternative.rank === 1 && !response.itinerary ? 'Best' : `Alternative ${alternative.rank}`;
      box.appendChild(card(title, alternative.itinerary, alternative.distinction, best));
    }
  }
  $('#compare-panel').hidden = !box.children.length;
}

async function submit(event) {
  event.preventDefault();
  for (const input of document.querySelectorAll('[aria-invalid]')) input.removeAttribute('aria-invalid');
  $('#problem').hidden = true;
  const request = requestFromForm();
  const requests = [['route', request]];
  // A front answers fronts only: no alternatives beside it (the API refuses the pair).
  const wantFront = $('#pareto').checked && !request.alternatives;
  if (wantFront) requests.push(['pareto', { ...request, pareto: ['cost', 'time'] }]);
  showRequests(requests);
  $('#status').textContent = 'Asking the planner…';
  $('#submit').disabled = true;
  document.body.dataset.state = 'busy';
  try {
    const [response, front] = await Promise.all(requests.map(([, body]) => postRoute(body)));
    state.front = front ? front.paretoFront || [] : [];
    $('#pareto-panel').hidden = !state.front.length;
    showComparison(response);
    const itinerary = response.itinerary || (response.disruption && response.disruption.disrupted) ||
      (response.alternatives && response.alternatives[0].itinerary);
    if (!itinerary) throw new Error('the answer holds no route');
    select(itinerary, response.disruption ? 'What-if route' : 'Best route');
    const notes = [...(response.warnings || []), ...((front && front.warnings) || [])].map((w) => `${w.field}: ${w.message}`);
    if (front && front.paretoIncomplete) notes.push(front.paretoIncomplete.statement);
    $('#status').textContent = notes.length ? notes.join(' · ') : `Answered: ${state.front.length ? `${state.front.length} routes on the front` : 'one route'}.`;
    document.body.dataset.state = 'answered';
  } catch (error) {
    showProblem(error);
    $('#status').textContent = '';
    document.body.dataset.state = 'problem';
  } finally {
    $('#submit').disabled = false;
  }
}

async function start() {
  map = new GeoMap($('#map'));
  $('#zoom-in').addEventListener('click', () => map.zoom(1 / 1.5));
  $('#zoom-out').addEventListener('click', () => map.zoom(1.5));
  $('#zoom-fit').addEventListener('click', () => map.fit());
  $('#route-form').addEventListener('submit', submit);
  try {
    const [openAPI, cities, network] = await Promise.all([getJSON('/openapi.json'), getJSON('/v1/cities'), getJSON('/v1/network.geojson')]);
    const names = $('#city-names');
    for (const city of cities) {
      names.appendChild(make('option', { value: city.name }, `${city.name} (${city.country})`));
    }
    map.setNetwork(network, cities);
    // The land layer, when this server's API has one (an optional endpoint: asked only if documented).
    if (documents(openAPI, '/v1/basemap.geojson')) map.setLand(await getJSON('/v1/basemap.geojson'));
    document.body.dataset.state = 'ready';
  } catch (error) {
    showProblem(error);
    document.body.dataset.state = 'problem';
  }
}

// For the end-to-end test and the curious: what the page reads of the API.
window.silkroute = { fieldsRead: FIELDS_READ, requestFromForm };
start();
