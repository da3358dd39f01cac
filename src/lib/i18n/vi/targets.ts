/** Vietnamese strings: the plan targets chart (src/lib/charts/targets*.ts, PlanTargetsChart.astro). */
export const targets = {
  /** Title and subtitle of the chart (the same as its entry in the chart registry). */
  title: 'Chỉ tiêu kế hoạch: xuất phát, chỉ tiêu và thực hiện',
  subtitle: 'Các chỉ tiêu có số để so sánh, Kế hoạch 122/KH-UBND năm 2024.',
  /** Short names of targets whose plan wording is long, by target id; any other target shows the plan's wording. */
  labels: {
    'ty-le-ho-ngheo': 'Tỷ lệ hộ nghèo',
    'ty-le-ho-can-ngheo': 'Tỷ lệ hộ cận nghèo',
    'xay-moi-nha-2024': 'Nhà xây mới cho hộ nghèo',
  } as Readonly<Record<string, string>>,
  /** Units of plan-targets.csv as printed after a number; a unit not listed prints as written in the data. */
  units: { '%': '%', 'căn nhà': 'căn nhà' } as Readonly<Record<string, string>>,
  /** A number with its unit: "10 căn nhà". */
  withUnit: (value: string, unit: string) => `${value} ${unit}`,
  /** A value with its provenance word: "0,70% (minh họa)". */
  tagged: (value: string, tag: string) => `${value} (${tag})`,
  legend: {
    baseline: 'Xuất phát (cuối 2023)',
    target: 'Chỉ tiêu 2024',
    actual: 'Thực hiện 2024',
    /** When both official and illustrative actuals are shown: "Thực hiện 2024 (chính thức)". */
    actualAs: (tag: string) => `Thực hiện 2024 (${tag})`,
  },
  /** Accessible name of the SVG. */
  aria: (count: string) => `Biểu đồ điểm: xuất phát, chỉ tiêu và thực hiện của ${count} chỉ tiêu kế hoạch năm 2024, mỗi số trên một hàng`,
  describe: {
    none: 'Chưa có chỉ tiêu nào có số liệu để so sánh.',
    /** "Tỷ lệ hộ nghèo: từ 0,97% cuối năm 2023, chỉ tiêu 0,72% cuối năm 2024" (baseline null: no "từ …"). */
    target: (label: string, baseline: string | null, target: string) => `${label}: ${baseline !== null ? `từ ${baseline} cuối năm 2023, ` : ''}chỉ tiêu ${target} cuối năm 2024`,
    /** "; thực hiện 0,70% (minh họa), đạt chỉ tiêu (…)". */
    actual: (value: string, tag: string, claim: string) => `; thực hiện ${value} (${tag}), ${claim}`,
    noActual: '; chưa có số liệu thực hiện',
    end: '.',
    /** Numeric targets left out of the chart. */
    others: (count: string) => `${count} chỉ tiêu số khác (thường là 100%) chưa có số xuất phát hay số thực hiện nên không vẽ.`,
  },
  /** Source of an actual taken from another dataset: "ward-poverty.csv, toàn thành phố năm 2024: …". */
  derivedSource: (file: string, year: string, source: string) => `${file}, toàn thành phố năm ${year}: ${source}`,
  table: {
    caption: 'Chỉ tiêu Kế hoạch 122/KH-UBND: xuất phát, chỉ tiêu và thực hiện',
    id: 'Mã chỉ tiêu',
    label: 'Chỉ tiêu',
    unit: 'Đơn vị tính',
    baseline: 'Xuất phát (cuối 2023)',
    target: 'Chỉ tiêu 2024',
    actual: 'Thực hiện 2024',
    provenance: 'Nguồn gốc',
    officialFields: 'Cột chính thức',
    actualProvenance: 'Nguồn gốc số thực hiện',
    source: 'Nguồn chỉ tiêu',
    actualSource: 'Nguồn số thực hiện',
  },
};
