/**
 * Tiny PDFs written by hand, so a test can put each piece of text exactly
 * where a real report prints it. Chinese text uses the non-embedded
 * STSong-Light with the predefined UniGB-UCS2-H CMap, as many producers
 * do: reading it back needs the CJK character maps that ship with
 * pdfjs-dist, and no font file.
 */
import { createHash } from 'node:crypto';

export interface Drawn {
  text: string;
  /** Left edge and baseline, in points from the page's top-left corner. */
  x: number;
  y: number;
  size?: number;
}

export const A4 = { width: 595, height: 842 };

type Body = string | Uint8Array;

class Writer {
  private objects: Body[][] = [];
  add(...parts: Body[]): number {
    this.objects.push(parts);
    return this.objects.length;
  }
  set(id: number, ...parts: Body[]): void {
    this.objects[id - 1] = parts;
  }
  reserve(): number {
    return this.add('null');
  }
  bytes(trailer = ''): Uint8Array {
    const chunks: Uint8Array[] = [];
    let length = 0;
    const push = (b: Body) => {
      const bytes = typeof b === 'string' ? Buffer.from(b, 'latin1') : b;
      chunks.push(bytes);
      length += bytes.length;
    };
    push('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n');
    const offsets: number[] = [];
    this.objects.forEach((parts, i) => {
      offsets.push(length);
      push(`${i + 1} 0 obj\n`);
      for (const p of parts) push(p);
      push('\nendobj\n');
    });
    const xref = length;
    push(`xref\n0 ${this.objects.length + 1}\n0000000000 65535 f \n`);
    for (const o of offsets) push(`${String(o).padStart(10, '0')} 00000 n \n`);
    push(`trailer\n<< /Size ${this.objects.length + 1} /Root 1 0 R ${trailer}>>\nstartxref\n${xref}\n%%EOF\n`);
    return new Uint8Array(Buffer.concat(chunks));
  }
}

const stream = (dict: string, data: Body) => [`<< ${dict} /Length ${typeof data === 'string' ? Buffer.byteLength(data, 'latin1') : data.length} >>\nstream\n`, data, '\nendstream'];

const hex = (s: string) => Buffer.from(s, 'utf16le').swap16().toString('hex').toUpperCase();

function pages(w: Writer, contents: Array<{ content: string; resources: string }>, size = A4): void {
  const catalog = w.add('<< /Type /Catalog /Pages 2 0 R >>');
  const tree = w.reserve();
  void catalog;
  const kids = contents.map((c) => {
    const content = w.add(...stream('', c.content));
    return w.add(`<< /Type /Page /Parent ${tree} 0 R /MediaBox [0 0 ${size.width} ${size.height}] /Resources ${c.resources} /Contents ${content} 0 R >>`);
  });
  w.set(tree, `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`);
}

/** A PDF whose pages hold the given text, each piece where it says. */
export function pdfOf(drawn: Drawn[][], size = A4, trailer = ''): Uint8Array {
  const w = new Writer();
  // Objects 1 and 2 are the catalog and the page tree; the font comes after the pages.
  const fontId = 3 + drawn.length * 2;
  pages(
    w,
    drawn.map((items) => ({
      resources: `<< /Font << /F1 ${fontId} 0 R >> >>`,
      content: items.map((d) => `BT /F1 ${d.size ?? 10} Tf 1 0 0 1 ${d.x} ${size.height - d.y} Tm <${hex(d.text)}> Tj ET`).join('\n'),
    })),
    size,
  );
  const descendant = fontId + 1;
  const descriptor = fontId + 2;
  w.add(`<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [${descendant} 0 R] >>`);
  // Adobe-GB1 CIDs 1-95 are the half-width ASCII characters.
  w.add(`<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /FontDescriptor ${descriptor} 0 R /DW 1000 /W [1 95 500] >>`);
  w.add('<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>');
  return w.bytes(trailer);
}

/** A scan: every page one grey picture, no text at all. */
export function scannedPdf(pageCount = 2): Uint8Array {
  const w = new Writer();
  const image = 3 + pageCount * 2;
  pages(
    w,
    Array.from({ length: pageCount }, () => ({ resources: `<< /XObject << /Im1 ${image} 0 R >> >>`, content: 'q 495 0 0 742 50 50 cm /Im1 Do Q' })),
  );
  const pixels = new Uint8Array(16 * 16).map((_, i) => ((i * 37) % 200) + 40);
  w.add(...stream('/Type /XObject /Subtype /Image /Width 16 /Height 16 /ColorSpace /DeviceGray /BitsPerComponent 8', pixels));
  return w.bytes();
}

/**
 * A PDF locked with a password to open it (the standard security handler,
 * revision 2). Opening it needs the password, so its content is never reached.
 */
export function encryptedPdf(): Uint8Array {
  const pad = Buffer.from('28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a', 'hex');
  const padded = (pw: string) => Buffer.concat([Buffer.from(pw, 'latin1'), pad]).subarray(0, 32);
  const md5 = (...b: Buffer[]) => createHash('md5').update(Buffer.concat(b)).digest();
  const id = Buffer.from('0123456789abcdef0123456789abcdef', 'hex');
  const owner = rc4(md5(padded('owner')).subarray(0, 5), padded('user'));
  const p = -44;
  const pBytes = Buffer.alloc(4);
  pBytes.writeInt32LE(p);
  const key = md5(padded('user'), owner, pBytes, id).subarray(0, 5);
  const user = rc4(key, pad);
  const base = pdfOf([[{ text: '某局2023年政府信息公开工作年度报告', x: 72, y: 100 }]]);
  const text = Buffer.from(base).toString('latin1');
  // The same document, with an encryption dictionary added before its trailer.
  const encrypt = `<< /Filter /Standard /V 1 /R 2 /O <${owner.toString('hex')}> /U <${user.toString('hex')}> /P ${p} >>`;
  const size = Number(/\/Size (\d+)/.exec(text)![1]);
  const xrefAt = text.lastIndexOf('\nxref\n') + 1;
  const obj = `${size} 0 obj\n${encrypt}\nendobj\n`;
  const before = text.slice(0, xrefAt) + obj;
  const xref = text
    .slice(xrefAt, text.indexOf('trailer'))
    .replace(`0 ${size}\n`, `0 ${size + 1}\n`)
    .concat(`${String(xrefAt).padStart(10, '0')} 00000 n \n`);
  const trailer = `trailer\n<< /Size ${size + 1} /Root 1 0 R /Encrypt ${size} 0 R /ID [<${id.toString('hex')}> <${id.toString('hex')}>] >>\nstartxref\n${before.length}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(before + xref + trailer, 'latin1'));
}

function rc4(key: Buffer, data: Buffer): Buffer {
  const s = Array.from({ length: 256 }, (_, i) => i);
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + s[i]! + key[i % key.length]!) & 255;
    [s[i], s[j]] = [s[j]!, s[i]!];
  }
  const out = Buffer.alloc(data.length);
  for (let n = 0, i = 0, j = 0; n < data.length; n++) {
    i = (i + 1) & 255;
    j = (j + s[i]!) & 255;
    [s[i], s[j]] = [s[j]!, s[i]!];
    out[n] = data[n]! ^ s[(s[i]! + s[j]!) & 255]!;
  }
  return out;
}
