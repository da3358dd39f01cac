/** Vietnamese strings: the prose pages (about, methodology, the fund page). Their long text is per-locale prose in the page folders. */
export const pages = {
  about: {
    title: 'Giới thiệu',
    description: 'Giới thiệu trang Giảm nghèo Phan Rang-Tháp Chàm: mục đích, đơn vị duy trì, cách báo lỗi, giấy phép dữ liệu và mã nguồn.',
  },
  method: {
    title: 'Phương pháp',
    description: 'Chuẩn nghèo đa chiều 2022–2025, cách rà soát hộ nghèo hằng năm, nguồn gốc số liệu (chính thức hay minh họa) và các số liệu chính thức được dùng trên trang, cách khôi phục văn bản kế hoạch.',
  },
  fund: {
    title: 'Quỹ “Vì người nghèo”',
    description: 'Quỹ “Vì người nghèo” của thành phố Phan Rang-Tháp Chàm: tiền vận động theo năm và theo phường/xã, nhà đại đoàn kết so với chỉ tiêu 2024, hộ được hỗ trợ.',
    charts: 'Biểu đồ',
    /** The noun of the provenance note above the charts. */
    chartsBelow: 'Các biểu đồ dưới đây',
    dataset: 'Bộ dữ liệu Quỹ “Vì người nghèo” (campaign.csv)',
    allCharts: 'Tất cả biểu đồ',
  },
};
