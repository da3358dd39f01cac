/** Vietnamese strings: the plan page (/ke-hoach/) and its components (TargetItem, PlanRoles, ItemList). */
export const plan = {
  page: {
    title: 'Kế hoạch giảm nghèo năm 2024',
    description: 'Toàn văn Kế hoạch 122/KH-UBND về công tác giảm nghèo và Chương trình mục tiêu quốc gia Giảm nghèo bền vững năm 2024 của thành phố Phan Rang-Tháp Chàm: chỉ tiêu, dự án, chính sách và phân công.',
    keywords: 'Kế hoạch giảm nghèo bền vững năm 2024, chỉ tiêu, dự án, chính sách, phân công thực hiện',
    lead: (ref: string) => `${ref}: thực hiện công tác giảm nghèo và Chương trình mục tiêu quốc gia Giảm nghèo bền vững năm 2024.`,
    restored: 'Văn bản được khôi phục từ một bản quét; một vài chỗ đọc chưa chắc chắn (ví dụ ngày ban hành “ngày 11 tháng 3 năm 2024” là cách đọc tốt nhất của bản quét). Các chỉ tiêu, dự án và phân công dưới đây lấy từ bảng dữ liệu mở.',
    restoredLink: 'Cách khôi phục văn bản',
    /** Shown only on a translation (a locale with content/plan/<locale>/): the original is the Vietnamese page. */
    unofficial: 'Bản dịch không chính thức.',
    unofficialBody: 'Văn bản có giá trị là bản tiếng Việt:',
    original: 'Kế hoạch 122/KH-UBND (tiếng Việt)',
    untranslated: 'Đoạn này hiển thị nguyên văn tiếng Việt vì chưa có bản dịch hoặc bản dịch đã cũ.',
    toc: 'Mục lục',
    siteHeading: 'tiêu đề do trang web đặt, không có trong Kế hoạch',
  },
  links: {
    targetsData: 'Dữ liệu chỉ tiêu',
    projectsData: 'Dữ liệu dự án, chính sách',
    agenciesData: 'Dữ liệu phân công',
    targetsChart: 'Biểu đồ chỉ tiêu',
    targetsChartPage: 'Trang biểu đồ chỉ tiêu',
    trend: 'Tỷ lệ hộ nghèo qua các năm',
    dimensions: 'Sáu chiều thiếu hụt của chuẩn nghèo đa chiều',
    houses: 'Nhà xây mới so với chỉ tiêu',
    fund: 'Kết quả Quỹ “Vì người nghèo”',
  },
  /** The six deprivation dimensions, in the plan's order (keys: DIMENSIONS of src/schemas/plan.ts). */
  dimensions: {
    'viec-lam': 'Việc làm',
    'y-te': 'Y tế',
    'giao-duc': 'Giáo dục, đào tạo',
    'nha-o': 'Nhà ở',
    'nuoc-ve-sinh': 'Nước sinh hoạt và vệ sinh',
    'thong-tin': 'Thông tin',
  },
  dimensionHeading: (label: string) => `Chiều ${label.toLowerCase()}`,
  item: {
    objective: 'Mục tiêu',
    beneficiaries: 'Đối tượng',
    assignment: 'Phân công thực hiện',
    tasks: 'Chỉ tiêu cụ thể',
    /** Keys: CONTENT_LABELS of src/schemas/plan.ts, the labels the plan prints before a content paragraph. */
    contentLabels: { 'Nội dung': 'Nội dung', 'Nội dung hỗ trợ': 'Nội dung hỗ trợ' },
    /** Heading of an agency section IV only requests ("Đề nghị …"), not assigns. */
    requested: (name: string) => `Đề nghị ${name}`,
  },
  target: {
    baseline: 'Cuối năm 2023:',
    target: 'Chỉ tiêu 2024:',
    actual: 'Đạt được:',
  },
  roles: {
    /** Keys: ROLE_KINDS of src/schemas/plan.ts. */
    labels: { 'chu-tri': 'Chủ trì', 'phoi-hop': 'Phối hợp', 'thuc-hien': 'Thực hiện' },
    sections: (list: string) => `theo mục ${list}`,
    perSubProject: (lead: string) => `${lead} từng tiểu dự án`,
    ivOnly: (own: string) => `Mục ${own} không nêu cơ quan nào; vai trò dưới đây lấy theo mục IV (Tổ chức thực hiện).`,
    ivOnlyHere: 'Đoạn này không nêu cơ quan nào; vai trò dưới đây lấy theo mục IV (Tổ chức thực hiện).',
    differs: (agency: string, parts: string) => `Kế hoạch ghi vai trò của ${agency} khác nhau giữa các mục: ${parts}.`,
    differsPart: (sections: string, role: string) => `mục ${sections} ghi “${role}”`,
  },
};
