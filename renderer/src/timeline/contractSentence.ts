import { useTranslation } from 'react-i18next';
import { useFormatter } from '../format/useFormatter';
import type { ContractRow } from './contractRows';

/** A contract's timeline in one paragraph: what the axis draws, for screen readers and the tooltip. */
export function useContractSentence(): (r: ContractRow) => string {
  const { t } = useTranslation();
  const f = useFormatter();
  return (r) => {
    const tl = r.timeline;
    const parts = [
      t('timeline.sentence.period', { name: r.contract.name, start: f.date(tl.start), end: f.date(tl.plannedEnd) }),
      tl.maxEnd > tl.plannedEnd ? t('timeline.sentence.options', { maxEnd: f.date(tl.maxEnd) }) : '',
      ...tl.options.map((o) => t('timeline.sentence.decide', { n: o.index + 1, date: f.date(o.decideBy) })),
      t('timeline.sentence.tender', { date: f.date(tl.latestTenderStart), newSupplier: f.date(tl.newSupplierFrom) }),
      r.tenderLate ? t('timeline.sentence.late') : '',
    ];
    return parts.filter(Boolean).join(' ');
  };
}
