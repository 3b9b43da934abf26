import { useTranslation } from 'react-i18next';
import { EmptyState } from '../components/EmptyState';
import { PageHeader } from '../components/PageHeader';
import { hashFor } from '../app/views';

/** What a register or analysis view says when no plan is open. */
export function NoPlan({ title }: { title: string }) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={title} />
      <EmptyState title={t('noPlan.title')} action={<a className="button primary" href={hashFor('overview')}>{t('noPlan.action')}</a>}>
        <p>{t('noPlan.body')}</p>
      </EmptyState>
    </>
  );
}
