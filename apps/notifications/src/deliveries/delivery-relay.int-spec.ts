import { sleep, waitForExactly, waitUntil } from '@lz/testing';
import {
  handled,
  MailCatcher,
  makeEnvelope,
  makeUscc,
  makeUuid,
  publish,
  startNotifications,
  submitted,
  type NotificationsHarness,
} from '../test-support/notifications-harness';
import { DeliveryRelay } from './delivery-relay.service';

const PORTAL = 'https://lz.example.test';

describe(DeliveryRelay.name, () => {
  let h: NotificationsHarness;
  let smtp: MailCatcher;
  beforeAll(async () => {
    smtp = await MailCatcher.open();
    h = await startNotifications({
      SMTP_URL: smtp.url,
      MAIL_FROM: '泸州市科学技术局 <noreply@lz.example.test>',
      PORTAL_URL: PORTAL,
      DELIVERY_POLL_MS: '100',
      DELIVERY_RETRY_BASE_MS: '200',
      DELIVERY_RETRY_MAX_MS: '2000',
      SMTP_TIMEOUT_MS: '2000',
      DELIVERY_LEASE_MS: '10000',
    });
  });
  afterAll(async () => {
    await h.close();
    await smtp.stop();
  });

  async function savePreferences(token: string, address: string | null, enabled = true) {
    const res = await h.svc.request('PUT', '/api/v1/notifications/preferences', {
      token,
      body: { email: { enabled, address }, sms: { enabled: false, phone: null } },
    });
    expect(res.status).toBe(200);
  }

  async function pending(): Promise<{ rows: number; retried: number }> {
    const { rows } = await h.db.query<{ rows: number; retried: number }>(
      `SELECT count(*)::int AS rows, count(*) FILTER (WHERE attempts >= 2)::int AS retried
         FROM delivery WHERE status = 'PENDING'`,
    );
    return rows[0];
  }

  it('mails the people each event concerns, in Chinese, once per event even when it is delivered twice', async () => {
    const officer = await h.svc.token({ role: 'officer', sub: 'officer-zhang' });
    const officerOff = await h.svc.token({ role: 'officer', sub: 'officer-li' });
    const reviewer = await h.svc.token({ role: 'reviewer', sub: 'reviewer-a', jurisdiction: '510502' });
    const otherReviewer = await h.svc.token({ role: 'reviewer', sub: 'reviewer-b', jurisdiction: '510504' });
    await savePreferences(officer, 'zhang@kjj.example.test');
    await savePreferences(officerOff, 'li@kjj.example.test', false);
    await savePreferences(reviewer, 'review@jy.example.test');
    await savePreferences(otherReviewer, 'review@lmt.example.test');
    const before = smtp.received.length;

    const sub = submitted({ jurisdictionCode: '510502', contactEmail: 'luo@unit.example.test' });
    const objection = makeEnvelope('publicity.objection.filed.v1', {
      applicationId: sub.data.applicationId,
      noticeId: makeUuid(),
      objectionId: makeUuid(),
      reason: '联合体成员单位的研发投入数据与实际不符',
    });
    await publish(h, sub);
    await handled(h, sub.id);
    await publish(h, objection);
    await publish(h, objection);

    // Raw messages the SMTP server accepted, not de-duplicated ids.
    await waitForExactly('mails accepted by the SMTP server', () => smtp.received.length - before, 3, {
      graceMs: 3_000,
    });
    const mails = smtp.received.slice(before);
    expect(mails.map((m) => m.to).sort()).toEqual([
      ['luo@unit.example.test'],
      ['review@jy.example.test'],
      ['zhang@kjj.example.test'],
    ]);
    const queue = smtp.to('review@jy.example.test')[0];
    expect(queue.subject).toBe(`【泸州市创新联合体管理平台】新的申报待初审：${sub.data.name}`);
    expect(queue.body).toContain('已进入本辖区初审队列');
    expect(queue.body).toContain(`${PORTAL}/workspace/preliminary-reviews/${sub.data.applicationId}`);
    const bureau = smtp.to('zhang@kjj.example.test')[0];
    expect(bureau.subject).toBe(`【泸州市创新联合体管理平台】公示期内收到新异议：${sub.data.name}`);
    expect(bureau.body).toContain('异议理由：联合体成员单位的研发投入数据与实际不符');
    const unit = smtp.to('luo@unit.example.test')[0];
    expect(unit.subject).toBe(`【泸州市创新联合体管理平台】公示中的申报收到异议：${sub.data.name}`);
    // The objection's reason stays with the Bureau.
    expect(unit.body).not.toContain('研发投入');
    expect(new Set(mails.map((m) => m.messageId)).size).toBe(3);
  });

  it('ends a mail the server refuses for good (550) as FAILED without retrying, and delivers the others', async () => {
    const officer = await h.svc.token({ role: 'officer', sub: 'officer-wang' });
    await savePreferences(officer, 'gone@kjj.example.test');
    smtp.refused.add('gone@kjj.example.test');
    const before = smtp.received.length;
    const sub = submitted({ jurisdictionCode: '510522', contactEmail: 'he@unit.example.test' });
    await publish(h, sub);
    await handled(h, sub.id);
    const objection = makeEnvelope('publicity.objection.filed.v1', {
      applicationId: sub.data.applicationId,
      noticeId: makeUuid(),
      objectionId: makeUuid(),
    });
    await publish(h, objection);
    // zhang (officer, from the first test) and the unit's contact; li switched e-mail off.
    await waitForExactly('mails accepted', () => smtp.received.length - before, 2, { graceMs: 3_000 });
    expect(
      smtp.received
        .slice(before)
        .map((m) => m.to[0])
        .sort(),
    ).toEqual(['he@unit.example.test', 'zhang@kjj.example.test']);
    const { rows } = await h.db.query<{ status: string; attempts: number; last_error: string }>(
      "SELECT status, attempts, last_error FROM delivery WHERE address = 'gone@kjj.example.test'",
    );
    expect(rows).toEqual([{ status: 'FAILED', attempts: 1, last_error: 'SMTP 550' }]);
    const ready = await h.svc.request('GET', '/health/ready');
    expect(JSON.stringify(ready.body)).toContain('EMAIL refused for good');
    expect(JSON.stringify(ready.body)).not.toContain('gone@');
  });

  // The mail server is down for 30 s while six mails are due, then comes back: each arrives exactly
  // once (raw messages the SMTP server accepted). Checked once with the relay's retry removed
  // (`markFailed` instead of `retryLater` in deliver()): every row ended FAILED after its first
  // attempt and this failed ("timed out waiting for: six deliveries retried"; nothing was sent later).
  it('delivers every mail exactly once after the SMTP server was down for 30 s', async () => {
    const reviewer = await h.svc.token({ role: 'reviewer', sub: 'reviewer-c', jurisdiction: '510503' });
    await savePreferences(reviewer, 'review@nx.example.test');
    const before = smtp.received.length;
    await smtp.stop();
    const downAt = Date.now();

    const subs = [1, 2, 3].map((i) =>
      submitted({ jurisdictionCode: '510503', contactEmail: `lead${i}@unit.example.test` }),
    );
    for (const s of subs) await publish(h, s);
    for (const s of subs) await handled(h, s.id);
    const returns = subs.map((s) =>
      makeEnvelope('review.preliminary.decided.v1', {
        applicationId: s.data.applicationId,
        jurisdictionCode: '510503',
        decision: 'RETURN',
        opinion: '请补充成员单位出资证明',
      }),
    );
    for (const e of returns) await publish(h, e);
    for (const e of returns) await handled(h, e.id);

    // All six are queued and have failed more than once against the closed port.
    await waitUntil(async () => (await pending()).retried === 6, 'six deliveries retried', 20_000);
    await sleep(Math.max(0, 30_000 - (Date.now() - downAt)));
    expect(smtp.received.length - before).toBe(0);
    expect((await pending()).rows).toBe(6);

    await smtp.start();
    await waitForExactly(
      'mails accepted after the SMTP server came back',
      () => smtp.received.length - before,
      6,
      {
        timeoutMs: 20_000,
        graceMs: 4_000,
      },
    );
    const mails = smtp.received.slice(before);
    expect(mails.map((m) => m.to[0]).sort()).toEqual([
      'lead1@unit.example.test',
      'lead2@unit.example.test',
      'lead3@unit.example.test',
      'review@nx.example.test',
      'review@nx.example.test',
      'review@nx.example.test',
    ]);
    expect(new Set(mails.map((m) => m.messageId)).size).toBe(6);
    expect(
      mails
        .filter((m) => m.subject.includes('申报被退回修改'))
        .every((m) => m.body.includes('请补充成员单位出资证明')),
    ).toBe(true);
    const { rows } = await h.db.query<{ status: string; n: number }>(
      `SELECT status, count(*)::int AS n FROM delivery
        WHERE address IN ('lead1@unit.example.test', 'lead2@unit.example.test', 'lead3@unit.example.test', 'review@nx.example.test')
        GROUP BY status`,
    );
    expect(rows).toEqual([{ status: 'SENT', n: 6 }]);
  }, 120_000);

  it('mails the lead unit when its evaluation window opens, is reminded and is overdue, and the officers on overdue, once each', async () => {
    const officer = await h.svc.token({ role: 'officer', sub: 'officer-wang' });
    await savePreferences(officer, 'wang@kjj.example.test');
    const lead = makeUscc();
    const contact = `eval-${lead.toLowerCase()}@unit.example.test`;
    const sub = submitted({ leadUscc: lead, contactEmail: contact });
    const consortiumId = makeUuid();
    const registered = makeEnvelope('review.consortium.registered.v1', {
      consortiumId,
      applicationId: sub.data.applicationId,
      leadUscc: lead,
      name: sub.data.name,
      filingNumber: '泸创联备〔2026〕021号',
    });
    for (const e of [sub, registered]) {
      await publish(h, e);
      await handled(h, e.id);
    }
    const evaluationId = makeUuid();
    const cycle = { evaluationId, consortiumId, leadUscc: lead };
    const events = [
      makeEnvelope('evaluation.window.opened.v1', cycle),
      makeEnvelope('evaluation.report.reminded.v1', { ...cycle, workingDaysBefore: 3 }),
      makeEnvelope('evaluation.report.overdue.v1', cycle),
    ];
    for (const e of events) await publish(h, e);
    await publish(h, events[2]); // the broker delivers the overdue twice

    const link = `${PORTAL}/workspace/evaluations/${evaluationId}`;
    const about = () => smtp.received.filter((m) => m.body.includes(link));
    await waitForExactly(
      'mails to the lead unit',
      () => about().filter((m) => m.to.includes(contact)).length,
      3,
      {
        graceMs: 3_000,
      },
    );
    const toWang = about().filter((m) => m.to.includes('wang@kjj.example.test'));
    expect(toWang).toHaveLength(1);
    expect(toWang[0].subject).toBe('【泸州市创新联合体管理平台】评估材料逾期未提交，待处理：第 1 期');
    expect(toWang[0].body).toContain('逾期不自动视为评估不合格');
    expect(
      smtp
        .to(contact)
        .filter((m) => m.body.includes(link))
        .map((m) => m.subject.replace('【泸州市创新联合体管理平台】', ''))
        .sort(),
    ).toEqual(
      [
        '第 1 期评估已开始，请于2026年10月20日前提交评估材料',
        '评估材料提交提醒：距提交截止日还有 3 个工作日',
        '第 1 期评估材料逾期未提交',
      ].sort(),
    );
    for (const m of about().filter((x) => x.to.includes(contact))) {
      expect(m.body).toContain(`「${sub.data.name}」（泸创联备〔2026〕021号）`);
    }
  });
});
