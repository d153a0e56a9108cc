import { Controller, Get, HttpCode, Post, Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { CurrentPrincipal, Roles, type Principal } from '@lz/auth';
import { ApiOperation, Idempotent, listOrExport, ZodBody, ZodParam, ZodQuery, ZodResponse } from '@lz/http';
import { entityIdSchema } from '@lz/policy';
import { CityDecisionService } from './city-decision.service';
import { CityReviewQueryService } from './city-review-query.service';
import {
  cityDecisionBodySchema,
  cityReviewListQuerySchema,
  cityReviewListSchema,
  cityReviewSchema,
  declineBodySchema,
  panelBodySchema,
  panelScoresQuerySchema,
  panelScoresSchema,
  scoresBodySchema,
  scoreViewSchema,
  type CityDecisionBody,
  type CityReviewListQuery,
  type DeclineBody,
  type PanelBody,
  type PanelScoresQuery,
  type ScoresBody,
} from './city-review.schema';
import { PANEL_SCORES_EXPORT } from './panel-scores-export.constants';
import { PanelService, type ExpertPrincipal } from './panel.service';
import { ScoringService } from './scoring.service';

/** 市级审查 (docs/SPEC.md §3.4): panel draw, scores, decision. */
@Controller('city-reviews')
export class CityReviewController {
  constructor(
    private readonly panels: PanelService,
    private readonly scoring: ScoringService,
    private readonly decisions: CityDecisionService,
    private readonly query: CityReviewQueryService,
  ) {}

  @Get()
  @Roles('officer', 'expert')
  @ZodResponse(200, cityReviewListSchema)
  @ApiOperation({
    zh: '市级审查列表(专家仅见本人任务)',
    en: 'The city-stage applications (an expert sees its own assignments)',
  })
  list(@ZodQuery(cityReviewListQuerySchema) q: CityReviewListQuery, @CurrentPrincipal() p: Principal) {
    return this.query.list(p, q);
  }

  @Get(':applicationId')
  @Roles('officer', 'expert')
  @ZodResponse(200, cityReviewSchema)
  @ApiOperation({
    zh: '查看市级审查(专家组、评分、汇总、抽取种子)',
    en: 'Read a city review: panel, scores, aggregate, draw seed',
  })
  view(@ZodParam('applicationId', entityIdSchema) applicationId: string, @CurrentPrincipal() p: Principal) {
    return this.query.view(p, applicationId);
  }

  @Get(':applicationId/scores')
  @Roles('officer', 'expert')
  @ZodResponse(200, panelScoresSchema)
  @ApiOperation({
    zh: '专家组评分明细(每名专家×每项指标,含满分与汇总;format=xlsx|csv 导出;仅市科技局)',
    en: "The panel's scores: one row per expert × rubric criterion with its maximum and the aggregate (format=xlsx|csv exports it; officers only, an expert gets 404)",
    exports: ['xlsx', 'csv'],
  })
  panelScores(
    @ZodParam('applicationId', entityIdSchema) applicationId: string,
    @ZodQuery(panelScoresQuerySchema) q: PanelScoresQuery,
    @CurrentPrincipal() p: Principal,
  ) {
    return listOrExport(q, PANEL_SCORES_EXPORT, (pq) => this.query.panelScores(p, applicationId, pq));
  }

  @Post(':applicationId/panel')
  @Roles('officer')
  @Idempotent()
  @ZodResponse(201, cityReviewSchema)
  @ApiOperation({
    zh: '随机抽取评审专家(回避)',
    en: 'Draw the expert panel at random, excluding conflicted organisations',
    errors: [409],
  })
  async drawPanel(
    @ZodParam('applicationId', entityIdSchema) applicationId: string,
    @ZodBody(panelBodySchema) body: PanelBody,
    @CurrentPrincipal() p: Principal,
    @Req() req: FastifyRequest,
  ) {
    await this.panels.draw(p, req.ip, applicationId, body.size);
    return this.query.view(p, applicationId);
  }

  @Post(':applicationId/decline')
  @HttpCode(200)
  @Roles('expert')
  @ApiOperation({
    zh: '专家说明理由后拒绝评审(回避或无法参加),由备选专家递补',
    en: 'An assigned expert declines with a reason (conflict or unavailable); the reserve takes the seat',
    errors: [400, 409],
  })
  decline(
    @ZodParam('applicationId', entityIdSchema) applicationId: string,
    @ZodBody(declineBodySchema) body: DeclineBody,
    @CurrentPrincipal() p: Principal,
    @Req() req: FastifyRequest,
  ) {
    return this.panels.decline(p as ExpertPrincipal, req.ip, applicationId, body);
  }

  @Post(':applicationId/scores')
  @HttpCode(200)
  @Roles('expert')
  @ZodResponse(200, scoreViewSchema)
  @ApiOperation({ zh: '专家评分', en: 'Score the application against the rubric', errors: [409, 422] })
  score(
    @ZodParam('applicationId', entityIdSchema) applicationId: string,
    @ZodBody(scoresBodySchema) body: ScoresBody,
    @CurrentPrincipal() p: Principal,
    @Req() req: FastifyRequest,
  ) {
    return this.scoring.score(p as ExpertPrincipal, req.ip, applicationId, body);
  }

  @Post(':applicationId/decision')
  @HttpCode(200)
  @Roles('officer')
  @Idempotent()
  @ApiOperation({
    zh: '市级审查决定(拟备案/不予备案)',
    en: 'Decide the city review (to be filed, reject)',
    errors: [409],
  })
  decide(
    @ZodParam('applicationId', entityIdSchema) applicationId: string,
    @ZodBody(cityDecisionBodySchema) body: CityDecisionBody,
    @CurrentPrincipal() p: Principal,
    @Req() req: FastifyRequest,
  ) {
    return this.decisions.decide(p, req.ip, applicationId, body);
  }
}
