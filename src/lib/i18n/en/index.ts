/**
 * English interface strings, one file per area, with the same shape as the Vietnamese dictionary
 * (`Dict`), so a missing key fails to compile.
 */
import type { Dict } from '../vi/index';
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

/** All English strings. */
export const en: Dict = { site, format, home, search, charts, provenance, data, plan, wards, stories, pages, targets };
