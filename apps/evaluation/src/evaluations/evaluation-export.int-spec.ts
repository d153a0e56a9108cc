import { fetchFile, makeUscc, parseCsv, shanghaiWallClock, xlsxRows } from '@lz/testing';
import { EvaluationsController } from './evaluations.controller';
import type { EvaluationView } from './evaluations.schema';
import {
  filedOnOpeningTomorrow,
  register,
  runCycle,
  startEvaluation,
  type EvaluationHarness,
} from '../test-support/evaluation-harness';

jest.setTimeout(120_000);

const STATUS: Record<string, string> = { SCHEDULED: '未开始', GRADED: '已评估' };
const GRADE: Record<string, string> = { GOOD: '良好' };

describe(`${EvaluationsController.name} exports (format=xlsx|csv)`, () => {
  let h: EvaluationHarness;

  beforeAll(async () => {
    h = await startEvaluation();
  });
  afterAll(() => h.close());

  it("exports the officer's evaluations as the JSON list, and an evaluator's only its own", async () => {
    const org = makeUscc();
    const evaluator = { org, token: await h.svc.token({ role: 'evaluator', org, sub: 'evaluator-export' }) };
    const graded = await register(h, filedOnOpeningTomorrow(h));
    await runCycle(h, graded, graded.evaluationId, evaluator, 'GOOD');
    const other = await register(h, filedOnOpeningTomorrow(h));

    const json = (
      (await h.svc.request('GET', '/api/v1/evaluations?pageSize=100', { token: h.officer })).body as {
        items: EvaluationView[];
      }
    ).items;
    expect(json.map((e) => e.id)).toEqual(expect.arrayContaining([graded.evaluationId, other.evaluationId]));

    const xlsx = await fetchFile(h.svc, '/api/v1/evaluations?format=xlsx', h.officer);
    expect(xlsx.status).toBe(200);
    const rows = await xlsxRows(xlsx.bytes);
    expect(rows[0].slice(0, 6)).toEqual([
      '评估编号',
      '创新联合体编号',
      '评估周期',
      '开始日期',
      '截止日期',
      '状态',
    ]);
    expect(rows.slice(1).map((r) => [r[0], r[1], r[2], r[3], r[4], r[5], r[8] ?? ''])).toEqual(
      json.map((e) => [
        e.id,
        e.consortiumId,
        e.cycle,
        e.opensOn,
        e.dueOn,
        STATUS[e.status] ?? e.status,
        e.result ? GRADE[e.result.grade] : '',
      ]),
    );

    const mine = await fetchFile(h.svc, '/api/v1/evaluations?format=csv', evaluator.token);
    expect([...mine.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const own = parseCsv(mine.bytes.subarray(3).toString('utf8')).slice(1);
    const gradedView = json.find((e) => e.id === graded.evaluationId)!;
    expect(own.map((r) => [r[0], r[5], r[6], r[8], r[10]])).toEqual([
      [graded.evaluationId, '已评估', org, '良好', shanghaiWallClock(gradedView.result!.gradedAt)],
    ]);
  });
});
