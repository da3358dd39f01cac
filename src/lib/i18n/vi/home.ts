/** Vietnamese strings: home (src/pages/index.astro). */
export const home = {
  title: 'Trang chủ',
  description: 'Số liệu, kế hoạch và câu chuyện giảm nghèo bền vững năm 2024 của thành phố Phan Rang-Tháp Chàm (Kế hoạch 122/KH-UBND).',
  heading: 'Giảm nghèo bền vững ở Phan Rang-Tháp Chàm',
  lead: [
    'Kế hoạch 122/KH-UBND đặt mục tiêu giảm tỷ lệ hộ nghèo và hộ cận nghèo của thành phố trong năm 2024.',
    'Trang này đưa kế hoạch, số liệu và câu chuyện thoát nghèo đến mọi người, kèm nguồn của từng con số.',
  ],
  targets: {
    heading: 'Chỉ tiêu chính năm 2024',
    /** Short names of the headline targets, by target id (others fall back to the plan's text). */
    labels: { 'ty-le-ho-ngheo': 'Tỷ lệ hộ nghèo', 'ty-le-ho-can-ngheo': 'Tỷ lệ hộ cận nghèo' } as Record<string, string>,
    /** Read aloud between the baseline and the target (the arrow is hidden from screen readers). */
    downTo: 'giảm xuống',
    period: 'Cuối năm 2023 (số liệu) → cuối năm 2024 (chỉ tiêu)',
    source: 'Nguồn:',
    readPlan: 'Đọc toàn văn kế hoạch',
    allTargets: 'Tất cả chỉ tiêu',
  },
  wards: {
    heading: 'Ở từng phường, xã',
    intro: 'Tỷ lệ hộ nghèo khác nhau giữa các phường, xã. Mỗi nơi có một trang riêng với số liệu theo năm, thay đổi địa giới năm 2024, 2025 và câu chuyện của người dân.',
    index: 'Trang của từng phường, xã',
    all: (n: string) => `${n} phường, xã`,
    allCharts: 'Tất cả biểu đồ',
  },
  campaign: {
    heading: 'Quỹ “Vì người nghèo”',
    houses: 'căn nhà',
    targetNote: 'xây mới cho hộ nghèo: chỉ tiêu năm 2024',
    targetSource: 'Kế hoạch, mục II.3.2.d',
    built: (year: string, repaired: string) => `xây mới năm ${year}, ${repaired} căn sửa chữa`,
    raised: (year: string, helped: string) => `vận động được năm ${year}; ${helped} hộ được hỗ trợ`,
    results: 'Kết quả Quỹ qua các năm',
  },
  stories: {
    heading: 'Câu chuyện mới',
    all: 'Tất cả câu chuyện',
  },
  data: {
    heading: 'Dữ liệu mở',
    intro: 'Mọi con số trên trang đều có trong các bảng CSV, kèm mô tả từng cột, nguồn và giấy phép CC BY 4.0.',
    /** The datasets the home page points to, by dataset id. */
    datasets: {
      'ward-poverty': 'Hộ nghèo, hộ cận nghèo theo phường, xã 2021–2024',
      campaign: 'Quỹ “Vì người nghèo” theo năm và phường, xã',
      'plan-targets': 'Chỉ tiêu của Kế hoạch 122/KH-UBND',
      'administrative-units': 'Danh mục 16 phường, xã và thay đổi địa giới',
    },
    all: 'Tất cả dữ liệu',
    method: 'Phương pháp',
  },
};
