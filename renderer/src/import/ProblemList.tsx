import { useTranslation } from 'react-i18next';
import type { ImportProblem } from '../../../shared/import/problems';
import { useFormatter } from '../format/useFormatter';
import { problemText } from './problemText';

/** At most this many problems are shown; the count of the rest is said. */
const SHOWN = 300;

/** Every problem as a sentence naming the file, the row and the field. */
export function ProblemList({ problems, fileName, total }: { problems: readonly ImportProblem[]; fileName: string; total: number }) {
  const { t } = useTranslation();
  const f = useFormatter();
  const shown = problems.slice(0, SHOWN);
  return (
    <div className="import-problems" data-testid="import-problems">
      <ul>
        {shown.map((p, i) => (
          <li key={i} className={p.severity === 'error' ? 'import-error' : 'import-warning'} data-testid="import-problem">
            {problemText(t, f, p, fileName)}
          </li>
        ))}
      </ul>
      {total > shown.length ? <p className="muted">{t('import.preview.moreProblems', { count: total - shown.length })}</p> : null}
    </div>
  );
}
