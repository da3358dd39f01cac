/** The campaign charts' shared words in a locale: their dictionary part, column headers, stamp and empty texts. */
import { strings, type Locale } from '../i18n/index';
import { stampText } from '../provenance';
import { wardColumns } from './ward';

/** The `charts.campaign` strings of a locale. */
export const C = (locale: Locale) => strings(locale).charts.campaign;
/** Shared column headers (year, unit, provenance…) in a locale. */
export const H = (locale: Locale): Record<string, string> => Object.fromEntries(wardColumns(locale).map((c) => [c.key, c.label]));
/** The stamp and empty texts every bar input carries. */
export const words = (locale: Locale) => ({ stamp: stampText(locale), empty: strings(locale).charts.wardBars.empty });
