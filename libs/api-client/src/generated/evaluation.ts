/**
 * The evaluation service's HTTP API as TypeScript types, generated from its OpenAPI document
 * (the one it serves at /docs-json) by `npm run api:generate`. Do not edit: change the service's
 * controllers and schemas, then run `npm run api:generate`.
 */

export interface paths {
  '/api/v1/audit/evaluation': {
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
  '/api/v1/audit/evaluation/verification': {
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
  '/api/v1/evaluations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 评估列表(按范围;format=xlsx|csv 导出) · List the evaluations in the caller's scope (format=xlsx|csv exports them)
     * @description **角色 Roles:** 申报单位 `applicant`、评估机构 `evaluator`、市科技局 `officer`
     */
    get: operations['EvaluationsController.list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/evaluations/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 查看评估 · Read an evaluation
     * @description **角色 Roles:** 申报单位 `applicant`、初审单位 `reviewer`、市科技局 `officer`、评审专家 `expert`、评估机构 `evaluator`
     */
    get: operations['EvaluationsController.get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/evaluations/{id}/assign': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 指派评估机构 · Assign the evaluator institution
     * @description **角色 Roles:** 市科技局 `officer`
     */
    post: operations['EvaluationsController.assign'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/evaluations/{id}/evidence': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 上传评估佐证材料(multipart) · Upload evidence for an evaluation while its window is open (multipart, field "file")
     * @description **角色 Roles:** 申报单位 `applicant`
     *
     *     仅牵头单位,评估期内、提交报告前;文件类型按内容判定。 · The lead unit only, while the window is open and before the report; the media type is decided from the bytes.
     */
    post: operations['EvaluationEvidenceController.upload'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/evaluations/{id}/evidence/{evidenceId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 下载评估佐证材料(按 sha256 校验) · Download a piece of evaluation evidence, verified against its sha256
     * @description **角色 Roles:** 申报单位 `applicant`、评估机构 `evaluator`、市科技局 `officer`
     */
    get: operations['EvaluationEvidenceController.download'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/evaluations/{id}/report': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 提交评估报告 · Submit the evaluation report while the window is open
     * @description **角色 Roles:** 申报单位 `applicant`
     *
     *     **Idempotency-Key:** 可选 optional — 重试安全 · safe to retry
     */
    post: operations['EvaluationsController.report'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/evaluations/{id}/result': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 录入评估结果 · Record the evaluation result
     * @description **角色 Roles:** 评估机构 `evaluator`
     *
     *     **Idempotency-Key:** 可选 optional — 重试安全 · safe to retry
     */
    post: operations['EvaluationsController.result'];
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
  'EvaluationsController.list': {
    parameters: {
      query?: {
        consortiumId?: string;
        cycle?: number;
        format?: 'json' | 'xlsx' | 'csv';
        page?: number;
        pageSize?: number;
        sort?: string;
        status?: 'SCHEDULED' | 'OPEN' | 'SUBMITTED' | 'OVERDUE' | 'GRADED' | 'CANCELLED';
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
              acceptingReport: boolean;
              consortium: {
                delistedAt: string | null;
                delistingDecidedAt: string | null;
                filingNumber: string;
                name: string;
                /** @enum {string} */
                status: 'ACTIVE' | 'DELISTED';
              };
              consortiumId: string;
              cycle: number;
              dueAt: string;
              dueOn: string;
              evaluatorOrgUscc: string | null;
              evidence: {
                fileName: string;
                /** Format: uuid */
                id: string;
                mediaType: string;
                sha256: string;
                size: number;
                uploadedAt: string;
              }[];
              id: string;
              opensAt: string;
              opensOn: string;
              /** @enum {string} */
              overdueReport: 'OFFICER_DECIDES';
              policyVersion: string;
              reminders: {
                at: string;
                provisional: boolean;
                /** @enum {string} */
                status: 'SCHEDULED' | 'SENT' | 'CANCELLED';
                workingDaysBefore: number;
              }[];
              report: {
                activities: string;
                evidenceIds: string[];
                operation: string;
                performance: string;
                submittedAt: string;
              } | null;
              result: {
                comment: string;
                consecutiveFailures: number;
                /** @enum {string} */
                grade: 'EXCELLENT' | 'GOOD' | 'QUALIFIED' | 'UNQUALIFIED';
                gradedAt: string;
                passed: boolean;
              } | null;
              /** @enum {string} */
              status: 'SCHEDULED' | 'OPEN' | 'SUBMITTED' | 'OVERDUE' | 'GRADED' | 'CANCELLED';
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
  'EvaluationsController.get': {
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
            acceptingReport: boolean;
            consortium: {
              delistedAt: string | null;
              delistingDecidedAt: string | null;
              filingNumber: string;
              name: string;
              /** @enum {string} */
              status: 'ACTIVE' | 'DELISTED';
            };
            consortiumId: string;
            cycle: number;
            dueAt: string;
            dueOn: string;
            evaluatorOrgUscc: string | null;
            evidence: {
              fileName: string;
              /** Format: uuid */
              id: string;
              mediaType: string;
              sha256: string;
              size: number;
              uploadedAt: string;
            }[];
            id: string;
            opensAt: string;
            opensOn: string;
            /** @enum {string} */
            overdueReport: 'OFFICER_DECIDES';
            policyVersion: string;
            reminders: {
              at: string;
              provisional: boolean;
              /** @enum {string} */
              status: 'SCHEDULED' | 'SENT' | 'CANCELLED';
              workingDaysBefore: number;
            }[];
            report: {
              activities: string;
              evidenceIds: string[];
              operation: string;
              performance: string;
              submittedAt: string;
            } | null;
            result: {
              comment: string;
              consecutiveFailures: number;
              /** @enum {string} */
              grade: 'EXCELLENT' | 'GOOD' | 'QUALIFIED' | 'UNQUALIFIED';
              gradedAt: string;
              passed: boolean;
            } | null;
            /** @enum {string} */
            status: 'SCHEDULED' | 'OPEN' | 'SUBMITTED' | 'OVERDUE' | 'GRADED' | 'CANCELLED';
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
  'EvaluationsController.assign': {
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
          evaluatorOrgUscc: string;
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
            acceptingReport: boolean;
            consortium: {
              delistedAt: string | null;
              delistingDecidedAt: string | null;
              filingNumber: string;
              name: string;
              /** @enum {string} */
              status: 'ACTIVE' | 'DELISTED';
            };
            consortiumId: string;
            cycle: number;
            dueAt: string;
            dueOn: string;
            evaluatorOrgUscc: string | null;
            evidence: {
              fileName: string;
              /** Format: uuid */
              id: string;
              mediaType: string;
              sha256: string;
              size: number;
              uploadedAt: string;
            }[];
            id: string;
            opensAt: string;
            opensOn: string;
            /** @enum {string} */
            overdueReport: 'OFFICER_DECIDES';
            policyVersion: string;
            reminders: {
              at: string;
              provisional: boolean;
              /** @enum {string} */
              status: 'SCHEDULED' | 'SENT' | 'CANCELLED';
              workingDaysBefore: number;
            }[];
            report: {
              activities: string;
              evidenceIds: string[];
              operation: string;
              performance: string;
              submittedAt: string;
            } | null;
            result: {
              comment: string;
              consecutiveFailures: number;
              /** @enum {string} */
              grade: 'EXCELLENT' | 'GOOD' | 'QUALIFIED' | 'UNQUALIFIED';
              gradedAt: string;
              passed: boolean;
            } | null;
            /** @enum {string} */
            status: 'SCHEDULED' | 'OPEN' | 'SUBMITTED' | 'OVERDUE' | 'GRADED' | 'CANCELLED';
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
  'EvaluationEvidenceController.upload': {
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
        'multipart/form-data': {
          /**
           * Format: binary
           * @description ≤ 10485760 bytes
           */
          file: string;
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
            fileName: string;
            /** Format: uuid */
            id: string;
            mediaType: string;
            sha256: string;
            size: number;
            uploadedAt: string;
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
  'EvaluationEvidenceController.download': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        evidenceId: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 文件内容 · The bytes */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/octet-stream': string;
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
      /** @description 服务器内部错误(附关联编号) · Internal error (quote the correlation id) */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'EvaluationsController.report': {
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
          activities: string;
          evidenceIds: string[];
          operation: string;
          performance: string;
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
            acceptingReport: boolean;
            consortium: {
              delistedAt: string | null;
              delistingDecidedAt: string | null;
              filingNumber: string;
              name: string;
              /** @enum {string} */
              status: 'ACTIVE' | 'DELISTED';
            };
            consortiumId: string;
            cycle: number;
            dueAt: string;
            dueOn: string;
            evaluatorOrgUscc: string | null;
            evidence: {
              fileName: string;
              /** Format: uuid */
              id: string;
              mediaType: string;
              sha256: string;
              size: number;
              uploadedAt: string;
            }[];
            id: string;
            opensAt: string;
            opensOn: string;
            /** @enum {string} */
            overdueReport: 'OFFICER_DECIDES';
            policyVersion: string;
            reminders: {
              at: string;
              provisional: boolean;
              /** @enum {string} */
              status: 'SCHEDULED' | 'SENT' | 'CANCELLED';
              workingDaysBefore: number;
            }[];
            report: {
              activities: string;
              evidenceIds: string[];
              operation: string;
              performance: string;
              submittedAt: string;
            } | null;
            result: {
              comment: string;
              consecutiveFailures: number;
              /** @enum {string} */
              grade: 'EXCELLENT' | 'GOOD' | 'QUALIFIED' | 'UNQUALIFIED';
              gradedAt: string;
              passed: boolean;
            } | null;
            /** @enum {string} */
            status: 'SCHEDULED' | 'OPEN' | 'SUBMITTED' | 'OVERDUE' | 'GRADED' | 'CANCELLED';
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
  'EvaluationsController.result': {
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
          comment: string;
          /** @enum {string} */
          grade: 'EXCELLENT' | 'GOOD' | 'QUALIFIED' | 'UNQUALIFIED';
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
            acceptingReport: boolean;
            consortium: {
              delistedAt: string | null;
              delistingDecidedAt: string | null;
              filingNumber: string;
              name: string;
              /** @enum {string} */
              status: 'ACTIVE' | 'DELISTED';
            };
            consortiumId: string;
            cycle: number;
            dueAt: string;
            dueOn: string;
            evaluatorOrgUscc: string | null;
            evidence: {
              fileName: string;
              /** Format: uuid */
              id: string;
              mediaType: string;
              sha256: string;
              size: number;
              uploadedAt: string;
            }[];
            id: string;
            opensAt: string;
            opensOn: string;
            /** @enum {string} */
            overdueReport: 'OFFICER_DECIDES';
            policyVersion: string;
            reminders: {
              at: string;
              provisional: boolean;
              /** @enum {string} */
              status: 'SCHEDULED' | 'SENT' | 'CANCELLED';
              workingDaysBefore: number;
            }[];
            report: {
              activities: string;
              evidenceIds: string[];
              operation: string;
              performance: string;
              submittedAt: string;
            } | null;
            result: {
              comment: string;
              consecutiveFailures: number;
              /** @enum {string} */
              grade: 'EXCELLENT' | 'GOOD' | 'QUALIFIED' | 'UNQUALIFIED';
              gradedAt: string;
              passed: boolean;
            } | null;
            /** @enum {string} */
            status: 'SCHEDULED' | 'OPEN' | 'SUBMITTED' | 'OVERDUE' | 'GRADED' | 'CANCELLED';
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
