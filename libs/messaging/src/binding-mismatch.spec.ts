import { bindingMismatch } from './rabbitmq-transport.consumer';

describe(bindingMismatch.name, () => {
  it('accepts bindings and handlers that name the same types, in any order', () => {
    expect(bindingMismatch('intake', ['a.b.c.v1', 'd.e.f.v1'], ['d.e.f.v1', 'a.b.c.v1'])).toBeNull();
  });

  it('names a consumed type without a handler and says what to add', () => {
    expect(bindingMismatch('intake', ['a.b.c.v1', 'd.e.f.v1'], ['a.b.c.v1'])).toMatch(
      /service "intake" cannot start: it consumes d\.e\.f\.v1 but has no handler: add an @OnEvent/,
    );
  });

  it('names a handled type that is not consumed and says where to declare it', () => {
    expect(bindingMismatch('review', [], ['a.b.c.v1'])).toMatch(
      /it has handlers for a\.b\.c\.v1 that it does not consume: add the type to `consumes`/,
    );
  });
});
