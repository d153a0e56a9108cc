import { chineseDate, CjkFontMissingError, noticeDocument, resolveCjkFont } from './list-printout';

describe(resolveCjkFont.name, () => {
  it('takes PDF_CJK_FONT with a face of a collection, and refuses one that does not exist', () => {
    expect(resolveCjkFont({ PDF_CJK_FONT: `${__filename}#Face` })).toEqual({
      file: __filename,
      face: 'Face',
    });
    expect(() => resolveCjkFont({ PDF_CJK_FONT: '/nowhere/font.ttc' })).toThrow(CjkFontMissingError);
    expect(() => resolveCjkFont({ PDF_CJK_FONT: '/nowhere/font.ttc' })).toThrow(/PDF_CJK_FONT/);
  });
});

describe(noticeDocument.name, () => {
  it('lays a notice out: title, body, the table with a header row, office and date last', () => {
    const doc = noticeDocument({
      fileName: 'x',
      title: '关于拟备案名单的公示',
      body: ['公示期自发布之日的次日起计算。'],
      columns: [{ header: '名称', value: (r: { n: string }) => r.n }],
      rows: [{ n: '甲' }, { n: '乙' }],
      date: '2026-12-03',
    }) as { content: Array<Record<string, unknown>> };
    const texts = doc.content.map((c) => c.text);
    expect(texts[0]).toBe('关于拟备案名单的公示');
    expect(texts[1]).toBe('公示期自发布之日的次日起计算。');
    expect((doc.content[2].table as { body: unknown[][] }).body).toHaveLength(3);
    expect(texts.slice(-2)).toEqual(['泸州市科学技术局', '2026年12月3日']);
    expect(chineseDate('2027-01-09')).toBe('2027年1月9日');
  });
});
