import { Controller, Get, HttpCode, Post, Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { CurrentPrincipal, Roles, type Principal } from '@lz/auth';
import { Idempotent, ZodBody, ZodParam, ZodQuery, ZodResponse } from '@lz/http';
import { entityIdSchema } from '@lz/policy';
import { CityDecisionService } from './city-decision.service';
import { CityReviewQueryService } from './city-review-query.service';
import {
  cityDecisionBodySchema,
  cityReviewListQuerySchema,
  cityReviewListSchema,
  cityReviewSchema,
  panelBodySchema,
  scoresBodySchema,
  scoreViewSchema,
  type CityDecisionBody,
  type CityReviewListQuery,
  type PanelBody,
  type ScoresBody,
} from './city-review.schema';
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
  list(@ZodQuery(cityReviewListQuerySchema) q: CityReviewListQuery, @CurrentPrincipal() p: Principal) {
    return this.query.list(p, q);
  }

  @Get(':applicationId')
  @Roles('officer', 'expert')
  @ZodResponse(200, cityReviewSchema)
  view(@ZodParam('applicationId', entityIdSchema) applicationId: string, @CurrentPrincipal() p: Principal) {
    return this.query.view(p, applicationId);
  }

  @Post(':applicationId/panel')
  @Roles('officer')
  @Idempotent()
  @ZodResponse(201, cityReviewSchema)
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
  decline(
    @ZodParam('applicationId', entityIdSchema) applicationId: string,
    @CurrentPrincipal() p: Principal,
    @Req() req: FastifyRequest,
  ) {
    return this.panels.decline(p as ExpertPrincipal, req.ip, applicationId);
  }

  @Post(':applicationId/scores')
  @HttpCode(200)
  @Roles('expert')
  @ZodResponse(200, scoreViewSchema)
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
  decide(
    @ZodParam('applicationId', entityIdSchema) applicationId: string,
    @ZodBody(cityDecisionBodySchema) body: CityDecisionBody,
    @CurrentPrincipal() p: Principal,
    @Req() req: FastifyRequest,
  ) {
    return this.decisions.decide(p, req.ip, applicationId, body);
  }
}
