import { UPLOAD_ACCEPT, UPLOAD_MAX_BYTES, uploadRefusal } from './upload-limits';

describe(uploadRefusal.name, () => {
  it('lets an allowed type within the limit through', () => {
    expect(uploadRefusal({ name: '组建协议.PDF', size: 1 })).toBeNull();
    expect(uploadRefusal({ name: 'photo.jpeg', size: UPLOAD_MAX_BYTES })).toBeNull();
  });

  it('refuses an empty file, one over the limit and a type the service refuses', () => {
    expect(uploadRefusal({ name: 'a.pdf', size: 0 })).toBe('input.file');
    expect(uploadRefusal({ name: 'a.pdf', size: UPLOAD_MAX_BYTES + 1 })).toBe('input.file_size');
    expect(uploadRefusal({ name: 'notes.txt', size: 5 })).toBe('input.media_type');
    expect(uploadRefusal({ name: 'pdf', size: 5 })).toBe('input.media_type');
    expect(uploadRefusal({ name: 'a.constructor', size: 5 })).toBe('input.media_type');
  });

  it('offers the same extensions to the file input', () => {
    expect(UPLOAD_ACCEPT.split(',')).toEqual(
      expect.arrayContaining(['.pdf', '.png', '.jpg', '.docx', '.zip']),
    );
  });
});
