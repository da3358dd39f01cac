/**
 * Enhancer of charts with one panel per year and plain year links (data-chart="years", e.g. the
 * campaign-by-unit chart): ?nam=<year> opens that year, a year link shows its panel and puts the
 * year in the address (replaceState), and the image links, embed code and share link follow.
 * Without JS the year links (#id-<year>) still work by CSS :target.
 */
import { parseState } from '../../lib/charts/state';
import { applyState, ownSearch } from './state-links';

function enhance(root: HTMLElement): void {
  const panels = [...root.querySelectorAll<HTMLElement>('.chart-panel[data-year]')];
  const links = [...root.querySelectorAll<HTMLAnchorElement>('.chart-years a[data-year]')];
  if (panels.length === 0) return;
  const years = panels.map((p) => Number(p.dataset.year));
  const slug = root.dataset.slug!;
  const fromHash = panels.find((p) => `#${p.id}` === location.hash)?.dataset.year;
  const asked = parseState(ownSearch(slug), years).year;
  let year = asked ?? (fromHash ? Number(fromHash) : Number(panels.find((p) => p.classList.contains('is-default'))?.dataset.year ?? years[years.length - 1]));
  root.setAttribute('data-enhanced', '');
  const show = (address: boolean) => {
    for (const p of panels) p.hidden = Number(p.dataset.year) !== year;
    for (const a of links) {
      if (Number(a.dataset.year) === year) a.setAttribute('aria-current', 'true');
      else a.removeAttribute('aria-current');
    }
    applyState(root, { year }, `${slug}-${year}`, address);
  };
  for (const a of links) {
    a.addEventListener('click', (e) => {
      e.preventDefault();
      year = Number(a.dataset.year);
      show(true);
    });
  }
  show(asked !== undefined);
}

/** Enhances every year-panel chart on the page once. */
export function startYearCharts(): void {
  document.querySelectorAll<HTMLElement>('[data-chart="years"]:not([data-enhanced])').forEach(enhance);
}
