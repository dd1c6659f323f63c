/**
 * Bytes of a report file to text. Reports arrive as UTF-8 (with or without a
 * byte-order mark), UTF-16, or GBK/GB18030 from older Windows tools; anything
 * else is refused with a message that says what the file looks like.
 */
import iconv from 'iconv-lite';

export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';

export type Decoded =
  | { ok: true; text: string; encoding: Encoding }
  | { ok: false; reason: 'docx' | 'doc' | 'pdf' | 'binary' | 'unknown-encoding' };

const utf8 = new TextDecoder('utf-8', { fatal: true });

const startsWith = (bytes: Uint8Array, ...sig: number[]) => sig.every((b, i) => bytes[i] === b);

export function decode(bytes: Uint8Array): Decoded {
  if (startsWith(bytes, 0xef, 0xbb, 0xbf)) return utf8Text(bytes.subarray(3), 'utf-8-bom');
  if (startsWith(bytes, 0xff, 0xfe)) return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (startsWith(bytes, 0xfe, 0xff)) return { ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04)) return { ok: false, reason: 'docx' };
  if (startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0)) return { ok: false, reason: 'doc' };
  if (startsWith(bytes, 0x25, 0x50, 0x44, 0x46)) return { ok: false, reason: 'pdf' };
  if (bytes.includes(0)) return { ok: false, reason: 'binary' };
  return utf8Text(bytes, 'utf-8');
}

function utf8Text(bytes: Uint8Array, encoding: Encoding): Decoded {
  try {
    return { ok: true, text: utf8.decode(bytes), encoding };
  } catch {
    // Not UTF-8: GB18030 is a superset of GBK and GB2312, so one decoder covers all three.
    const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'gb18030');
    if (text.includes('\uFFFD') || !/\p{Script=Han}/u.test(text)) return { ok: false, reason: 'unknown-encoding' };
    return { ok: true, text, encoding: 'gb18030' };
  }
}
