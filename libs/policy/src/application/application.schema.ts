import { z } from 'zod';
import { divisionCodeSchema, jurisdictionSchema } from '../jurisdictions/jurisdiction.schema';
import { fenSchema } from '../money/money';
import {
  dateSchema,
  entityIdSchema,
  instantSchema,
  boundedText,
  TEXT_LIMITS,
} from '../shared/primitives.schema';
import { usccSchema } from '../uscc/uscc';

/** Limits that keep a document (and so a request body) bounded. */
export const APPLICATION_LIMITS = {
  members: 100,
  coreTasks: 50,
  milestones: 100,
  fundingSources: 200,
  acceptanceTargets: 50,
} as const;

export const UNIT_KINDS = [
  'ENTERPRISE',
  'NEW_RD_INSTITUTION',
  'UNIVERSITY',
  'RESEARCH_INSTITUTE',
  'OTHER',
] as const;
export const unitKindSchema = z.enum(UNIT_KINDS, { error: `must be one of ${UNIT_KINDS.join(', ')}` });
export type UnitKind = z.infer<typeof unitKindSchema>;

export const CHAIN_ROLES = ['KEY_NODE', 'UPSTREAM', 'DOWNSTREAM', 'ACADEMIC'] as const;
export const chainRoleSchema = z.enum(CHAIN_ROLES, { error: `must be one of ${CHAIN_ROLES.join(', ')}` });
export type ChainRole = z.infer<typeof chainRoleSchema>;

/** Free text a rule may require to be non-empty: the schema bounds it, eligibility judges emptiness. */
const optionalText = (max: number) =>
  z
    .string({ error: 'must be a string' })
    .trim()
    .max(max, { error: `must be at most ${max} characters` });

export const contactSchema = z.strictObject({
  name: boundedText(TEXT_LIMITS.short),
  phone: z
    .string({ error: 'must be a string' })
    .trim()
    .regex(/^\+?[0-9][0-9 ()-]{4,29}$/, { error: 'must be a phone number' }),
  email: z.email({ error: 'must be an email address' }).max(254),
});

export const leadSchema = z.strictObject({
  uscc: usccSchema,
  name: boundedText(TEXT_LIMITS.short),
  kind: unitKindSchema,
  /** Declared registration district (docs/SPEC.md 2.1a judges whether it is in Luzhou). */
  districtCode: divisionCodeSchema,
  address: boundedText(TEXT_LIMITS.short),
  contact: contactSchema,
});
export type Lead = z.infer<typeof leadSchema>;

export const contributionSchema = z.strictObject({
  fundsFen: fenSchema,
  technology: optionalText(TEXT_LIMITS.medium).optional(),
  talent: optionalText(TEXT_LIMITS.medium).optional(),
  equipment: optionalText(TEXT_LIMITS.medium).optional(),
  premises: optionalText(TEXT_LIMITS.medium).optional(),
});
export type Contribution = z.infer<typeof contributionSchema>;

export const memberSchema = z.strictObject({
  uscc: usccSchema,
  name: boundedText(TEXT_LIMITS.short),
  kind: unitKindSchema,
  chainRole: chainRoleSchema,
  inLuzhou: z.boolean({ error: 'must be true or false' }),
  /** Where the unit is, in words (e.g. 北京市海淀区). */
  region: boundedText(TEXT_LIMITS.short),
  influenceStatement: optionalText(TEXT_LIMITS.medium).optional(),
  contribution: contributionSchema,
});
export type Member = z.infer<typeof memberSchema>;

export const milestoneSchema = z.strictObject({
  title: boundedText(TEXT_LIMITS.short),
  dueOn: dateSchema,
});
export type Milestone = z.infer<typeof milestoneSchema>;

export const fundingSourceSchema = z.strictObject({
  unitUscc: usccSchema,
  amountFen: fenSchema,
});
export type FundingSource = z.infer<typeof fundingSourceSchema>;

export const goalsSchema = z.strictObject({
  coreTasks: z.array(boundedText(TEXT_LIMITS.medium)).max(APPLICATION_LIMITS.coreTasks),
  plan: z.strictObject({
    startsOn: dateSchema,
    endsOn: dateSchema,
    milestones: z.array(milestoneSchema).max(APPLICATION_LIMITS.milestones),
  }),
  funding: z.strictObject({
    totalFen: fenSchema,
    sources: z.array(fundingSourceSchema).max(APPLICATION_LIMITS.fundingSources),
  }),
  acceptanceTargets: z.array(boundedText(TEXT_LIMITS.medium)).max(APPLICATION_LIMITS.acceptanceTargets),
});
export type Goals = z.infer<typeof goalsSchema>;

