/**
 * Vietnamese strings: provenance. The words and sentence templates src/lib/provenance/wording.ts
 * fills from the values shown (which are official, which illustrative); never a finished sentence.
 */
export const provenance = {
  /** The noun of each value column, as used inside a sentence. */
  fields: {
    total_households: 'tổng số hộ',
    poor_households: 'số hộ nghèo',
    near_poor_households: 'số hộ cận nghèo',
    poor_rate: 'tỷ lệ hộ nghèo',
    near_poor_rate: 'tỷ lệ hộ cận nghèo',
    escaped_households: 'số hộ thoát nghèo',
    new_poor_households: 'số hộ nghèo phát sinh',
    money_raised_vnd: 'số tiền vận động',
    houses_built: 'số nhà xây mới',
    houses_repaired: 'số nhà sửa chữa',
    households_helped: 'số hộ được hỗ trợ',
    helped_housing: 'số hộ được hỗ trợ nhà ở',
    helped_livelihood: 'số hộ được hỗ trợ sinh kế',
    helped_health: 'số hộ được hỗ trợ y tế',
    helped_education: 'số hộ được hỗ trợ học tập',
    helped_other: 'số hộ được hỗ trợ khác',
    baseline: 'số xuất phát',
    target: 'chỉ tiêu',
    actual: 'số thực hiện',
  } as Record<string, string>,
  /** The last joint of a list: "a, b và c". */
  and: 'và',
  /** Badges. */
  badge: { official: 'Chính thức', mixed: 'Một phần chính thức', illustrative: 'Số liệu minh họa' },
  /** One word after a number: "(chính thức)", "(minh họa)". */
  tag: { official: 'chính thức', illustrative: 'minh họa' },
  /** What the values shown are. */
  phrase: { official: 'số liệu chính thức', illustrative: 'số liệu minh họa', mixed: 'có cả số liệu chính thức và minh họa' },
  /** A mixed row's badge title: which columns are official. */
  mixedTitle: (fields: string) => `${fields} là chính thức; các giá trị khác là minh họa.`,
  /** Where the values of a scope belong: "Phường Đô Vinh năm 2022 và 2023" (either part may be empty). */
  scope: (unit: string, years: string) => [unit, years ? `năm ${years}` : ''].filter(Boolean).join(' '),
  /** Too many places to name: "ở 6 đơn vị". */
  inUnits: (n: number) => `ở ${n} đơn vị`,
  /** Several groups of official columns: the last one joined by "cùng với". */
  withLast: (first: string, last: string) => `${first}, cùng với ${last},`,
  /** The illustrative rest when a column is official in some places only. */
  theRest: 'các số liệu còn lại',
  /** "a là chính thức; b là minh họa" (many: whether the side names several values). */
  mixed: (official: string, officialMany: boolean, illustrative: string, illustrativeMany: boolean) => `${official} là chính thức; ${illustrative} là minh họa`,
  /** The default place of a chart's provenance sentence. */
  onThisChart: 'trên biểu đồ này',
  allOfficial: (where: string) => `Toàn bộ số liệu ${where} là số liệu chính thức.`,
  allIllustrative: (where: string) => `Toàn bộ số liệu ${where} là số liệu minh họa, không phải số liệu chính thức.`,
  /** Result claims. */
  reached: 'đạt chỉ tiêu',
  notReached: 'chưa đạt chỉ tiêu',
  onIllustrative: (claim: string) => `${claim} (theo số liệu minh họa, không phải kết quả chính thức)`,
  opener: 'Theo số liệu minh họa, ',
  /** Legend of the filled/hollow marks. */
  legend: { official: 'Chính thức', illustrative: 'Minh họa' },
  markFilled: 'điểm đặc',
  markHollow: 'điểm rỗng',
  markKey: (filled: string, hollow: string) => `${filled} là số liệu chính thức, ${hollow} là minh họa.`,
  /** Table cells. */
  cell: { official: 'Chính thức', illustrative: 'Minh họa' },
  cellMixed: (fields: string) => `Chính thức: ${fields}; còn lại minh họa`,
  /** The note above a block of figures. */
  blockWhat: 'Các số liệu trong phần này',
  blockIllustrative: (what: string) => `${what} là số liệu minh họa do nhóm phát triển dựng, không phải số liệu chính thức; mỗi số có nhãn nguồn gốc.`,
  blockMixed: (what: string, clause: string) => `${what} có cả số liệu chính thức và minh họa: ${clause}.`,
  /** Link after the note. */
  method: 'Phương pháp',
  footer: 'trang có dùng số liệu minh họa ở những chỗ chưa có số liệu chính thức được công bố; mọi con số minh họa đều được ghi rõ.',
  /** Dataset row counts. */
  rowsOfficial: (n: string) => `${n} dòng chính thức`,
  rowsMixed: (n: string) => `${n} dòng hỗn hợp (chỉ một số cột là chính thức, xem official_fields)`,
  rowsIllustrative: (n: string) => `${n} dòng số liệu minh họa`,
  labelOfficial: (n: string) => `Chính thức (${n} dòng)`,
  labelIllustrative: (n: string) => `Số liệu minh họa (${n} dòng)`,
  labelMixed: (parts: string) => `Hỗn hợp: ${parts}`,
  allRows: (n: string) => `toàn bộ ${n} dòng`,
  citeIllustrative: (n: string) => `Số liệu minh họa: toàn bộ ${n} dòng là số liệu minh họa, không phải số liệu chính thức.`,
  citeMixed: (parts: string) => `Số liệu minh họa: ${parts}. Chỉ các giá trị chính thức (dòng official, và các cột ghi ở official_fields của dòng mixed) được trích dẫn như số liệu chính thức.`,
};
