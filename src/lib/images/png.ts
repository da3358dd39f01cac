/** The pixel size of a PNG, from its IHDR chunk. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const v = new DataView(png.buffer, png.byteOffset, png.byteLength);
  if (v.getUint32(0) !== 0x89504e47 || v.getUint32(12) !== 0x49484452) throw new Error('Không phải tệp PNG.');
  return { width: v.getUint32(16), height: v.getUint32(20) };
}
