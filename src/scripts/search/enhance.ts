/**
 * Enhances the plain search form on /tim-kiem/ (and its twins, /en/tim-kiem/): reads ?q= (and ?loai=) on load, searches with Pagefind as the
 * reader types, shows title, page type and excerpt, filters by "Loại trang", and re-ranks (rank.ts).
 * Pagefind itself is loaded only on the first search, through window.__loadPagefind, which the page defines
 * in an inline module script (a bundled import of pagefind.js would fail the build: STACK.md gotcha 4).
 */
import { queryVariants, rerank } from './rank';
import { localeOfLang, readMessages, resultLine } from './messages';

interface PagefindResultData {
  url: string;
  excerpt: string;
  content: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}
interface PagefindResult { id: string; data: () => Promise<PagefindResultData> }
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  init?: () => Promise<void>;
  search: (q: string, o?: { filters?: Record<string, string> }) => Promise<{ results: PagefindResult[] } | null>;
}
declare global { interface Window { __loadPagefind?: () => Promise<Pagefind> } }

/** Filter name used by BaseLayout's data-pagefind-filter. */
const FILTER = 'Loại trang';
/** How many Pagefind hits get their data loaded and filtered (all of them on this site); how many are shown per page. */
const RERANK_DEPTH = 120;
const PAGE = 10;

const form = document.querySelector<HTMLFormElement>('form[data-search-form]');
const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
const select = form?.querySelector<HTMLSelectElement>('select[name="loai"]');
const status = document.querySelector<HTMLElement>('[data-search-status]');
const list = document.querySelector<HTMLOListElement>('[data-search-results]');
const more = document.querySelector<HTMLButtonElement>('[data-search-more]');
// The page's language picks nothing but the strings and number format: Pagefind itself loads the index
// of the page's <html lang>.
const msg = readMessages(form?.dataset ?? {});
const locale = localeOfLang(document.documentElement.lang);

let pagefind: Promise<Pagefind> | undefined;
function load(): Promise<Pagefind> {
  if (!pagefind) {
    const url = form?.dataset.pagefindUrl;
    if (!url) return Promise.reject(new Error('no pagefind url'));
    // A computed specifier: Vite leaves it alone and the browser loads pagefind.js from the site itself
    // (CSP script-src 'self'); no inline loader script is needed.
    pagefind = (import(/* @vite-ignore */ url) as Promise<Pagefind>).then(async (pf) => {
      // Prefer exact diacritics and title matches; the client re-rank below finishes the job.
      await pf.options({ ranking: { diacriticSimilarity: 1, metaWeights: { title: 10 } }, excerptLength: 24 });
      await pf.init?.();
      return pf;
    });
  }
  return pagefind;
}

let seq = 0;
let ranked: PagefindResultData[] = [];
let shown = 0;

function setStatus(text: string): void {
  if (status) status.textContent = text;
}

function render(reset: boolean): void {
  if (!list || !more) return;
  if (reset) { list.replaceChildren(); shown = 0; }
  const next = ranked.slice(shown, shown + PAGE);
  for (const r of next) {
    const li = document.createElement('li');
    li.className = 'result';
    const h = document.createElement('h2');
    const a = document.createElement('a');
    a.href = r.url;
    a.textContent = r.meta.title ?? r.url;
    h.append(a);
    const type = document.createElement('p');
    type.className = 'result-type';
    type.textContent = r.filters[FILTER]?.[0] ?? r.meta.type ?? '';
    const ex = document.createElement('p');
    ex.className = 'result-excerpt';
    // Pagefind excerpts are escaped text with <mark> around hits.
    ex.innerHTML = r.excerpt;
    li.append(h, type, ex);
    list.append(li);
  }
  shown += next.length;
  more.hidden = shown >= ranked.length;
}

async function search(query: string, filter: string): Promise<void> {
  const mine = ++seq;
  const q = query.trim();
  if (!q) {
    ranked = [];
    render(true);
    setStatus(msg.prompt);
    return;
  }
  setStatus(msg.searching);
  let pf: Pagefind;
  try {
    pf = await load();
  } catch {
    setStatus(msg.failed);
    return;
  }
  // Every spelling of the folded query, so "dong hai" and "Đông Hải" ask Pagefind the same questions.
  const opts = filter ? { filters: { [FILTER]: filter } } : undefined;
  const answers = await Promise.all(queryVariants(q).map((v) => pf.search(v, opts)));
  if (mine !== seq) return; // a newer search superseded this one
  const seen = new Set<string>();
  const hits = answers.flatMap((a) => a?.results ?? []).filter((r) => !seen.has(r.id) && (seen.add(r.id), true));
  const data = await Promise.all(hits.slice(0, RERANK_DEPTH).map((r) => r.data()));
  if (mine !== seq) return;
  ranked = rerank(data.map((d) => ({ ...d, title: d.meta.title ?? '', text: d.content, extra: d.meta.fold ?? '' })), q);
  const total = ranked.length;
  setStatus(resultLine(msg, q, total, locale));
  render(true);
}

function currentUrl(q: string, filter: string): string {
  const url = new URL(location.href);
  if (q) url.searchParams.set('q', q); else url.searchParams.delete('q');
  if (filter) url.searchParams.set('loai', filter); else url.searchParams.delete('loai');
  return url.pathname + url.search;
}

if (form && input && list) {
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  if (select) select.value = params.get('loai') ?? '';
  document.documentElement.classList.add('search-enhanced');
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = () => {
    const q = input.value;
    const f = select?.value ?? '';
    history.replaceState(null, '', currentUrl(q.trim(), f));
    void search(q, f);
  };
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(run, 250);
  });
  select?.addEventListener('change', run);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    clearTimeout(timer);
    run();
  });
  more?.addEventListener('click', () => render(false));
  if (input.value.trim()) void search(input.value, select?.value ?? '');
  else setStatus(msg.prompt);
}
