/** The shell's English edition: search status lines, the locale of a page's lang, sitemap x-default, home and search templates. */
import { describe, expect, it } from 'vitest';
import { localeOfLang, readMessages, resultLine } from '../../../src/scripts/search/messages';
import { withXDefault } from '../../../src/lib/i18n/routes';
import { strings } from '../../../src/lib/i18n/index';

const en = strings('en');
const vi = strings('vi');
const msgsOf = (s: typeof en.search.status) => readMessages({ msgPrompt: s.prompt, msgSearching: s.searching, msgFailed: s.failed, msgNone: s.none, msgSome: s.some, msgOne: s.one });

describe('search status lines', () => {
  // [query, count, expected line] per language; the Vietnamese lines are as they were.
  const LINES: Record<'en' | 'vi', [string, number, string][]> = {
    en: [
      ['ward', 3, '3 results for “ward”.'],
      ['ward', 1, '1 result for “ward”.'],
      ['ward', 1234, '1,234 results for “ward”.'],
      ['zz', 0, 'No results for “zz”.'],
    ],
    vi: [
      ['đô vinh', 12, '12 kết quả cho “đô vinh”.'],
      ['đô vinh', 1, '1 kết quả cho “đô vinh”.'],
      ['x', 1234, '1.234 kết quả cho “x”.'],
      ['x', 0, 'Không tìm thấy kết quả cho “x”.'],
    ],
  };
  it.each(['en', 'vi'] as const)('fill the %s templates with the query and a count in that language', (lang) => {
    const m = msgsOf(strings(lang).search.status);
    for (const [q, n, line] of LINES[lang]) expect(resultLine(m, q, n, lang)).toBe(line);
  });
  it('leave a query that looks like a placeholder as typed', () => {
    expect(resultLine(msgsOf(en.search.status), '{n} {q}', 2, 'en')).toBe('2 results for “{n} {q}”.');
  });
  it('read missing attributes as empty strings, never "undefined"', () => {
    expect(readMessages({})).toEqual({ prompt: '', searching: '', failed: '', none: '', some: '', one: '' });
  });
});

describe('localeOfLang', () => {
  it('maps a page lang to a site locale, region tags included, the default otherwise', () => {
    const cases: [string, string][] = [['en', 'en'], ['en-GB', 'en'], ['vi', 'vi'], ['fr', 'vi'], ['', 'vi']];
    expect(cases.map(([lang]) => localeOfLang(lang))).toEqual(cases.map(([, locale]) => locale));
  });
});

describe('withXDefault', () => {
  it('adds x-default pointing at the Vietnamese page to an entry with alternates', () => {
    const item = { url: 'https://x/en/', links: [{ lang: 'vi', url: 'https://x/' }, { lang: 'en', url: 'https://x/en/' }] };
    const out = withXDefault(item);
    expect(out.links).toEqual([...item.links, { lang: 'x-default', url: 'https://x/' }]);
    expect(item.links).toHaveLength(2); // the integration shares one links array between twins
  });
  it('leaves one-language entries and entries that already have x-default alone', () => {
    const alone: { url: string; links?: { lang: string; url: string }[] } = { url: 'https://x/a/' };
    expect(withXDefault(alone)).toEqual({ url: 'https://x/a/' });
    const once = withXDefault({ url: 'u', links: [{ lang: 'vi', url: 'v' }, { lang: 'en', url: 'e' }] });
    expect(withXDefault(once).links).toHaveLength(3);
  });
});

describe('home and 404 strings', () => {
  it('count wards in each language', () => {
    expect(en.home.wards.all('16')).toBe('16 wards and communes');
    expect(vi.home.wards.all('16')).toBe('16 phường, xã');
  });
  it('build the campaign lines from the same values', () => {
    expect(en.home.campaign.built('2023', '12')).toBe('built in 2023, 12 repaired');
    expect(vi.home.campaign.built('2023', '12')).toBe('xây mới năm 2023, 12 căn sửa chữa');
    expect(en.home.campaign.raised('2023', '1,234')).toBe('raised in 2023; 1,234 households helped');
  });
  it('name the same datasets in both languages', () => {
    expect(Object.keys(en.home.data.datasets)).toEqual(Object.keys(vi.home.data.datasets));
  });
});
