import { useMemo } from 'react';
import { createFormatter, type Formatter } from '../../../shared/format';
import { useAppStore } from '../state/appStore';

/** The Intl formatter for the current UI language. */
export function useFormatter(): Formatter {
  const language = useAppStore((s) => s.language);
  return useMemo(() => createFormatter(language), [language]);
}
