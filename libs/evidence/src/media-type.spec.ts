import { MEDIA_TYPES, sniffMediaType } from './media-type';
import { buildZip, samplePdf } from '@lz/testing';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46]);
const OLE2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);

describe(sniffMediaType.name, () => {
  it('recognises PDF, PNG, JPEG and legacy Office (OLE2) by their magic bytes', () => {
    expect(sniffMediaType(samplePdf())).toBe(MEDIA_TYPES.pdf);
    expect(sniffMediaType(PNG)).toBe(MEDIA_TYPES.png);
    expect(sniffMediaType(JPEG)).toBe(MEDIA_TYPES.jpeg);
    expect(sniffMediaType(OLE2)).toBe(MEDIA_TYPES.ole2);
  });

  it('tells Word, Excel and PowerPoint OOXML apart by their parts', () => {
    const ct = Buffer.from('<Types/>');
    expect(
      sniffMediaType(
        buildZip([
          ['[Content_Types].xml', ct],
          ['word/document.xml', ct],
        ]),
      ),
    ).toBe(MEDIA_TYPES.docx);
    expect(
      sniffMediaType(
        buildZip([
          ['[Content_Types].xml', ct],
          ['xl/workbook.xml', ct],
        ]),
      ),
    ).toBe(MEDIA_TYPES.xlsx);
    expect(
      sniffMediaType(
        buildZip([
          ['[Content_Types].xml', ct],
          ['ppt/presentation.xml', ct],
        ]),
      ),
    ).toBe(MEDIA_TYPES.pptx);
    expect(
      sniffMediaType(
        buildZip([
          ['[Content_Types].xml', ct],
          ['visio/page.xml', ct],
        ]),
      ),
    ).toBeNull();
  });

  it('accepts a zip whose every entry is an allowed file, stored or deflated', () => {
    const zip = buildZip([
      ['docs/', Buffer.alloc(0), false],
      ['docs/a.pdf', samplePdf('a')],
      ['b.png', PNG, false],
      ['c.jpg', JPEG],
    ]);
    expect(sniffMediaType(zip)).toBe(MEDIA_TYPES.zip);
  });

  it('refuses a zip with one entry that is not allowed, whatever its name', () => {
    const zip = buildZip([
      ['a.pdf', samplePdf()],
      ['evil.pdf', Buffer.from('MZ\x90\x00 this is an executable')],
    ]);
    expect(sniffMediaType(zip)).toBeNull();
    expect(sniffMediaType(buildZip([]))).toBeNull();
  });

  it('refuses HTML, scripts, executables and truncated zips even when they claim to be PDFs', () => {
    expect(sniffMediaType(Buffer.from('<html><script>alert(1)</script></html>'))).toBeNull();
    expect(sniffMediaType(Buffer.from('MZ\x90\x00\x03'))).toBeNull();
    expect(sniffMediaType(Buffer.alloc(0))).toBeNull();
    const zip = buildZip([['a.pdf', samplePdf()]]);
    expect(sniffMediaType(zip.subarray(0, zip.length - 10))).toBeNull();
    expect(sniffMediaType(Buffer.from(' %PDF-1.4'))).toBeNull();
  });
});
