import { describe, expect, it } from 'vitest';
import { decode } from '../../../src/lib/read/decode.ts';
import { gb18030, gbk, utf16be, utf16le, utf8, withBom } from '../../fixtures/layouts.ts';
import { seedText } from '../../fixtures/seeds.ts';

const TEXT = '郑州市人力资源和社会保障局 2023 年政府信息公开工作年度报告\n规章\t0\t0\t0\n';

describe('decode(bytes)', () => {
  it('reads UTF-8', () => {
    expect(decode(utf8(TEXT))).toEqual({ ok: true, text: TEXT, encoding: 'utf-8' });
  });

  it('reads UTF-8 with a byte-order mark, dropping the mark', () => {
    expect(decode(withBom(TEXT))).toEqual({ ok: true, text: TEXT, encoding: 'utf-8-bom' });
  });

  it('reads UTF-16 with a byte-order mark, either byte order', () => {
    expect(decode(utf16le(TEXT))).toEqual({ ok: true, text: TEXT, encoding: 'utf-16le' });
    expect(decode(utf16be(TEXT))).toEqual({ ok: true, text: TEXT, encoding: 'utf-16be' });
  });

  it('reads GBK and GB18030 as GB18030, its superset', () => {
    expect(decode(gbk(TEXT))).toEqual({ ok: true, text: TEXT, encoding: 'gb18030' });
    const rare = `${TEXT}𠀀䶮`; // four-byte sequences only GB18030 has
    expect(decode(gb18030(rare))).toEqual({ ok: true, text: rare, encoding: 'gb18030' });
  });

  it('reads a whole seed back from GBK', () => {
    const text = seedText('zhengzhou-government-2022');
    expect(decode(gbk(text))).toEqual({ ok: true, text, encoding: 'gb18030' });
  });

  it.each([
    ['docx', [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]],
    ['doc', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]],
    ['pdf', [...utf8('%PDF-1.7\n%âãÏÓ\n')]],
    ['binary', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]],
  ])('refuses %s bytes', (reason, bytes) => {
    expect(decode(new Uint8Array(bytes))).toEqual({ ok: false, reason });
  });

  it('refuses bytes that are neither UTF-8 nor GB18030 Chinese', () => {
    expect(decode(new Uint8Array([0x47, 0x72, 0xfc, 0xdf, 0x65]))).toEqual({ ok: false, reason: 'unknown-encoding' });
  });

  it('reads an empty file as empty UTF-8 text', () => {
    expect(decode(new Uint8Array())).toEqual({ ok: true, text: '', encoding: 'utf-8' });
  });
});
