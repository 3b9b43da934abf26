import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatter } from '../format/useFormatter';
import { tDynamic } from '../i18n/dynamic';
import type { FieldError } from './rules';

/** A translated sentence for a field error, naming the field and the allowed range. */
export function useFieldErrorText(): (label: string, error: FieldError) => string {
  const { t } = useTranslation();
  const f = useFormatter();
  return (label, error) => {
    const values: Record<string, string | number> = { field: label };
    for (const [k, v] of Object.entries(error.values)) values[k] = typeof v === 'number' ? f.number(v, 2) : v;
    return tDynamic(t, `validation.${error.key}`, values);
  };
}

interface FieldProps {
  label: string;
  /** Unit shown after the label, e.g. "meals/day". */
  unit?: string;
  error?: FieldError | null;
  hint?: string;
  children: (props: { id: string; 'aria-invalid': boolean; 'aria-describedby'?: string }) => ReactNode;
}

/** Label, control, unit, and the error sentence tied to the control for screen readers. */
export function Field({ label, unit, error, hint, children }: FieldProps) {
  const id = useId();
  const errorText = useFieldErrorText();
  const describedBy = [error ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>
        {label}
        {unit ? <span className="unit"> ({unit})</span> : null}
      </label>
      {children({ id, 'aria-invalid': !!error, ...(describedBy ? { 'aria-describedby': describedBy } : {}) })}
      {hint ? (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field-error" id={`${id}-error`} role="alert">
          {errorText(label, error)}
        </p>
      ) : null}
    </div>
  );
}
