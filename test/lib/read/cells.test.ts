import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { labelKey, parseNumber, splitCells } from '../../../src/lib/read/cells.ts';
import { formatNumber } from '../../../src/lib/model/numbers.ts';

/** [raw, column, kind] of each cell: enough to see how a line was cut. */
const cut = (line: string) => splitCells(line, 1).map((c) => [c.raw, c.column, c.kind]);

describe('splitCells(line, lineNo)', () => {
  it('splits tab-separated rows, dropping empty cells and keeping each cell’s column', () => {
    expect(cut('一、本年新收政府信息公开申请数量\t\t23\t0\t0\t0\t0\t0\t23\t')).toEqual([
      ['一、本年新收政府信息公开申请数量', 1, 'label'],
      ['23', 19, 'value'],
      ['0', 22, 'value'],
      ['0', 24, 'value'],
      ['0', 26, 'value'],
      ['0', 28, 'value'],
      ['0', 30, 'value'],
      ['23', 32, 'value'],
    ]);
  });

  it('keeps the line number on every cell', () => {
    expect(splitCells('规章\t0\t0\t0', 33).map((c) => c.line)).toEqual([33, 33, 33, 33]);
  });

  it('splits Markdown pipe rows and skips their separator rows', () => {
    expect(cut('| 规章 | 0 | 0 | 3 |')).toEqual([
      ['规章', 3, 'label'],
      ['0', 8, 'value'],
      ['0', 12, 'value'],
      ['3', 16, 'value'],
    ]);
    expect(cut('|---|:---:|---|')).toEqual([]);
    expect(cut('| --- | --- | --- |')).toEqual([]);
  });

  it('splits Markdown pipe rows written without outer pipes, as GFM allows', () => {
    expect(cut('规章 | 0 | 0 | 3')).toEqual([
      ['规章', 1, 'label'],
      ['0', 6, 'value'],
      ['0', 10, 'value'],
      ['3', 14, 'value'],
    ]);
    expect(cut('--- | :---: | ---')).toEqual([]);
    expect(cut('---|---')).toEqual([]);
  });

  it('splits columns aligned with runs of spaces, keeping single spaces inside a cell', () => {
    expect(cut('  (七) 总计   23  0  0')).toEqual([
      ['(七) 总计', 3, 'label'],
      ['23', 12, 'value'],
      ['0', 16, 'value'],
      ['0', 19, 'value'],
    ]);
  });

  it('splits numbers separated by single spaces, with or without a label before them', () => {
    expect(cut('一、本年新收政府信息公开申请数量 23 0 5')).toEqual([
      ['一、本年新收政府信息公开申请数量', 1, 'label'],
      ['23', 18, 'value'],
      ['0', 21, 'value'],
      ['5', 23, 'value'],
    ]);
    expect(cut('0 1 0 0 1')).toEqual([
      ['0', 1, 'value'],
      ['1', 3, 'value'],
      ['0', 5, 'value'],
      ['0', 7, 'value'],
      ['1', 9, 'value'],
    ]);
  });

  it('reads full-width digits and ideographic spaces, keeping the raw text', () => {
    expect(cut('规章　０　１２')).toEqual([
      ['规章', 1, 'label'],
      ['０', 4, 'value'],
      ['１２', 6, 'value'],
    ]);
    const [cell] = splitCells('\t２３　', 1);
    expect(cell).toMatchObject({ raw: '２３', text: '23', column: 2, kind: 'value' });
  });

  it('trims a leading space or a trailing ideographic space from a Word cell', () => {
    expect(cut('\t 31')).toEqual([['31', 3, 'value']]);
    expect(cut('\t2　')).toEqual([['2', 2, 'value']]);
  });

  it('keeps thousands separators inside one value', () => {
    expect(cut('行政许可 1,608,911')).toEqual([
      ['行政许可', 1, 'label'],
      ['1,608,911', 6, 'value'],
    ]);
  });

  it('takes enumerators and Chinese text for labels', () => {
    expect(cut('\t\t3. 其他\t(七) 总计\t1、')).toEqual([
      ['3. 其他', 3, 'label'],
      ['(七) 总计', 9, 'label'],
      ['1、', 16, 'label'],
    ]);
  });

  it('takes placeholders and malformed numbers for values, so they are reported, not skipped', () => {
    for (const raw of ['—', '-', 'N/A', '无', '/', '-3', '2.5', '1,6']) expect(cut(`\t${raw}`), raw).toEqual([[raw, 2, 'value']]);
  });

  it('takes a word with no Chinese in it for a value: a letter where a digit belongs', () => {
    // OCR reads 0 as O and 1 as l; such a cell stands in a number's place.
    for (const raw of ['abc', 'O', 'l']) expect(cut(`规章\t${raw}`), raw).toEqual([['规章', 1, 'label'], [raw, 4, 'value']]);
  });

  it('leaves lone punctuation from a broken label as a label', () => {
    expect(cut('\t）')).toEqual([['）', 2, 'label']]);
  });
});

