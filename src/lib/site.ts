/** Site-wide constants: name, navigation, page types. The words come from the dictionary (src/lib/i18n). */
import { vi } from './i18n/vi/index';

/** The site's name (Vietnamese; other locales read `strings(locale).site.name`). */
export const SITE_NAME = vi.site.name;

/** The source document every page credits (Vietnamese; see `strings(locale).site.planRef`). */
export const PLAN_REF = vi.site.planRef;

/** Main navigation: dictionary key (`site.nav.*`) and site path (without base or locale). */
export const NAV_ITEMS = [
  { key: 'home', path: '' },
  { key: 'plan', path: 'ke-hoach/' },
  { key: 'wards', path: 'phuong-xa/' },
  { key: 'stories', path: 'cau-chuyen/' },
  { key: 'data', path: 'du-lieu/' },
  { key: 'search', path: 'tim-kiem/' },
] as const satisfies readonly { key: keyof typeof vi.site.nav; path: string }[];

/** Main navigation with Vietnamese labels. */
export const NAV = NAV_ITEMS.map((n) => ({ label: vi.site.nav[n.key], path: n.path }));

/** Page types (Vietnamese names), used for search filters and social cards. */
export const PAGE_TYPES = vi.site.pageTypes;

/** A page type key. */
export type PageType = keyof typeof PAGE_TYPES;
