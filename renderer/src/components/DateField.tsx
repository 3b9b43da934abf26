import { addDays, addMonths, endOfMonth, endOfWeek, format, isSameDay, isSameMonth, startOfMonth, startOfWeek } from 'date-fns';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DATE_LOCALES, DATE_PATTERNS, formatDateText, fromIso, parseDateText, toIso } from '../format/dates';
import { useFieldErrorText } from '../forms/Field';
import type { FieldError } from '../forms/rules';
import { useAppStore } from '../state/appStore';

interface DateFieldProps {
  label: string;
  /** ISO date, or '' for none. */
  value: string;
  onChange(iso: string): void;
  /** An error to show from outside (e.g. dates out of order). */
  error?: FieldError | null;
  required?: boolean;
  testId?: string;
}

/**
 * A date typed in the language's format (with the format shown), or picked from a calendar that
 * works with the keyboard: arrows move by day and week, Page Up/Down by month, Enter picks,
 * Escape closes.
 */
export function DateField({ label, value, onChange, error, required = true, testId }: DateFieldProps) {
  const { t } = useTranslation();
  const language = useAppStore((s) => s.language);
  const errorText = useFieldErrorText();
  const id = useId();
  const [text, setText] = useState(() => (value ? formatDateText(value, language) : ''));
  const [typedError, setTypedError] = useState<FieldError | null>(null);
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const example = formatDateText('2027-12-31', language);

  function commitText(next: string) {
    if (!next.trim()) {
      if (required) setTypedError({ key: 'required', values: {} });
      else {
        setTypedError(null);
        onChange('');
      }
      return;
    }
    const iso = parseDateText(next, language);
    if (!iso) return setTypedError({ key: 'date', values: { example } });
    setTypedError(null);
    setText(formatDateText(iso, language));
    onChange(iso);
  }

  const shown = typedError ?? error ?? null;
  return (
    <div className={`field date-field${shown ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>
        {label} <span className="unit">({DATE_PATTERNS[language].toLowerCase()})</span>
      </label>
      <div className="date-input">
        <input
          id={id}
          value={text}
          inputMode="numeric"
          autoComplete="off"
          aria-invalid={!!shown}
          aria-describedby={shown ? `${id}-error` : undefined}
          onChange={(e) => setText(e.target.value)}
          onBlur={() => commitText(text)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              commitText(text);
            }
          }}
          data-testid={testId}
        />
        <button type="button" ref={buttonRef} aria-haspopup="dialog" aria-expanded={open} onClick={() => setOpen(!open)}>
          {t('dates.choose')}
        </button>
      </div>
      {shown ? (
        <p className="field-error" id={`${id}-error`} role="alert">
          {errorText(label, shown)}
        </p>
      ) : null}
      {open ? (
        <Calendar
          label={label}
          value={value || parseDateText(text, language) || ''}
          onPick={(iso) => {
            setOpen(false);
            setTypedError(null);
            setText(formatDateText(iso, language));
            onChange(iso);
            buttonRef.current?.focus();
          }}
          onClose={() => {
            setOpen(false);
            buttonRef.current?.focus();
          }}
        />
      ) : null}
    </div>
  );
}

function Calendar({ label, value, onPick, onClose }: { label: string; value: string; onPick(iso: string): void; onClose(): void }) {
  const { t } = useTranslation();
  const language = useAppStore((s) => s.language);
  const locale = DATE_LOCALES[language];
  const [focused, setFocused] = useState(() => (value ? fromIso(value) : fromIso(toIso(new Date()))));
  const gridRef = useRef<HTMLTableElement>(null);
  const weekStart = { locale, weekStartsOn: 1 as const };

  useEffect(() => {
    gridRef.current?.querySelector<HTMLButtonElement>('button[tabindex="0"]')?.focus();
  }, [focused]);

  const first = startOfWeek(startOfMonth(focused), weekStart);
  const last = endOfWeek(endOfMonth(focused), weekStart);
  const weeks: Date[][] = [];
  for (let d = first; d <= last; d = addDays(d, 7)) weeks.push(Array.from({ length: 7 }, (_, i) => addDays(d, i)));
  const selected = value ? fromIso(value) : null;

  function onKeyDown(e: KeyboardEvent) {
    const moves: Record<string, (d: Date) => Date> = {
      ArrowLeft: (d) => addDays(d, -1),
      ArrowRight: (d) => addDays(d, 1),
      ArrowUp: (d) => addDays(d, -7),
      ArrowDown: (d) => addDays(d, 7),
      PageUp: (d) => addMonths(d, e.shiftKey ? -12 : -1),
      PageDown: (d) => addMonths(d, e.shiftKey ? 12 : 1),
      Home: (d) => startOfWeek(d, weekStart),
      End: (d) => endOfWeek(d, weekStart),
    };
    const move = moves[e.key];
    if (move) {
      e.preventDefault();
      setFocused(move(focused));
    } else if (e.key === 'Escape') {
      e.preventDefault();
      onClose();
    }
  }

  return (
    <div role="dialog" aria-modal="false" aria-label={t('dates.calendarFor', { field: label })} className="calendar" onKeyDown={onKeyDown}>
      <div className="calendar-head">
        <button type="button" onClick={() => setFocused(addMonths(focused, -1))} aria-label={t('dates.previousMonth')}>
          ‹
        </button>
        <span aria-live="polite" className="calendar-month">
          {format(focused, 'LLLL yyyy', { locale })}
        </span>
        <button type="button" onClick={() => setFocused(addMonths(focused, 1))} aria-label={t('dates.nextMonth')}>
          ›
        </button>
      </div>
      <table role="grid" ref={gridRef} aria-label={format(focused, 'LLLL yyyy', { locale })}>
        <thead>
          <tr>
            {weeks[0]!.map((d) => (
              <th key={d.toISOString()} scope="col" abbr={format(d, 'EEEE', { locale })}>
                {format(d, 'EEEEEE', { locale })}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week) => (
            <tr key={week[0]!.toISOString()}>
              {week.map((d) => {
                const isFocused = isSameDay(d, focused);
                const isSelected = selected ? isSameDay(d, selected) : false;
                return (
                  <td key={d.toISOString()} aria-selected={isSelected}>
                    <button
                      type="button"
                      tabIndex={isFocused ? 0 : -1}
                      className={`${isSameMonth(d, focused) ? '' : 'other-month'}${isSelected ? ' selected' : ''}`}
                      aria-label={format(d, 'PPPP', { locale })}
                      onClick={() => onPick(toIso(d))}
                    >
                      {format(d, 'd')}
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
