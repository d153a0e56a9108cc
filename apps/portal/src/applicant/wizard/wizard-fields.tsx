import { createContext, useContext, useState, type ReactNode } from 'react';
import { fenToYuanText, formatFen, yuanToFen } from '@lz/policy';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages.zh-CN';
import { Field } from '../../shared/Field';
import { fieldId, type Draft } from './steps';

export type Path = ReadonlyArray<string | number>;

/** `members[2].uscc` from `['members', 2, 'uscc']`: the paths the service's problems and findings use. */
export const pathString = (path: Path): string =>
  path.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? k : `.${k}`)).join('');

export function getIn(value: unknown, path: Path): unknown {
  return path.reduce<unknown>(
    (v, k) => (v !== null && typeof v === 'object' ? (v as Record<string | number, unknown>)[k] : undefined),
    value,
  );
}

/** A copy of `value` with `path` set (objects and arrays made as needed). */
export function setIn<T>(value: T, path: Path, next: unknown): T {
  if (path.length === 0) return next as T;
  const [k, ...rest] = path;
  const base: unknown = value ?? (typeof k === 'number' ? [] : {});
  const copy = (Array.isArray(base) ? [...base] : { ...(base as object) }) as Record<
    string | number,
    unknown
  >;
  copy[k as string | number] = setIn(copy[k as string | number], rest, next);
  return copy as T;
}

export interface WizardState {
  doc: Draft;
  set: (path: Path, value: unknown) => void;
  /** Messages by document path: the browser's checks and the service's problems. */
  errors: Record<string, string>;
}

export const WizardContext = createContext<WizardState | null>(null);

export function useWizard(): WizardState {
  const value = useContext(WizardContext);
  if (!value) throw new Error('useWizard outside the wizard');
  return value;
}

interface InputProps {
  path: Path;
  label: MessageKey;
  required?: boolean;
  help?: string;
  /** A check of the value as typed (e.g. a USCC's check character): its message, or undefined. */
  check?: (value: string) => string | undefined;
}

export function TextInput({
  path,
  label,
  required,
  help,
  check,
  type = 'text',
  multiline = false,
}: InputProps & { type?: 'text' | 'date' | 'email' | 'tel'; multiline?: boolean }) {
  const { t } = useI18n();
  const { doc, set, errors } = useWizard();
  const p = pathString(path);
  const value = (getIn(doc, path) as string | undefined) ?? '';
  const error = (value && check?.(value)) || errors[p];
  return (
    <Field id={fieldId(p)} label={t(label)} required={required} error={error} help={help}>
      {(a11y) =>
        multiline ? (
          <textarea
            {...a11y}
            className="lz-input"
            rows={4}
            value={value}
            onChange={(e) => set(path, e.target.value)}
          />
        ) : (
          <input
            {...a11y}
            className="lz-input"
            type={type}
            value={value}
            onChange={(e) => set(path, e.target.value)}
          />
        )
      }
    </Field>
  );
}

export function SelectInput({
  path,
  label,
  required,
  help,
  options,
  parse = (v) => v,
}: InputProps & {
  options: ReadonlyArray<{ value: string; label: string }>;
  parse?: (value: string) => unknown;
}) {
  const { t } = useI18n();
  const { doc, set, errors } = useWizard();
  const p = pathString(path);
  const raw = getIn(doc, path);
  return (
    <Field id={fieldId(p)} label={t(label)} required={required} error={errors[p]} help={help}>
      {(a11y) => (
        <select
          {...a11y}
          className="lz-select"
          value={raw === undefined ? '' : String(raw)}
          onChange={(e) => set(path, e.target.value === '' ? undefined : parse(e.target.value))}
        >
          <option value="">{t('wizard.choose')}</option>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

export function CheckboxInput({ path, label }: { path: Path; label: MessageKey }) {
  const { t } = useI18n();
  const { doc, set } = useWizard();
  const id = fieldId(pathString(path));
  return (
    <div className="lz-field">
      <label htmlFor={id} className="lz-radio">
        <input
          id={id}
          type="checkbox"
          checked={getIn(doc, path) === true}
          onChange={(e) => set(path, e.target.checked)}
        />{' '}
        {t(label)}
      </label>
    </div>
  );
}

const storedYuanText = (fen: unknown): string => (typeof fen === 'number' ? fenToYuanText(fen) : '');

/**
 * An amount typed in yuan, stored as integer fen (libs/policy's money helpers: no floating point);
 * the amount as read back is shown live under the field.
 */
export function YuanInput({ path, label, required }: { path: Path; label: MessageKey; required?: boolean }) {
  const { t } = useI18n();
  const { doc, set, errors } = useWizard();
  const p = pathString(path);
  const stored = getIn(doc, path);
  const [text, setText] = useState(() => storedYuanText(stored));
  const [bad, setBad] = useState(false);
  const onChange = (next: string) => {
    setText(next);
    if (next.trim() === '') {
      setBad(false);
      set(path, undefined);
      return;
    }
    try {
      set(path, yuanToFen(next));
      setBad(false);
    } catch {
      setBad(true);
    }
  };
  return (
    <Field
      id={fieldId(p)}
      label={t(label)}
      required={required}
      error={bad ? t('wizard.money.invalid') : errors[p]}
      help={typeof stored === 'number' && !bad ? formatFen(stored) : t('wizard.money.help')}
    >
      {(a11y) => (
        <input
          {...a11y}
          className="lz-input lz-wizard-money"
          inputMode="decimal"
          value={text}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Field>
  );
}

/** A list of short texts (core tasks, acceptance targets): add and remove entries. */
export function TextList({
  path,
  label,
  itemLabel,
}: {
  path: Path;
  label: MessageKey;
  itemLabel: MessageKey;
}) {
  const { t } = useI18n();
  const { doc, set, errors } = useWizard();
  const items = (getIn(doc, path) as string[] | undefined) ?? [];
  const p = pathString(path);
  return (
    <fieldset className="lz-wizard-group" aria-describedby={errors[p] ? `${fieldId(p)}-error` : undefined}>
      <legend className="lz-field-required">{t(label)}</legend>
      {errors[p] && (
        <div id={`${fieldId(p)}-error`} className="lz-field-error" role="alert">
          {errors[p]}
        </div>
      )}
      {items.map((_, i) => (
        <div key={i} className="lz-wizard-row">
          <TextInput path={[...path, i]} label={itemLabel} help={t('wizard.item', { n: i + 1 })} />
          <RowButton
            onClick={() =>
              set(
                path,
                items.filter((__, j) => j !== i),
              )
            }
          >
            {t('wizard.remove')}
          </RowButton>
        </div>
      ))}
      <RowButton onClick={() => set(path, [...items, ''])}>
        {t('wizard.add', { what: t(itemLabel) })}
      </RowButton>
    </fieldset>
  );
}

export function RowButton({
  onClick,
  children,
  disabled,
  label,
}: {
  onClick: () => void;
  children: ReactNode;
  disabled?: boolean;
  label?: string;
}) {
  return (
    <button
      type="button"
      className="lz-wizard-button"
      onClick={onClick}
      disabled={disabled}
      aria-label={label}
    >
      {children}
    </button>
  );
}
