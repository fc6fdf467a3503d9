// The page's only contact with the server: the public HTTP API that /openapi.json describes.
// Nothing here is private to the page: every request it sends is one a booking system could send.

/**
 * The response fields the page reads, by schema name of /openapi.json (`Schema.properties` for a
 * nested object's properties). The end-to-end test (scripts/e2e.py) checks each against the live
 * document, so a field renamed or removed under the page fails CI before it fails a planner.
 */
export const FIELDS_READ = {
  RouteResponse: ['itinerary', 'paretoFront', 'paretoCriteria', 'paretoIncomplete', 'alternatives', 'disruption', 'warnings'],
  Itinerary: ['origin', 'destination', 'steps', 'totals', 'documentPlan', 'departure', 'arrival'],
  Leg: ['step', 'service', 'mode', 'carrierName', 'from', 'to', 'distanceKm', 'timeMinutes', 'costCents', 'co2Grams'],
  TransferStep: ['step', 'from', 'to', 'timeMinutes', 'costCents', 'co2Grams'],
  BorderStep: ['step', 'name', 'fromTerritory', 'toTerritory', 'timeMinutes', 'costCents'],
  FeeStep: ['step', 'at', 'operatorName', 'timeMinutes', 'costCents'],
  DocumentStep: ['step', 'regime', 'at', 'reason', 'timeMinutes', 'costCents'],
  Totals: ['costCents', 'timeMinutes', 'co2Grams', 'distanceKm', 'legs', 'transfers', 'borderCrossings', 'documents', 'modes'],
  CityRef: ['id', 'name', 'country'],
  TerminalRef: ['name', 'city'],
  DocumentPlan: ['kind', 'issuer', 'documents', 'reason'],
  TransportDocument: ['type', 'issuer', 'from', 'to', 'legs'],
  AlternativeRoute: ['rank', 'itinerary', 'distinction'],
  DisruptionImpact: ['baseline', 'disrupted', 'rerouted', 'costChange', 'timeChange', 'co2Change'],
  City: ['id', 'name', 'country', 'latitude', 'longitude', 'aliases'],
  'ServiceFeature.properties': ['kind', 'id', 'mode'],
  Problem: ['title', 'detail', 'field'],
};

/** A problem answer (RFC 9457) of the API, kept whole for the page to show. */
export class ProblemError extends Error {
  constructor(status, problem) {
    super(problem.detail || problem.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }
}

async function read(response) {
  const type = response.headers.get('content-type') || '';
  const body = type.includes('json') ? await response.json() : { title: await response.text() };
  if (!response.ok) throw new ProblemError(response.status, body);
  return body;
}

/** GET a JSON document of the API (`/openapi.json`, `/v1/cities`, `/v1/network.geojson`…). */
export async function getJSON(path) {
  return read(await fetch(path, { headers: { Accept: 'application/json, application/geo+json' } }));
}

/** POST /v1/routes: the request as the API takes it, the `RouteResponse` it answers. */
export async function postRoute(request) {
  return read(await fetch('/v1/routes', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify(request),
  }));
}

/** Whether the API document lists `path` (an optional endpoint, e.g. the basemap). */
export function documents(openAPI, path) {
  return Boolean(openAPI && openAPI.paths && openAPI.paths[path] && openAPI.paths[path].get);
}

/** The same request as a command line, for the page's "as an API call" panel. */
export function curlCommand(request) {
  const json = JSON.stringify(request).replaceAll("'", "'\\''");
  return `curl -s ${location.origin}/v1/routes -H 'Content-Type: application/json' -d '${json}'`;
}

// The API's units, as the page shows them. Integers in, exact text out (no floating point):
// scripts/e2e.py formats the API's JSON by the same rules and compares it with the table.

/** US cents as dollars: `1,234.56` (a sign before a negative change). */
export function money(cents) {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const dollars = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${dollars}.${String(abs % 100).padStart(2, '0')}`;
}

/** Minutes as `3d 4h 5m`, leaving out zero parts (`0m` for none). */
export function duration(minutes) {
  const sign = minutes < 0 ? '-' : '';
  const abs = Math.abs(minutes);
  const parts = [];
  const days = Math.floor(abs / 1440);
  const hours = Math.floor((abs % 1440) / 60);
  if (days) parts.push(`${days}d`);
  if (hours) parts.push(`${hours}h`);
  if (abs % 60 || !parts.length) parts.push(`${abs % 60}m`);
  return sign + parts.join(' ');
}

/** Grams of CO2e as kilograms to one decimal, rounded half up: `1234.6`. */
export function kilograms(grams) {
  const sign = grams < 0 ? '-' : '';
  const tenths = Math.floor((Math.abs(grams) + 50) / 100);
  return `${sign}${Math.floor(tenths / 10)}.${tenths % 10}`;
}

/** Where a step happens, in words. */
function place(step) {
  switch (step.step) {
    case 'leg': return `${step.from.city.name} → ${step.to.city.name}`;
    case 'transfer': return `${step.from.name} → ${step.to.name}`;
    case 'border': return `${step.name} (${step.fromTerritory} → ${step.toTerritory})`;
    case 'fee': return step.at.name;
    case 'document': return `${step.at.name}: ${step.reason}`;
    default: return '';
  }
}

/** Who carries or charges. */
function party(step) {
  switch (step.step) {
    case 'leg': return step.carrierName;
    case 'fee': return step.operatorName;
    case 'document': return step.regime;
    default: return '';
  }
}

/**
 * One row of the steps table: step, where, mode, carrier, km, time, cost (USD), CO2 (kg), the
 * texts shown. Kinds of step this page does not know still get their time and cost.
 */
export function stepCells(step) {
  return [
    step.step,
    place(step),
    step.step === 'leg' ? step.mode : '',
    party(step),
    step.step === 'leg' ? String(step.distanceKm) : '',
    duration(step.timeMinutes),
    money(step.costCents),
    typeof step.co2Grams === 'number' ? kilograms(step.co2Grams) : '',
  ];
}
