/** Shared e2e helpers: axe, console errors, data from data/. */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import Papa from 'papaparse';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Fails the test when axe finds any WCAG 2.x A/AA violation on the page. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary).toEqual([]);
}

/** Collects console errors and page errors; call the returned function to read them. */
export function collectErrors(page: Page): () => string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return () => errors;
}

/** Rows of a CSV in data/, parsed as strings. */
export function dataRows(file: string): Record<string, string>[] {
  const text = readFileSync(join(process.cwd(), 'data', file), 'utf8');
  return Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
}
