/**
 * The intake service's HTTP API as TypeScript types, generated from its OpenAPI document
 * (the one it serves at /docs-json) by `npm run api:generate`. Do not edit: change the service's
 * controllers and schemas, then run `npm run api:generate`.
 */

export interface paths {
  '/api/v1/applications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 申报书列表(按范围;format=xlsx|csv 导出) · List the applications in the caller's scope (format=xlsx|csv exports them)
     * @description **角色 Roles:** 申报单位 `applicant`、初审单位 `reviewer`、市科技局 `officer`
     */
    get: operations['ApplicationsController.list'];
    put?: never;
    /**
     * 起草申报书(草稿) · Create a draft application for an open call
     * @description **角色 Roles:** 申报单位 `applicant`
     *
     *     **Idempotency-Key:** 可选 optional — 重试安全 · safe to retry
     *
     *     牵头单位 USCC 取自调用者;草稿可不完整,只需 callId,已填写的内容须符合格式。 · The lead's USCC is the caller's; a draft may be incomplete (only callId is needed), what is present must be well-formed.
     */
    post: operations['ApplicationsController.create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/applications/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 查看申报书 · Read an application
     * @description **角色 Roles:** 申报单位 `applicant`、初审单位 `reviewer`、市科技局 `officer`
     */
    get: operations['ApplicationsController.get'];
    /**
     * 整体替换草稿 · Replace the draft (while DRAFT or RETURNED)
     * @description **角色 Roles:** 申报单位 `applicant`、初审单位 `reviewer`、市科技局 `officer`
     *
     *     草稿可不完整。 · The draft may be incomplete; what is present must be well-formed.
     */
    put: operations['ApplicationsController.replace'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * 部分更新草稿(JSON Merge Patch) · Update part of the draft (JSON merge patch, RFC 7396; while DRAFT or RETURNED)
     * @description **角色 Roles:** 申报单位 `applicant`、初审单位 `reviewer`、市科技局 `officer`
     *
     *     对象按成员合并,null 删除该项,数组整体替换;合并结果须符合草稿格式。 · Objects merge member by member, null removes a member, arrays are replaced whole; the merged draft must be well-formed (400 naming the field). Content type application/merge-patch+json or application/json.
     */
    patch: operations['ApplicationsController.patch'];
    trace?: never;
  };
  '/api/v1/applications/{id}/attachments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 上传附件(multipart) · Upload an attachment (multipart)
     * @description **角色 Roles:** 申报单位 `applicant`、初审单位 `reviewer`、市科技局 `officer`
     *
     *     类别字段 category 须在文件之前,或用 ?category=。 · Send the category part before the file, or as ?category=.
     */
    post: operations['AttachmentsController.upload'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/applications/{id}/attachments/{attId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 下载附件(按 sha256 校验) · Download an attachment, verified against its sha256
     * @description **角色 Roles:** 申报单位 `applicant`、初审单位 `reviewer`、市科技局 `officer`
     */
    get: operations['AttachmentsController.download'];
    put?: never;
    post?: never;
    /**
     * 删除附件(仅草稿或退回修改时) · Delete an attachment while the application is a draft or returned for revision
     * @description **角色 Roles:** 申报单位 `applicant`
     *
     *     已提交的申报冻结,删除返回 409(规则 3.2)。 · A submitted application is frozen: 409 (rule 3.2).
     */
    delete: operations['AttachmentsController.remove'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/applications/{id}/eligibility': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 资格自检(不提交) · Eligibility dry run (docs/SPEC.md §2), nothing is submitted
     * @description **角色 Roles:** 申报单位 `applicant`、初审单位 `reviewer`、市科技局 `officer`
     */
    post: operations['SubmissionController.eligibility'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/applications/{id}/revisions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 已提交的各版申报书 · The frozen revisions of an application
     * @description **角色 Roles:** 申报单位 `applicant`、初审单位 `reviewer`、市科技局 `officer`
     */
    get: operations['ApplicationsController.revisions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/applications/{id}/submit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 提交申报书 · Submit the application
     * @description **角色 Roles:** 申报单位 `applicant`、初审单位 `reviewer`、市科技局 `officer`
     *
     *     **Idempotency-Key:** 必填 required — 重试安全 · safe to retry
     *
     *     硬性规则不满足或软性规则缺少说明时返回 422,errors[].rule 为规则编号。 · 422 lists the failed rules (docs/SPEC.md rule IDs) when a hard rule fails or a flag lacks its justification.
     */
    post: operations['SubmissionController.submit'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/applications/{id}/timeline': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 申报进度(跨服务状态变化,按时间先后) · The status timeline across services, oldest first
     * @description **角色 Roles:** 申报单位 `applicant`、初审单位 `reviewer`、市科技局 `officer`
     */
    get: operations['ApplicationsController.timeline'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/applications/counts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 某批次申报按区县/园区和状态统计 · A call's applications counted per jurisdiction and status
     * @description **角色 Roles:** 市科技局 `officer`
     *
     *     不含草稿;各格数与 GET /applications?callId&jurisdictionCode&status 的 total 相同。 · Drafts excluded; each count equals the total of the filtered list.
     */
    get: operations['ApplicationsController.counts'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/audit/intake': {
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
  '/api/v1/audit/intake/verification': {
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
  '/api/v1/calls': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 申报通知列表 · List the calls
     * @description **角色 Roles:** 公开,无需登录 · public, no sign-in
     */
    get: operations['CallsController.list'];
    put?: never;
    /**
     * 发布年度申报通知 · Publish the annual call
     * @description **角色 Roles:** 市科技局 `officer`
     *
     *     **Idempotency-Key:** 可选 optional — 重试安全 · safe to retry
     *
     *     同一年度第二个批次须附说明(justification)。 · A second call in a year needs a justification.
     */
    post: operations['CallsController.create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/calls/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 查看申报通知 · Read a call
     * @description **角色 Roles:** 公开,无需登录 · public, no sign-in
     */
    get: operations['CallsController.get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/calls/{id}/close': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 提前截止申报通知 · Close an open call now
     * @description **角色 Roles:** 市科技局 `officer`
     *
     *     **Idempotency-Key:** 可选 optional — 重试安全 · safe to retry
     *
     *     须写明理由(reason),记入审计记录;仅申报中的通知可截止。 · Needs a reason (audited); only an open call can be closed.
     */
    post: operations['CallsController.close'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/credit-findings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 信用记录列表 · List credit findings
     * @description **角色 Roles:** 市科技局 `officer`、初审单位 `reviewer`、申报单位 `applicant`
     *
     *     申报单位仅见本单位的记录。 · An applicant sees only its own unit’s findings.
     */
    get: operations['CreditFindingsController.list'];
    put?: never;
    /**
     * 记录信用记录（申报材料虚假或无效） · Record a credit finding against a unit
     * @description **角色 Roles:** 市科技局 `officer`
     *
     *     **Idempotency-Key:** 可选 optional — 重试安全 · safe to retry
     *
     *     有效期内该单位不得牵头或参与申报（规则 5.3a），其联合体待审后补助申请中止；证据材料另行上传至 /credit-findings/:id/evidence。 · While in effect the unit cannot lead or join an application (rule 5.3a) and its consortium’s pending claims are stopped; upload evidence to /credit-findings/:id/evidence.
     */
    post: operations['CreditFindingsController.record'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/credit-findings/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 查看信用记录 · Read a credit finding
     * @description **角色 Roles:** 市科技局 `officer`、初审单位 `reviewer`、申报单位 `applicant`
     */
    get: operations['CreditFindingsController.get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/credit-findings/{id}/end': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 提前解除信用记录 · End a credit finding early
     * @description **角色 Roles:** 市科技局 `officer`
     *
     *     **Idempotency-Key:** 可选 optional — 重试安全 · safe to retry
     *
     *     须写明理由（纠错、申诉成立等），自当日起失效；已解除或已期满的记录返回 409。 · Needs a reason (correction, appeal upheld); no longer in effect from today; an ended or expired finding is a 409.
     */
    post: operations['CreditFindingsController.end'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/credit-findings/{id}/evidence': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 上传信用记录证据材料（multipart） · Upload evidence for a credit finding (multipart, field "file")
     * @description **角色 Roles:** 市科技局 `officer`
     *
     *     仅市科技局，记录解除前；文件类型按内容判定。 · Officers only, until the finding is ended; the media type is decided from the bytes.
     */
    post: operations['CreditFindingEvidenceController.upload'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/credit-findings/{id}/evidence/{evidenceId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 下载信用记录证据材料（按 sha256 校验） · Download a piece of evidence of a credit finding, verified against its sha256
     * @description **角色 Roles:** 市科技局 `officer`、初审单位 `reviewer`、申报单位 `applicant`
     */
    get: operations['CreditFindingEvidenceController.download'];
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
  'ApplicationsController.list': {
    parameters: {
      query?: {
        callId?: string;
        format?: 'json' | 'xlsx' | 'csv';
        jurisdictionCode?: string;
        page?: number;
        pageSize?: number;
        q?: string;
        sort?: string;
        status?:
          | 'DRAFT'
          | 'SUBMITTED'
          | 'RETURNED'
          | 'PRELIM_RECOMMENDED'
          | 'PRELIM_REJECTED'
          | 'CITY_TO_BE_FILED'
          | 'CITY_REJECTED'
          | 'IN_PUBLICITY'
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
              attachments: {
                /** @enum {string} */
                category: 'AGREEMENT' | 'COMMITMENT' | 'EVIDENCE' | 'OTHER';
                fileName: string;
                /** Format: uuid */
                id: string;
                mediaType: string;
                sha256: string;
                size: number;
                uploadedAt: string;
              }[];
              /** Format: uuid */
              callId: string;
              createdAt: string;
              document: {
                [key: string]: unknown;
              };
              /** Format: uuid */
              id: string;
              jurisdictionCode: string | null;
              leadUscc: string;
              revision: number;
              /** @enum {string} */
              status:
                | 'DRAFT'
                | 'SUBMITTED'
                | 'RETURNED'
                | 'PRELIM_RECOMMENDED'
                | 'PRELIM_REJECTED'
                | 'CITY_TO_BE_FILED'
                | 'CITY_REJECTED'
                | 'IN_PUBLICITY'
                | 'CLEARED'
                | 'CONTESTED'
                | 'FILED';
              submittedAt: string | null;
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
  'ApplicationsController.create': {
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
          callId: string;
          commitment?: {
            attachmentId?: string;
            /** Format: date-time */
            attestedAt?: string;
            attestedBy?: string;
          };
          field?: string;
          goals?: {
            acceptanceTargets?: string[];
            coreTasks?: string[];
            funding?: {
              sources?: {
                amountFen?: number;
                unitUscc?: string;
              }[];
              totalFen?: number;
            };
            plan?: {
              /** Format: date */
              endsOn?: string;
              milestones?: {
                /** Format: date */
                dueOn?: string;
                title?: string;
              }[];
              /** Format: date */
              startsOn?: string;
            };
          };
          governance?: {
            council?: boolean;
            incentives?: string;
            management?: string;
          };
          /** @enum {string} */
          jurisdictionCode?:
            | '510502'
            | '510503'
            | '510504'
            | '510521'
            | '510522'
            | '510524'
            | '510525'
            | 'LZ-HTZ'
            | 'LZ-LIQUOR'
            | 'LZ-PORT'
            | 'LZ-YEDZ';
          justifications?: {
            [key: string]: string;
          };
          lead?: {
            address?: string;
            contact?: {
              /** Format: email */
              email?: string;
              name?: string;
              phone?: string;
            };
            districtCode?: string;
            /** @enum {string} */
            kind?: 'ENTERPRISE' | 'NEW_RD_INSTITUTION' | 'UNIVERSITY' | 'RESEARCH_INSTITUTE' | 'OTHER';
            name?: string;
            uscc?: string;
          };
          leadInfluence?: string;
          members?: {
            /** @enum {string} */
            chainRole?: 'KEY_NODE' | 'UPSTREAM' | 'DOWNSTREAM' | 'ACADEMIC';
            contribution?: {
              equipment?: string;
              fundsFen?: number;
              premises?: string;
              talent?: string;
              technology?: string;
            };
            influenceStatement?: string;
            inLuzhou?: boolean;
            /** @enum {string} */
            kind?: 'ENTERPRISE' | 'NEW_RD_INSTITUTION' | 'UNIVERSITY' | 'RESEARCH_INSTITUTE' | 'OTHER';
            name?: string;
            region?: string;
            uscc?: string;
          }[];
          name?: string;
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
            attachments: {
              /** @enum {string} */
              category: 'AGREEMENT' | 'COMMITMENT' | 'EVIDENCE' | 'OTHER';
              fileName: string;
              /** Format: uuid */
              id: string;
              mediaType: string;
              sha256: string;
              size: number;
              uploadedAt: string;
            }[];
            /** Format: uuid */
            callId: string;
            createdAt: string;
            document: {
              [key: string]: unknown;
            };
            /** Format: uuid */
            id: string;
            jurisdictionCode: string | null;
            leadUscc: string;
            revision: number;
            /** @enum {string} */
            status:
              | 'DRAFT'
              | 'SUBMITTED'
              | 'RETURNED'
              | 'PRELIM_RECOMMENDED'
              | 'PRELIM_REJECTED'
              | 'CITY_TO_BE_FILED'
              | 'CITY_REJECTED'
              | 'IN_PUBLICITY'
              | 'CLEARED'
              | 'CONTESTED'
              | 'FILED';
            submittedAt: string | null;
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
  'ApplicationsController.get': {
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
            attachments: {
              /** @enum {string} */
              category: 'AGREEMENT' | 'COMMITMENT' | 'EVIDENCE' | 'OTHER';
              fileName: string;
              /** Format: uuid */
              id: string;
              mediaType: string;
              sha256: string;
              size: number;
              uploadedAt: string;
            }[];
            /** Format: uuid */
            callId: string;
            createdAt: string;
            document: {
              [key: string]: unknown;
            };
            /** Format: uuid */
            id: string;
            jurisdictionCode: string | null;
            leadUscc: string;
            revision: number;
            /** @enum {string} */
            status:
              | 'DRAFT'
              | 'SUBMITTED'
              | 'RETURNED'
              | 'PRELIM_RECOMMENDED'
              | 'PRELIM_REJECTED'
              | 'CITY_TO_BE_FILED'
              | 'CITY_REJECTED'
              | 'IN_PUBLICITY'
              | 'CLEARED'
              | 'CONTESTED'
              | 'FILED';
            submittedAt: string | null;
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
  'ApplicationsController.replace': {
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
          callId: string;
          commitment?: {
            attachmentId?: string;
            /** Format: date-time */
            attestedAt?: string;
            attestedBy?: string;
          };
          field?: string;
          goals?: {
            acceptanceTargets?: string[];
            coreTasks?: string[];
            funding?: {
              sources?: {
                amountFen?: number;
                unitUscc?: string;
              }[];
              totalFen?: number;
            };
            plan?: {
              /** Format: date */
              endsOn?: string;
              milestones?: {
                /** Format: date */
                dueOn?: string;
                title?: string;
              }[];
              /** Format: date */
              startsOn?: string;
            };
          };
          governance?: {
            council?: boolean;
            incentives?: string;
            management?: string;
          };
          /** @enum {string} */
          jurisdictionCode?:
            | '510502'
            | '510503'
            | '510504'
            | '510521'
            | '510522'
            | '510524'
            | '510525'
            | 'LZ-HTZ'
            | 'LZ-LIQUOR'
            | 'LZ-PORT'
            | 'LZ-YEDZ';
          justifications?: {
            [key: string]: string;
          };
          lead?: {
            address?: string;
            contact?: {
              /** Format: email */
              email?: string;
              name?: string;
              phone?: string;
            };
            districtCode?: string;
            /** @enum {string} */
            kind?: 'ENTERPRISE' | 'NEW_RD_INSTITUTION' | 'UNIVERSITY' | 'RESEARCH_INSTITUTE' | 'OTHER';
            name?: string;
            uscc?: string;
          };
          leadInfluence?: string;
          members?: {
            /** @enum {string} */
            chainRole?: 'KEY_NODE' | 'UPSTREAM' | 'DOWNSTREAM' | 'ACADEMIC';
            contribution?: {
              equipment?: string;
              fundsFen?: number;
              premises?: string;
              talent?: string;
              technology?: string;
            };
            influenceStatement?: string;
            inLuzhou?: boolean;
            /** @enum {string} */
            kind?: 'ENTERPRISE' | 'NEW_RD_INSTITUTION' | 'UNIVERSITY' | 'RESEARCH_INSTITUTE' | 'OTHER';
            name?: string;
            region?: string;
            uscc?: string;
          }[];
          name?: string;
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
            attachments: {
              /** @enum {string} */
              category: 'AGREEMENT' | 'COMMITMENT' | 'EVIDENCE' | 'OTHER';
              fileName: string;
              /** Format: uuid */
              id: string;
              mediaType: string;
              sha256: string;
              size: number;
              uploadedAt: string;
            }[];
            /** Format: uuid */
            callId: string;
            createdAt: string;
            document: {
              [key: string]: unknown;
            };
            /** Format: uuid */
            id: string;
            jurisdictionCode: string | null;
            leadUscc: string;
            revision: number;
            /** @enum {string} */
            status:
              | 'DRAFT'
              | 'SUBMITTED'
              | 'RETURNED'
              | 'PRELIM_RECOMMENDED'
              | 'PRELIM_REJECTED'
              | 'CITY_TO_BE_FILED'
              | 'CITY_REJECTED'
              | 'IN_PUBLICITY'
              | 'CLEARED'
              | 'CONTESTED'
              | 'FILED';
            submittedAt: string | null;
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
  'ApplicationsController.patch': {
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
          [key: string]: unknown;
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
            attachments: {
              /** @enum {string} */
              category: 'AGREEMENT' | 'COMMITMENT' | 'EVIDENCE' | 'OTHER';
              fileName: string;
              /** Format: uuid */
              id: string;
              mediaType: string;
              sha256: string;
              size: number;
              uploadedAt: string;
            }[];
            /** Format: uuid */
            callId: string;
            createdAt: string;
            document: {
              [key: string]: unknown;
            };
            /** Format: uuid */
            id: string;
            jurisdictionCode: string | null;
            leadUscc: string;
            revision: number;
            /** @enum {string} */
            status:
              | 'DRAFT'
              | 'SUBMITTED'
              | 'RETURNED'
              | 'PRELIM_RECOMMENDED'
              | 'PRELIM_REJECTED'
              | 'CITY_TO_BE_FILED'
              | 'CITY_REJECTED'
              | 'IN_PUBLICITY'
              | 'CLEARED'
              | 'CONTESTED'
              | 'FILED';
            submittedAt: string | null;
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
  'AttachmentsController.upload': {
    parameters: {
      query?: {
        category?: 'AGREEMENT' | 'COMMITMENT' | 'EVIDENCE' | 'OTHER';
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': {
          /** @enum {string} */
          category?: 'AGREEMENT' | 'COMMITMENT' | 'EVIDENCE' | 'OTHER';
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
            /** @enum {string} */
            category: 'AGREEMENT' | 'COMMITMENT' | 'EVIDENCE' | 'OTHER';
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
  'AttachmentsController.download': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        attId: string;
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
  'AttachmentsController.remove': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        attId: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      204: {
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
  'SubmissionController.eligibility': {
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
            eligible: boolean;
            findings: {
              blocking: boolean;
              informational?: boolean;
              justified?: boolean;
              message: string;
              messageZh: string;
              path: string;
              rule: string;
              /** @enum {string} */
              severity: 'error' | 'flag';
            }[];
            policyVersion: string;
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
  'ApplicationsController.revisions': {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        sort?: string;
      };
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
            items: {
              attachments: unknown[];
              commitment: {
                attachmentId: string;
                attestedAt: string;
                attestedBy: string;
                ip: string | null;
              };
              document: {
                [key: string]: unknown;
              };
              findings: unknown[];
              revision: number;
              submittedAt: string;
              submittedBy: string;
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
  'SubmissionController.submit': {
    parameters: {
      query?: never;
      header: {
        /** @description 必填。重试时使用同一值,服务只执行一次并重放原答复。 · Required. Reuse the same value when retrying: the service carries the request out once and replays its answer. */
        'Idempotency-Key': string;
      };
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
            attachments: {
              /** @enum {string} */
              category: 'AGREEMENT' | 'COMMITMENT' | 'EVIDENCE' | 'OTHER';
              fileName: string;
              /** Format: uuid */
              id: string;
              mediaType: string;
              sha256: string;
              size: number;
              uploadedAt: string;
            }[];
            /** Format: uuid */
            callId: string;
            createdAt: string;
            document: {
              [key: string]: unknown;
            };
            /** Format: uuid */
            id: string;
            jurisdictionCode: string | null;
            leadUscc: string;
            revision: number;
            /** @enum {string} */
            status:
              | 'DRAFT'
              | 'SUBMITTED'
              | 'RETURNED'
              | 'PRELIM_RECOMMENDED'
              | 'PRELIM_REJECTED'
              | 'CITY_TO_BE_FILED'
              | 'CITY_REJECTED'
              | 'IN_PUBLICITY'
              | 'CLEARED'
              | 'CONTESTED'
              | 'FILED';
            submittedAt: string | null;
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
  'ApplicationsController.timeline': {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        sort?: string;
      };
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
            items: {
              at: string;
              eventId: string | null;
              eventType: string | null;
              note: string | null;
              recordedAt: string;
              source: string;
              /** @enum {string} */
              status:
                | 'DRAFT'
                | 'SUBMITTED'
                | 'RETURNED'
                | 'PRELIM_RECOMMENDED'
                | 'PRELIM_REJECTED'
                | 'CITY_TO_BE_FILED'
                | 'CITY_REJECTED'
                | 'IN_PUBLICITY'
                | 'CLEARED'
                | 'CONTESTED'
                | 'FILED';
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
  'ApplicationsController.counts': {
    parameters: {
      query: {
        callId: string;
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
            /** Format: uuid */
            callId: string;
            cells: {
              count: number;
              jurisdictionCode: string;
              /** @enum {string} */
              status:
                | 'DRAFT'
                | 'SUBMITTED'
                | 'RETURNED'
                | 'PRELIM_RECOMMENDED'
                | 'PRELIM_REJECTED'
                | 'CITY_TO_BE_FILED'
                | 'CITY_REJECTED'
                | 'IN_PUBLICITY'
                | 'CLEARED'
                | 'CONTESTED'
                | 'FILED';
            }[];
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
    };
  };
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
  'CallsController.list': {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        q?: string;
        sort?: string;
        status?: 'UPCOMING' | 'OPEN' | 'CLOSED';
        year?: number;
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
              closesAt: string;
              /** Format: uuid */
              id: string;
              justification: string | null;
              open: boolean;
              opensAt: string;
              policyVersion: string;
              title: string;
              year: number;
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
    };
  };
  'CallsController.create': {
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
          /** Format: date-time */
          closesAt: string;
          justification?: string;
          /** Format: date-time */
          opensAt: string;
          policyVersion: string;
          title: string;
          year: number;
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
            closesAt: string;
            /** Format: uuid */
            id: string;
            justification: string | null;
            open: boolean;
            opensAt: string;
            policyVersion: string;
            title: string;
            year: number;
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
  'CallsController.get': {
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
            closesAt: string;
            /** Format: uuid */
            id: string;
            justification: string | null;
            open: boolean;
            opensAt: string;
            policyVersion: string;
            title: string;
            year: number;
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
  'CallsController.close': {
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
            closesAt: string;
            /** Format: uuid */
            id: string;
            justification: string | null;
            open: boolean;
            opensAt: string;
            policyVersion: string;
            title: string;
            year: number;
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
  'CreditFindingsController.list': {
    parameters: {
      query?: {
        active?: 'true' | 'false';
        page?: number;
        pageSize?: number;
        q?: string;
        sort?: string;
        uscc?: string;
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
              active: boolean;
              decisionRef: string;
              ended: {
                at: string;
                on: string;
                reason: string;
              } | null;
              evidence: {
                fileName: string;
                /** Format: uuid */
                id: string;
                mediaType: string;
                sha256: string;
                size: number;
                uploadedAt: string;
              }[];
              facts: string;
              /** Format: uuid */
              id: string;
              object: {
                id: string;
                /** @enum {string} */
                type: 'APPLICATION' | 'CLAIM' | 'EVALUATION_REPORT';
              };
              period: {
                from: string;
                until: string | null;
              };
              policyVersion: string;
              recordedAt: string;
              unitName: string;
              uscc: string;
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
  'CreditFindingsController.record': {
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
          decisionRef: string;
          facts: string;
          object: {
            id: string;
            /** @enum {string} */
            type: 'APPLICATION' | 'CLAIM' | 'EVALUATION_REPORT';
          };
          period: {
            /** Format: date */
            from: string;
            until: string | null;
          };
          unitName: string;
          uscc: string;
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
            active: boolean;
            decisionRef: string;
            ended: {
              at: string;
              on: string;
              reason: string;
            } | null;
            evidence: {
              fileName: string;
              /** Format: uuid */
              id: string;
              mediaType: string;
              sha256: string;
              size: number;
              uploadedAt: string;
            }[];
            facts: string;
            /** Format: uuid */
            id: string;
            object: {
              id: string;
              /** @enum {string} */
              type: 'APPLICATION' | 'CLAIM' | 'EVALUATION_REPORT';
            };
            period: {
              from: string;
              until: string | null;
            };
            policyVersion: string;
            recordedAt: string;
            unitName: string;
            uscc: string;
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
  'CreditFindingsController.get': {
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
            active: boolean;
            decisionRef: string;
            ended: {
              at: string;
              on: string;
              reason: string;
            } | null;
            evidence: {
              fileName: string;
              /** Format: uuid */
              id: string;
              mediaType: string;
              sha256: string;
              size: number;
              uploadedAt: string;
            }[];
            facts: string;
            /** Format: uuid */
            id: string;
            object: {
              id: string;
              /** @enum {string} */
              type: 'APPLICATION' | 'CLAIM' | 'EVALUATION_REPORT';
            };
            period: {
              from: string;
              until: string | null;
            };
            policyVersion: string;
            recordedAt: string;
            unitName: string;
            uscc: string;
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
  'CreditFindingsController.end': {
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
            active: boolean;
            decisionRef: string;
            ended: {
              at: string;
              on: string;
              reason: string;
            } | null;
            evidence: {
              fileName: string;
              /** Format: uuid */
              id: string;
              mediaType: string;
              sha256: string;
              size: number;
              uploadedAt: string;
            }[];
            facts: string;
            /** Format: uuid */
            id: string;
            object: {
              id: string;
              /** @enum {string} */
              type: 'APPLICATION' | 'CLAIM' | 'EVALUATION_REPORT';
            };
            period: {
              from: string;
              until: string | null;
            };
            policyVersion: string;
            recordedAt: string;
            unitName: string;
            uscc: string;
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
  'CreditFindingEvidenceController.upload': {
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
  'CreditFindingEvidenceController.download': {
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
