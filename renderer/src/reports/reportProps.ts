import type { TFunction } from 'i18next';
import type { Formatter } from '../../../shared/format';
import type { Plan } from '../../../shared/model/types';
import type { ReportModel } from '../../../shared/report';
import type { ReportContent } from '../exports/reportContent';

/** What every section of the report gets: the data and the report language's `t` and formatter. */
export interface ReportProps {
  plan: Plan;
  model: ReportModel;
  content: ReportContent;
  /** Fixed to the report's language (i18next.getFixedT), independent of the UI language. */
  t: TFunction;
  f: Formatter;
  /** The start of file names for the tables' and charts' exports. */
  fileBase: string;
}
