/**
 * Form fields that save on their own: the typed text is read when the field is left or Enter is
 * pressed, checked, and saved when valid and changed; otherwise the text stays with its error.
 * When the stored value changes from elsewhere (undo, another window), the field shows it.
 */
import { useState } from 'react';
import { useFormatter } from '../format/useFormatter';
import { useAppStore } from '../state/appStore';
import { Field } from './Field';
import { parseNumberField, parsePercentField, parseTextField, type FieldError, type NumberRule, type Parsed } from './rules';

interface CommitProps<T> {
  label: string;
  unit?: string;
  hint?: string;
  value: T;
  onCommit(value: T): void;
  testId?: string;
}

function CommitInput<T>({
  label,
  unit,
  hint,
  value,
  onCommit,
  testId,
  show,
  parse,
  inputMode,
}: CommitProps<T> & { show(v: T): string; parse(text: string): Parsed<T>; inputMode?: 'decimal' | 'numeric' | 'text' }) {
  const [text, setText] = useState(() => show(value));
  const [error, setError] = useState<FieldError | null>(null);
  const commit = () => {
    const parsed = parse(text);
    if (!parsed.ok) return setError(parsed.error);
    setError(null);
    if (parsed.value !== value) onCommit(parsed.value);
  };
  return (
    <Field label={label} {...(unit ? { unit } : {})} error={error} {...(hint ? { hint } : {})}>
      {(p) => (
        <input
          {...p}
          value={text}
          inputMode={inputMode}
          onChange={(e) => setText(e.target.value)}
          onBlur={commit}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              commit();
            }
          }}
          data-testid={testId}
        />
      )}
    </Field>
  );
}

export function NumberField(props: CommitProps<number> & { rule: NumberRule; decimals?: number; grouping?: boolean }) {
  const f = useFormatter();
  const language = useAppStore((s) => s.language);
  const show = (v: number) => f.number(v, props.decimals ?? 2, props.grouping ?? false).replace(/[\s\u00a0\u202f]/g, '');
  return (
    <CommitInput
      key={`${props.value}|${language}`}
      {...props}
      inputMode="decimal"
      show={show}
      parse={(text) => {
        const p = parseNumberField(text, props.rule, language);
        return p.ok ? { ok: true, value: p.value ?? 0 } : p;
      }}
    />
  );
}

/** A fraction typed as a percentage. */
export function PercentField(props: CommitProps<number> & { maxPercent?: number; minPercent?: number }) {
  const f = useFormatter();
  const language = useAppStore((s) => s.language);
  const min = props.minPercent ?? 0;
  return (
    <CommitInput
      key={`${props.value}|${language}`}
      {...props}
      unit={props.unit ?? '%'}
      inputMode="decimal"
      show={(v) => f.number(v * 100, 2).replace(/[\s\u00a0\u202f]/g, '')}
      parse={(text) => {
        if (min >= 0) return parsePercentField(text, language, props.maxPercent ?? 100);
        const p = parseNumberField(text.replace('%', ''), { min, max: props.maxPercent ?? 100, integer: false }, language);
        return p.ok ? { ok: true, value: (p.value ?? 0) / 100 } : p;
      }}
    />
  );
}

/** Money typed in major units, stored in minor units. */
export function MoneyField(props: CommitProps<number> & { maxMinor: number }) {
  const f = useFormatter();
  const language = useAppStore((s) => s.language);
  return (
    <CommitInput
      key={`${props.value}|${language}`}
      {...props}
      inputMode="decimal"
      show={(v) => f.number(v / 100, 2).replace(/[\s\u00a0\u202f]/g, '')}
      parse={(text) => {
        const p = parseNumberField(text, { min: 0, max: props.maxMinor / 100, integer: false }, language);
        return p.ok ? { ok: true, value: Math.round((p.value ?? 0) * 100) } : p;
      }}
    />
  );
}

export function TextField(props: CommitProps<string> & { maxLength: number }) {
  return <CommitInput key={props.value} {...props} inputMode="text" show={(v) => v} parse={(text) => parseTextField(text, props.maxLength)} />;
}
