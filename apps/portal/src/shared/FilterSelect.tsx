import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages.zh-CN';

interface Props<S extends string> {
  label: string;
  value: S | undefined;
  options: readonly S[];
  optionLabel: (option: S) => MessageKey;
  /** The chosen option, or undefined for 全部 (all). */
  onChange: (value: S | undefined) => void;
}

/** A list page's filter: a labelled select of the options with 全部 (no filter) first. */
export function FilterSelect<S extends string>({ label, value, options, optionLabel, onChange }: Props<S>) {
  const { t } = useI18n();
  return (
    <label>
      {label}
      <select
        className="lz-select"
        value={value ?? ''}
        onChange={(e) => onChange((e.target.value || undefined) as S | undefined)}
      >
        <option value="">{t('common.all')}</option>
        {options.map((s) => (
          <option key={s} value={s}>
            {t(optionLabel(s))}
          </option>
        ))}
      </select>
    </label>
  );
}
