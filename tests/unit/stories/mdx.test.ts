/** The MDX allow-list of story bodies. */
import { describe, expect, it } from 'vitest';
import { scanMdx } from '../../../src/lib/stories/mdx';

const messages = (body: string) => scanMdx(body).findings.map((f) => f.message);

describe('allowed', () => {
  it('accepts Markdown, safe inline HTML and the four components', () => {
    const body = [
      'Đoạn văn có **chữ đậm**, <strong>đậm</strong>, <em>nghiêng</em> và <br /> xuống dòng.',
      '',
      '## Tiêu đề nhỏ',
      '',
      '<Quote by="Chị H.">Lời kể.</Quote>',
      '',
      '<Stat value="3 triệu đồng" label="thu nhập" />',
      '',
      '<Timeline>',
      '',
      '- **2023**: Thoát nghèo.',
      '',
      '</Timeline>',
      '',
      '<Figure src="./images/a.jpg" alt="Mô tả" caption="Chú thích" credit="Ảnh: X" />',
      '',
      '{/* ghi chú cho người biên tập, có <script> bên trong */}',
      '',
      'Dấu ngoặc viết thoát: \\{ và \\}.',
    ].join('\n');
    const scan = scanMdx(body);
    expect(scan.findings).toEqual([]);
    expect(scan.images).toEqual([{ line: 15, src: './images/a.jpg', alt: 'Mô tả', via: 'Figure' }]);
    // The comment and the escaped braces are text for the privacy guard, never code.
    expect(scan.texts.map((t) => t.text)).toContain('Dấu ngoặc viết thoát: { và }.');
  });

  it('ignores code: fenced blocks and inline code are shown, never run', () => {
    const body = 'Viết `<script>` hay `{x}` trong mã là được.\n\n```\n<iframe src="x"></iframe>\nimport x from "y"\n{1 + 1}\n```\n';
    expect(scanMdx(body).findings).toEqual([]);
  });

  it('collects Markdown images with their alt', () => {
    expect(scanMdx('![Ảnh lò gốm](./images/lo.jpg)').images).toEqual([{ line: 1, src: './images/lo.jpg', alt: 'Ảnh lò gốm', via: 'markdown' }]);
  });
});

describe('rejected', () => {
  it.each([
    ['<script>alert(1)</script>', /<script>/],
    ['<SCRIPT src="x.js"></SCRIPT>', /<script>/],
    ['<script src="x.js"', /<script>/],
    ['<iframe src="https://youtube.com/x"></iframe>', /<iframe>/],
    ['<style>{`a{}`}</style>', /<style>/],
    ['<img src="x.jpg" alt="x" />', /<Figure/],
    ['<div onmouseover="x()">chữ</div>', /<div>/],
    ['<span onClick="alert(1)">chữ</span>', /onClick/],
    ['<Quote by="A" onclick="x()">chữ</Quote>', /onclick/],
    ['<Quote by={user.name}>chữ</Quote>', /by=\{…\}/],
    ['<a href="javascript:alert(1)">x</a>', /<a>/],
    ['[bấm](javascript:alert(1))', /javascript:/],
    ['<Video src="a.mp4" />', /<Video>/],
    ['<quote by="A">x</quote>', /<quote>/],
    ['import Video from "./Video.astro"', /import/],
    ['export const meta = {}', /export/],
    ['Chữ {process.env.SECRET} chữ', /ngoặc nhọn/],
    ['<!-- ghi chú -->', /<!--/],
    ['<Quote by="A">chưa đóng', /chưa được đóng/],
    ['<Stat value="3" />', /thiếu thuộc tính label/],
    ['<Figure src="./images/a.jpg" />', /thiếu thuộc tính alt/],
    ['<Stat value="3" label="x" color="red" />', /không có thuộc tính "color"/],
    ['<https://example.com>', /\[chữ hiển thị\]/],
  ])('%s', (body, re) => {
    const ms = messages(body);
    expect(ms.some((m) => re.test(m)), ms.join('\n')).toBe(true);
    for (const m of ms) expect(m).toContain('Sửa:');
  });

  it('reports the body line of each finding', () => {
    const f = scanMdx('Đoạn một.\n\nĐoạn hai.\n\n<script>x</script>\n').findings;
    expect(f.map((x) => x.line)).toEqual([5]);
  });

  it('a code span across lines is still scanned (safe side)', () => {
    expect(messages('`chưa đóng\n<script>x</script>').length).toBeGreaterThan(0);
  });
});
