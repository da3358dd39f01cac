/** Vietnamese strings: the page shell (header, navigation, breadcrumbs, footer, language switch, page types). */
export const site = {
  name: 'Giảm nghèo Phan Rang-Tháp Chàm',
  planRef: 'Kế hoạch 122/KH-UBND (tháng 3/2024) của UBND thành phố Phan Rang-Tháp Chàm',
  skipLink: 'Bỏ qua, đến nội dung chính',
  menu: 'Danh mục',
  mainNav: 'Điều hướng chính',
  quickSearch: 'Tìm kiếm nhanh',
  searchLabel: 'Tìm trên trang',
  searchPlaceholder: 'Tìm phường, câu chuyện, số liệu…',
  searchButton: 'Tìm',
  breadcrumbs: 'Đường dẫn',
  home: 'Trang chủ',
  rssTitle: 'câu chuyện',
  nav: {
    home: 'Trang chủ',
    plan: 'Kế hoạch 2024',
    wards: 'Phường/xã',
    stories: 'Câu chuyện',
    data: 'Dữ liệu',
    search: 'Tìm kiếm',
  },
  pageTypes: {
    'trang-chu': 'Trang chủ',
    'ke-hoach': 'Kế hoạch',
    'phuong-xa': 'Phường/xã',
    'cau-chuyen': 'Câu chuyện',
    'du-lieu': 'Dữ liệu',
    'bieu-do': 'Biểu đồ',
    'gioi-thieu': 'Giới thiệu',
  },
  footer: {
    sourceLabel: 'Nguồn:',
    sourceRest: ', thực hiện công tác giảm nghèo và Chương trình mục tiêu quốc gia Giảm nghèo bền vững năm 2024.',
    noteLabel: 'Lưu ý:',
    moreLinks: 'Liên kết khác',
    about: 'Giới thiệu',
    method: 'Phương pháp',
    charts: 'Biểu đồ',
    fund: 'Quỹ “Vì người nghèo”',
    openData: 'Dữ liệu mở',
    editorsGuide: 'Hướng dẫn biên tập',
    rss: 'RSS',
  },
  /** The language switch: its label, and the note on a page that exists in Vietnamese only. */
  language: {
    label: 'Ngôn ngữ',
    viOnly: 'Trang này chỉ có bằng tiếng Việt.',
    /** Link to this language's edition, after `viOnly`, on a page that exists in Vietnamese only. */
    edition: 'Phiên bản tiếng Việt',
  },
  /** The page-not-found page (src/pages/404.astro). */
  notFound: {
    title: 'Không tìm thấy trang',
    description: 'Trang bạn tìm không có hoặc đã được chuyển đi.',
    lead: 'Địa chỉ này không có trên trang, hoặc trang đã được chuyển đi. Hãy thử tìm:',
    formLabel: 'Tìm nội dung cần đến',
    goTo: 'Hoặc đi đến',
  },
  /** The footer of embedded charts (src/layouts/EmbedLayout.astro). */
  embed: {
    sourceLabel: 'Nguồn:',
    full: 'Xem biểu đồ, dữ liệu và phương pháp',
  },
};
