/** English strings: the prose pages (about, methodology, the fund page). Their long text is per-locale prose in the page folders. */
import type { pages as Vi } from '../vi/pages';

export const pages: typeof Vi = {
  about: {
    title: 'About',
    description: 'About Poverty reduction in Phan Rang-Tháp Chàm: its purpose, who maintains it, how to report an error, and the licences of the data and code.',
  },
  method: {
    title: 'Methodology',
    description: 'The multidimensional poverty standard 2022–2025, the yearly review of poor households, where the figures come from (official or illustrative), the official figures used on the site, and how the plan’s text was restored.',
  },
  fund: {
    title: 'The “Vì người nghèo” (For the Poor) Fund',
    description: 'The “Vì người nghèo” (For the Poor) Fund of Phan Rang-Tháp Chàm city: money raised by year and by ward or commune, solidarity houses against the 2024 target, households helped.',
    charts: 'Charts',
    chartsBelow: 'The charts below',
    dataset: 'The “Vì người nghèo” Fund dataset (campaign.csv)',
    allCharts: 'All charts',
  },
};
