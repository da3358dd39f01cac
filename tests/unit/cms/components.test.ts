import { describe, expect, it } from 'vitest';
import { EDITOR_COMPONENTS } from '../../../src/lib/cms/components';
import { parseMdx, scanMdx } from '../../../src/lib/stories/mdx';

const comp = (id: string) => EDITOR_COMPONENTS.find((c) => c.id === id)!;
const roundTrip = (id: string, data: Record<string, unknown>) => {
  const block = comp(id).toBlock(data);
  const m = comp(id).pattern.exec(block);
  expect(m, block).not.toBeNull();
  expect(m![0]).toBe(block);
  return { block, back: comp(id).fromBlock(m!) };
};
/** Attributes and text of the first JSX element, as the MDX compiler reads them. */
const jsx = (block: string) => {
  const p = parseMdx(block);
  if ('error' in p) throw new Error(p.error.reason);
  let first = p.tree.children[0] as unknown as { type: string; children: unknown[] };
  if (first.type === 'paragraph') first = first.children[0] as typeof first;
  const el = first as unknown as { name: string; attributes: { name: string; value: string }[]; children: unknown[] };
  const text = JSON.stringify(el.children).match(/"value":"((?:[^"\\]|\\.)*)"/g)?.map((s) => JSON.parse(s.slice(8))).join('') ?? '';
  return { name: el.name, attrs: Object.fromEntries(el.attributes.map((a) => [a.name, a.value])), text };
};

describe('editor components write the JSX the validator accepts', () => {
  const tricky = 'Chị H. nói: "Có việc rồi" & {vui} <3';
  it('Quote: by and text survive quotes, braces and "<"', () => {
    const { block, back } = roundTrip('Quote', { by: 'Chị "H."', text: tricky });
    expect(back).toEqual({ by: 'Chị "H."', text: tricky });
    expect(scanMdx(block).findings).toEqual([]);
    expect(jsx(block)).toMatchObject({ name: 'Quote', attrs: { by: 'Chị "H."' }, text: tricky });
  });
  it('Quote without by writes no empty attribute', () => {
    expect(comp('Quote').toBlock({ text: 'A' })).toBe('<Quote>A</Quote>');
  });
  it('Figure: src and alt always written, optional attributes only when given', () => {
    const { block, back } = roundTrip('Figure', { src: './images/a.jpg', alt: 'Hai người "cười"', caption: '', credit: 'Ảnh: P.' });
    expect(block).toBe('<Figure src="./images/a.jpg" alt="Hai người &quot;cười&quot;" credit="Ảnh: P." />');
    expect(back).toEqual({ src: './images/a.jpg', alt: 'Hai người "cười"', credit: 'Ảnh: P.' });
    expect(scanMdx(block).findings).toEqual([]);
    expect(jsx(block).attrs.alt).toBe('Hai người "cười"');
  });
  it('Stat round-trips', () => {
    const { block, back } = roundTrip('Stat', { value: '5 triệu đồng', label: 'tiền công' });
    expect(back).toEqual({ value: '5 triệu đồng', label: 'tiền công' });
    expect(scanMdx(block).findings).toEqual([]);
  });
  it('Timeline writes the site\'s list form and reads it back', () => {
    const items = [{ when: '2021', text: 'Vay vốn {30} triệu' }, { when: '2022', text: 'Thoát nghèo' }];
    const { block, back } = roundTrip('Timeline', { title: 'Các mốc', items });
    expect(block).toContain('- **2021**: Vay vốn \\{30\\} triệu');
    expect(back).toEqual({ title: 'Các mốc', items });
    expect(scanMdx(block).findings).toEqual([]);
  });
  it('reads the components of the shipped stories', () => {
    const m = comp('Quote').pattern.exec('<Quote by="Chị T.">Trước đây tôi làm.</Quote>\n\nSau');
    expect(comp('Quote').fromBlock(m!)).toEqual({ by: 'Chị T.', text: 'Trước đây tôi làm.' });
  });
});

describe('image paths', () => {
  it('Figure writes ./images/<file> even when Decap gives images/<file>', () => {
    expect(comp('Figure').toBlock({ src: 'images/a.jpg', alt: 'x' })).toBe('<Figure src="./images/a.jpg" alt="x" />');
  });
});
