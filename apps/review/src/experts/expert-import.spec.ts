import { makeUscc } from '@lz/testing';
import { cellText, parseExpertRows, readSheet, splitFields, type SheetText } from './expert-import';
import { EXPERT_IMPORT_MAX_ROWS } from './expert-import.constants';

const HEADER = ['姓名', '单位统一社会信用代码', '专业领域', '联系电话'];
const uscc = makeUscc({ seed: 'expert-import-spec', orgType: '12' });
const sheet = (...rows: string[][]): SheetText => ({
  header: HEADER,
  rows: rows.map((cells, i) => ({ row: i + 2, cells })),
});

describe(parseExpertRows.name, () => {
  it('reads valid rows into the body of POST /experts, columns by header in any order', () => {
    const parsed = parseExpertRows({
      header: ['专业领域', '姓名', '单位统一社会信用代码'],
      rows: [{ row: 2, cells: ['白酒酿造、食品工程；白酒酿造', '张三', uscc.toLowerCase()] }],
    });
    expect(parsed).toEqual({
      rows: [{ row: 2, id: null, body: { name: '张三', orgUscc: uscc, fields: ['白酒酿造', '食品工程'] } }],
    });
  });

  it('names the row, the column and the rule of each bad cell, in English and Chinese, and returns no row', () => {
    const parsed = parseExpertRows(
      sheet(['张三', uscc, '材料', '13800138000'], ['李四', uscc, '材料', '5551234']),
    );
    expect(parsed).toEqual({
      errors: [
        {
          rule: 'expert.phone',
          path: 'rows[3].phone',
          message: expect.stringMatching(/^Row 3, column 联系电话: must be a mobile number/),
          messageZh: '第 3 行「联系电话」:应为 11 位手机号或带区号的固定电话（如 0830-3101234）',
        },
      ],
    });
  });

  it('refuses one expert twice in a file (the natural key: organisation USCC + name)', () => {
    const parsed = parseExpertRows(sheet(['张三', uscc, '材料', ''], ['张三', uscc, '化工', '']));
    expect(parsed).toMatchObject({ errors: [{ rule: 'expert-import.duplicate', path: 'rows[3].name' }] });
    // The same name in another organisation is another expert.
    const other = makeUscc({ seed: 'expert-import-spec-2', orgType: '12' });
    expect(parseExpertRows(sheet(['张三', uscc, '材料', ''], ['张三', other, '材料', '']))).toHaveProperty(
      'rows',
    );
  });

  it('refuses unknown and missing columns before reading any row', () => {
    const parsed = parseExpertRows({ header: ['姓名', '手机'], rows: [{ row: 2, cells: ['张三', '1'] }] });
    expect('errors' in parsed && parsed.errors.map((e) => e.path)).toEqual([
      'columns[2]',
      'columns.orgUscc',
      'columns.fields',
    ]);
  });

  it('refuses an empty sheet and one beyond the row limit', () => {
    expect(parseExpertRows(sheet())).toMatchObject({ errors: [{ rule: 'expert-import.rows' }] });
    const many = Array.from({ length: EXPERT_IMPORT_MAX_ROWS + 1 }, (_, i) => [`专家${i}`, uscc, '材料', '']);
    expect(parseExpertRows(sheet(...many))).toMatchObject({ errors: [{ rule: 'expert-import.rows' }] });
  });

  it('takes an expert number only as a UUID', () => {
    const parsed = parseExpertRows({
      header: ['专家编号', ...HEADER],
      rows: [{ row: 2, cells: ['E-1', '张三', uscc, '材料', ''] }],
    });
    expect(parsed).toMatchObject({ errors: [{ rule: 'expert-import.id', path: 'rows[2].id' }] });
  });
});

describe(cellText.name, () => {
  it('reads what a cell shows: numbers, rich text, hyperlinks, formula results', () => {
    expect(cellText(13800138000)).toBe('13800138000');
    expect(cellText({ richText: [{ text: '张' }, { text: '三 ' }] })).toBe('张三');
    expect(cellText({ text: 'a@b.cn', hyperlink: 'mailto:a@b.cn' })).toBe('a@b.cn');
    expect(cellText({ formula: 'A1', result: '材料' })).toBe('材料');
    expect(cellText(null)).toBe('');
  });
});

describe(splitFields.name, () => {
  it('splits on 、 , ， ; ； and line breaks, dropping blanks and repeats', () => {
    expect(splitFields('材料、化工,材料；\n 装备 ')).toEqual(['材料', '化工', '装备']);
  });
});

describe(readSheet.name, () => {
  it('refuses bytes that are not a workbook', async () => {
    expect(await readSheet(Buffer.from('姓名,单位\n'))).toMatchObject({ rule: 'expert-import.file' });
    expect(await readSheet(Buffer.from('PK\x03\x04garbage'))).toMatchObject({ rule: 'expert-import.file' });
  });
});
