/** The template `npm run new-story` writes: every field, blanks marked `[[…]]`, and a short example body. */
import { SUPPORTS, SUPPORT_IDS, SUMMARY_MAX } from '../../schemas/story';
import { PLACEHOLDER_IMAGE } from './validate';

/** What the template needs. */
export interface TemplateInput {
  title: string;
  /** GSO code of the unit. */
  unit: string;
  /** "Phường Đô Vinh", shown in a comment. */
  unitLabel: string;
  year: number;
  /** Today, `YYYY-MM-DD`, used as the publication date until the editor changes it. */
  today: string;
}

/** Quotes a string for YAML (double quotes, escaped). */
const q = (s: string) => JSON.stringify(s.normalize('NFC'));

/** The text of a new story file. It validates as a draft; blanks `[[…]]` must be filled before publishing. */
export function storyTemplate(i: TemplateInput): string {
  const supportLines = SUPPORT_IDS.map((id) => `#   ${id.padEnd(20)} ${SUPPORTS[id]}`).join('\n');
  return `---
# Câu chuyện mới. Hướng dẫn: content/HUONG-DAN-BIEN-TAP.md (hoặc trang /huong-dan-bien-tap/).
# Thay mọi chỗ [[…]] bằng nội dung thật. Giữ draft: true cho đến khi hộ gia đình đã ký phiếu đồng ý.
title: ${q(i.title)}
summary: "[[Một hai câu tóm tắt câu chuyện, tối đa ${SUMMARY_MAX} ký tự.]]"
unit: ${q(i.unit)} # ${i.unitLabel}
year: ${i.year} # năm hộ thoát nghèo (rà soát cuối năm)
household: "[[Gia đình chị H.]]" # có thể dùng tên gọi khác hoặc chữ cái đầu
supports: # mỗi loại hỗ trợ một dòng, chọn trong danh sách dưới đây
  - tin-dung-uu-dai
# Các loại hỗ trợ:
${supportLines}
cover:
  src: ${q(PLACEHOLDER_IMAGE)} # ảnh tạm: chép ảnh thật vào content/stories/images/ rồi sửa tên tệp ở đây
  alt: "[[Mô tả điều ảnh cho thấy, cho người không nhìn thấy ảnh]]"
  credit: "[[Ảnh: tên người chụp hoặc cơ quan]]"
  license: "[[Giấy phép, ví dụ CC BY 4.0]]"
published: ${i.today} # ngày đăng, dạng YYYY-MM-DD
author: "Phòng Văn hóa và Thông tin thành phố"
consent:
  given: false # đổi thành true khi hộ gia đình đã ký phiếu đồng ý
  date: "" # ngày ký phiếu, dạng YYYY-MM-DD
  form_ref: "" # số hiệu phiếu đồng ý lưu tại Phòng
provenance: real # real: hộ có thật; illustrative: câu chuyện minh họa
draft: true # đổi thành false để đăng
tags: [] # ví dụ: ["nuôi dê", "Đạo Long"]
---

[[Đoạn mở đầu: hoàn cảnh gia đình trước khi thoát nghèo. Không ghi số điện thoại, số CMND/CCCD hay số nhà.]]

## [[Một tiêu đề nhỏ]]

[[Kể gia đình đã nhận hỗ trợ gì, từ đâu, và đã làm gì với hỗ trợ đó.]]

<Quote by="[[Chị H.]]">[[Một câu nói ngắn của người trong gia đình.]]</Quote>

<Stat value="[[2,5 triệu đồng]]" label="[[thu nhập bình quân đầu người mỗi tháng năm ${i.year}]]" />

<Timeline>

- **${i.year - 1}**: [[Việc đã xảy ra năm đó.]]
- **${i.year}**: [[Cuối năm, gia đình thoát nghèo.]]

</Timeline>

{/* Thêm một ảnh trong bài: chép ảnh vào content/stories/images/ rồi viết
    <Figure src="./images/ten-anh.jpg" alt="mô tả ảnh" caption="chú thích dưới ảnh" credit="Ảnh: …" /> */}
`;
}
