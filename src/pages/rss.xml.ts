/** /rss.xml: the published stories (never drafts or stories without consent), newest first. */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getPublishedStories } from '../components/story/stories';
import { SUPPORTS } from '../schemas/story';
import { SITE_NAME } from '../lib/site';
import { joinBase } from '../lib/url';

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export async function GET(context: APIContext) {
  const base = import.meta.env.BASE_URL;
  const site = new URL(joinBase(base, ''), context.site ?? 'http://127.0.0.1:4321');
  const stories = await getPublishedStories();
  return rss({
    title: `${SITE_NAME}: câu chuyện thoát nghèo`,
    description: 'Câu chuyện của các hộ gia đình thoát nghèo ở thành phố Phan Rang-Tháp Chàm.',
    site: site.href,
    items: stories.map((s) => ({
      title: s.data.provenance === 'illustrative' ? `${s.data.title} (câu chuyện minh họa)` : s.data.title,
      description: s.data.summary,
      link: new URL(joinBase(base, s.path), site).href,
      pubDate: new Date(`${s.data.published}T00:00:00+07:00`),
      customData: `<dc:creator>${escapeXml(s.data.author)}</dc:creator>`,
      categories: [s.unitLabel, String(s.data.year), ...s.data.supports.map((id) => SUPPORTS[id])],
    })),
    xmlns: { dc: 'http://purl.org/dc/elements/1.1/' },
    customData: '<language>vi</language>',
    trailingSlash: true,
  });
}
