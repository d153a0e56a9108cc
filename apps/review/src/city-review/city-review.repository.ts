import { type ScoreItem } from '@lz/policy';
import { Injectable } from '@nestjs/common';
import type { ExpertScore, PanelAssignment, PanelDraw, Prisma } from '../infra/prisma/generated/client';
import { isUuid } from '../infra/ids';
import type { PrismaTx } from '../infra/prisma/prisma.service';
import type { DrawCandidate } from './panel-draw';

/** Panels (draw + assignments) and scores of one application. */
@Injectable()
export class CityReviewRepository {
  findDraw(tx: PrismaTx, applicationId: string): Promise<PanelDraw | null> {
    return tx.panelDraw.findUnique({ where: { applicationId } });
  }

  createDraw(tx: PrismaTx, data: Prisma.PanelDrawUncheckedCreateInput): Promise<PanelDraw> {
    return tx.panelDraw.create({ data });
  }

  assignments(tx: PrismaTx, applicationId: string): Promise<PanelAssignment[]> {
    return tx.panelAssignment.findMany({ where: { applicationId }, orderBy: { position: 'asc' } });
  }

  /**
   * The caller's live (not declined) assignment on this application, if any: the expert id is the
   * token's `sub` and the expert's registered organisation must be the token's `org`.
   */
  async activeAssignment(
    tx: PrismaTx,
    applicationId: string,
    expert: { sub: string; org: string },
  ): Promise<PanelAssignment | null> {
    if (!isUuid(expert.sub)) return null;
    const a = await tx.panelAssignment.findFirst({
      where: { applicationId, expertId: expert.sub, status: 'ASSIGNED' },
    });
    if (!a) return null;
    const registered = await tx.expert.findUnique({ where: { id: expert.sub } });
    return registered?.orgUscc === expert.org ? a : null;
  }

  /** Application ids the expert is currently (not declined) assigned to. */
  async assignedApplications(tx: PrismaTx, expert: { sub: string; org: string }): Promise<string[]> {
    if (!isUuid(expert.sub)) return [];
    const registered = await tx.expert.findUnique({ where: { id: expert.sub } });
    if (registered?.orgUscc !== expert.org) return [];
    const rows = await tx.panelAssignment.findMany({
      where: { expertId: expert.sub, status: 'ASSIGNED' },
      select: { applicationId: true },
    });
    return rows.map((r) => r.applicationId);
  }

  assign(tx: PrismaTx, applicationId: string, expertIds: string[], firstPosition: number, at: Date) {
    return tx.panelAssignment.createMany({
      data: expertIds.map((expertId, i) => ({
        applicationId,
        expertId,
        position: firstPosition + i,
        status: 'ASSIGNED',
        assignedAt: at,
      })),
    });
  }

  decline(tx: PrismaTx, applicationId: string, expertId: string, at: Date, reason: string) {
    return tx.panelAssignment.update({
      where: { applicationId_expertId: { applicationId, expertId } },
      data: { status: 'DECLINED', declinedAt: at, declineReason: reason },
    });
  }

  scores(tx: PrismaTx, applicationId: string): Promise<ExpertScore[]> {
    return tx.expertScore.findMany({ where: { applicationId }, orderBy: { scoredAt: 'asc' } });
  }

  findScore(tx: PrismaTx, applicationId: string, expertId: string): Promise<ExpertScore | null> {
    return tx.expertScore.findUnique({ where: { applicationId_expertId: { applicationId, expertId } } });
  }

  upsertScore(
    tx: PrismaTx,
    data: {
      applicationId: string;
      expertId: string;
      items: ScoreItem[];
      total: number;
      comment: string;
      scoredAt: Date;
    },
  ): Promise<ExpertScore> {
    const { applicationId, expertId, ...rest } = data;
    return tx.expertScore.upsert({
      where: { applicationId_expertId: { applicationId, expertId } },
      create: { applicationId, expertId, ...rest, items: rest.items as unknown as Prisma.InputJsonValue },
      update: { ...rest, items: rest.items as unknown as Prisma.InputJsonValue },
    });
  }
}

export function drawCandidates(d: PanelDraw): DrawCandidate[] {
  return d.candidates as unknown as DrawCandidate[];
}
export function drawOrder(d: PanelDraw): string[] {
  return d.order as unknown as string[];
}
