/**
 * Enhancer of the ward ranking (WardRateChart), started by `data-chart="ward"`: turns the no-JS
 * year links into year and measure switches, re-lays the bars at the chart's real width with the
 * same pure layout used at build time, and adds tooltips and arrow-key navigation.
 */
import { renderBarsSvg } from '../../lib/charts/bars';
import { WARD_MEASURES, wardLayout, type RateTargets, type WardMeasure, type WardYear } from '../../lib/charts/ward-bars';
import { attachBarTips, initRoving } from './tooltip';
import { MEASURE_PARAMS, parseState } from '../../lib/charts/state';
import { applyState, ownSearch } from './state-links';

/** The JSON the component embeds in `<script type="application/json" data-chart-data>`. */
interface WardClientData {
  id: string;
  shown: number;
  highlight: string | null;
  targets: RateTargets | null;
  years: (WardYear & { notes: string[] })[];
}

function enhance(root: HTMLElement): void {
  const json = root.querySelector('script[data-chart-data]')?.textContent;
  const controls = root.querySelector<HTMLElement>('[data-controls]');
  if (!json || !controls) return;
  const data = JSON.parse(json) as WardClientData;
  const panels = [...root.querySelectorAll<HTMLElement>('.chart-panel')];
  const live = root.querySelector<HTMLElement>('[data-live]');
  // The address decides first (?nam=2022&hien-thi=can-ngheo), then a no-JS year link (#id-2022).
  const slug = root.dataset.slug ?? 'ty-le-ho-ngheo';
  const asked = parseState(ownSearch(slug), data.years.map((y) => y.year));
  const hashYear = panels.find((p) => `#${p.id}` === location.hash)?.dataset.year;
  let year = asked.year ?? (hashYear ? Number(hashYear) : data.shown);
  let measure: WardMeasure = asked.measure ?? 'poor';
  const sync = (address: boolean) => applyState(root, { year, measure }, `${slug}-${year}-${MEASURE_PARAMS[measure]}`, address);
  let width = 0;

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
      wardLayout(wy, { width, measure, targets: data.targets, idPrefix: `${data.id}-${year}-live`, highlight: data.highlight, describedBy: `${data.id}-${year}-desc`, notes: wy.notes, tips: true }),
    );
    initRoving(plot);
    if (announce && live) {
      const label = WARD_MEASURES.find((m) => m.value === measure)?.label.toLowerCase() ?? '';
      live.textContent = `Năm ${year}: ${wy.items.length} phường/xã, hiển thị ${label}.`;
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
