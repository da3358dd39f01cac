/**
 * Vietnamese messages for the MDX parser's syntax errors. The parser stops at the first error, so
 * the message names the construct on that line and the usual fix; the parser's own words follow.
 */

/** A Vietnamese message with the fix for a parse error met on the source line `line`. */
export function parseErrorMessage(reason: string, line: string): string {
  // The parser's first clause is enough: its long English notes are for programmers.
  const first = reason.split('\n')[0]!.split(/, expected | \(note: /)[0]!.trim();
  const detail = first.length > 100 ? `${first.slice(0, 100)}…` : first;
  const tail = ` (chi tiết: ${detail})`;
  const banned = /<\s*(script|iframe|style)\b/i.exec(line);
  if (banned) return `thẻ <${banned[1]!.toLowerCase()}> bị cấm trong câu chuyện. Sửa: xóa thẻ này${tail}.`;
  if (/<!--/.test(line) || /character `!`/.test(reason)) {
    return `MDX không dùng chú thích dạng <!-- … -->. Sửa: viết chú thích dạng {/* … */} hoặc xóa đi${tail}.`;
  }
  const auto = /<([a-z][a-z0-9+.-]*:\/\/[^>\s]*)>/i.exec(line);
  if (auto) return `MDX không hiểu liên kết dạng <${auto[1]}>. Sửa: viết [chữ hiển thị](${auto[1]})${tail}.`;
  const closing = /Expected a closing tag for `<([^>`]+)>`/.exec(reason) ?? /closing tag for `<([^>`]+)>`/.exec(reason);
  if (closing) {
    const name = closing[1]!.split(/\s/)[0]!;
    return `thẻ <${name}> chưa được đóng. Sửa: thêm </${name}> sau nội dung, hoặc viết <${name} … /> nếu không có nội dung bên trong${tail}.`;
  }
  if (/Unexpected (closing|end)|end tag|closing tag/i.test(reason)) {
    return `thẻ đóng hoặc mở không khớp nhau. Sửa: mỗi thẻ mở như <Quote> cần đúng một thẻ đóng </Quote>, theo đúng thứ tự${tail}.`;
  }
  if (/expression|acorn|Could not parse/i.test(reason) || /[{}]/.test(line)) {
    return `dấu ngoặc nhọn "{" là mã lệnh trong MDX. Sửa: xóa đi, hoặc viết \\{ nếu muốn hiện dấu ngoặc nhọn${tail}.`;
  }
  if (/</.test(line)) {
    return `dấu "<" ở đây được đọc như một thẻ nhưng viết chưa đúng. Sửa: nếu muốn hiện dấu nhỏ hơn, viết \\<; nếu là thành phần, viết đúng dạng <Quote by="…">…</Quote>${tail}.`;
  }
  return `MDX không đọc được dòng này. Sửa: kiểm tra các dấu <, >, { và } trên dòng; muốn hiện chúng như chữ thì viết \\<, \\{${tail}.`;
}
