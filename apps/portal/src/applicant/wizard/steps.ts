import { applicationDocumentSchema, type ApplicationDraftInput } from '@lz/policy';

/**
 * The wizard's steps, in order, and the parts of the application document (libs/policy's
 * applicationDocumentSchema) each one edits. Leaving a step saves exactly its parts (a merge patch).
 */
export const STEPS = [
  'basic',
  'lead',
  'members',
  'goals',
  'funding',
  'governance',
  'attachments',
  'commitment',
  'review',
] as const;
export type StepId = (typeof STEPS)[number];

export type Draft = Omit<ApplicationDraftInput, 'callId'> & { callId: string };

/** The first step that owns a document path (`members[2].uscc`, `goals.funding.totalFen`, `attachments`). */
export function stepOfPath(path: string): StepId {
  const [head = '', second = ''] = path.split(/[.[]/);
  switch (head) {
    case 'name':
    case 'field':
    case 'jurisdictionCode':
      return 'basic';
    case 'lead':
    case 'leadInfluence':
      return 'lead';
    case 'members':
      return 'members';
    case 'goals':
      return second === 'funding' ? 'funding' : 'goals';
    case 'governance':
      return 'governance';
    case 'attachments':
      return 'attachments';
    case 'commitment':
      return 'commitment';
    default:
      return 'review';
  }
}

/** The id of the control that edits a document path: `members[2].uscc` → `f-members-2-uscc`. */
export const fieldId = (path: string): string => `f-${path.replace(/[[\].]+/g, '-').replace(/-$/, '')}`;

/**
 * Where reopening the wizard resumes: the first step with a part still missing or wrong by the
 * document's schema (the one the service applies at submission), or the attachments step while no
 * formation agreement is attached; the review step when nothing is left.
 */
export function firstIncompleteStep(doc: Draft, attachmentCategories: readonly string[]): StepId {
  const parsed = applicationDocumentSchema.safeParse(doc);
  const steps = new Set<StepId>(
    parsed.success ? [] : parsed.error.issues.map((i) => stepOfPath(i.path.map(String).join('.'))),
  );
  if (!attachmentCategories.includes('AGREEMENT') || !attachmentCategories.includes('COMMITMENT'))
    steps.add('attachments');
  return STEPS.find((s) => steps.has(s)) ?? 'review';
}

/** The document parts a step saves, as a merge patch (`null` removes a part left empty). */
export function stepPatch(step: StepId, doc: Draft): Record<string, unknown> {
  const part = (key: keyof Draft) => clean(doc[key]) ?? null;
  switch (step) {
    case 'basic':
      return { name: part('name'), field: part('field'), jurisdictionCode: part('jurisdictionCode') };
    case 'lead':
      return { lead: part('lead'), leadInfluence: part('leadInfluence') };
    case 'members':
      return { members: part('members') };
    case 'goals': {
      const g = doc.goals ?? {};
      return {
        goals: {
          coreTasks: clean(g.coreTasks) ?? null,
          plan: clean(g.plan) ?? null,
          acceptanceTargets: clean(g.acceptanceTargets) ?? null,
        },
      };
    }
    case 'funding':
      return { goals: { funding: clean(doc.goals?.funding) ?? null } };
    case 'governance':
      // An unticked box is a no (the text only asks to explore council decisions, docs/SPEC.md 2.4).
      return { governance: clean({ council: false, ...doc.governance }) ?? null };
    case 'commitment':
      return { commitment: part('commitment') };
    case 'review':
      return { justifications: part('justifications') };
    case 'attachments':
      return {};
  }
}

/**
 * A part as a draft stores it: blank text, empty objects and blank list entries dropped (the schema
 * refuses a blank name; a missing one is reported by the dry run instead). Member, milestone and
 * source rows are kept even when partly filled, so their positions stay those the person sees.
 */
export function clean(value: unknown): unknown {
  if (typeof value === 'string') return value.trim() === '' ? undefined : value;
  if (Array.isArray(value)) {
    const items = value
      .map((v) => (typeof v === 'object' && v !== null ? (clean(v) ?? {}) : clean(v)))
      .filter((v) => v !== undefined);
    return items.length === 0 ? undefined : items;
  }
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value)
      .map(([k, v]) => [k, clean(v)] as const)
      .filter(([, v]) => v !== undefined);
    return entries.length === 0 ? undefined : Object.fromEntries(entries);
  }
  return value;
}
