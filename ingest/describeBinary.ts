/** Tells a file whose bytes are not text (an image, a PDF, a Word document, an archive) from one that is. */

/** Signatures at offset 0 (or the given offset) of formats people keep beside their articles. */
const SIGNATURES: ReadonlyArray<{ what: string; bytes: readonly number[]; at?: number }> = [
  { what: 'a PNG image', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { what: 'a JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { what: 'a GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { what: 'a TIFF image', bytes: [0x49, 0x49, 0x2a, 0x00] },
  { what: 'a TIFF image', bytes: [0x4d, 0x4d, 0x00, 0x2a] },
  { what: 'a WebP image', bytes: [0x57, 0x45, 0x42, 0x50], at: 8 },
  { what: 'a PDF document', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  // Word (.docx), Excel, OpenDocument and EPUB files are ZIP archives.
  { what: 'a ZIP archive (.docx, .xlsx, .odt, .epub, .zip)', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { what: 'an old Office document (.doc, .xls, .ppt)', bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
  { what: 'a gzip archive', bytes: [0x1f, 0x8b] },
  { what: 'a bzip2 archive', bytes: [0x42, 0x5a, 0x68, 0x39, 0x31, 0x41, 0x59, 0x26, 0x53, 0x59] },
  { what: 'an xz archive', bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00] },
  { what: 'a zstd archive', bytes: [0x28, 0xb5, 0x2f, 0xfd] },
  { what: 'a 7-Zip archive', bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { what: 'a RAR archive', bytes: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07] },
  { what: 'an MP4 or QuickTime video', bytes: [0x66, 0x74, 0x79, 0x70], at: 4 },
  { what: 'an executable', bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { what: 'a WebAssembly module', bytes: [0x00, 0x61, 0x73, 0x6d] },
  { what: 'an SQLite database', bytes: [...Buffer.from('SQLite format 3\u0000', 'latin1')] },
];

/** How much of the text is looked at: enough to judge, little enough to stay fast on any size. */
const SAMPLE_CHARS = 65_536;
/** The control characters counted below, one by one: a string's search for one character is far faster than a pattern. */
const CONTROLS: readonly string[] = [
  ...Array.from({ length: 0x09 }, (_, code) => code),
  ...Array.from({ length: 0x20 - 0x0e }, (_, i) => 0x0e + i),
  0x7f,
].map((code) => String.fromCharCode(code));
/** Text has next to no control characters; binary read as text has about one in ten. */
const MAX_CONTROL_SHARE = 0.02;

/**
 * Says what `bytes` are when they are not text ("a PNG image", "binary data (NUL bytes)"), judging by
 * their signature and by `text`, the same bytes decoded; null when they read as text. Whatever the
 * file's name says: a photo renamed `.txt` is still a photo. Throws nothing.
 */
export function describeBinary(bytes: Uint8Array, text: string): string | null {
  for (const signature of SIGNATURES) {
    const at = signature.at ?? 0;
    if (bytes.length >= at + signature.bytes.length && signature.bytes.every((b, i) => bytes[at + i] === b)) {
      return signature.what;
    }
  }
  const sample = text.slice(0, SAMPLE_CHARS);
  if (sample.includes('\u0000')) return 'binary data (NUL bytes)';
  // Controls other than tab, line feed, vertical tab, form feed and carriage return; most texts have none, which a
  // search for each tells ten times faster than a loop over the sample's characters.
  if (!CONTROLS.some((control) => sample.includes(control))) return null;
  let controls = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if ((code < 0x20 && (code < 0x09 || code > 0x0d)) || code === 0x7f) controls++;
  }
  if (controls > 0 && controls / sample.length > MAX_CONTROL_SHARE) return 'binary data (control characters)';
  return null;
}