describe('labelKey(text)', () => {
  it('keeps letters and digits only', () => {
    expect(labelKey('（七） 总计')).toBe('七总计');
    expect(labelKey('3. 危及“三安全一稳定”')).toBe('3危及三安全一稳定');
  });

  it('drops Word bookmark residue', () => {
    expect(labelKey('[bookmark: _GoBack]规章')).toBe('规章');
  });
});

describe('parseNumber(text, decimals)', () => {
  it('reads counts', () => {
    expect(parseNumber('23', 0)).toEqual({ ok: true, value: 23 });
    expect(parseNumber('0', 0)).toEqual({ ok: true, value: 0 });
  });

  it('reads thousands separators, ASCII or full-width comma', () => {
    expect(parseNumber('1,608,911', 0)).toEqual({ ok: true, value: 1608911 });
    expect(parseNumber('1，000', 0)).toEqual({ ok: true, value: 1000 });
    expect(parseNumber('160,391.4077', 4)).toEqual({ ok: true, value: 160391.4077 });
  });

  it('refuses separators in the wrong places', () => {
    expect(parseNumber('1,6', 0)).toEqual({ ok: false, problem: 'not-a-number' });
    expect(parseNumber('16,08', 0)).toEqual({ ok: false, problem: 'not-a-number' });
  });

  it('reads amounts with up to the allowed decimals', () => {
    expect(parseNumber('75.1552', 4)).toEqual({ ok: true, value: 75.1552 });
    expect(parseNumber('0.12345', 4)).toEqual({ ok: false, problem: 'too-many-decimals' });
  });

  it('names what is wrong with a count', () => {
    expect(parseNumber('-3', 0)).toEqual({ ok: false, problem: 'negative' });
    expect(parseNumber('−3', 0)).toEqual({ ok: false, problem: 'negative' });
    expect(parseNumber('2.5', 0)).toEqual({ ok: false, problem: 'fraction' });
    for (const t of ['abc', '—', '', '3%', '+3']) expect(parseNumber(t, 0), t).toEqual({ ok: false, problem: 'not-a-number' });
  });

  // Issue 10: beyond these bounds a figure changed on reading (…993 -> …992), became Infinity or was written 1e+23.
  it('accepts counts up to 2^53 - 1 and refuses anything larger as it is written', () => {
    expect(parseNumber('9007199254740991', 0)).toEqual({ ok: true, value: 9007199254740991 });
    expect(parseNumber('9,007,199,254,740,991', 0)).toEqual({ ok: true, value: 9007199254740991 });
    expect(parseNumber('0009007199254740991', 0)).toEqual({ ok: true, value: 9007199254740991 });
    for (const t of ['9007199254740992', '9007199254740993', '100000000000000000000000', '9'.repeat(400), '10,000,000,000,000,000']) {
      expect(parseNumber(t, 0), t).toEqual({ ok: false, problem: 'too-large' });
    }
  });

  it('accepts fees with up to six decimals below 10^9 万元, each read exactly', () => {
    expect(parseNumber('999999999.999999', 6)).toEqual({ ok: true, value: 999999999.999999 });
    expect(parseNumber('0.000001', 6)).toEqual({ ok: true, value: 0.000001 });
    expect(parseNumber('160,391.407712', 6)).toEqual({ ok: true, value: 160391.407712 });
    expect(parseNumber('1.0000001', 6)).toEqual({ ok: false, problem: 'too-many-decimals' });
    for (const t of ['1000000000', '123456789012.3456', '9'.repeat(400) + '.5']) expect(parseNumber(t, 6), t).toEqual({ ok: false, problem: 'amount-too-large' });
  });

  it('reads every accepted figure to the digits it was written with', () => {
    const digits = (min: number, max: number) => fc.stringMatching(new RegExp(`^[0-9]{${min},${max}}$`));
    fc.assert(
      fc.property(digits(1, 16), (t) => {
        const r = parseNumber(t, 0);
        if (r.ok) expect(formatNumber(r.value)).toBe(t.replace(/^0+(?=\d)/, ''));
        else expect(BigInt(t) > BigInt(Number.MAX_SAFE_INTEGER)).toBe(true);
      }),
    );
    fc.assert(
      fc.property(digits(1, 9), digits(1, 6), (whole, frac) => {
        const r = parseNumber(`${whole}.${frac}`, 6);
        expect(r.ok).toBe(true);
        const want = `${whole.replace(/^0+(?=\d)/, '')}.${frac}`.replace(/\.?0+$/, '');
        if (r.ok) for (const written of [formatNumber(r.value), JSON.stringify(r.value), String(r.value)]) expect(written).toBe(want);
      }),
    );
  });
});

