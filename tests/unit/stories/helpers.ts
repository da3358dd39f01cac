/** Shared helpers for the story tests. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateData } from '../../../src/lib/validate/data';

export const repo = join(__dirname, '../../..');
export const fixtures = join(repo, 'tests/fixtures/stories');
export const FIXTURES_REL = 'tests/fixtures/stories';

/** The administrative units of the shipped data/. */
export const units = validateData(join(repo, 'data')).tables['administrative-units'].rows;

/** 1-based line of the first line of a fixture that contains `needle`. */
export function lineOf(name: string, needle: string): number {
  const lines = readFileSync(join(fixtures, name), 'latin1').split('\n').map((l) => Buffer.from(l, 'latin1').toString('utf8'));
  const i = lines.findIndex((l) => l.includes(needle));
  if (i < 0) throw new Error(`"${needle}" not in ${name}`);
  return i + 1;
}
