import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { Principal } from '@lz/auth';
import { pageOf, type Page } from '@lz/http';
import { recordAudit } from '@lz/platform';
import { PrismaService } from '../infra/prisma/prisma.service';
import { expertView, ExpertsRepository } from './experts.repository';
import type { ExpertBody, ExpertListQuery, ExpertView } from './experts.schema';

/** The expert pool (评审专家库), kept by officers. The returned id is the expert's login `sub`. */
@Injectable()
export class ExpertsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly experts: ExpertsRepository,
  ) {}

  async register(officer: Principal, ip: string | undefined, body: ExpertBody): Promise<ExpertView> {
    const fields = [...new Set(body.fields)];
    const expert = await this.prisma.transaction(async (tx) => {
      const created = await this.experts.create(tx, {
        id: randomUUID(),
        name: body.name,
        orgUscc: body.orgUscc,
        fields,
      });
      await recordAudit(
        tx,
        { principal: officer, ip },
        {
          action: 'expert.registered',
          objectType: 'expert',
          objectId: created.id,
          detail: { orgUscc: created.orgUscc, fields },
        },
      );
      return created;
    });
    return expertView(expert);
  }

  async list(q: ExpertListQuery): Promise<Page<ExpertView>> {
    const { rows, total } = await this.experts.page(this.prisma, q);
    return pageOf(rows.map(expertView), total, q);
  }
}
