/**
 * Vietnamese strings: story lists, cards and filters (/cau-chuyen/ and its filter pages). Story
 * bodies are Vietnamese only; English lists show a story's title_en/summary_en when given.
 * Templates with links take the link as a value and return the sentence's parts.
 */
import { SUPPORTS, type SupportId } from '../../../schemas/story';

export const stories = {
  /** Labels of the kinds of support (the plan's wording, from src/schemas/story.ts). */
  supports: { ...SUPPORTS } as Record<SupportId, string>,
  /** A story card. */
  card: {
    escaped: (year: string) => `thoát nghèo năm ${year}`,
    draft: 'Bản nháp (chỉ hiện khi xem thử)',
    /** On a list in another language, next to a story that has no title in that language. */
    inVietnamese: 'Bài viết bằng tiếng Việt',
  },
  /** The "Câu chuyện minh họa" labels. */
  illustrative: {
    badge: 'Câu chuyện minh họa',
    longLabel: 'Câu chuyện minh họa.',
    long: 'Nhân vật, chi tiết và số liệu trong bài được xây dựng để giới thiệu các chính sách của Kế hoạch 122/KH-UBND; đây không phải một hộ gia đình có thật.',
  },
  /** The facts box of a story page (story pages are Vietnamese only; the keys exist in every language). */
  facts: {
    heading: 'Thông tin câu chuyện',
    household: 'Hộ gia đình',
    unit: 'Phường/xã',
    later: <T,>(date: string, unit: T) => [` (từ ${date} thuộc `, unit, ')'],
    storiesIn: (unit: string) => `Các câu chuyện ở ${unit}`,
    year: 'Năm thoát nghèo',
    supports: 'Hỗ trợ đã nhận',
    published: 'Ngày đăng',
    author: 'Người viết',
    provenance: 'Nguồn gốc',
    real: 'Câu chuyện có thật, hộ gia đình đã ký phiếu đồng ý đăng',
    tags: 'Từ khóa',
  },
  /** The default heading of <Timeline> in a story. */
  timeline: 'Các mốc chính',
  /** The list body shared by every list page. */
  list: {
    illustrativeLabel: 'Câu chuyện minh họa:',
    illustrativeAll: 'các câu chuyện dưới đây được xây dựng để giới thiệu các chính sách của kế hoạch, không phải hộ gia đình có thật. Mỗi câu chuyện minh họa đều được ghi rõ.',
    illustrativeSome: (n: string, total: string) => `${n} trong ${total} câu chuyện dưới đây được xây dựng để giới thiệu các chính sách của kế hoạch, không phải hộ gia đình có thật. Mỗi câu chuyện minh họa đều được ghi rõ.`,
    heading: 'Danh sách câu chuyện',
    count: (n: string, _k: number) => `${n} câu chuyện`,
    drafts: 'Bản nháp (chỉ hiện khi xem thử bằng npm run dev)',
  },
  /** The filters: links to pre-built pages. */
  filters: {
    label: 'Lọc câu chuyện',
    /** The summary of the collapsed filters on small screens. */
    toggle: 'Lọc theo phường/xã, năm, loại hỗ trợ',
    clear: (n: string) => `Bỏ lọc, xem tất cả ${n} câu chuyện`,
    all: (n: string) => `Đang xem tất cả ${n} câu chuyện.`,
    byUnit: 'Theo phường/xã',
    byYear: 'Theo năm thoát nghèo',
    bySupport: 'Theo loại hỗ trợ',
  },
  /** /cau-chuyen/. */
  index: {
    crumb: 'Câu chuyện',
    title: 'Câu chuyện thoát nghèo',
    description: 'Câu chuyện của các hộ gia đình thoát nghèo ở thành phố Phan Rang-Tháp Chàm: hỗ trợ đã nhận, phường/xã, năm thoát nghèo.',
    lead: 'Những hộ gia đình đã vượt qua khó khăn nhờ vốn vay, học nghề, mô hình sinh kế, nhà ở và các hỗ trợ khác của Kế hoạch 122/KH-UBND. Kế hoạch giao Phòng Văn hóa và Thông tin tuyên truyền, nêu gương các hộ gia đình vươn lên thoát nghèo (mục IV.4). Lọc theo phường/xã, năm hoặc loại hỗ trợ.',
    rss: 'RSS',
    guide: 'hướng dẫn biên tập',
    follow: <T,>(rss: T, guide: T) => ['Theo dõi câu chuyện mới qua ', rss, '. Người biên tập xem ', guide, '.'],
  },
  /** /cau-chuyen/nam/<year>/. */
  year: {
    title: (year: string) => `Câu chuyện thoát nghèo năm ${year}`,
    description: (n: string, year: string) => `${n} câu chuyện của các hộ gia đình thoát nghèo năm ${year} ở thành phố Phan Rang-Tháp Chàm.`,
    crumb: (year: string) => `Năm ${year}`,
    lead: (year: string) => `Các hộ gia đình ra khỏi danh sách hộ nghèo qua kỳ rà soát cuối năm ${year}.`,
  },
  /** /cau-chuyen/ho-tro/<support>/. */
  support: {
    title: (label: string) => `Câu chuyện: ${label}`,
    description: (n: string, label: string) => `${n} câu chuyện của các hộ gia đình thoát nghèo có nhận hỗ trợ: ${label}.`,
    lead: (label: string) => `Các hộ gia đình thoát nghèo có nhận hỗ trợ “${label}”.`,
  },
  /** /cau-chuyen/phuong-xa/<unit>/ (the unit is named as in a sentence: "phường Đô Vinh"). */
  unit: {
    title: (unit: string) => `Câu chuyện ở ${unit}`,
    description: (n: string, unit: string) => `${n} câu chuyện thoát nghèo ở ${unit}, thành phố Phan Rang-Tháp Chàm.`,
    seeData: <T,>(link: T) => ['Xem số liệu của ', link, '.'],
  },
};
