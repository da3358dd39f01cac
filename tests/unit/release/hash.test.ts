import { describe, expect, it } from 'vitest';
import { diffHashes, firstDifference, hashTree, identical, sha256 } from '../../../src/cli/release/hash';
import { memoryTree } from '../../../src/cli/release/tree';
import { formatVnuMessage, parseVnuJson, relativeFromUrl } from '../../../src/cli/release/vnu';

describe('hashing and comparing builds', () => {
  it('hashes bytes with SHA-256', () => {
    expect(sha256('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('finds identical trees identical', () => {
    const a = memoryTree({ 'index.html': '<p>1</p>', 'x/y.css': 'a{}' });
    const b = memoryTree({ 'x/y.css': 'a{}', 'index.html': '<p>1</p>' });
    const d = diffHashes(hashTree(a), hashTree(b));
    expect(identical(d)).toBe(true);
    expect(d.same).toBe(2);
  });

  it('lists changed files and files present in one tree only', () => {
    const a = memoryTree({ 'index.html': '<p>built 10:00</p>', 'a.txt': '1', 'old.js': '' });
    const b = memoryTree({ 'index.html': '<p>built 10:01</p>', 'a.txt': '1', 'new.js': '' });
    const d = diffHashes(hashTree(a), hashTree(b));
    expect(d).toEqual({ onlyA: ['old.js'], onlyB: ['new.js'], changed: ['index.html'], same: 1 });
    expect(identical(d)).toBe(false);
  });

  it('shows where two texts first differ', () => {
    expect(firstDifference('a\nb\nc1', 'a\nb\nc2', 4)).toEqual({ line: 3, a: '\nc1', b: '\nc2' });
    expect(firstDifference('same', 'same')).toBeNull();
  });
});

describe('W3C Nu validator output', () => {
  const json = JSON.stringify({
    messages: [
      { type: 'error', url: 'file:/w/dist/ke-hoach/index.html', lastLine: 3, firstColumn: 5, message: 'Duplicate ID “x”.', extract: '<p id="x">' },
      { type: 'info', subType: 'warning', url: 'file:/w/dist/index.html', lastLine: 1, message: 'The “list” role is unnecessary.' },
      { type: 'info', url: 'file:/w/dist/index.html', message: 'Trailing slash on void elements.' },
      { type: 'non-document-error', message: 'IO error' },
    ],
  });

  it('reads levels, files relative to the folder, and lines', () => {
    const ms = parseVnuJson(json, '/w/dist');
    expect(ms.map((m) => [m.file, m.line, m.level])).toEqual([
      ['ke-hoach/index.html', 3, 'error'],
      ['index.html', 1, 'warning'],
      ['index.html', null, 'info'],
      ['(vnu)', null, 'error'],
    ]);
    expect(formatVnuMessage(ms[0]!)).toBe('ke-hoach/index.html:3:5 error: Duplicate ID “x”.\n    <p id="x">');
  });

  it('decodes file URLs with spaces and non-ASCII names', () => {
    expect(relativeFromUrl('file:/w/dist/d%E1%BB%AF%20li%E1%BB%87u/index.html', '/w/dist/')).toBe('dữ liệu/index.html');
  });
});
