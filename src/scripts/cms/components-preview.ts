/** How the story components look in the CMS preview (HTML strings, as Decap's toPreview takes them). */
const esc = (s: unknown) => String(s ?? '').replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

type Asset = (path: string) => { toString(): string } | null | undefined;

/** The preview function of one component. */
export function componentPreview(id: string): (data: Record<string, unknown>, getAsset: Asset) => string {
  switch (id) {
    case 'Quote':
      return (d) => `<blockquote class="cms-quote"><p>${esc(d.text)}</p>${d.by ? `<footer>— ${esc(d.by)}</footer>` : ''}</blockquote>`;
    case 'Figure':
      return (d, getAsset) => {
        const src = typeof d.src === 'string' && d.src ? String(getAsset(d.src) ?? d.src) : '';
        return `<figure class="cms-figure">${src ? `<img src="${esc(src)}" alt="${esc(d.alt)}">` : ''}<figcaption>${esc(d.caption)}${d.credit ? ` <small>${esc(d.credit)}</small>` : ''}</figcaption></figure>`;
      };
    case 'Stat':
      return (d) => `<p class="cms-stat"><strong>${esc(d.value)}</strong> <span>${esc(d.label)}</span></p>`;
    default:
      return (d) => {
        const items = Array.isArray(d.items) ? (d.items as Record<string, unknown>[]) : [];
        return `<div class="cms-timeline"><p><strong>${esc(d.title || 'Các mốc chính')}</strong></p><ul>${items.map((i) => `<li><strong>${esc(i.when)}</strong>: ${esc(i.text)}</li>`).join('')}</ul></div>`;
      };
  }
}

/** Styles of the preview pane: the checks panel and the components (the site's own are scoped to its pages). */
export const PREVIEW_CSS = `
body { padding: 1rem 1.5rem; }
.cms-checks { border: 2px solid #b42318; background: #fef3f2; padding: .75rem 1rem; margin: 0 0 1.5rem; border-radius: 6px; }
.cms-checks.ok { border-color: #067647; background: #ecfdf3; }
.cms-checks h2 { font-size: 1rem; margin: 0 0 .5rem; }
.cms-checks li { margin: .25rem 0; }
.cms-checks code { font-size: .85em; }
.cms-quote { border-left: 4px solid #c2410c; margin: 1.5rem 0; padding: .25rem 1rem; font-size: 1.15em; }
.cms-quote footer { font-size: .9em; margin-top: .25rem; }
.cms-figure img, .cms-cover { max-width: 100%; height: auto; }
.cms-figure figcaption { font-size: .9em; }
.cms-stat strong { font-size: 1.6em; display: block; }
.cms-timeline ul { border-left: 3px solid #c2410c; list-style: none; padding-left: 1rem; }
.cms-summary { font-size: 1.1em; }
`;
