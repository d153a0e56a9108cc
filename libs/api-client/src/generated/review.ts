/**
 * The review service's HTTP API as TypeScript types, generated from its OpenAPI document
 * (the one it serves at /docs-json) by `npm run api:generate`. Do not edit: change the service's
 * controllers and schemas, then run `npm run api:generate`.
 */

export interface paths {
  '/api/v1/audit/review': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 审计记录（按对象），每条带链校验状态 · The audit rows of one subject, each with its chain state
     * @description **角色 Roles:** 市科技局 `officer`
     *
     *     本服务中对象为该 id、或明细中含该 id 的审计记录，按时间排序；操作者只显示角色与单位(不含登录名、IP)；每条记录带其在本服务 SM3 链中的状态 `chain`(VERIFIED / BROKEN / UNVERIFIED / PENDING)；整条链的校验结果见 /audit/<service>/verification。 · This service's audit rows whose object is the id or whose detail names it, in time order; the actor by role and unit only (no login, no address); each row carries its state in this service's SM3 chain (VERIFIED / BROKEN / UNVERIFIED / PENDING); the whole chain's verdict is /audit/<service>/verification.
     */
    get: operations['AuditTrailController.list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/audit/review/verification': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 校验本服务的 SM3 审计链 · Verify this service's SM3 audit chain
     * @description **角色 Roles:** 市科技局 `officer`
     *
     *     重新计算整条链（libs/audit verifyAuditChain）：断点位置、相关记录与原因。 · Recomputes the whole chain (libs/audit verifyAuditChain): where it breaks, the row concerned and why.
     */
    get: operations['AuditTrailController.verification'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/city-reviews': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 市级审查列表(专家仅见本人任务) · The city-stage applications (an expert sees its own assignments)
     * @description **角色 Roles:** 市科技局 `officer`、评审专家 `expert`
     */
    get: operations['CityReviewController.list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/city-reviews/{applicationId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 查看市级审查(专家组、评分、汇总、抽取种子) · Read a city review: panel, scores, aggregate, draw seed
     * @description **角色 Roles:** 市科技局 `officer`、评审专家 `expert`
     */
    get: operations['CityReviewController.view'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/city-reviews/{applicationId}/decision': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 市级审查决定(拟备案/不予备案) · Decide the city review (to be filed, reject)
     * @description **角色 Roles:** 市科技局 `officer`
     *
     *     **Idempotency-Key:** 可选 optional — 重试安全 · safe to retry
     */
    post: operations['CityReviewController.decide'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/city-reviews/{applicationId}/decline': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 专家说明理由后拒绝评审(回避或无法参加),由备选专家递补 · An assigned expert declines with a reason (conflict or unavailable); the reserve takes the seat
     * @description **角色 Roles:** 评审专家 `expert`
     */
    post: operations['CityReviewController.decline'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/city-reviews/{applicationId}/panel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 随机抽取评审专家(回避) · Draw the expert panel at random, excluding conflicted organisations
     * @description **角色 Roles:** 市科技局 `officer`
     *
     *     **Idempotency-Key:** 可选 optional — 重试安全 · safe to retry
     */
    post: operations['CityReviewController.drawPanel'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/city-reviews/{applicationId}/scores': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 专家组评分明细(每名专家×每项指标,含满分与汇总;format=xlsx|csv 导出;仅市科技局) · The panel's scores: one row per expert × rubric criterion with its maximum and the aggregate (format=xlsx|csv exports it; officers only, an expert gets 404)
     * @description **角色 Roles:** 市科技局 `officer`、评审专家 `expert`
     */
    get: operations['CityReviewController.panelScores'];
    put?: never;
    /**
     * 专家评分 · Score the application against the rubric
     * @description **角色 Roles:** 评审专家 `expert`
     */
    post: operations['CityReviewController.score'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/experts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 专家库列表(format=xlsx|csv 导出,格式即导入格式) · List the expert pool (format=xlsx|csv exports it in the layout an import reads)
     * @description **角色 Roles:** 市科技局 `officer`
     */
    get: operations['ExpertsController.list'];
    put?: never;
    /**
     * 登记专家入库(同一单位同名专家视为同一人) · Register an expert in the pool (one name within one organisation is one expert)
     * @description **角色 Roles:** 市科技局 `officer`
     *
     *     **Idempotency-Key:** 可选 optional — 重试安全 · safe to retry
     */
    post: operations['ExpertsController.register'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/experts/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 查看专家 · Read an expert of the pool
     * @description **角色 Roles:** 市科技局 `officer`
     */
    get: operations['ExpertsController.get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * 修改专家信息 · Edit an expert's entry (only the fields given change)
     * @description **角色 Roles:** 市科技局 `officer`
     */
    patch: operations['ExpertsController.update'];
    trace?: never;
  };
  '/api/v1/experts/{id}/retire': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 专家退出专家库(不再被抽取;已有评分保留) · Retire an expert from the pool (never drawn again; past scores stay)
     * @description **角色 Roles:** 市科技局 `officer`
     *
     *     **Idempotency-Key:** 可选 optional — 重试安全 · safe to retry
     */
    post: operations['ExpertsController.retire'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/experts/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 从 Excel 导入专家(与导出同列;逐行校验,有错则全部不写入;按单位统一社会信用代码+姓名匹配,重复导入不重复建档) · Import experts from an Excel file in the export layout (every row checked; any error writes nothing; rows match on organisation USCC + name, so importing twice doubles nobody)
     * @description **角色 Roles:** 市科技局 `officer`
     */
    post: operations['ExpertsController.import'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/filings/{applicationId}/approve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 批准备案(公示期满无异议) · Approve the filing of a cleared item
     * @description **角色 Roles:** 市科技局 `officer`
     *
     *     **Idempotency-Key:** 可选 optional — 重试安全 · safe to retry
     */
    post: operations['FilingController.approve'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/preliminary-reviews': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 本辖区初审队列(format=xlsx|csv 导出;status 取已决定的状态即本辖区的初审决定) · The preliminary-review queue of the caller's jurisdiction (format=xlsx|csv exports it; a decided status lists its decisions)
     * @description **角色 Roles:** 初审单位 `reviewer`
     */
    get: operations['PreliminaryController.queue'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/preliminary-reviews/{applicationId}/decision': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 初审决定(推荐/退回/不予推荐) · Decide a preliminary review (recommend, return, not recommend)
     * @description **角色 Roles:** 初审单位 `reviewer`
     *
     *     **Idempotency-Key:** 可选 optional — 重试安全 · safe to retry
     */
    post: operations['PreliminaryController.decide'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/registry': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 创新联合体库(公开;format=xlsx|csv 导出,pdf 打印组建名单) · The public registry of filed consortia (format=xlsx|csv exports it, pdf prints the formation list)
     * @description **角色 Roles:** 公开,无需登录 · public, no sign-in
     */
    get: operations['RegistryController.list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/registry/{consortiumId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 查看入库的创新联合体 · Read a filed consortium
     * @description **角色 Roles:** 公开,无需登录 · public, no sign-in
     */
    get: operations['RegistryController.get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/docs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 接口文档页面(Swagger UI) · The API documentation page (Swagger UI)
     * @description **角色 Roles:** 公开,无需登录 · public, no sign-in
     */
    get: operations['DocsController.html'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/docs-json': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 本服务的 OpenAPI 文档 · The OpenAPI document of this service
     * @description **角色 Roles:** 公开,无需登录 · public, no sign-in
     */
    get: operations['DocsController.json'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/docs/{asset}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 接口文档页面的静态文件 · A static file of the documentation page
     * @description **角色 Roles:** 公开,无需登录 · public, no sign-in
     */
    get: operations['DocsController.asset'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/health/live': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 存活检查 · Liveness: the process answers
     * @description **角色 Roles:** 公开,无需登录 · public, no sign-in
     */
    get: operations['HealthController.live'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/health/ready': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 就绪检查(数据库、消息队列、Redis、死信) · Readiness: database, RabbitMQ, Redis and dead letters
     * @description **角色 Roles:** 公开,无需登录 · public, no sign-in
     */
    get: operations['HealthController.ready'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/metrics': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Prometheus 指标 · Prometheus metrics
     * @description **角色 Roles:** 公开,无需登录 · public, no sign-in
     */
    get: operations['MetricsController.scrape'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    /** @description RFC 9457 problem details; `errors[]` names the field and the rule (docs/SPEC.md rule IDs). */
    Problem: {
      correlationId?: string;
      detail: string;
      errors: {
        message: string;
        messageZh: string;
        path: string;
        rule: string;
      }[];
      status: number;
      title: string;
      titleZh: string;
      /** @description urn:lz:problem:<code> (libs/http error catalogue) */
      type: string;
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  'AuditTrailController.list': {
    parameters: {
      query: {
        page?: number;
        pageSize?: number;
        sort?: string;
        subjectId: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              action: string;
              actor: {
                role: string;
                system: string | null;
                unit: string | null;
              };
              at: string;
              /** @enum {string} */
              chain: 'VERIFIED' | 'BROKEN' | 'UNVERIFIED' | 'PENDING';
              detail: {
                [key: string]: unknown;
              } | null;
              objectId: string;
              objectType: string;
              outcome: string;
              position: string | null;
              seq: string;
              service: string;
            }[];
            page: number;
            pageSize: number;
            total: number;
          };
        };
      };
      /** @description 输入不合法(errors[] 指明字段与规则) · Invalid input (errors[] names the field and the rule) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description 未登录或令牌无效 · Not signed in, or the token is invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description 当前角色无权调用 · The caller’s role may not call this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'AuditTrailController.verification': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            brokenAt: string | null;
            brokenSeq: string | null;
            chained: number;
            lastHash: string | null;
            lastPosition: string | null;
            ok: boolean;
            reason: string | null;
            rows: number;
            unchained: number;
            verifiedAt: string;
          };
        };
      };
      /** @description 未登录或令牌无效 · Not signed in, or the token is invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description 当前角色无权调用 · The caller’s role may not call this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'CityReviewController.list': {
    parameters: {
      query?: {
        callId?: string;
        field?: string;
        jurisdictionCode?: string;
        page?: number;
        pageSize?: number;
        q?: string;
        sort?: string;
        status?:
          'PRELIM_RECOMMENDED' | 'CITY_TO_BE_FILED' | 'CITY_REJECTED' | 'CLEARED' | 'CONTESTED' | 'FILED';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              applicationId: string;
              field: string;
              jurisdictionCode: string;
              leadName: string;
              name: string;
              revision: number;
              status: string;
              submittedAt: string;
              updatedAt: string;
            }[];
            page: number;
            pageSize: number;
            total: number;
          };
        };
      };
      /** @description 输入不合法(errors[] 指明字段与规则) · Invalid input (errors[] names the field and the rule) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description 未登录或令牌无效 · Not signed in, or the token is invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description 当前角色无权调用 · The caller’s role may not call this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'CityReviewController.view': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        applicationId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            aggregate: {
              assigned: number;
              mean: number | null;
              scored: number;
            } | null;
            applicationId: string;
            decision: {
              aggregateScore: number | null;
              decidedAt: string;
              decidedBy: string;
              /** @enum {string} */
              decision: 'TO_BE_FILED' | 'REJECT';
              opinion: string;
            } | null;
            draw: {
              candidates: {
                expertId: string;
                fields: string[];
                orgUscc: string;
              }[];
              conflictedOrgs: string[];
              drawnAt: string;
              drawnBy: string;
              excluded: string[];
              field: string;
              order: string[];
              panel: string[];
              reserve: string[];
              seed: string;
              size: number;
            } | null;
            field: string;
            jurisdictionCode: string;
            leadName: string;
            leadUscc: string;
            members: {
              chainRole: string;
              inLuzhou: boolean;
              kind: string;
              name: string;
              uscc: string;
            }[];
            name: string;
            panel: {
              declinedAt: string | null;
              declineReason: string | null;
              expertId: string;
              name: string;
              orgUscc: string;
              position: number;
              scored: boolean;
              /** @enum {string} */
              status: 'ASSIGNED' | 'DECLINED';
            }[];
            policyVersion: string;
            revision: number;
            rubric: {
              key: string;
              maxScore: number;
              title: string;
              titleZh: string;
            }[];
            scores: {
              comment: string;
              expertId: string;
              items: {
                criterion: string;
                score: number;
              }[];
              scoredAt: string;
              total: number;
            }[];
            status: string;
          };
        };
      };
      /** @description 输入不合法(errors[] 指明字段与规则) · Invalid input (errors[] names the field and the rule) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description 未登录或令牌无效 · Not signed in, or the token is invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description 当前角色无权调用 · The caller’s role may not call this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description 不存在,或不在调用者的范围内 · Not found, or outside the caller’s unit/jurisdiction/assignment (no existence leak) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'CityReviewController.decide': {
    parameters: {
      query?: never;
      header?: {
        /** @description 可选。重试时使用同一值,服务只执行一次并重放原答复。 · Optional. Reuse the same value when retrying: the service carries the request out once and replays its answer. */
        'Idempotency-Key'?: string;
      };
      path: {
        applicationId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          decision: 'TO_BE_FILED' | 'REJECT';
          opinion: string;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description 输入不合法(errors[] 指明字段与规则) · Invalid input (errors[] names the field and the rule) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description 未登录或令牌无效 · Not signed in, or the token is invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description 当前角色无权调用 · The caller’s role may not call this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description 不存在,或不在调用者的范围内 · Not found, or outside the caller’s unit/jurisdiction/assignment (no existence leak) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description 与当前状态冲突,或相同幂等键的请求仍在处理 · Conflicts with the current state, or a request with this Idempotency-Key is in progress */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description 不符合政策规定(errors[].rule 为规则编号),或幂等键已用于不同请求 · Policy rules not met (errors[].rule is the docs/SPEC.md rule ID), or the Idempotency-Key was used for another request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'CityReviewController.decline': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        applicationId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          reason: string;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description 输入不合法(errors[] 指明字段与规则) · Invalid input (errors[] names the field and the rule) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description 未登录或令牌无效 · Not signed in, or the token is invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description 当前角色无权调用 · The caller’s role may not call this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description 不存在,或不在调用者的范围内 · Not found, or outside the caller’s unit/jurisdiction/assignment (no existence leak) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description 与当前状态冲突,或相同幂等键的请求仍在处理 · Conflicts with the current state, or a request with this Idempotency-Key is in progress */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'CityReviewController.drawPanel': {
    parameters: {
      query?: never;
      header?: {
        /** @description 可选。重试时使用同一值,服务只执行一次并重放原答复。 · Optional. Reuse the same value when retrying: the service carries the request out once and replays its answer. */
        'Idempotency-Key'?: string;
      };
      path: {
        applicationId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          size?: number;
        };
      };
    };
    responses: {
      /** @description OK */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            aggregate: {
              assigned: number;
              mean: number | null;
              scored: number;
            } | null;
            applicationId: string;
            decision: {
              aggregateScore: number | null;
              decidedAt: string;
              decidedBy: string;
              /** @enum {string} */
              decision: 'TO_BE_FILED' | 'REJECT';
              opinion: string;
            } | null;
            draw: {
              candidates: {
                expertId: string;
                fields: string[];
                orgUscc: string;
              }[];
              conflictedOrgs: string[];
              drawnAt: string;
              drawnBy: string;
              excluded: string[];
              field: string;
              order: string[];
              panel: string[];
              reserve: string[];
              seed: string;
              size: number;
            } | null;
            field: string;
            jurisdictionCode: string;
            leadName: string;
            leadUscc: string;
            members: {
              chainRole: string;
              inLuzhou: boolean;
              kind: string;
              name: string;
              uscc: string;
            }[];
            name: string;
            panel: {
              declinedAt: string | null;
              declineReason: string | null;
              expertId: string;
              name: string;
              orgUscc: string;
              position: number;
              scored: boolean;
              /** @enum {string} */
              status: 'ASSIGNED' | 'DECLINED';
            }[];
            policyVersion: string;
            revision: number;
            rubric: {
              key: string;
              maxScore: number;
              title: string;
              titleZh: string;
            }[];
            scores: {
              comment: string;
              expertId: string;
              items: {
                criterion: string;
                score: number;
              }[];
              scoredAt: string;
              total: number;
            }[];
            status: string;
          };
        };
      };
      /** @description 输入不合法(errors[] 指明字段与规则) · Invalid input (errors[] names the field and the rule) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description 未登录或令牌无效 · Not signed in, or the token is invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description 当前角色无权调用 · The caller’s role may not call this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description 不存在,或不在调用者的范围内 · Not found, or outside the caller’s unit/jurisdiction/assignment (no existence leak) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description 与当前状态冲突,或相同幂等键的请求仍在处理 · Conflicts with the current state, or a request with this Idempotency-Key is in progress */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description 不符合政策规定(errors[].rule 为规则编号),或幂等键已用于不同请求 · Policy rules not met (errors[].rule is the docs/SPEC.md rule ID), or the Idempotency-Key was used for another request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'CityReviewController.panelScores': {
    parameters: {
      query?: {
        format?: 'json' | 'xlsx' | 'csv';
        page?: number;
        pageSize?: number;
        sort?: string;
      };
      header?: never;
      path: {
        applicationId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK; format=xlsx|csv 时为附件下载 · a download with format=xlsx|csv */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              aggregateAssigned: number;
              aggregateMean: number | null;
              aggregateScored: number;
              applicationId: string;
              comment: string | null;
              consortiumName: string;
              criterion: string;
              criterionZh: string;
              expertId: string;
              expertName: string;
              expertTotal: number | null;
              maxScore: number;
              orgName: string | null;
              orgUscc: string;
              position: number;
              score: number | null;
              scoredAt: string | null;
            }[];
            page: number;
            pageSize: number;
            total: number;
          };
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
          'text/csv': string;
        };
      };
      /** @description 输入不合法(errors[] 指明字段与规则) · Invalid input (errors[] names the field and the rule) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description 未登录或令牌无效 · Not signed in, or the token is invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description 当前角色无权调用 · The caller’s role may not call this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description 不存在,或不在调用者的范围内 · Not found, or outside the caller’s unit/jurisdiction/assignment (no existence leak) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'CityReviewController.score': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        applicationId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @default  */
          comment?: string;
          items: {
            criterion: string;
            score: number;
          }[];
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            comment: string;
            expertId: string;
            items: {
              criterion: string;
              score: number;
            }[];
            scoredAt: string;
            total: number;
          };
        };
      };
      /** @description 输入不合法(errors[] 指明字段与规则) · Invalid input (errors[] names the field and the rule) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description 未登录或令牌无效 · Not signed in, or the token is invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description 当前角色无权调用 · The caller’s role may not call this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description 不存在,或不在调用者的范围内 · Not found, or outside the caller’s unit/jurisdiction/assignment (no existence leak) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description 与当前状态冲突,或相同幂等键的请求仍在处理 · Conflicts with the current state, or a request with this Idempotency-Key is in progress */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description 不符合政策规定(errors[].rule 为规则编号),或幂等键已用于不同请求 · Policy rules not met (errors[].rule is the docs/SPEC.md rule ID), or the Idempotency-Key was used for another request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'ExpertsController.list': {
    parameters: {
      query?: {
        field?: string;
        format?: 'json' | 'xlsx' | 'csv';
        page?: number;
        pageSize?: number;
        q?: string;
        sort?: string;
        status?: 'ACTIVE' | 'RETIRED';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK; format=xlsx|csv 时为附件下载 · a download with format=xlsx|csv */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              createdAt: string;
              email: string | null;
              fields: string[];
              /** Format: uuid */
              id: string;
              name: string;
              orgName: string | null;
              orgUscc: string;
              phone: string | null;
              retiredAt: string | null;
              retireReason: string | null;
              /** @enum {string} */
              status: 'ACTIVE' | 'RETIRED';
              title: string | null;
              updatedAt: string;
            }[];
            page: number;
            pageSize: number;
            total: number;
          };
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
          'text/csv': string;
        };
      };
      /** @description 输入不合法(errors[] 指明字段与规则) · Invalid input (errors[] names the field and the rule) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description 未登录或令牌无效 · Not signed in, or the token is invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description 当前角色无权调用 · The caller’s role may not call this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'ExpertsController.register': {
    parameters: {
      query?: never;
      header?: {
        /** @description 可选。重试时使用同一值,服务只执行一次并重放原答复。 · Optional. Reuse the same value when retrying: the service carries the request out once and replays its answer. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          email?: string | null;
          fields: string[];
          name: string;
          orgName?: string | null;
          orgUscc: string;
          phone?: string | null;
          title?: string | null;
        };
      };
    };
    responses: {
      /** @description OK */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            createdAt: string;
            email: string | null;
            fields: string[];
            /** Format: uuid */
            id: string;
            name: string;
            orgName: string | null;
            orgUscc: string;
            phone: string | null;
            retiredAt: string | null;
            retireReason: string | null;
            /** @enum {string} */
            status: 'ACTIVE' | 'RETIRED';
            title: string | null;
            updatedAt: string;
          };
        };
      };
      /** @description 输入不合法(errors[] 指明字段与规则) · Invalid input (errors[] names the field and the rule) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description 未登录或令牌无效 · Not signed in, or the token is invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description 当前角色无权调用 · The caller’s role may not call this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description 与当前状态冲突,或相同幂等键的请求仍在处理 · Conflicts with the current state, or a request with this Idempotency-Key is in progress */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description 不符合政策规定(errors[].rule 为规则编号),或幂等键已用于不同请求 · Policy rules not met (errors[].rule is the docs/SPEC.md rule ID), or the Idempotency-Key was used for another request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'ExpertsController.get': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            createdAt: string;
            email: string | null;
            fields: string[];
            /** Format: uuid */
            id: string;
            name: string;
            orgName: string | null;
            orgUscc: string;
            phone: string | null;
            retiredAt: string | null;
            retireReason: string | null;
            /** @enum {string} */
            status: 'ACTIVE' | 'RETIRED';
            title: string | null;
            updatedAt: string;
          };
        };
      };
      /** @description 输入不合法(errors[] 指明字段与规则) · Invalid input (errors[] names the field and the rule) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description 未登录或令牌无效 · Not signed in, or the token is invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description 当前角色无权调用 · The caller’s role may not call this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description 不存在,或不在调用者的范围内 · Not found, or outside the caller’s unit/jurisdiction/assignment (no existence leak) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'ExpertsController.update': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          email?: string | null;
          fields?: string[];
          name?: string;
          orgName?: string | null;
          orgUscc?: string;
          phone?: string | null;
          title?: string | null;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            createdAt: string;
            email: string | null;
            fields: string[];
            /** Format: uuid */
            id: string;
            name: string;
            orgName: string | null;
            orgUscc: string;
            phone: string | null;
            retiredAt: string | null;
            retireReason: string | null;
            /** @enum {string} */
            status: 'ACTIVE' | 'RETIRED';
            title: string | null;
            updatedAt: string;
          };
        };
      };
      /** @description 输入不合法(errors[] 指明字段与规则) · Invalid input (errors[] names the field and the rule) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description 未登录或令牌无效 · Not signed in, or the token is invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description 当前角色无权调用 · The caller’s role may not call this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description 不存在,或不在调用者的范围内 · Not found, or outside the caller’s unit/jurisdiction/assignment (no existence leak) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description 与当前状态冲突,或相同幂等键的请求仍在处理 · Conflicts with the current state, or a request with this Idempotency-Key is in progress */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'ExpertsController.retire': {
    parameters: {
      query?: never;
      header?: {
        /** @description 可选。重试时使用同一值,服务只执行一次并重放原答复。 · Optional. Reuse the same value when retrying: the service carries the request out once and replays its answer. */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          reason: string;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            createdAt: string;
            email: string | null;
            fields: string[];
            /** Format: uuid */
            id: string;
            name: string;
            orgName: string | null;
            orgUscc: string;
            phone: string | null;
            retiredAt: string | null;
            retireReason: string | null;
            /** @enum {string} */
            status: 'ACTIVE' | 'RETIRED';
            title: string | null;
            updatedAt: string;
          };
        };
      };
      /** @description 输入不合法(errors[] 指明字段与规则) · Invalid input (errors[] names the field and the rule) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description 未登录或令牌无效 · Not signed in, or the token is invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description 当前角色无权调用 · The caller’s role may not call this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description 不存在,或不在调用者的范围内 · Not found, or outside the caller’s unit/jurisdiction/assignment (no existence leak) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description 与当前状态冲突,或相同幂等键的请求仍在处理 · Conflicts with the current state, or a request with this Idempotency-Key is in progress */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description 不符合政策规定(errors[].rule 为规则编号),或幂等键已用于不同请求 · Policy rules not met (errors[].rule is the docs/SPEC.md rule ID), or the Idempotency-Key was used for another request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'ExpertsController.import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': {
          /**
           * Format: binary
           * @description ≤ 5242880 bytes
           */
          file: string;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            created: number;
            rows: {
              /** Format: uuid */
              expertId: string;
              /** @enum {string} */
              outcome: 'CREATED' | 'UPDATED' | 'UNCHANGED';
              row: number;
            }[];
            unchanged: number;
            updated: number;
          };
        };
      };
      /** @description 输入不合法(errors[] 指明字段与规则) · Invalid input (errors[] names the field and the rule) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description 未登录或令牌无效 · Not signed in, or the token is invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description 当前角色无权调用 · The caller’s role may not call this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description 文件或请求体过大 · The file or body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description 不支持的内容类型 · Unsupported content type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'FilingController.approve': {
    parameters: {
      query?: never;
      header?: {
        /** @description 可选。重试时使用同一值,服务只执行一次并重放原答复。 · Optional. Reuse the same value when retrying: the service carries the request out once and replays its answer. */
        'Idempotency-Key'?: string;
      };
      path: {
        applicationId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            applicationId: string;
            delistedAt: string | null;
            field: string;
            filedAt: string;
            filedOn: string;
            filingNumber: string;
            /** Format: uuid */
            id: string;
            jurisdictionCode: string;
            lead: {
              name: string;
              uscc: string;
            };
            members: {
              name: string;
              uscc: string;
            }[];
            name: string;
            /** @enum {string} */
            status: 'ACTIVE' | 'DELISTED';
          };
        };
      };
      /** @description 输入不合法(errors[] 指明字段与规则) · Invalid input (errors[] names the field and the rule) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description 未登录或令牌无效 · Not signed in, or the token is invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description 当前角色无权调用 · The caller’s role may not call this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description 不存在,或不在调用者的范围内 · Not found, or outside the caller’s unit/jurisdiction/assignment (no existence leak) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description 与当前状态冲突,或相同幂等键的请求仍在处理 · Conflicts with the current state, or a request with this Idempotency-Key is in progress */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description 不符合政策规定(errors[].rule 为规则编号),或幂等键已用于不同请求 · Policy rules not met (errors[].rule is the docs/SPEC.md rule ID), or the Idempotency-Key was used for another request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'PreliminaryController.queue': {
    parameters: {
      query?: {
        callId?: string;
        format?: 'json' | 'xlsx' | 'csv';
        page?: number;
        pageSize?: number;
        q?: string;
        sort?: string;
        status?:
          | 'SUBMITTED'
          | 'RETURNED'
          | 'PRELIM_RECOMMENDED'
          | 'PRELIM_REJECTED'
          | 'CITY_TO_BE_FILED'
          | 'CITY_REJECTED'
          | 'CLEARED'
          | 'CONTESTED'
          | 'FILED';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK; format=xlsx|csv 时为附件下载 · a download with format=xlsx|csv */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              applicationId: string;
              callId: string;
              field: string;
              jurisdictionCode: string;
              leadName: string;
              leadUscc: string;
              members: {
                chainRole: string;
                inLuzhou: boolean;
                kind: string;
                name: string;
                uscc: string;
              }[];
              name: string;
              revision: number;
              status: string;
              submittedAt: string;
            }[];
            page: number;
            pageSize: number;
            total: number;
          };
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
          'text/csv': string;
        };
      };
      /** @description 输入不合法(errors[] 指明字段与规则) · Invalid input (errors[] names the field and the rule) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description 未登录或令牌无效 · Not signed in, or the token is invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description 当前角色无权调用 · The caller’s role may not call this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'PreliminaryController.decide': {
    parameters: {
      query?: never;
      header?: {
        /** @description 可选。重试时使用同一值,服务只执行一次并重放原答复。 · Optional. Reuse the same value when retrying: the service carries the request out once and replays its answer. */
        'Idempotency-Key'?: string;
      };
      path: {
        applicationId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          decision: 'RECOMMEND' | 'RETURN' | 'NOT_RECOMMEND';
          opinion: string;
          revision?: number;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            applicationId: string;
            decidedAt: string;
            /** @enum {string} */
            decision: 'RECOMMEND' | 'RETURN' | 'NOT_RECOMMEND';
            opinion: string;
            revision: number;
            status: string;
          };
        };
      };
      /** @description 输入不合法(errors[] 指明字段与规则) · Invalid input (errors[] names the field and the rule) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description 未登录或令牌无效 · Not signed in, or the token is invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description 当前角色无权调用 · The caller’s role may not call this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description 不存在,或不在调用者的范围内 · Not found, or outside the caller’s unit/jurisdiction/assignment (no existence leak) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description 与当前状态冲突,或相同幂等键的请求仍在处理 · Conflicts with the current state, or a request with this Idempotency-Key is in progress */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description 不符合政策规定(errors[].rule 为规则编号),或幂等键已用于不同请求 · Policy rules not met (errors[].rule is the docs/SPEC.md rule ID), or the Idempotency-Key was used for another request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'RegistryController.list': {
    parameters: {
      query?: {
        field?: string;
        format?: 'json' | 'xlsx' | 'csv' | 'pdf';
        jurisdictionCode?: string;
        page?: number;
        pageSize?: number;
        q?: string;
        sort?: string;
        status?: 'ACTIVE' | 'DELISTED';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK; format=xlsx|csv|pdf 时为附件下载 · a download with format=xlsx|csv|pdf */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              applicationId: string;
              delistedAt: string | null;
              field: string;
              filedAt: string;
              filedOn: string;
              filingNumber: string;
              /** Format: uuid */
              id: string;
              jurisdictionCode: string;
              lead: {
                name: string;
                uscc: string;
              };
              members: {
                name: string;
                uscc: string;
              }[];
              name: string;
              /** @enum {string} */
              status: 'ACTIVE' | 'DELISTED';
            }[];
            page: number;
            pageSize: number;
            total: number;
          };
          'application/pdf': string;
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
          'text/csv': string;
        };
      };
      /** @description 输入不合法(errors[] 指明字段与规则) · Invalid input (errors[] names the field and the rule) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'RegistryController.get': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        consortiumId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            applicationId: string;
            delistedAt: string | null;
            field: string;
            filedAt: string;
            filedOn: string;
            filingNumber: string;
            /** Format: uuid */
            id: string;
            jurisdictionCode: string;
            lead: {
              name: string;
              uscc: string;
            };
            members: {
              name: string;
              uscc: string;
            }[];
            name: string;
            /** @enum {string} */
            status: 'ACTIVE' | 'DELISTED';
          };
        };
      };
      /** @description 输入不合法(errors[] 指明字段与规则) · Invalid input (errors[] names the field and the rule) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description 不存在,或不在调用者的范围内 · Not found, or outside the caller’s unit/jurisdiction/assignment (no existence leak) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'DocsController.html': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  'DocsController.json': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  'DocsController.asset': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        asset: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description 输入不合法(errors[] 指明字段与规则) · Invalid input (errors[] names the field and the rule) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description 不存在,或不在调用者的范围内 · Not found, or outside the caller’s unit/jurisdiction/assignment (no existence leak) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'HealthController.live': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  'HealthController.ready': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description 依赖服务暂不可用 · A dependency is unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'MetricsController.scrape': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
}
