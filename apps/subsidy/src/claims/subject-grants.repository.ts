import { Injectable } from '@nestjs/common';
import type { PrismaTx } from '../infra/prisma/prisma.service';

export type SubjectGrantResult =
  { ok: true; grantedFen: number } | { ok: false; grantedFen: number; capFen: number | null };

/**
 * The granted total per platform/project over all tranches (docs/SPEC.md 4.3, 4.4). `add` is one conditional
 * UPDATE: it takes the subject row's lock, so concurrent grants on one subject are applied one after
 * the other and each sees the total the previous one left; the CHECK `granted_fen <= cap_fen` backs it.
 */
@Injectable()
export class SubjectGrantsRepository {
  /** The granted totals of these subjects (absent: nothing granted yet), for the claims' `cap` view. */
  async totals(
    tx: PrismaTx,
    keys: ReadonlyArray<{ category: string; ref: string }>,
  ): Promise<Map<string, number>> {
    if (keys.length === 0) return new Map();
    const rows = await tx.subjectGrant.findMany({
      where: { OR: keys.map((k) => ({ category: k.category, subjectRef: k.ref })) },
    });
    return new Map(rows.map((r) => [subjectKey(r.category, r.subjectRef), Number(r.grantedFen)]));
  }

  async add(
    tx: PrismaTx,
    s: { category: string; ref: string; capFen: number | null },
    amountFen: number,
  ): Promise<SubjectGrantResult> {
    await tx.$executeRawUnsafe(
      `INSERT INTO subject_grant (category, subject_ref, cap_fen) VALUES ($1, $2, $3::bigint)
       ON CONFLICT (category, subject_ref) DO NOTHING`,
      s.category,
      s.ref,
      s.capFen === null ? null : String(s.capFen),
    );
    const updated = await tx.$queryRawUnsafe<{ granted_fen: string }[]>(
      `UPDATE subject_grant SET granted_fen = granted_fen + $3::bigint, updated_at = CURRENT_TIMESTAMP
        WHERE category = $1 AND subject_ref = $2
          AND (cap_fen IS NULL OR granted_fen + $3::bigint <= cap_fen)
        RETURNING granted_fen::text AS granted_fen`,
      s.category,
      s.ref,
      String(amountFen),
    );
    if (updated.length === 1) return { ok: true, grantedFen: Number(updated[0].granted_fen) };
    const row = await tx.subjectGrant.findUnique({
      where: { category_subjectRef: { category: s.category, subjectRef: s.ref } },
    });
    return {
      ok: false,
      grantedFen: Number(row?.grantedFen ?? 0n),
      capFen: row?.capFen === null || row?.capFen === undefined ? null : Number(row.capFen),
    };
  }
}

/** One key per platform/project: a cap holds per category and reference. */
export const subjectKey = (category: string, ref: string) => `${category}\u0000${ref}`;
