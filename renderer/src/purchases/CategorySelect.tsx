import { useTranslation } from 'react-i18next';
import type { Plan } from '../../../shared/model/types';
import { categoryName } from '../format/names';
import { useAppStore } from '../state/appStore';

/** A food category of the plan, or none (value ''). */
export function CategorySelect({ plan, id, value, onChange, label, testId }: { plan: Plan; id: string; value: string; onChange(v: string): void; label: string; testId?: string }) {
  const { t } = useTranslation();
  const language = useAppStore((s) => s.language);
  return (
    <select id={id} value={value} onChange={(e) => onChange(e.target.value)} aria-label={label} data-testid={testId}>
      <option value="">{t('purchases.browser.noCategory')}</option>
      {plan.foodCategories.map((c) => (
        <option key={c.id} value={c.id}>
          {categoryName(c, language)}
        </option>
      ))}
    </select>
  );
}
