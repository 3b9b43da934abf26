import { useTranslation } from 'react-i18next';
import type { Plan } from '../../../shared/model/types';
import { useAppStore } from '../state/appStore';
import { CsvExportButton } from './CsvExportButton';
import { registerTable, type RegisterId } from './registerTables';

/** "Export as CSV" in a register's toolbar: the whole register, in the UI language. */
export function RegisterCsvButton({ register, plan }: { register: RegisterId; plan: Plan }) {
  const { t } = useTranslation();
  const language = useAppStore((s) => s.language);
  return (
    <CsvExportButton
      table={() => registerTable(register, plan, t, language)}
      fileBase={`${plan.meta.name} – ${t(`exports.registers.${register}`)}`}
      testId={`${register}-csv`}
    />
  );
}
