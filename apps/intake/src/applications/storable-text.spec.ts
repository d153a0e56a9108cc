import { unstorableText } from './storable-text';

describe(unstorableText.name, () => {
  it('names the fields holding NUL or an unpaired surrogate', () => {
    expect(
      unstorableText({ name: 'a\u0000b', members: [{ region: 'x' }, { region: '\ud800' }] }).map(
        (e) => e.path,
      ),
    ).toEqual(['name', 'members[1].region']);
  });

  it('accepts Chinese text, emoji (paired surrogates) and ordinary control characters', () => {
    expect(unstorableText({ name: '泸州示范酒业 🍶', note: 'line\nnext\t' })).toEqual([]);
  });
});
