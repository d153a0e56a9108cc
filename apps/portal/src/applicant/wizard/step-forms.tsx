import { CHAIN_ROLES, LUZHOU_DISTRICTS, UNIT_KINDS, formatFen, validateUscc } from '@lz/policy';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages.zh-CN';
import { jurisdictionOptions } from '../../shared/jurisdiction';
import type { Draft } from './steps';
import {
  CheckboxInput,
  RowButton,
  SelectInput,
  TextInput,
  TextList,
  YuanInput,
  useWizard,
  type Path,
} from './wizard-fields';

type Member = NonNullable<Draft['members']>[number];
type Milestone = NonNullable<NonNullable<NonNullable<Draft['goals']>['plan']>['milestones']>[number];
type Source = NonNullable<NonNullable<NonNullable<Draft['goals']>['funding']>['sources']>[number];

/** The USCC as typed, with the function the service uses (libs/policy validateUscc). */
function useUsccCheck() {
  const { t } = useI18n();
  return (value: string) => (validateUscc(value.trim()).ok ? undefined : t('wizard.uscc.invalid'));
}

function useKindOptions() {
  const { t } = useI18n();
  return UNIT_KINDS.map((k) => ({ value: k, label: t(`wizard.kind.${k}` as MessageKey) }));
}

export function BasicStep() {
  const { locale } = useI18n();
  return (
    <>
      <TextInput path={['name']} label="wizard.name" required />
      <TextInput path={['field']} label="wizard.field" required />
      <SelectInput
        path={['jurisdictionCode']}
        label="wizard.jurisdiction"
        required
        options={jurisdictionOptions(locale)}
      />
    </>
  );
}

export function LeadStep() {
  const { t, locale } = useI18n();
  const kinds = useKindOptions();
  return (
    <>
      <TextInput path={['lead', 'uscc']} label="wizard.lead.uscc" required help={t('wizard.lead.usccHelp')} />
      <TextInput path={['lead', 'name']} label="wizard.lead.name" required />
      <SelectInput path={['lead', 'kind']} label="wizard.unit.kind" required options={kinds} />
      <SelectInput
        path={['lead', 'districtCode']}
        label="wizard.lead.district"
        required
        options={LUZHOU_DISTRICTS.map((d) => ({
          value: d.code,
          label: locale === 'zh-CN' ? d.nameZh : d.nameEn,
        }))}
      />
      <TextInput path={['lead', 'address']} label="wizard.lead.address" required />
      <fieldset className="lz-wizard-group">
        <legend>{t('wizard.lead.contact')}</legend>
        <TextInput path={['lead', 'contact', 'name']} label="wizard.contact.name" required />
        <TextInput path={['lead', 'contact', 'phone']} label="wizard.contact.phone" type="tel" required />
        <TextInput path={['lead', 'contact', 'email']} label="wizard.contact.email" type="email" required />
      </fieldset>
      <TextInput path={['leadInfluence']} label="wizard.lead.influence" multiline />
    </>
  );
}

const CONTRIBUTIONS = ['technology', 'talent', 'equipment', 'premises'] as const;

function MemberForm({ index, count }: { index: number; count: number }) {
  const { t } = useI18n();
  const { doc, set } = useWizard();
  const kinds = useKindOptions();
  const usccCheck = useUsccCheck();
  const members = doc.members ?? [];
  const m = members[index] as Member;
  const path: Path = ['members', index];
  const move = (to: number) => {
    const next = [...members];
    const [row] = next.splice(index, 1);
    next.splice(to, 0, row as Member);
    set(['members'], next);
  };
  const title = t('wizard.member.title', { n: index + 1, name: m.name ?? '' });
  return (
    <fieldset className="lz-wizard-group" aria-label={title}>
      <legend>{title}</legend>
      <div className="lz-wizard-actions">
        <RowButton onClick={() => move(index - 1)} disabled={index === 0}>
          {t('wizard.moveUp')}
        </RowButton>
        <RowButton onClick={() => move(index + 1)} disabled={index === count - 1}>
          {t('wizard.moveDown')}
        </RowButton>
        <RowButton
          onClick={() =>
            set(
              ['members'],
              members.filter((_, j) => j !== index),
            )
          }
        >
          {t('wizard.remove')}
        </RowButton>
      </div>
      <div className="lz-wizard-grid">
        <TextInput path={[...path, 'uscc']} label="wizard.unit.uscc" required check={usccCheck} />
        <TextInput path={[...path, 'name']} label="wizard.unit.name" required />
        <SelectInput path={[...path, 'kind']} label="wizard.unit.kind" required options={kinds} />
        <SelectInput
          path={[...path, 'chainRole']}
          label="wizard.member.chainRole"
          required
          options={CHAIN_ROLES.map((r) => ({ value: r, label: t(`wizard.chainRole.${r}` as MessageKey) }))}
        />
        <SelectInput
          path={[...path, 'inLuzhou']}
          label="wizard.member.inLuzhou"
          required
          options={[
            { value: 'true', label: t('application.member.luzhou') },
            { value: 'false', label: t('application.member.outside') },
          ]}
          parse={(v) => v === 'true'}
        />
        <TextInput path={[...path, 'region']} label="wizard.member.region" required />
      </div>
      {m.inLuzhou === false && (
        <TextInput
          path={[...path, 'influenceStatement']}
          label="wizard.member.influence"
          required
          multiline
          help={t('wizard.member.influenceHelp')}
        />
      )}
      <fieldset className="lz-wizard-group">
        <legend className="lz-field-required">{t('wizard.member.contribution')}</legend>
        <YuanInput path={[...path, 'contribution', 'fundsFen']} label="wizard.contribution.funds" required />
        {CONTRIBUTIONS.map((c) => (
          <TextInput
            key={c}
            path={[...path, 'contribution', c]}
            label={`wizard.contribution.${c}` as MessageKey}
          />
        ))}
      </fieldset>
    </fieldset>
  );
}

