/**
 * Vietnamese strings: wards and communes (list, ward pages, unit names, the reorganisation timeline).
 * Templates with links or emphasis take those as values (`T`) and return the sentence's parts.
 */
export const wards = {
  /** A unit's full name from its type (as written in data/) and its name. */
  unitLabel: {
    Phường: (name: string) => `Phường ${name}`,
    Xã: (name: string) => `Xã ${name}`,
    'Thành phố': (name: string) => `Thành phố ${name}`,
  } as Record<string, (name: string) => string>,
  /** A unit's name inside a sentence ("ở phường Đô Vinh"). */
  unitInline: {
    Phường: (name: string) => `phường ${name}`,
    Xã: (name: string) => `xã ${name}`,
    'Thành phố': (name: string) => `thành phố ${name}`,
  } as Record<string, (name: string) => string>,
  /** The type of a unit on its own ("Loại: Phường"). */
  typeName: { Phường: 'Phường', Xã: 'Xã', 'Thành phố': 'Thành phố' } as Record<string, string>,

  /** /phuong-xa/. */
  list: {
    crumb: 'Phường, xã',
    title: '16 phường, xã',
    description: '16 phường, xã của thành phố Phan Rang-Tháp Chàm: mã đơn vị, thay đổi địa giới ngày 1/11/2024 và 1/7/2025, số liệu hộ nghèo theo từng nơi.',
    heading: '16 phường, xã của thành phố',
    lead: (acts2024: string, acts2025: string) =>
      `Khi Kế hoạch 122/KH-UBND được ban hành (3/2024), thành phố Phan Rang-Tháp Chàm có 15 phường và 1 xã. Từ ngày 1/11/2024 (${acts2024}) ba phường nhập vào phường khác, còn 13 đơn vị. Từ ngày 1/7/2025 (${acts2025}) cấp huyện chấm dứt hoạt động; địa bàn thành phố thuộc sáu phường, xã mới của tỉnh Khánh Hòa.`,
    chartsLink: 'Xem trên biểu đồ và bản đồ ô',
    unitsDownload: 'Tải danh mục đơn vị hành chính',
    continuing: (date: string, n: string) => `Hoạt động đến ngày ${date} (${n})`,
    merged: (date: string, n: string) => `Nhập vào phường khác từ ngày ${date} (${n})`,
    code: (code: string) => `Mã ${code}`,
    rate: (year: string) => `Tỷ lệ hộ nghèo ${year}: `,
    since: (date: string, became: string) => `Từ ${date}: ${became}`,
    partInto: (unit: string) => `một phần vào ${unit}`,
    mergedInto: <T,>(unit: T) => ['Nhập vào ', unit],
    provenanceWhat: 'Các tỷ lệ hộ nghèo trên',
    onMap: 'Trên bản đồ ô',
  },

  /** /phuong-xa/<slug>/. */
  page: {
    crumb: 'Phường/xã',
    description: (unit: string, code: string) => `${unit} (mã ${code}), thành phố Phan Rang-Tháp Chàm: thay đổi địa giới năm 2024 và 2025, số liệu hộ nghèo, hộ cận nghèo theo năm, Quỹ “Vì người nghèo” và câu chuyện thoát nghèo.`,
    /** The lead: its type, and what it merged into (null: it did not). */
    lead: (type: string, mergedInto: string | null, date: string) => `${type} của thành phố Phan Rang-Tháp Chàm, tỉnh Ninh Thuận${mergedInto ? `, đã nhập vào ${mergedInto} từ ngày ${date}` : ''}.`,
    factType: 'Loại',
    factCode: 'Mã đơn vị (Tổng cục Thống kê)',
    factValidity: 'Thời gian tồn tại',
    factOsm: 'OpenStreetMap',
    osmRelation: (id: string) => `quan hệ ${id}`,
    validity: (from: string | null, to: string | null) => `${from ? `từ ${from}` : 'từ trước năm 2021'} đến hết ngày ${to ?? 'nay'}`,
    changesHeading: 'Thay đổi địa giới hành chính',
    povertyHeading: 'Hộ nghèo, hộ cận nghèo qua các năm',
    povertyWhat: (unit: string) => `Số liệu hộ nghèo của ${unit}`,
    /**
     * The trend sentence. `illustrative`: it rests on illustrative values (the opener of
     * src/lib/provenance basisOpener). `to` is null when the rate did not change.
     */
    trend: <T,>(illustrative: boolean, unit: string, dir: 'down' | 'up' | 'same', from: T, fromYear: string, to: T | null, toYear: string, nearFrom: T, nearTo: T) => [
      `${illustrative ? 'Theo số liệu minh họa, tỷ lệ' : 'Tỷ lệ'} hộ nghèo của ${unit} ${dir === 'down' ? 'giảm' : dir === 'up' ? 'tăng' : 'giữ nguyên'} từ `,
      from, ` (cuối năm ${fromYear}) `, ...(to === null ? [] : ['xuống ', to, ` (cuối năm ${toYear})`]),
      '; tỷ lệ hộ cận nghèo từ ', nearFrom, ' còn ', nearTo, '.',
    ],
    countedIn: <T,>(year: string, unit: T) => [`Từ năm ${year}, số liệu của địa bàn này được tính chung trong `, unit, '.'],
    includes: <T,>(year: string, units: T, date: string) => [`Số liệu năm ${year} gồm cả địa bàn `, units, ` đã nhập vào từ ngày ${date}.`],
    and: ' và ',
    tableHeading: 'Số liệu theo năm',
    povertyRegion: (unit: string) => `Bảng hộ nghèo, hộ cận nghèo của ${unit} (cuộn ngang được)`,
    povertyCaption: (unit: string) => `Hộ nghèo, hộ cận nghèo của ${unit} theo năm`,
    col: {
      year: 'Năm',
      total: 'Tổng số hộ',
      poor: 'Hộ nghèo',
      poorRate: 'Tỷ lệ hộ nghèo',
      nearPoor: 'Hộ cận nghèo',
      nearPoorRate: 'Tỷ lệ hộ cận nghèo',
      escaped: 'Thoát nghèo',
      newPoor: 'Nghèo phát sinh',
      cityRate: 'Tỷ lệ hộ nghèo toàn thành phố',
      provenance: 'Nguồn gốc',
      money: 'Tiền vận động',
      built: 'Nhà xây mới',
      repaired: 'Nhà sửa chữa',
      helped: 'Hộ được hỗ trợ',
    },
    compare: 'So sánh với các phường, xã khác',
    povertyDownload: 'Tải dữ liệu hộ nghèo theo phường/xã',
    fundHeading: 'Quỹ “Vì người nghèo”',
    fundNone: (unit: string, since: string | null, into: string | null) => `Chưa có số liệu của Quỹ cho ${unit}${since && into ? ` từ năm ${since} (tính chung trong ${into})` : ''}.`,
    fundWhat: (unit: string) => `Số liệu Quỹ “Vì người nghèo” của ${unit}`,
    fundRegion: (unit: string) => `Bảng Quỹ “Vì người nghèo” ở ${unit} (cuộn ngang được)`,
    fundCaption: (unit: string) => `Quỹ “Vì người nghèo” ở ${unit} theo năm`,
    fundCity: 'Quỹ “Vì người nghèo” toàn thành phố',
    fundDownload: 'Tải dữ liệu Quỹ',
    storiesHeading: (unit: string) => `Câu chuyện ở ${unit}`,
    storiesOf: (unit: string) => `Các câu chuyện ở ${unit}`,
    allStories: 'Tất cả câu chuyện',
    noStories: (unit: string) => `Chưa có câu chuyện nào ở ${unit}. `,
    otherStories: 'Đọc các câu chuyện ở nơi khác',
    mapHeading: (unit: string) => `${unit} trên bản đồ ô`,
    mapNote: (unit: string) => `Bản đồ ô đặt mỗi phường, xã vào một ô gần đúng vị trí; ô có viền đậm là ${unit}. Chọn một ô để xem phường, xã đó.`,
    otherUnits: 'Các phường, xã khác',
    allUnits: '← Tất cả 16 phường, xã',
  },

  /** The reorganisation timeline of a ward (src/components/site/UnitChanges.astro). */
  changes: {
    since: (date: string) => `Từ ngày ${date}`,
    /** The former area of a unit now held by another. */
    formerArea: (unit: string, since: string, holder: string) => `Địa bàn ${unit} cũ (từ ${since} thuộc ${holder})`,
    merged: <T,>(subject: string, into: T, until: string) => [`${subject} `, into, ` và thôi là một đơn vị hành chính riêng (hoạt động đến hết ngày ${until}).`],
    mergedInto: <T,>(unit: T) => ['nhập vào ', unit],
    absorbed: <T,>(subject: string, units: T) => [`${subject} giữ tên và `, units, '.'],
    absorbedUnits: <T,>(units: T) => ['nhận thêm toàn bộ ', units],
    recoded: (code: string) => ` Trong danh mục của Tổng cục Thống kê từ ngày này, phường mang mã ${code}.`,
    /** `most`: most of the area went there; `isNew`: the unit was created that day; `province`: another province (or null). */
    intoNew: <T,>(subject: string, most: boolean, into: T, isNew: boolean, province: string | null, partners: T | null) => [
      `${subject} ${most ? 'phần lớn ' : ''}thuộc `, into, `${isNew ? ' mới' : ''}${province ? ` của tỉnh ${province}` : ''}`,
      ...(partners === null ? [] : [', cùng với ', partners]), '.',
    ],
    partsInto: <T,>(units: T) => ['Một phần địa bàn nhập vào ', units, '.'],
    unchanged: <T,>(subject: string, kept: T) => [`${subject} `, kept, ' địa giới và tên gọi.'],
    kept: 'giữ nguyên',
    unknown: 'Chưa có thông tin.',
    acts: (acts: string) => `Căn cứ: ${acts}.`,
    cityEnded: (city: string) => ` Cấp huyện, trong đó có ${city}, chấm dứt hoạt động từ ngày này.`,
    and: ' và ',
  },
};
