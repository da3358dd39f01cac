/** English strings: home (src/pages/index.astro). */
import type { home as Vi } from '../vi/home';

export const home: typeof Vi = {
  title: 'Home',
  description: 'Data, the plan and stories of sustainable poverty reduction in Phan Rang-Tháp Chàm city in 2024 (Plan 122/KH-UBND).',
  heading: 'Sustainable poverty reduction in Phan Rang-Tháp Chàm',
  lead: [
    'Plan 122/KH-UBND of the city People’s Committee (UBND) sets out to reduce the share of poor and near-poor households in the city during 2024.',
    'This site brings the plan, the figures and stories of families leaving poverty to everyone, with the source of every number.',
  ],
  targets: {
    heading: 'Main targets for 2024',
    labels: { 'ty-le-ho-ngheo': 'Poor households', 'ty-le-ho-can-ngheo': 'Near-poor households' },
    downTo: 'down to',
    period: 'End of 2023 (figure) → end of 2024 (target)',
    source: 'Source:',
    readPlan: 'Read the full plan',
    allTargets: 'All targets',
  },
  wards: {
    heading: 'Ward by ward',
    intro: 'The share of poor households differs between wards and communes. Each has its own page with figures by year, the boundary changes of 2024 and 2025, and stories of its people.',
    index: 'Pages of each ward and commune',
    all: (n: string) => `${n} wards and communes`,
    allCharts: 'All charts',
  },
  campaign: {
    heading: 'The “For the Poor” fund (Quỹ “Vì người nghèo”)',
    houses: 'houses',
    targetNote: 'to be built for poor households: the 2024 target',
    targetSource: 'Plan, section II.3.2.d',
    built: (year: string, repaired: string) => `built in ${year}, ${repaired} repaired`,
    raised: (year: string, helped: string) => `raised in ${year}; ${helped} households helped`,
    results: 'The fund’s results by year',
  },
  stories: {
    heading: 'Latest stories',
    all: 'All stories',
  },
  data: {
    heading: 'Open data',
    intro: 'Every figure on this site is in the CSV tables, with a description of each column, its source and the CC BY 4.0 licence.',
    datasets: {
      'ward-poverty': 'Poor and near-poor households by ward and commune, 2021–2024',
      campaign: 'The “For the Poor” fund by year and by ward or commune',
      'plan-targets': 'Targets of Plan 122/KH-UBND',
      'administrative-units': 'The 16 wards and communes and their boundary changes',
    },
    all: 'All data',
    method: 'Methodology',
  },
};