export const governanceSchema = z.strictObject({
  /** 理事会决策 */
  council: z.boolean({ error: 'must be true or false' }),
  /** Management: who manages and how (the lead enterprise manages, 第二条(四)). */
  management: optionalText(TEXT_LIMITS.long),
  /** Pay and performance mechanisms (灵活性薪酬、柔性绩效评估). */
  incentives: optionalText(TEXT_LIMITS.long).optional(),
});
export type Governance = z.infer<typeof governanceSchema>;

/**
 * Written justifications for soft rules only (docs/SPEC.md 2.1b, 2.3a, and 2.1a's registration place — the
 * text says 原则上 there too, docs/spec-notes.md); any other key is an error.
 */
export const justificationsSchema = z.partialRecord(
  z.enum(['2.1a', '2.1b', '2.3a'], {
    error: 'a justification may only be given for soft rules 2.1a, 2.1b and 2.3a',
  }),
  optionalText(TEXT_LIMITS.long),
);
export type Justifications = z.infer<typeof justificationsSchema>;

export const commitmentSchema = z.strictObject({
  /** The COMMITMENT attachment (诚信承诺书). */
  attachmentId: entityIdSchema,
  attestedBy: boundedText(TEXT_LIMITS.short),
  attestedAt: instantSchema,
});
export type Commitment = z.infer<typeof commitmentSchema>;

/** The application document of docs/API.md: the body of create/replace. Unknown keys are errors. */
export const applicationDocumentSchema = z.strictObject({
  callId: entityIdSchema,
  name: boundedText(TEXT_LIMITS.short),
  /** Industry/technology domain. */
  field: boundedText(TEXT_LIMITS.short),
  jurisdictionCode: jurisdictionSchema,
  lead: leadSchema,
  /** 第二条(一): the lead 在本市内具备一定的行业影响力. Shown to reviewers; not a refusal ground. */
  leadInfluence: optionalText(TEXT_LIMITS.medium).optional(),
  members: z.array(memberSchema).max(APPLICATION_LIMITS.members, {
    error: `at most ${APPLICATION_LIMITS.members} members`,
  }),
  goals: goalsSchema,
  governance: governanceSchema,
  justifications: justificationsSchema.optional(),
  commitment: commitmentSchema,
});
export type ApplicationDocument = z.infer<typeof applicationDocumentSchema>;
/** The document as a client sends it (before branding of fen amounts). */
export type ApplicationDocumentInput = z.input<typeof applicationDocumentSchema>;

export const ATTACHMENT_CATEGORIES = ['AGREEMENT', 'COMMITMENT', 'EVIDENCE', 'OTHER'] as const;
export const attachmentCategorySchema = z.enum(ATTACHMENT_CATEGORIES, {
  error: `must be one of ${ATTACHMENT_CATEGORIES.join(', ')}`,
});
export type AttachmentCategory = z.infer<typeof attachmentCategorySchema>;

// ---- Drafts (docs/SPEC.md 3.2: draft edits are free) ---------------------------------------------
// A draft needs only its call: every other part may be missing or partly filled and is saved as it
// is. What is present still obeys the document's structural rules (types, USCC check character,
// integer fen, dates, lengths, no unknown keys); what is missing is reported by the eligibility dry
// run (docs/SPEC.md C.2) and refused at submission.

const memberDraftSchema = memberSchema.extend({ contribution: contributionSchema.partial() }).partial();

const goalsDraftSchema = goalsSchema
  .extend({
    plan: goalsSchema.shape.plan
      .extend({
        milestones: z.array(milestoneSchema.partial()).max(APPLICATION_LIMITS.milestones),
      })
      .partial(),
    funding: goalsSchema.shape.funding
      .extend({
        sources: z.array(fundingSourceSchema.partial()).max(APPLICATION_LIMITS.fundingSources),
      })
      .partial(),
  })
  .partial();

/** The body of create/replace and the result of a merge patch: the document with every part optional but `callId`. */
export const applicationDraftSchema = applicationDocumentSchema
  .extend({
    lead: leadSchema.extend({ contact: contactSchema.partial() }).partial(),
    members: z.array(memberDraftSchema).max(APPLICATION_LIMITS.members, {
      error: `at most ${APPLICATION_LIMITS.members} members`,
    }),
    goals: goalsDraftSchema,
    governance: governanceSchema.partial(),
    commitment: commitmentSchema.partial(),
  })
  .partial()
  .required({ callId: true });
export type ApplicationDraft = z.infer<typeof applicationDraftSchema>;
/** A draft as a client sends it (before branding of fen amounts). */
export type ApplicationDraftInput = z.input<typeof applicationDraftSchema>;