export function MembersStep() {
  const { t } = useI18n();
  const { doc, set, errors } = useWizard();
  const members = doc.members ?? [];
  return (
    <>
      <p className="lz-lead">{t('wizard.members.lead')}</p>
      {errors.members && (
        <div id="f-members" className="lz-field-error" role="alert" tabIndex={-1}>
          {errors.members}
        </div>
      )}
      {members.length === 0 && <p>{t('wizard.members.none')}</p>}
      {members.map((_, i) => (
        <MemberForm key={i} index={i} count={members.length} />
      ))}
      <RowButton onClick={() => set(['members'], [...members, { contribution: {} }])}>
        {t('wizard.members.add')}
      </RowButton>
    </>
  );
}

export function GoalsStep() {
  const { t } = useI18n();
  const { doc, set } = useWizard();
  const plan = doc.goals?.plan ?? {};
  const milestones = (plan.milestones ?? []) as Milestone[];
  const outside = (m: Milestone) =>
    m.dueOn && plan.startsOn && plan.endsOn && (m.dueOn < plan.startsOn || m.dueOn > plan.endsOn)
      ? t('wizard.milestone.outside', { start: plan.startsOn, end: plan.endsOn })
      : undefined;
  const endBeforeStart =
    plan.startsOn && plan.endsOn && plan.endsOn < plan.startsOn ? t('wizard.plan.endBeforeStart') : undefined;
  return (
    <>
      <TextList
        path={['goals', 'coreTasks']}
        label="wizard.goals.coreTasks"
        itemLabel="wizard.goals.coreTask"
      />
      <TextList
        path={['goals', 'acceptanceTargets']}
        label="wizard.goals.targets"
        itemLabel="wizard.goals.target"
      />
      <fieldset className="lz-wizard-group">
        <legend>{t('wizard.plan')}</legend>
        <div className="lz-wizard-grid">
          <TextInput path={['goals', 'plan', 'startsOn']} label="wizard.plan.startsOn" type="date" required />
          <TextInput
            path={['goals', 'plan', 'endsOn']}
            label="wizard.plan.endsOn"
            type="date"
            required
            check={() => endBeforeStart}
          />
        </div>
        {milestones.map((m, i) => (
          <div key={i} className="lz-wizard-row">
            <TextInput
              path={['goals', 'plan', 'milestones', i, 'title']}
              label="wizard.milestone.title"
              required
            />
            <TextInput
              path={['goals', 'plan', 'milestones', i, 'dueOn']}
              label="wizard.milestone.dueOn"
              type="date"
              required
              check={() => outside(m)}
            />
            <RowButton
              onClick={() =>
                set(
                  ['goals', 'plan', 'milestones'],
                  milestones.filter((_, j) => j !== i),
                )
              }
            >
              {t('wizard.remove')}
            </RowButton>
          </div>
        ))}
        <RowButton onClick={() => set(['goals', 'plan', 'milestones'], [...milestones, {}])}>
          {t('wizard.milestone.add')}
        </RowButton>
      </fieldset>
    </>
  );
}

export function FundingStep() {
  const { t } = useI18n();
  const { doc, set } = useWizard();
  const funding = doc.goals?.funding ?? {};
  const sources = (funding.sources ?? []) as Source[];
  const units = [
    ...(doc.lead?.uscc ? [{ value: doc.lead.uscc, label: doc.lead.name ?? doc.lead.uscc }] : []),
    ...(doc.members ?? [])
      .filter((m) => m.uscc)
      .map((m) => ({ value: m.uscc as string, label: m.name ?? (m.uscc as string) })),
  ];
  const sum = sources.reduce((acc, s) => acc + (s.amountFen ?? 0), 0);
  const total = funding.totalFen;
  const balanced = total !== undefined && sum === total;
  return (
    <>
      <YuanInput path={['goals', 'funding', 'totalFen']} label="wizard.funding.total" required />
      <fieldset className="lz-wizard-group">
        <legend className="lz-field-required">{t('wizard.funding.sources')}</legend>
        {sources.map((_, i) => (
          <div key={i} className="lz-wizard-row">
            <SelectInput
              path={['goals', 'funding', 'sources', i, 'unitUscc']}
              label="wizard.funding.unit"
              required
              options={units}
            />
            <YuanInput
              path={['goals', 'funding', 'sources', i, 'amountFen']}
              label="wizard.funding.amount"
              required
            />
            <RowButton
              onClick={() =>
                set(
                  ['goals', 'funding', 'sources'],
                  sources.filter((_, j) => j !== i),
                )
              }
            >
              {t('wizard.remove')}
            </RowButton>
          </div>
        ))}
        <RowButton onClick={() => set(['goals', 'funding', 'sources'], [...sources, {}])}>
          {t('wizard.funding.add')}
        </RowButton>
      </fieldset>
      <p role="status" data-testid="funding-sum" className={balanced ? undefined : 'lz-field-error'}>
        {t(balanced ? 'wizard.funding.balanced' : 'wizard.funding.unbalanced', {
          sum: formatFen(sum),
          total: total === undefined ? '—' : formatFen(total),
        })}
      </p>
    </>
  );
}

export function GovernanceStep() {
  return (
    <>
      <CheckboxInput path={['governance', 'council']} label="wizard.governance.council" />
      <TextInput
        path={['governance', 'management']}
        label="wizard.governance.management"
        required
        multiline
      />
      <TextInput path={['governance', 'incentives']} label="wizard.governance.incentives" multiline />
    </>
  );
}
