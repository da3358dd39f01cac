/**
 * Tooltips and keyboard navigation for bar charts whose bars carry `data-bar` and `data-tip`
 * (lines separated by "\n"). Hover, focus and tap show the tooltip; arrow keys, Home and End
 * move between bars (roving tabindex); Escape hides it. Plain DOM, event delegation on the
 * chart root, so bars can be re-rendered freely.
 */

const BAR = '[data-bar]';

/** Makes the bars inside `scope` one tab stop: the first gets tabindex 0, the rest -1. */
export function initRoving(scope: Element): void {
  scope.querySelectorAll<SVGGElement>(BAR).forEach((b, i) => b.setAttribute('tabindex', i === 0 ? '0' : '-1'));
}

/** Wires tooltips and arrow keys for every bar under `root`. Call once per root. */
export function attachBarTips(root: HTMLElement): void {
  const tip = document.createElement('div');
  tip.className = 'chart-tooltip';
  tip.setAttribute('aria-hidden', 'true');
  tip.setAttribute('data-tooltip', '');
  tip.hidden = true;
  let current: Element | null = null;
  let pinned = false;

  const barOf = (t: EventTarget | null) => (t instanceof Element ? t.closest(BAR) : null);

  function show(bar: Element, at?: { x: number; y: number }): void {
    const host = bar.closest<HTMLElement>('.chart-body');
    if (!host) return;
    current?.classList.remove('is-active');
    current = bar;
    bar.classList.add('is-active');
    const [head, ...rest] = (bar.getAttribute('data-tip') ?? '').split('\n');
    tip.replaceChildren();
    const strong = document.createElement('strong');
    strong.textContent = head ?? '';
    tip.append(strong, rest.join('\n'));
    if (tip.parentElement !== host) host.append(tip);
    tip.hidden = false;
    const box = host.getBoundingClientRect();
    const r = bar.getBoundingClientRect();
    let left = at ? at.x - box.left + 14 : r.left - box.left + 8;
    let top = at ? at.y - box.top + 16 : r.bottom - box.top + 4;
    left = Math.max(0, Math.min(left, box.width - tip.offsetWidth));
    if (top + tip.offsetHeight > box.height) top = Math.max(0, (at ? at.y - box.top : r.top - box.top) - tip.offsetHeight - 8);
    tip.style.left = `${left}px`;
    tip.style.top = `${top}px`;
  }

  function hide(): void {
    tip.hidden = true;
    current?.classList.remove('is-active');
    current = null;
    pinned = false;
  }

  root.addEventListener('pointermove', (e) => {
    if (pinned) return;
    const bar = barOf(e.target);
    if (bar && e.pointerType === 'mouse') show(bar, { x: e.clientX, y: e.clientY });
  });
  root.addEventListener('pointerout', (e) => {
    if (pinned || e.pointerType !== 'mouse') return;
    const from = barOf(e.target);
    if (from && barOf(e.relatedTarget) !== from && document.activeElement !== from) hide();
  });
  // Tap (touch, pen): show and keep the tooltip until the next tap elsewhere.
  root.addEventListener('pointerdown', (e) => {
    const bar = barOf(e.target);
    if (bar && e.pointerType !== 'mouse') {
      show(bar);
      pinned = true;
    }
  });
  document.addEventListener('pointerdown', (e) => {
    if (pinned && !barOf(e.target)) hide();
  });
  root.addEventListener('focusin', (e) => {
    const bar = barOf(e.target);
    if (bar) show(bar);
  });
  root.addEventListener('focusout', (e) => {
    if (barOf(e.target) && !barOf(e.relatedTarget)) hide();
  });
  root.addEventListener('keydown', (e) => {
    const bar = barOf(e.target);
    if (!bar) return;
    if (e.key === 'Escape') {
      hide();
      return;
    }
    const bars = [...(bar.closest('svg')?.querySelectorAll<SVGGElement>(BAR) ?? [])];
    const i = bars.indexOf(bar as SVGGElement);
    const next =
      e.key === 'ArrowDown' || e.key === 'ArrowRight' ? bars[Math.min(bars.length - 1, i + 1)]
      : e.key === 'ArrowUp' || e.key === 'ArrowLeft' ? bars[Math.max(0, i - 1)]
      : e.key === 'Home' ? bars[0]
      : e.key === 'End' ? bars[bars.length - 1]
      : undefined;
    if (!next) return;
    e.preventDefault();
    bars.forEach((b) => b.setAttribute('tabindex', b === next ? '0' : '-1'));
    next.focus();
  });
}
