/**
 * What `npm run cms` prints (src/cli/cms.ts). The labels are those of Decap's Vietnamese locale as
 * the CMS shows them; the editors' guide (content/HUONG-DAN-BIEN-TAP.md) quotes the same text and a
 * unit test holds the two together, the end-to-end test clicks these labels. Pure.
 */

/** Buttons and links an editor clicks, as the CMS labels them (decap-cms-locales `vi`, our collection label). */
export const CMS_LABELS = {
  login: 'Đăng nhập',
  collection: 'Câu chuyện',
  /** Decap's `collectionTop.newButton` ("＋ %{collectionLabel}") with the collection's `label_singular`. */
  newEntry: '＋ câu chuyện',
  publish: 'Công bố',
  publishNow: 'Công bố ngay',
} as const;

/** The first line, also quoted in the guide. */
export const cmsUrlLine = (host: string, port: string | number) => `Trang biên tập (CMS): http://${host}:${port}/admin/`;

/** The text `npm run cms` prints once both servers are started. */
export function cmsBanner(host: string, port: string | number): string {
  const L = CMS_LABELS;
  return [
    cmsUrlLine(host, port),
    `  Bấm "${L.login}", chọn "${L.collection}" rồi "${L.newEntry}" để viết câu chuyện mới.`,
    `  Bấm "${L.publish}" → "${L.publishNow}": bài được ghi thẳng vào content/stories/, ảnh vào content/stories/images/.`,
    `Xem trang web: http://${host}:${port}/cau-chuyen/`,
    'Mỗi khi một câu chuyện thay đổi, kết quả kiểm tra (như npm run validate) được in ở đây.',
    'Dừng: bấm Ctrl-C.',
  ].join('\n');
}
