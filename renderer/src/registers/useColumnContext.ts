import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ColumnContext } from '../grid/columns';
import { useFormatter } from '../format/useFormatter';
import { useAppStore } from '../state/appStore';

export function useColumnContext(): ColumnContext {
  const { t } = useTranslation();
  const f = useFormatter();
  const language = useAppStore((s) => s.language);
  return useMemo(() => ({ language, f, yes: t('common.yes'), no: t('common.no') }), [language, f, t]);
}
