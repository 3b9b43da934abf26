import { useTranslation } from 'react-i18next';
import type { Scenario } from '../../../shared/model/types';

/** A scenario as a column heading: its name, its kind in words, and its years. */
export function ScenarioHeader({ scenario }: { scenario: Scenario }) {
  const { t } = useTranslation();
  return (
    <th scope="col" className="scenario-col">
      <span className="scenario-col-name">{scenario.name}</span>
      <span className={`badge kind-${scenario.kind}`}>{t(`scenarios.kinds.${scenario.kind}`)}</span>
    </th>
  );
}
