import { createHash, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { Principal } from '@lz/auth';
import {
  ConflictProblem,
  NotFoundProblem,
  pageOf,
  ProblemException,
  type Page,
  type ProblemError,
} from '@lz/http';
import { recordAudit } from '@lz/platform';
import type { Expert } from '../infra/prisma/generated/client';
import { PrismaService, type PrismaTx } from '../infra/prisma/prisma.service';
import { naturalKey, parseExpertRows, readSheet, type ImportRow } from './expert-import';
import { expertView, ExpertsRepository, type ExpertData } from './experts.repository';
import type {
  ExpertBody,
  ExpertImportResult,
  ExpertListQuery,
  ExpertPatch,
  ExpertView,
  RetireExpertBody,
} from './experts.schema';

const DATA_KEYS = ['name', 'orgUscc', 'orgName', 'fields', 'title', 'phone', 'email'] as const;

/** A body's optional texts as stored: '' and absent are `null`; fields without repeats. */
function dataOf(body: ExpertBody): ExpertData {
  const blank = (v: string | null | undefined) => (v ? v : null);
  return {
    name: body.name,
    orgUscc: body.orgUscc,
    orgName: blank(body.orgName),
    fields: [...new Set(body.fields)],
    title: blank(body.title),
    phone: blank(body.phone),
    email: blank(body.email),
  };
}

/** The columns that differ (names only: the audit trail never holds a contact). */
function changedKeys(before: Expert, after: Partial<ExpertData>): (keyof ExpertData)[] {
  return DATA_KEYS.filter((k) => {
    if (!(k in after)) return false;
    const a = after[k];
    const b = before[k];
    return Array.isArray(a) && Array.isArray(b) ? a.join('\u0000') !== b.join('\u0000') : a !== b;
  });
}

const isUniqueViolation = (err: unknown) => (err as { code?: string } | null)?.code === 'P2002';

const duplicateProblem = (e: { name: string; orgUscc: string }) =>
  new ConflictProblem(
    'expert.duplicate',
    `The pool already holds ${e.name} of the organisation ${e.orgUscc} (an expert is one name within one organisation); edit that entry instead`,
    `专家库中已有该单位(${e.orgUscc})的${e.name}(同一单位的同名专家视为同一人);请修改原条目`,
    'name',
  );

/** The expert pool (评审专家库), kept by officers. The returned id is the expert's login `sub`. */
@Injectable()
export class ExpertsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly experts: ExpertsRepository,
  ) {}

  async register(officer: Principal, ip: string | undefined, body: ExpertBody): Promise<ExpertView> {
    const data = dataOf(body);
    try {
      const expert = await this.prisma.transaction(async (tx) => {
        if (await this.experts.findByKey(tx, data)) throw duplicateProblem(data);
        return this.create(tx, officer, ip, data);
      });
      return expertView(expert);
    } catch (err) {
      // Two registrations of one expert at the same instant: the unique key refuses the second.
      if (isUniqueViolation(err)) throw duplicateProblem(data);
      throw err;
    }
  }

  async get(id: string): Promise<ExpertView> {
    const e = await this.experts.findById(this.prisma, id);
    if (!e) throw new NotFoundProblem('expert');
    return expertView(e);
  }

  /** Edits the entry; a retired expert may be corrected too (they stay retired). */
  async update(officer: Principal, ip: string | undefined, id: string, patch: ExpertPatch) {
    const data: Partial<ExpertData> = {};
    for (const k of DATA_KEYS) if (k in patch) Object.assign(data, { [k]: patch[k] || null });
    if (patch.fields) data.fields = [...new Set(patch.fields)];
    try {
      const expert = await this.prisma.transaction(async (tx) => {
        const before = await this.experts.lockById(tx, id);
        if (!before) throw new NotFoundProblem('expert');
        const key = { name: data.name ?? before.name, orgUscc: data.orgUscc ?? before.orgUscc };
        const holder = await this.experts.findByKey(tx, key);
        if (holder && holder.id !== id) throw duplicateProblem(key);
        return this.change(tx, officer, ip, before, data, 'form');
      });
      return expertView(expert);
    } catch (err) {
      if (isUniqueViolation(err))
        throw duplicateProblem({ name: patch.name ?? '', orgUscc: patch.orgUscc ?? '' });
      throw err;
    }
  }

  /** 退出专家库: never drawn again; the panels and scores the expert took part in stay. */
  async retire(officer: Principal, ip: string | undefined, id: string, body: RetireExpertBody) {
    const expert = await this.prisma.transaction(async (tx) => {
      const before = await this.experts.lockById(tx, id);
      if (!before) throw new NotFoundProblem('expert');
      if (before.status === 'RETIRED') {
        throw new ConflictProblem(
          'expert.retired',
          'The expert has already retired from the pool',
          '该专家已退出专家库',
        );
      }
      const retired = await this.experts.retire(tx, id, body.reason, new Date());
      await recordAudit(
        tx,
        { principal: officer, ip },
        { action: 'expert.retired', objectType: 'expert', objectId: id, detail: { reason: body.reason } },
      );
      return retired;
    });
    return expertView(expert);
  }

  async list(q: ExpertListQuery): Promise<Page<ExpertView>> {
    const { rows, total } = await this.experts.page(this.prisma, q);
    return pageOf(rows.map(expertView), total, q);
  }

  /**
   * `POST /experts/import`: every row checked first (the file's own rules, then against the pool);
   * with any error nothing is written and the problem lists each row's errors. A row with an expert
   * number updates that expert; one without is matched on the natural key (organisation USCC + name):
   * updated when it differs, left alone when not, created when new — so the same file twice doubles
   * nobody. Retirement is not changed by an import.
   */
  async import(officer: Principal, ip: string | undefined, bytes: Buffer): Promise<ExpertImportResult> {
    const sheet = await readSheet(bytes);
    if (!('header' in sheet)) throw importProblem([sheet]);
    const parsed = parseExpertRows(sheet);
    if ('errors' in parsed) throw importProblem(parsed.errors);
    const file = createHash('sha256').update(bytes).digest('hex');
    try {
      return await this.prisma.transaction(async (tx) => {
        await this.experts.lockPool(tx);
        const plan = await this.match(tx, parsed.rows);
        if ('errors' in plan) throw importProblem(plan.errors);
        const result: ExpertImportResult = { created: 0, updated: 0, unchanged: 0, rows: [] };
        for (const { row, target, data } of plan.steps) {
          if (!target) {
            const created = await this.create(tx, officer, ip, data, file);
            result.created += 1;
            result.rows.push({ row: row.row, expertId: created.id, outcome: 'CREATED' });
          } else if (changedKeys(target, data).length > 0) {
            await this.change(tx, officer, ip, target, data, file);
            result.updated += 1;
            result.rows.push({ row: row.row, expertId: target.id, outcome: 'UPDATED' });
          } else {
            result.unchanged += 1;
            result.rows.push({ row: row.row, expertId: target.id, outcome: 'UNCHANGED' });
          }
        }
        return result;
      });
    } catch (err) {
      if (isUniqueViolation(err)) {
        throw importProblem([
          {
            rule: 'expert.duplicate',
            path: 'rows',
            message: 'Two experts of the file would end with the same name and organisation USCC',
            messageZh: '导入后会有两名专家的姓名和单位统一社会信用代码相同',
          },
        ]);
      }
      throw err;
    }
  }

  /** Each row's expert in the pool (by number, else by natural key), or the rows that cannot be applied. */
  private async match(
    tx: PrismaTx,
    rows: ImportRow[],
  ): Promise<
    { steps: { row: ImportRow; target: Expert | null; data: ExpertData }[] } | { errors: ProblemError[] }
  > {
    const ids = rows.flatMap((r) => (r.id ? [r.id] : []));
    const byId = new Map((await this.experts.findMany(tx, ids)).map((e) => [e.id, e]));
    const orgs = [...new Set(rows.map((r) => r.body.orgUscc))];
    const byKey = new Map((await this.experts.ofOrganisations(tx, orgs)).map((e) => [naturalKey(e), e]));
    const errors: ProblemError[] = [];
    const steps: { row: ImportRow; target: Expert | null; data: ExpertData }[] = [];
    for (const row of rows) {
      const data = dataOf(row.body);
      const holder = byKey.get(naturalKey(data)) ?? null;
      if (row.id) {
        const target = byId.get(row.id);
        if (!target) {
          errors.push({
            rule: 'expert-import.id',
            path: `rows[${row.row}].id`,
            message: `Row ${row.row}, column 专家编号: no expert of the pool has this number; leave it empty for a new expert`,
            messageZh: `第 ${row.row} 行「专家编号」:专家库中没有该编号的专家;新专家请留空`,
          });
          continue;
        }
        if (holder && holder.id !== target.id) {
          errors.push({
            rule: 'expert.duplicate',
            path: `rows[${row.row}].name`,
            message: `Row ${row.row}, column 姓名: another expert of the pool (${holder.id}) has this name in this organisation`,
            messageZh: `第 ${row.row} 行「姓名」:专家库中该单位已有同名专家(编号 ${holder.id})`,
          });
          continue;
        }
        steps.push({ row, target, data });
      } else steps.push({ row, target: holder, data });
    }
    return errors.length > 0 ? { errors } : { steps };
  }

  private async create(
    tx: PrismaTx,
    officer: Principal,
    ip: string | undefined,
    data: ExpertData,
    importedFrom?: string,
  ): Promise<Expert> {
    const created = await this.experts.create(tx, { id: randomUUID(), ...data });
    await recordAudit(
      tx,
      { principal: officer, ip },
      {
        action: 'expert.registered',
        objectType: 'expert',
        objectId: created.id,
        detail: {
          orgUscc: created.orgUscc,
          fields: created.fields,
          ...(importedFrom ? { importedFrom } : {}),
        },
      },
    );
    return created;
  }

  /** Writes what differs and audits the names of the changed columns (never their values). */
  private async change(
    tx: PrismaTx,
    officer: Principal,
    ip: string | undefined,
    before: Expert,
    data: Partial<ExpertData>,
    via: string,
  ): Promise<Expert> {
    const changed = changedKeys(before, data);
    if (changed.length === 0) return before;
    const updated = await this.experts.update(
      tx,
      before.id,
      Object.fromEntries(changed.map((k) => [k, data[k]])),
      new Date(),
    );
    await recordAudit(
      tx,
      { principal: officer, ip },
      {
        action: 'expert.updated',
        objectType: 'expert',
        objectId: before.id,
        detail: { changed, ...(via === 'form' ? {} : { importedFrom: via }) },
      },
    );
    return updated;
  }
}

/** 400: the file, or rows of it, cannot be imported; nothing was written. */
function importProblem(errors: ProblemError[]): ProblemException {
  return new ProblemException('input.invalid', {
    detail: `The file was not imported (nothing was written): ${errors.length} problem(s), each naming its row and column`,
    errors,
  });
}
