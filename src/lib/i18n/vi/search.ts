/** Vietnamese strings: search (src/pages/tim-kiem/ and the strings its script shows, passed as data- attributes). */
export const search = {
  title: 'Tìm kiếm',
  description: 'Tìm trong kế hoạch, các trang phường, xã, câu chuyện và dữ liệu về giảm nghèo ở Phan Rang-Tháp Chàm.',
  formLabel: 'Tìm kiếm trong trang',
  query: 'Từ khóa',
  type: 'Loại trang',
  allTypes: 'Tất cả',
  submit: 'Tìm',
  tip: 'Có thể gõ có dấu hoặc không dấu: “do vinh” cũng tìm ra “Đô Vinh”.',
  noJs: 'Ô tìm kiếm cần JavaScript để hiện kết quả. Bạn vẫn có thể đi đến các mục chính:',
  orSee: 'hoặc xem',
  sitemap: 'sơ đồ trang',
  more: 'Xem thêm kết quả',
  /** Status lines the script shows; `{q}` is the query and `{n}` the number of results. */
  status: {
    prompt: 'Nhập từ khóa để tìm, ví dụ “giảm nghèo”, “Đô Vinh”, “nhà ở”.',
    searching: 'Đang tìm…',
    failed: 'Không tải được bộ tìm kiếm. Hãy dùng trình đơn ở đầu trang để đến các mục.',
    none: 'Không tìm thấy kết quả cho “{q}”.',
    some: '{n} kết quả cho “{q}”.',
    /** The same when the count takes the singular (Intl.PluralRules "one"). */
    one: '{n} kết quả cho “{q}”.',
  },
};
