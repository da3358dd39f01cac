/**
 * Every image a chart offers: one per year or variant a reader can choose, each drawn with the
 * same layout functions as the page (at the wide width), with the table whose values it shows.
 */
import { barsLayout, renderBarsSvg } from '../charts/bars';
import { campaignYears, cityActuals, helpedInput, helpedTable, housesInput, housesTable, moneyByUnitInput, moneyByUnitTable, moneyByYearInput, moneyByYearTable } from '../charts/campaign';
import type { ChartRows } from '../charts/registry';
import { MEASURE_PARAMS, type ChartState, type MeasureKey } from '../charts/state';
import { tableShown, type ChartTable } from '../charts/table';
import { derivedActuals, renderTargetsSvg, targetItems, targetsLayout, targetsTable } from '../charts/targets';
import { renderTileMapSvg, tileMapLayout, tileSeries, tileTable } from '../charts/tilemap';
import { renderTrendSvg, trendLayout, trendSeries, trendTable } from '../charts/trend';
import { mergers } from '../charts/units';

import { WARD_MEASURES, rateTargets, wardLayout, wardTable, wardYear, wardYears } from '../charts/ward';
import { formatDate } from '../format';
import { joinAnd, type ShownValue } from '../provenance';
import { CITY_CODE } from '../../schemas/common';

/** Width of the chart inside an image, CSS px (the page's wide layout). */
export const IMAGE_CHART_WIDTH = 720;

/** One image of a chart. */
export interface ChartImage {
  slug: string;
  /** File name without extension: "ty-le-ho-ngheo-2022-can-ngheo", or the slug for a single image. */
  file: string;
  /** The variant in words ("Năm 2022 · Hộ cận nghèo"), '' for a single image. */
  label: string;
  /** The state a reader chooses to see it (for the address on the image). */
  state: ChartState;
  /** The one shown first on the page: its PNG is the page's Open Graph image. */
  isDefault: boolean;
  /** The chart's own SVG. */
  svg: string;
  shown: ShownValue[];
}

const W = IMAGE_CHART_WIDTH;

function one(slug: string, svg: string, table: ChartTable): ChartImage[] {
  return [{ slug, file: slug, label: '', state: {}, isDefault: true, svg, shown: tableShown(table) }];
}

/** The images of chart `slug`. `unitHref` gives the link of a unit's tile (the tile map). */
export function chartImages(slug: string, d: ChartRows, unitHref: (u: { slug: string }) => string = () => '#'): ChartImage[] {
  const id = `img-${slug}`;
  switch (slug) {
    case 'ty-le-ho-ngheo': {
      const years = wardYears(d.poverty);
      const targets = rateTargets(d.targets);
      const ms = mergers(d.units, d.changes);
      const mergerYears = new Set(ms.map((m) => Number(m.date.slice(0, 4))));
      const svgNote = ms.length ? `Sau sáp nhập ${formatDate(ms[0]!.date)}: ${ms.map((m) => `${joinAnd(m.from.map((f) => f.name))} → ${m.into.name}`).join('; ')}.` : '';
      const latest = years[years.length - 1];
      return years.flatMap((y) => {
        const wy = wardYear(d.poverty, d.units, y);
        const table = wardTable(wy, targets);
        const notes = mergerYears.has(y) && svgNote ? [svgNote] : [];
        return WARD_MEASURES.map((m): ChartImage => {
          const measure = m.value as MeasureKey;
          return {
            slug,
            file: `${slug}-${y}-${MEASURE_PARAMS[measure]}`,
            label: `Năm ${y} · ${m.label}`,
            state: { year: y, measure },
            isDefault: y === latest && measure === 'poor',
            svg: renderBarsSvg(wardLayout(wy, { measure, targets, notes, width: W, idPrefix: `${id}-${y}-${measure}` })),
            shown: tableShown(table),
          };
        });
      });
    }
    case 'xu-huong': {
      const points = trendSeries(d.poverty, CITY_CODE);
      const targets = rateTargets(d.targets);
      const years = wardYears(d.poverty);
      const svg = renderTrendSvg(trendLayout(points, { width: W, idPrefix: id, years, targets, ariaLabel: 'Tỷ lệ hộ nghèo và hộ cận nghèo toàn thành phố' }));
      return one(slug, svg, trendTable(points, CITY_CODE, 'Toàn thành phố', targets));
    }
    case 'ban-do': {
      const years = wardYears(d.poverty);
      return years.map((y) => {
        const tiles = tileSeries(d.poverty, d.units, y, d.changes);
        return { slug, file: `${slug}-${y}`, label: `Năm ${y}`, state: { year: y }, isDefault: y === years[years.length - 1], svg: renderTileMapSvg(tileMapLayout(tiles, { year: y, width: W, idPrefix: `${id}-${y}` }), unitHref), shown: tableShown(tileTable(tiles, y)) };
      });
    }
    case 'quy-theo-nam':
      return one(slug, renderBarsSvg(barsLayout(moneyByYearInput(d.campaign, { width: W, idPrefix: id }))), moneyByYearTable(d.campaign));
    case 'quy-theo-phuong-xa': {
      const years = campaignYears(d.campaign);
      return years.map((y) => ({
        slug,
        file: `${slug}-${y}`,
        label: `Năm ${y}`,
        state: { year: y },
        isDefault: y === years[years.length - 1],
        svg: renderBarsSvg(barsLayout(moneyByUnitInput(d.campaign, d.units, y, { width: W, idPrefix: `${id}-${y}` }))),
        shown: tableShown(moneyByUnitTable(d.campaign, d.units, y)),
      }));
    }
    case 'nha-xay-moi':
      return one(slug, renderBarsSvg(barsLayout(housesInput(d.campaign, { width: W, idPrefix: id }))), housesTable(d.campaign));
    case 'ho-duoc-ho-tro': {
      const year = cityActuals(d.campaign).map((r) => r.year).at(-1)!;
      return one(slug, renderBarsSvg(barsLayout(helpedInput(d.campaign, year, { width: W, idPrefix: id }))), helpedTable(d.campaign, year));
    }
    case 'chi-tieu-ke-hoach': {
      const items = targetItems(d.targets, derivedActuals(d.poverty, d.campaign));
      return one(slug, renderTargetsSvg(targetsLayout(items, { width: W, idPrefix: id })), targetsTable(items));
    }
    default:
      throw new Error(`Biểu đồ "${slug}" chưa có ảnh. Sửa: thêm nó vào src/lib/images/variants.ts.`);
  }
}
