import { z } from 'zod';
import { exportable, listQuerySchema, pageSchema } from '@lz/http';
import { CITY_STAGE_STATUSES, cityDecisionSchema, entityIdSchema } from '@lz/policy';
import { memberSchema } from '../preliminary/preliminary.schema';

/** `POST /city-reviews/:applicationId/panel`: size defaults to the policy's `defaultPanelSize`. */
export const panelBodySchema = z.strictObject({
  size: z.int().min(1).max(50).optional(),
});
export type PanelBody = z.infer<typeof panelBodySchema>;

/** `POST /city-reviews/:applicationId/scores` (expert, assigned). */
export const scoresBodySchema = z.strictObject({
  items: z
    .array(z.strictObject({ criterion: z.string().trim().min(1).max(64), score: z.number() }))
    .min(1)
    .max(50),
  comment: z.string().trim().max(4000).default(''),
});
export type ScoresBody = z.infer<typeof scoresBodySchema>;

/** `POST /city-reviews/:applicationId/decline` (expert): the body of @lz/policy (the portal's form checks the same). */
export { declineBodySchema, type DeclineBody } from '@lz/policy';

/** `POST /city-reviews/:applicationId/decision` (officer): the body of @lz/policy (the portal's form checks the same). */
export { cityDecisionBodySchema, type CityDecisionBody } from '@lz/policy';

const candidateSchema = z.object({ expertId: z.string(), orgUscc: z.string(), fields: z.array(z.string()) });

export const drawSchema = z.object({
  seed: z.string(),
  field: z.string(),
  size: z.int(),
  candidates: z.array(candidateSchema),
  conflictedOrgs: z.array(z.string()),
  excluded: z.array(z.string()),
  order: z.array(z.string()),
  panel: z.array(z.string()),
  reserve: z.array(z.string()),
  drawnBy: z.string(),
  drawnAt: z.string(),
});

export const scoreViewSchema = z.object({
  expertId: z.string(),
  items: z.array(z.object({ criterion: z.string(), score: z.number() })),
  total: z.int(),
  comment: z.string(),
  scoredAt: z.string(),
});

export const cityReviewSchema = z.object({
  applicationId: z.string(),
  revision: z.int(),
  name: z.string(),
  field: z.string(),
  jurisdictionCode: z.string(),
  leadUscc: z.string(),
  leadName: z.string(),
  /** The members of the submitted revision, for the panel to read (and to see its own 回避). */
  members: z.array(memberSchema),
  status: z.string(),
  policyVersion: z.string(),
  rubric: z.array(
    z.object({ key: z.string(), title: z.string(), titleZh: z.string(), maxScore: z.number() }),
  ),
  draw: drawSchema.nullable(),
  panel: z.array(
    z.object({
      expertId: z.string(),
      name: z.string(),
      orgUscc: z.string(),
      position: z.int(),
      status: z.enum(['ASSIGNED', 'DECLINED']),
      declinedAt: z.string().nullable(),
      declineReason: z.string().nullable(),
      scored: z.boolean(),
    }),
  ),
  scores: z.array(scoreViewSchema),
  aggregate: z.object({ scored: z.int(), assigned: z.int(), mean: z.number().nullable() }).nullable(),
  decision: z
    .object({
      decision: cityDecisionSchema,
      opinion: z.string(),
      aggregateScore: z.number().nullable(),
      decidedBy: z.string(),
      decidedAt: z.string(),
    })
    .nullable(),
});
export type CityReviewView = z.infer<typeof cityReviewSchema>;

/**
 * `GET /city-reviews` (officer: the city stage, by default the open reviews, PRELIM_RECOMMENDED;
 * expert: own live assignments in any status): least recently changed first.
 */
export const cityReviewListQuerySchema = listQuerySchema({
  sortable: ['updatedAt', 'submittedAt', 'name'],
  defaultSort: ['updatedAt'],
  search: 'the consortium name, the lead unit name or its USCC',
  filters: {
    status: z.enum(CITY_STAGE_STATUSES).optional(),
    callId: entityIdSchema.optional(),
    field: z.string().trim().min(1).max(100).optional(),
    jurisdictionCode: z.string().trim().min(1).max(20).optional(),
  },
});
export type CityReviewListQuery = z.output<typeof cityReviewListQuerySchema>;

export const cityReviewListSchema = pageSchema(
  z.object({
    applicationId: z.string(),
    revision: z.int(),
    name: z.string(),
    field: z.string(),
    jurisdictionCode: z.string(),
    leadName: z.string(),
    status: z.string(),
    submittedAt: z.string(),
    updatedAt: z.string(),
  }),
);

/**
 * `GET /city-reviews/:applicationId/scores` (officer): the panel's scores against the rubric, one row
 * per seated expert × criterion (an expert who has not scored yet has empty scores), each with the
 * criterion's maximum and the panel's aggregate; in panel order, then rubric order.
 * `format=xlsx|csv` exports it.
 */
export const panelScoresQuerySchema = exportable(
  listQuerySchema({
    sortable: ['position', 'expertName', 'scoredAt'],
    defaultSort: ['position'],
  }),
);
export type PanelScoresQuery = z.output<typeof panelScoresQuerySchema>;

export const panelScoreRowSchema = z.object({
  applicationId: z.string(),
  consortiumName: z.string(),
  position: z.int(),
  expertId: z.string(),
  expertName: z.string(),
  orgName: z.string().nullable(),
  orgUscc: z.string(),
  criterion: z.string(),
  criterionZh: z.string(),
  maxScore: z.number(),
  score: z.number().nullable(),
  expertTotal: z.int().nullable(),
  comment: z.string().nullable(),
  scoredAt: z.string().nullable(),
  /** The panel's mean of the seated experts' totals (null until one has scored), as the decision sees it. */
  aggregateMean: z.number().nullable(),
  aggregateScored: z.int(),
  aggregateAssigned: z.int(),
});
export type PanelScoreRow = z.infer<typeof panelScoreRowSchema>;
export const panelScoresSchema = pageSchema(panelScoreRowSchema);
