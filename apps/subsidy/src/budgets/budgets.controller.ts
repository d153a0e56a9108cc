import { Controller, Get, Put, Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { CurrentPrincipal, Roles, type Principal } from '@lz/auth';
import { ApiOperation, ZodBody, ZodParam, ZodResponse } from '@lz/http';
import {
  budgetViewSchema,
  budgetYearSchema,
  putBudgetBodySchema,
  type PutBudgetBody,
} from './budgets.schema';
import { BudgetsService } from './budgets.service';

/** The year's subsidy budget (officer): total, granted, remaining — integer fen. */
@Controller('budgets')
@Roles('officer')
export class BudgetsController {
  constructor(private readonly budgets: BudgetsService) {}

  @Put(':year')
  @ZodResponse(200, budgetViewSchema)
  @ApiOperation({ zh: '设定年度预算', en: "Set the year's budget", errors: [409] })
  put(
    @ZodParam('year', budgetYearSchema) year: number,
    @ZodBody(putBudgetBodySchema) body: PutBudgetBody,
    @CurrentPrincipal() principal: Principal,
    @Req() req: FastifyRequest,
  ) {
    return this.budgets.put({ principal, ip: req.ip }, year, body.totalFen);
  }

  @Get(':year')
  @ZodResponse(200, budgetViewSchema)
  @ApiOperation({ zh: '查看年度预算(已核定、剩余)', en: "Read the year's budget: granted and remaining" })
  get(@ZodParam('year', budgetYearSchema) year: number) {
    return this.budgets.get(year);
  }
}
