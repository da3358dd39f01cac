/**
 * Vietnamese interface strings, one file per area of the site. This dictionary defines the shape
 * (`Dict`) every other language must match; tests/unit/i18n checks that no key is missing.
 */
import { site } from './site';
import { format } from './format';
import { home } from './home';
import { search } from './search';
import { charts } from './charts';
import { provenance } from './provenance';
import { data } from './data';
import { plan } from './plan';
import { wards } from './wards';
import { stories } from './stories';
import { pages } from './pages';
import { targets } from './targets';

/** All Vietnamese strings. */
export const vi = { site, format, home, search, charts, provenance, data, plan, wards, stories, pages, targets };
/** The shape of a dictionary. */
export type Dict = typeof vi;
