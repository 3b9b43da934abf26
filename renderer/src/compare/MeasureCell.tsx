import { useTranslation } from 'react-i18next';
import { useFormatter } from '../format/useFormatter';
import { FigureDrill, WinnerMark } from '../results/FigureDrill';
import { periodFigures, type Period } from '../results/period';
import type { MeasureId } from './measures';
import { measureText } from './measureText';
import type { CompareColumn } from './types';

/**
 * One scenario's value on a measure, with its breakdown and, when it is the best of the
 * scenarios compared, the mark saying so in words.
 */
export function MeasureCell({ measure, column, period, winner }: { measure: MeasureId; column: CompareColumn; period: Period; winner: boolean }) {
  const { t } = useTranslation();
  const f = useFormatter();
  const figures = periodFigures(column.result, period);
  const testId = `cmp-${measure}-${column.scenario.id}`;
  if (!figures)
    return (
      <td className="num" data-testid={testId}>
        <span className="muted">{t('compare.notInHorizon')}</span>
      </td>
    );
  const text = measureText(t, f, column.result.currency, measure, figures);
  // The budget reads as a sentence, which wraps; numbers stay on one line.
  const kind = measure === 'budgetGap' ? 'sentence' : 'num';
  return (
    <td className={`${kind}${winner ? ' winner' : ''}`} data-testid={testId} data-winner={winner ? 'true' : undefined}>
      <FigureDrill value={text.value} label={t('compare.drill.of', { measure: t(`compare.measures.${measure}`), scenario: column.scenario.name })} breakdown={text.breakdown} testId={`${testId}-value`} />
      {winner ? <WinnerMark label={t('compare.best')} /> : null}
    </td>
  );
}
