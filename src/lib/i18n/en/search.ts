/** English strings: search. */
import type { search as Vi } from '../vi/search';

export const search: typeof Vi = {
  title: 'Search',
  description: 'Search the plan, the ward and commune pages, stories and data on poverty reduction in Phan Rang-Tháp Chàm.',
  formLabel: 'Search the site',
  query: 'Search terms',
  type: 'Page type',
  allTypes: 'All',
  submit: 'Search',
  tip: 'Vietnamese names can be typed with or without diacritics: “do vinh” also finds “Đô Vinh”.',
  noJs: 'The search box needs JavaScript to show results. You can still go to the main sections:',
  orSee: 'or see the',
  sitemap: 'sitemap',
  more: 'More results',
  status: {
    prompt: 'Type a word to search, for example “poverty”, “Đô Vinh”, “housing”.',
    searching: 'Searching…',
    failed: 'The search could not be loaded. Use the menu at the top of the page to reach the sections.',
    none: 'No results for “{q}”.',
    some: '{n} results for “{q}”.',
    one: '{n} result for “{q}”.',
  },
};
