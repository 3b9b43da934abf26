import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultDialect, writeCsv, type CsvDecimalMark, type CsvDelimiter } from '../../../shared/export/csv';
import { useAppStore } from '../state/appStore';
import { csvRows, type Table } from './table';
import { exportFileName, saveExport } from './saveExport';

const DELIMITERS: { value: CsvDelimiter; key: 'semicolon' | 'comma' | 'tab' }[] = [
  { value: ';', key: 'semicolon' },
  { value: ',', key: 'comma' },
  { value: '\t', key: 'tab' },
];

/**
 * "Export as CSV" for any table: asks for the delimiter and the decimal mark (the language's usual
 * dialect first: semicolon and decimal comma in sv, da and fi), then saves UTF-8 with a byte-order
 * mark. `table` is called only when the user saves, so a large register costs nothing until then.
 */
export function CsvExportButton({ table, fileBase, testId }: { table: () => Table; fileBase: string; testId: string }) {
  const { t } = useTranslation();
  const language = useAppStore((s) => s.language);
  const [open, setOpen] = useState(false);
  const [dialect, setDialect] = useState(() => defaultDialect(language));
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();

  useEffect(() => {
    const d = ref.current;
    if (open && d && !d.open) d.showModal();
    if (!open && d?.open) d.close();
  }, [open]);

  async function save() {
    setOpen(false);
    const built = table();
    const text = writeCsv(csvRows(built, { yes: t('common.yes'), no: t('common.no') }), dialect);
    await saveExport('csv', exportFileName(fileBase, 'csv'), t('exports.types.csv'), new TextEncoder().encode(text));
  }

  return (
    <>
      <button type="button" className="no-print" onClick={() => setOpen(true)} data-testid={testId}>
        {t('exports.csv.button')}
      </button>
      {open ? (
        <dialog ref={ref} className="dialog" aria-labelledby={`${id}-title`} onCancel={() => setOpen(false)} data-testid={`${testId}-dialog`}>
          <h2 id={`${id}-title`}>{t('exports.csv.title')}</h2>
          <p className="muted">{t('exports.csv.intro')}</p>
          <div className="field">
            <label htmlFor={`${id}-delimiter`}>{t('exports.csv.delimiter')}</label>
            <select
              id={`${id}-delimiter`}
              value={dialect.delimiter}
              onChange={(e) => setDialect({ ...dialect, delimiter: e.target.value as CsvDelimiter })}
              data-testid={`${testId}-delimiter`}
            >
              {DELIMITERS.map((d) => (
                <option key={d.key} value={d.value}>
                  {t(`exports.csv.delimiters.${d.key}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-decimal`}>{t('exports.csv.decimal')}</label>
            <select
              id={`${id}-decimal`}
              value={dialect.decimal}
              onChange={(e) => setDialect({ ...dialect, decimal: e.target.value as CsvDecimalMark })}
              data-testid={`${testId}-decimal`}
            >
              <option value=",">{t('exports.csv.decimals.comma')}</option>
              <option value=".">{t('exports.csv.decimals.point')}</option>
            </select>
          </div>
          <div className="form-actions">
            <button type="button" onClick={() => setOpen(false)}>
              {t('actions.cancel')}
            </button>
            <button type="button" className="primary" onClick={() => void save()} data-testid={`${testId}-save`}>
              {t('exports.csv.save')}
            </button>
          </div>
        </dialog>
      ) : null}
    </>
  );
}
