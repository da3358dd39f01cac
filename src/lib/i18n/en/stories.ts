/**
 * English strings: story lists, cards and filters. Story bodies stay Vietnamese; the English lists
 * show title_en/summary_en where editors gave them. Names of places and documents keep their
 * Vietnamese form.
 */
import type { stories as Vi } from '../vi/stories';

export const stories: typeof Vi = {
  supports: {
    'tin-dung-uu-dai': 'Preferential credit',
    'nha-vi-nguoi-ngheo': 'Housing from the “Vì người nghèo” (For the Poor) Fund',
    'dao-tao-nghe': 'Vocational training',
    'ket-noi-viec-lam': 'Job matching',
    'mo-hinh-sinh-ke': 'Livelihood models (Project 2)',
    'ho-tro-san-xuat': 'Support for farming (Project 3)',
    'bao-hiem-y-te': 'Health insurance',
    'ho-tro-giao-duc': 'Support for education',
    'nuoc-sach-ve-sinh': 'Clean water and sanitation',
    'tro-giup-phap-ly': 'Legal aid',
  },
  card: {
    escaped: (year) => `out of poverty in ${year}`,
    draft: 'Draft (shown only in preview)',
    inVietnamese: 'Story in Vietnamese',
  },
  illustrative: {
    badge: 'Illustrative story',
    longLabel: 'Illustrative story.',
    long: 'The people, details and figures in this story were made up to present the policies of Plan 122/KH-UBND; it is not a real household.',
  },
  facts: {
    heading: 'About this story',
    household: 'Household',
    unit: 'Ward or commune',
    later: (date, unit) => [` (part of `, unit, ` from ${date})`],
    storiesIn: (unit) => `Stories from ${unit}`,
    year: 'Year out of poverty',
    supports: 'Support received',
    published: 'Published',
    author: 'Written by',
    provenance: 'Provenance',
    real: 'A real story; the household signed a consent form for publication',
    tags: 'Keywords',
  },
  timeline: 'Milestones',
  list: {
    illustrativeLabel: 'Illustrative stories:',
    illustrativeAll: 'all the stories below were written to present the plan’s policies; they are not real households. Each illustrative story is labelled.',
    illustrativeSome: (n, total) => `${n} of the ${total} stories below were written to present the plan’s policies; they are not real households. Each illustrative story is labelled.`,
    heading: 'List of stories',
    count: (n, k) => (k === 1 ? `${n} story` : `${n} stories`),
    drafts: 'Drafts (shown only when previewing with npm run dev)',
  },
  filters: {
    label: 'Filter stories',
    toggle: 'Filter by ward or commune, year, kind of support',
    clear: (n) => `Clear filters and see all ${n} stories`,
    all: (n) => `Showing all ${n} stories.`,
    byUnit: 'By ward or commune',
    byYear: 'By year out of poverty',
    bySupport: 'By kind of support',
  },
  index: {
    crumb: 'Stories',
    title: 'Stories of households out of poverty',
    description: 'Stories of households in Phan Rang-Tháp Chàm that worked their way out of poverty: the support they received, their ward or commune, the year. English titles and summaries; the stories are in Vietnamese.',
    lead: 'Households that overcame hardship with loans, training, livelihood models, housing and other support under Plan 122/KH-UBND. The plan asks the Office of Culture and Information (Phòng Văn hóa và Thông tin) to tell their stories (section IV.4). The stories are in Vietnamese, with English titles and summaries where editors have added them.',
    rss: 'RSS feed (in Vietnamese)',
    guide: 'editors’ guide (in Vietnamese)',
    follow: (rss, guide) => ['Follow new stories through the ', rss, '. Editors: see the ', guide, '.'],
  },
  year: {
    title: (year) => `Stories of households out of poverty in ${year}`,
    description: (n, year) => `${n} stories of households in Phan Rang-Tháp Chàm that left poverty in ${year}.`,
    crumb: (year) => year,
    lead: (year) => `Households that left the list of poor households at the year-end review of ${year}.`,
  },
  support: {
    title: (label) => `Stories: ${label}`,
    description: (n, label) => `${n} stories of households that left poverty and received this support: ${label}.`,
    lead: (label) => `Households that left poverty and received “${label}”.`,
  },
  unit: {
    title: (unit) => `Stories from ${unit}`,
    description: (n, unit) => `${n} stories of households out of poverty in ${unit}, Phan Rang-Tháp Chàm.`,
    seeData: (link) => ['See the figures for ', link, '.'],
  },
};
