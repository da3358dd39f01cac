/**
 * Chart state in the address, in the browser: read ?nam=&hien-thi= on load, write it back with
 * history.replaceState when the reader chooses, and keep the chart's image links, embed code and
 * share link on the same view.
 */
import { stateQuery, type ChartState } from '../../lib/charts/state';

/** Whether this page is the chart's own (its page or its embed): only there does the address hold its state. */
export function ownsAddress(slug: string): boolean {
  return location.pathname.endsWith(`/bieu-do/${slug}/`) || location.pathname.endsWith(`/nhung/${slug}/`);
}

/** The query string this chart may read ('' on other pages, e.g. a story that shows the chart). */
export function ownSearch(slug: string): string {
  return ownsAddress(slug) ? location.search : '';
}

/** Puts `state` in the address (replaceState: no new history entry) and retargets the chart's links. */
export function applyState(root: HTMLElement, state: ChartState, imageFile: string, updateAddress = true): void {
  const q = stateQuery(state);
  if (updateAddress && ownsAddress(root.dataset.slug ?? '')) history.replaceState(history.state, '', `${location.pathname}${q}`);
  for (const a of root.querySelectorAll<HTMLAnchorElement>('a.chart-img[data-image]')) {
    const ext = a.dataset.image!;
    a.href = a.href.replace(/[^/]+$/, `${imageFile}.${ext}`);
    a.download = `${imageFile}.${ext}`;
  }
  const code = root.querySelector<HTMLTextAreaElement>('[data-embed-code]');
  const embedBase = code?.dataset.embedBase;
  if (code && embedBase) code.value = code.value.replace(/src="[^"]*"/, `src="${embedBase}${q.replace(/&/g, '&amp;')}"`);
  const share = root.querySelector<HTMLInputElement>('[data-share-link]');
  if (share?.dataset.shareBase) share.value = share.dataset.shareBase + q;
}
