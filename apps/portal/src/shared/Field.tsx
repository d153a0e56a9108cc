import type { ReactNode } from 'react';

interface Props {
  id: string;
  label: string;
  required?: boolean;
  error?: string;
  help?: string;
  /** The control, given the ids to wire: `aria-describedby` and `aria-invalid`. */
  children: (a11y: { id: string; 'aria-describedby'?: string; 'aria-invalid'?: boolean }) => ReactNode;
}

/** A labelled form field with its message next to it (the browser's check or the server's problem). */
export function Field({ id, label, required, error, help, children }: Props) {
  const errorId = `${id}-error`;
  const helpId = `${id}-help`;
  const describedBy = [error ? errorId : null, help ? helpId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="lz-field">
      <label htmlFor={id} className={required ? 'lz-field-required' : undefined}>
        {label}
      </label>
      {children({ id, 'aria-describedby': describedBy, 'aria-invalid': error ? true : undefined })}
      {error && (
        <div id={errorId} className="lz-field-error" role="alert">
          {error}
        </div>
      )}
      {help && (
        <div id={helpId} className="lz-field-help">
          {help}
        </div>
      )}
    </div>
  );
}