describe('splitCells on PDF rows of any length', () => {
  // Issue 10: these were regular expressions with a repeated group, which overflowed V8's stack.
  const NUMBERISH = String.raw`[-+−]?[\d.,]+%?`;
  const NUMBERS_ONLY = new RegExp(String.raw`^${NUMBERISH}(?:\s+${NUMBERISH})+$`);
  const LABEL_THEN_NUMBERS = new RegExp(String.raw`^(.*\p{Script=Han}[^\d\s]*)\s+(${NUMBERISH}(?:\s+${NUMBERISH})*)$`, 'u');

  it('reads a line of three million numbers', () => {
    const line = Array.from({ length: 3_000_000 }, () => '1').join(' ');
    const cells = splitCells(line, 1);
    expect(cells).toHaveLength(3_000_000);
    expect(cells.at(-1)).toMatchObject({ raw: '1', column: line.length, kind: 'value' });
    expect(splitCells(`规章 ${line}`, 1)).toHaveLength(3_000_001);
    // What is tested is that it ends (no regex overflow), not how fast: speed is the bench's.
  }, 60_000);

  it('splits exactly where the regular expressions did', () => {
    const piece = fc.constantFrom('规', '章', '𠀀', '1', '23', '.', ',', '-', '+', '−', '%', 'a', ' ', ' ', '\u3000', '\u00a0', '\u2028');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }), (pieces) => {
        const text = pieces.join('').trim();
        if (!text || /\s{2,}/.test(text) || /^\d+$/.test(text)) return;
        const cells = splitCells(text, 1).map((c) => c.raw);
        let expected = [text];
        if (NUMBERS_ONLY.test(text)) expected = text.split(/\s+/);
        else {
          const split = /[\d.,%]$/.test(text) ? LABEL_THEN_NUMBERS.exec(text) : null;
          if (split) expected = [split[1]!, ...split[2]!.split(/\s+/)];
        }
        expect(cells, JSON.stringify(text)).toEqual(expected);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('splitCells on delimited rows with empty cells', () => {
  it('keeps an empty cell between two values as a blank value, and layout gaps out', () => {
    const kinds = (line: string) => splitCells(line, 1).map((c) => (c.kind === 'value' ? c.raw || '∅' : `[${c.raw}]`)).join(' ');
    expect(kinds('一、本年新收政府信息公开申请数量\t\t23\t\t0\t0\t0\t0\t23\t')).toBe('[一、本年新收政府信息公开申请数量] 23 ∅ 0 0 0 0 23');
    expect(kinds('| 规章 | 1 |  | 11 |')).toBe('[规章] 1 ∅ 11');
    expect(kinds('| 规章 |  | 0 | 11 |')).toBe('[规章] 0 11');
    expect(kinds('行政许可  233      5')).toBe('[行政许可] 233 5');
  });
});
