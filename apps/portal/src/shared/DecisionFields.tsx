import { Alert, Button } from 'antd';
import { Field } from './Field';

interface Props<D extends string> {
  /** Prefix of the controls' ids (`decision` → `decision-error`, `decision-opinion`). */
  id: string;
  legend: string;
  options: ReadonlyArray<{ value: D; label: string }>;
  decision: D | '';
  onDecision: (d: D) => void;
  opinionLabel: string;
  opinionHelp: string;
  opinionMax: number;
  opinion: string;
  onOpinion: (text: string) => void;
  errors: { decision?: string; opinion?: string };
  /** The messages that name no field (the server's), above the button. */
  general: string[];
  submitLabel: string;
  pending: boolean;
}

/**
 * A decision with its opinion (初审, 市级审查): the choice as radios, the opinion, the messages next to
 * them, and the button. The form around it checks and sends.
 */
export function DecisionFields<D extends string>(p: Props<D>) {
  const errorId = `${p.id}-error`;
  return (
    <>
      <fieldset className="lz-field" aria-describedby={p.errors.decision ? errorId : undefined}>
        <legend className="lz-field-required">{p.legend}</legend>
        {p.options.map((o) => (
          <label key={o.value} className="lz-radio">
            <input
              type="radio"
              name={p.id}
              value={o.value}
              checked={p.decision === o.value}
              onChange={() => p.onDecision(o.value)}
            />{' '}
            {o.label}
          </label>
        ))}
        {p.errors.decision && (
          <div id={errorId} className="lz-field-error" role="alert">
            {p.errors.decision}
          </div>
        )}
      </fieldset>
      <Field
        id={`${p.id}-opinion`}
        label={p.opinionLabel}
        required
        error={p.errors.opinion}
        help={p.opinionHelp}
      >
        {(a11y) => (
          <textarea
            {...a11y}
            className="lz-input"
            rows={5}
            maxLength={p.opinionMax}
            value={p.opinion}
            onChange={(e) => p.onOpinion(e.target.value)}
          />
        )}
      </Field>
      {p.general.length > 0 && <Alert type="error" showIcon title={p.general.join('；')} />}
      <Button type="primary" htmlType="submit" loading={p.pending}>
        {p.submitLabel}
      </Button>
    </>
  );
}
