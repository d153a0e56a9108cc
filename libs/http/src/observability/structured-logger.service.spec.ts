import { runWithCorrelationId } from './correlation';
import { REDACTED } from './personal-data.redaction';
import { StructuredLogger } from './structured-logger.service';

function capture(levels?: ConstructorParameters<typeof StructuredLogger>[1]) {
  const lines: string[] = [];
  const logger = new StructuredLogger('publicity', levels, (l) => lines.push(l));
  const parsed = () => lines.map((l) => JSON.parse(l) as Record<string, unknown>);
  return { logger, lines, parsed };
}

/** A real JSON.parse failure on a malformed message that starts with a contact's details. */
function jsonParseError(text: string): Error {
  try {
    JSON.parse(text);
  } catch (err) {
    return err as Error;
  }
  throw new Error('parsed');
}

describe(StructuredLogger.name, () => {
  it('writes one JSON object per line with level, time, service, correlation id and message', () => {
    const { logger, lines, parsed } = capture();
    runWithCorrelationId('corr-1', () => logger.log('notice expired', 'NoticeExpiry'));
    logger.event('log', 'request', {
      correlationId: 'corr-2',
      method: 'GET',
      route: '/notices',
      status: 200,
    });
    expect(lines).toHaveLength(2);
    expect(parsed()[0]).toEqual({
      level: 'info',
      time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      service: 'publicity',
      context: 'NoticeExpiry',
      correlationId: 'corr-1',
      msg: 'notice expired',
    });
    expect(parsed()[1]).toMatchObject({ msg: 'request', correlationId: 'corr-2', status: 200 });
  });

  it('prints only the levels asked for', () => {
    const { logger, lines } = capture(['warn', 'error', 'fatal']);
    logger.log('quiet');
    logger.debug('quiet');
    logger.warn('loud');
    expect(lines.map((l) => (JSON.parse(l) as { msg: string }).msg)).toEqual(['loud']);
  });

  it('replaces contacts, phones, e-mails and bodies whole, at any depth', () => {
    const { logger, parsed } = capture();
    logger.log({
      msg: 'objection',
      data: { objectionId: 'o1', contact: { name: '王先生', phone: '13908301234' } },
      lead: { contact: { name: '罗文斌', phone: '0830-3101234', email: 'luowb@chunyuan.example.cn' } },
      items: [{ contactPhone: '15912345678', Email: 'a@b.cn' }],
      body: { reason: '张三举报' },
      headers: { authorization: 'Bearer abc' },
    });
    expect(parsed()[0]).toMatchObject({
      data: { objectionId: 'o1', contact: REDACTED },
      lead: { contact: REDACTED },
      items: [{ contactPhone: REDACTED, Email: REDACTED }],
      body: REDACTED,
      headers: { authorization: REDACTED },
    });
    expect(JSON.stringify(parsed())).not.toMatch(/王先生|罗文斌|张三|13908301234|luowb|abc/);
  });

  it('scrubs phones, e-mails, quoted row values and JSON snippets from messages and errors', () => {
    const { logger, lines } = capture();
    logger.warn('objection by +86 13908301234, mailed to luowb@chunyuan.example.cn');
    logger.error(
      'handler failed: duplicate key value violates unique constraint; Key (contact_name, contact_phone)=(王先生, 13908301234) already exists.',
    );
    logger.error(
      new Error('new row violates check constraint; Failing row contains (1, 罗文斌, 0830-3101234).'),
    );
    logger.error(`bad JSON: ${jsonParseError('罗文斌 0830-3101234 luowb@chunyuan.example.cn').message}`);
    logger.error('call 028-85123456 or 02885123456', new Error('at 0830 3101234').stack, 'Ctx');
    logger.log({ msg: 'unhandled error', url: '/api/v1/registry?q=罗文斌&pageSize=20' });
    const text = lines.join('\n');
    for (const secret of [
      '13908301234',
      'luowb',
      '王先生',
      '罗文斌',
      '0830-3101234',
      '0830-3',
      '85123456',
      '3101234',
    ])
      expect(text).not.toContain(secret);
    expect(text).toContain('Key (contact_name, contact_phone)=([redacted]) already exists');
    expect(text).toContain('/api/v1/registry?q=[redacted]&pageSize=[redacted]');
  });

  it('keeps ids, USCCs, instants and filing numbers readable', () => {
    const { logger, lines } = capture();
    const fields = {
      eventId: '0b6f9d7e-4a1c-4b2e-9f3a-123456789012',
      uscc: '91510500MA62A1B2C3',
      at: '2026-12-02T03:10:11.123Z',
      filingNumber: '泸创联备〔2026〕003号',
    };
    logger.log({ msg: 'event', ...fields });
    expect(JSON.parse(lines[0])).toMatchObject(fields);
  });
});
