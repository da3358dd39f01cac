/** Sources cited on the methodology page, shared by every language's prose (_vi.astro, _en.astro). */

/** Sources for the multidimensional poverty standard; labels are the sources' own (Vietnamese) titles. */
export const STANDARD_SOURCES = [
  { label: 'Nghị định 07/2021/NĐ-CP (Thư viện Pháp luật)', href: 'https://danluatold.thuvienphapluat.vn/nghi-dinh-07-2021-nd-cp-tieu-chuan-xac-dinh-ho-ngheo-da-chieu-giai-doan-2021-2-197635.aspx' },
  { label: 'Báo Đại Đoàn Kết', href: 'https://daidoanket.vn/print/10182244.html' },
  { label: 'VnExpress: Chính phủ ban hành chuẩn nghèo mới', href: 'https://vnexpress.net/chinh-phu-ban-hanh-chuan-ngheo-moi-4228672.html' },
  { label: 'Nguồn Lực: thu nhập dưới 2 triệu đồng/người/tháng ở thành phố', href: 'https://nguonluc.com.vn/thu-nhap-duoi-2-trieu-dongnguoithang-o-thanh-pho-duoc-coi-la-ho-ngheo-a808.html' },
  { label: 'Báo Thanh Hóa (nhắc Nghị định 30/2025/NĐ-CP)', href: 'https://baothanhhoa.vn/print/818b95dbb92f2f7774e6b12abdad0/240772.htm' },
];

/** Reports and articles with published figures. */
export const SOURCES = {
  tinhBc320: 'https://giamngheo.ninhthuan.gov.vn/giamngheo/1240/30526/40855/72055/Tin-tuc/Ket-qua-ra-soat-ho-ngheo--ho-can-ngheo-nam-2022-tinh-Ninh-Thuan.aspx',
  vietnamnet: 'https://vietnamnet.vn/hang-nghin-ho-o-ninh-thuan-da-thoat-ngheo-2343013.html',
  soBo2023: 'http://giamngheo.ninhthuan.gov.vn/giamngheo/1240/30526/40856/72654/Hoat-dong-giam-ngheo/Ket-qua-so-bo-ra-soat-ho-ngheo--ho-can-ngheo-nam-2023-tinh-Ninh-Thuan.aspx',
  bnt2019: 'http://baoninhthuan.com.vn/news/110162p1c30/nam-2019-toan-tinh-co-11925-ho-ngheo.htm',
  bntQuy: 'http://baoninhthuan.com.vn/news/125809p1c30/van-dong-quy-vi-nguoi-ngheo-duoc-tren-10-ty-dong.htm',
};
