import { describe, expect, it } from 'vitest';
import { cssUrls, lineIndex, scanHtml, srcsetUrls } from '../../../src/cli/release/html';
import { cspHash, cspProblems } from '../../../src/cli/release/csp';
import { CSP_META } from '../../../src/lib/security';

describe('HTML extraction with parse5', () => {
  it('reads tags, attributes (all quoting styles, entities) and lines', () => {
    const s = scanHtml('<!doctype html>\n<!-- <a href="/comment/"> -->\n<a href="/a/?x=1&amp;y=2" data-x=\'q\' hidden>\n<img src=/b.png alt="">');
    expect(s.tags.map((t) => [t.name, t.line])).toEqual([['a', 3], ['img', 4]]);
    expect(s.tags[0]!.attrs.get('href')).toBe('/a/?x=1&y=2');
    expect(s.tags[0]!.attrs.get('data-x')).toBe('q');
    expect(s.tags[0]!.attrs.get('hidden')).toBe('');
    expect(s.tags[1]!.attrs.get('src')).toBe('/b.png');
  });

  it('collects ids and <a name>, and skips markup inside scripts and styles', () => {
    const s = scanHtml('<h2 id="muc-tieu">x</h2><a name="cu"></a><script>const s = "<a id=\'fake\'>";</script><style>a::after{content:"<b id=x>"}</style><p id="sau">');
    expect([...s.ids].sort()).toEqual(['cu', 'muc-tieu', 'sau']);
    expect(s.scripts).toHaveLength(1);
    expect(s.scripts[0]!.text).toContain("id='fake'");
    expect(s.styles[0]!.text).toContain('content');
  });

  it('decodes character references in attributes as the HTML parser does', () => {
    const s = scanHtml('<p title="Đô Vinh &amp; Mỹ Hải" data-a="a&#39;b&#x2F;c&quot;&nbsp;&unknown;" data-b="&copy &notin; x&ampy"></p>');
    const attrs = s.tags[0]!.attrs;
    expect(attrs.get('title')).toBe('Đô Vinh & Mỹ Hải');
    expect(attrs.get('data-a')).toBe("a'b/c\"\u00a0&unknown;");
    // Legacy references without ";" (&copy) decode; in attributes, &amp followed by a letter stays as written.
    expect(attrs.get('data-b')).toBe('© ∉ x&ampy');
  });

  it('lists only tags written in the source, with upper-case names and attributes lower-cased, first duplicate winning', () => {
    const s = scanHtml('<P ID="a" Class="x" class="y">t</P>\n<A HREF="/b/">b</A>');
    expect(s.tags.map((t) => [t.name, t.line])).toEqual([['p', 1], ['a', 2]]);
    expect(s.tags[0]!.attrs.get('class')).toBe('x');
    expect(s.tags[1]!.attrs.get('href')).toBe('/b/');
    expect([...s.ids]).toEqual(['a']);
  });

  it('reads SVG and <template> content, keeping foreign attribute prefixes', () => {
    const s = scanHtml('<svg><use xlink:href="/s.svg#i"></use><linearGradient id="g"></linearGradient></svg>\n<template><img src="/t.png"></template>');
    expect(s.tags.map((t) => t.name)).toEqual(['svg', 'use', 'lineargradient', 'template', 'img']);
    expect(s.tags[1]!.attrs.get('xlink:href')).toBe('/s.svg#i');
    expect(s.tags[4]!.attrs.get('src')).toBe('/t.png');
    expect(s.ids.has('g')).toBe(true);
  });

  it('gives script and style text with the line it starts on, and sees links inside <noscript>', () => {
    const s = scanHtml('<!doctype html>\n<script type="module">\nrun("</p>")\n</script>\n<noscript><a href="/khong-js/">x</a></noscript>\n<style></style>');
    expect(s.scripts.map((r) => [r.text, r.line, r.tag.attrs.get('type')])).toEqual([['\nrun("</p>")\n', 2, 'module']]);
    // An empty <style> has no text node: its line is the tag's.
    expect(s.styles.map((r) => [r.text, r.line])).toEqual([['', 6]]);
    expect(s.tags.find((t) => t.name === 'a')?.attrs.get('href')).toBe('/khong-js/');
  });

  it('does not crash on broken markup and recovers as a browser does', () => {
    const s = scanHtml('<div id="a"><p id="b">x<a href="/c/" <span id=d>y</div></p><img src="/e.png" alt="unclosed');
    // `<a href="/c/" <span id=d>` is one <a> with the attributes href, "<span" and id: as browsers read it.
    expect([...s.ids]).toEqual(['a', 'b', 'd']);
    const a = s.tags.find((t) => t.name === 'a')!;
    expect([...a.attrs.keys()]).toEqual(['href', '<span', 'id']);
    expect(s.tags.some((t) => t.name === 'img')).toBe(false); // an unterminated tag at EOF is dropped
  });

  it('splits srcset by the spec, keeping commas inside URLs', () => {
    expect(srcsetUrls('/a.png 1x, /b.png 2x')).toEqual(['/a.png', '/b.png']);
    expect(srcsetUrls('/a,b.png 480w,/c.png 800w')).toEqual(['/a,b.png', '/c.png']);
    expect(srcsetUrls('  /only.png  ')).toEqual(['/only.png']);
  });

  it('finds url() and @import in CSS', () => {
    expect(cssUrls('@import "x.css";a{background:url( \'/i.png\' )}b{src:url(f.woff2)}').map((u) => u.url)).toEqual(['x.css', '/i.png', 'f.woff2']);
  });

  it('maps offsets to lines', () => {
    const at = lineIndex('a\nbb\nccc');
    expect([at(0), at(2), at(4), at(5), at(8)]).toEqual([1, 2, 2, 3, 3]);
  });
});

describe('CSP check of a page', () => {
  it('lets through external scripts, inline styles and JSON data blocks under the site policy', () => {
    const page = scanHtml('<style>a{}</style><p style="color:red"></p><script type="module" src="/_astro/a.js"></script><script type="application/ld+json">{}</script>');
    const r = cspProblems(page, CSP_META);
    expect(r.problems).toEqual([]);
    expect(r.usage).toEqual({ inlineScripts: 0, inlineStyles: 1, styleAttributes: 1, eventHandlers: 0 });
  });

  it('reports inline scripts, event handlers, javascript: URLs and plugins', () => {
    const page = scanHtml('<script type="module">go()</script>\n<button onclick="x()">b</button>\n<a href="javascript:void 0">a</a>\n<object data="/x.swf"></object>');
    const r = cspProblems(page, CSP_META);
    expect(r.problems.map((p) => [p.line, p.directive])).toEqual([[1, 'script-src'], [2, 'script-src'], [3, 'script-src'], [4, 'object-src']]);
    expect(r.problems[0]!.message).toContain(cspHash('go()'));
  });

  it("accepts an inline script whose hash is in script-src, and ignores 'unsafe-inline' next to a hash", () => {
    const page = scanHtml('<script>go()</script>');
    expect(cspProblems(page, `script-src 'self' ${cspHash('go()')}`).problems).toEqual([]);
    expect(cspProblems(page, `script-src 'unsafe-inline' ${cspHash('other()')}`).problems).toHaveLength(1);
    expect(cspProblems(page, "script-src 'unsafe-inline'").problems).toEqual([]);
  });

  it('computes hashes the way browsers print them', () => {
    // Chromium reports 'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=' for an empty inline script.
    expect(cspHash('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
  });
});
