/**
 * Enhancer of the ward ranking (WardRateChart), started by `data-chart="ward"`: turns the no-JS
 * year links into year and measure switches, re-lays the bars at the chart's real width with the
 * same pure layout used at build time, and adds tooltips and arrow-key navigation.
 */
import { renderBarsSvg } from '../../lib/charts/bars';
import { fill, wardLayoutWith, wardMeasures, type RateTargets, type WardItem, type WardMeasure, type WardText, type WardWords, type WardYear } from '../../lib/charts/ward-bars';
import { formatsFor } from '../../lib/format';
import { asLocaleTag } from './locale';
import { attachBarTips, initRoving } from './tooltip';
import { MEASURE_PARAMS, parseState } from '../../lib/charts/state';
import { applyState, ownSearch } from './state-links';

/** What the enhancer re-lays, read back from the page (no JSON copy of the data). */
interface WardClientData {
  id: string;
  shown: number;
  highlight: string | null;
  targets: RateTargets | null;
  years: (WardYear & { notes: string[] })[];
}

const num = (el: Element | null | undefined): number => Number(el?.getAttribute('data-v') ?? NaN);

/** Provenance tooltip lines by unit code, read from the table rows. */
const provLines = new Map<string, string>();

/**
 * One year from its panel: the rows of its "Bảng số liệu" (values in data-v, hidden columns as
 * data-<key>) and the short unit names from the bar labels of the build-time SVG.
 */
function readPanel(panel: HTMLElement): { wy: WardYear & { notes: string[] }; targets: RateTargets | null } {
  const year = Number(panel.dataset.year);
  const items: WardItem[] = [];
  let city: WardItem | null = null;
  let targets: RateTargets | null = null;
  for (const tr of panel.querySelectorAll<HTMLTableRowElement>('[data-chart-table] tbody tr')) {
    const cell = (k: string) => tr.querySelector(`[data-key="${k}"]`);
    const type = tr.dataset.row_type;
    if (type === 'chi-tieu') {
      const poor = num(cell('poor_rate'));
      const near = num(cell('near_poor_rate'));
      targets = { poor: Number.isNaN(poor) ? null : poor, near: Number.isNaN(near) ? null : near, year: Number(tr.dataset.year), source: '', provenance: (cell('provenance')?.getAttribute('data-v') ?? 'illustrative') as RateTargets['provenance'] };
      continue;
    }
    const code = tr.dataset.unit_code ?? '';
    if (tr.dataset.prov !== undefined) provLines.set(`${year}|${code}`, tr.dataset.prov);
    const label = cell('unit_name')?.textContent?.trim() ?? '';
    const item: WardItem = {
      code,
      name: panel.querySelector(`[data-bar="${code}"] text`)?.textContent ?? label,
      label,
      poorRate: num(cell('poor_rate')),
      nearRate: num(cell('near_poor_rate')),
      poorHouseholds: num(cell('poor_households')),
      nearHouseholds: num(cell('near_poor_households')),
      totalHouseholds: num(cell('total_households')),
      provenance: (cell('provenance')?.getAttribute('data-v') ?? 'illustrative') as WardItem['provenance'],
      official_fields: tr.dataset.official_fields || null,
      source: '',
      note: null,
    };
    if (type === 'toan-thanh-pho') city = item;
    else items.push(item);
  }
  return { wy: { year, items, city, notes: panel.dataset.note ? [panel.dataset.note] : [] }, targets };
}

function enhance(root: HTMLElement): void {
  const controls = root.querySelector<HTMLElement>('[data-controls]');
  if (!controls || !root.dataset.words) return;
  const words = JSON.parse(root.dataset.words) as WardWords;
  const panelEls = [...root.querySelectorAll<HTMLElement>('.chart-panel')];
  const read = panelEls.map(readPanel);
  const data: WardClientData = {
    id: root.id,
    shown: Number(root.querySelector<HTMLElement>('.chart-panel.is-default')?.dataset.year ?? read[read.length - 1]?.wy.year),
    highlight: root.dataset.highlight ?? null,
    targets: read.find((r) => r.targets)?.targets ?? null,
    years: read.map((r) => r.wy),
  };
  const panels = panelEls;
  const live = root.querySelector<HTMLElement>('[data-live]');
  // The address decides first (?nam=2022&hien-thi=can-ngheo), then a no-JS year link (#id-2022).
  const slug = root.dataset.slug ?? 'ty-le-ho-ngheo';
  const asked = parseState(ownSearch(slug), data.years.map((y) => y.year));
  const hashYear = panels.find((p) => `#${p.id}` === location.hash)?.dataset.year;
  let year = asked.year ?? (hashYear ? Number(hashYear) : data.shown);
  let measure: WardMeasure = asked.measure ?? 'poor';
  const sync = (address: boolean) => applyState(root, { year, measure }, `${slug}-${year}-${MEASURE_PARAMS[measure]}`, address);
  let width = 0;
  const text = (y: number): WardText => ({ words, fmt: formatsFor(asLocaleTag(document.documentElement.lang)), prov: (i) => provLines.get(`${y}|${i.code}`) ?? '' });

  root.setAttribute('data-enhanced', '');
  controls.hidden = false;
  controls.querySelectorAll<HTMLInputElement>('input').forEach((i) => {
    if (i.name === `${data.id}-year`) i.checked = Number(i.value) === year;
    if (i.name === `${data.id}-measure`) i.checked = i.value === measure;
  });

  const active = () => panels.find((p) => Number(p.dataset.year) === year);

  function render(announce: boolean): void {
    for (const p of panels) p.hidden = Number(p.dataset.year) !== year;
    const plot = active()?.querySelector<HTMLElement>('[data-plot]');
    const wy = data.years.find((y) => y.year === year);
    if (!plot || !wy) return;
    width = Math.max(280, Math.round(plot.clientWidth));
    plot.innerHTML = renderBarsSvg(
      wardLayoutWith(wy, { width, measure, targets: data.targets, idPrefix: `${data.id}-${year}-live`, highlight: data.highlight, describedBy: `${data.id}-${year}-desc`, notes: wy.notes, tips: true }, text(year)),
    );
    initRoving(plot);
    if (announce && live) {
      const label = wardMeasures(words).find((m) => m.value === measure)?.label.toLowerCase() ?? '';
      live.textContent = fill(words.live, { year, count: wy.items.length, measure: label });
    }
  }

  controls.addEventListener('change', (e) => {
    const t = e.target as HTMLInputElement;
    if (t.name === `${data.id}-year`) year = Number(t.value);
    else if (t.name === `${data.id}-measure`) measure = t.value as WardMeasure;
    render(true);
    sync(true);
  });
  attachBarTips(root);
  render(false);
  // Links follow the state shown; the address is rewritten only when it asked for one.
  sync(asked.year !== undefined || asked.measure !== undefined);
  // Re-lay on a real width change only (a scrollbar appearing is not worth a redraw).
  new ResizeObserver(() => {
    const plot = active()?.querySelector<HTMLElement>('[data-plot]');
    if (plot && Math.abs(plot.clientWidth - width) > 8) render(false);
  }).observe(root);
}

/** Enhances every ward chart on the page once. */
export function startWardCharts(): void {
  document.querySelectorAll<HTMLElement>('[data-chart="ward"]:not([data-enhanced])').forEach(enhance);
}
