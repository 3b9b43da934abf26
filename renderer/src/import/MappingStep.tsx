import { useTranslation } from 'react-i18next';
import { cellText } from '../../../shared/import/cells';
import type { Delimiter } from '../../../shared/import/csv';
import type { TextEncodingName } from '../../../shared/import/encoding';
import { fieldsOf, type ImportTarget } from '../../../shared/import/fields';
import type { ColumnMapping } from '../../../shared/import/mapping';
import type { DecimalMark } from '../../../shared/import/numbers';
import { fieldName } from './problemText';
import { ProblemList } from './ProblemList';
import type { FileOptions, ImportFlow, ImportStep } from './useImportFlow';

const DELIMITERS: { value: Delimiter; key: 'semicolon' | 'comma' | 'tab' | 'pipe' }[] = [
  { value: ';', key: 'semicolon' },
  { value: ',', key: 'comma' },
  { value: '\t', key: 'tab' },
  { value: '|', key: 'pipe' },
];

/**
 * Which column is which: the guessed (or remembered) column of each field, the first values of
 * that column, and the file's dialect (encoding, separator, decimal mark, sheet), each of which
 * the user can change.
 */
export function MappingStep({ target, step, flow }: { target: ImportTarget; step: Extract<ImportStep, { step: 'mapping' }>; flow: ImportFlow }) {
  const { t } = useTranslation();
  const { inspection: ins, mapping } = step;
  const fileErrors = ins.problems.filter((p) => p.severity === 'error');
  const reread = (o: FileOptions) => flow.reread(o);
  const setColumn = (field: string, value: string) => {
    const next: ColumnMapping = { ...mapping };
    const key = field as keyof ColumnMapping;
    if (value === '') delete next[key];
    else {
      const col = Number(value);
      // A column holds one field: choosing it here frees it elsewhere.
      for (const k of Object.keys(next) as (keyof ColumnMapping)[]) if (next[k] === col) delete next[k];
      next[key] = col;
    }
    flow.setMapping(next);
  };
  const example = (col: number | undefined) =>
    col === undefined
      ? ''
      : ins.sample
          .slice(0, 3)
          .map((r) => cellText(r[col]))
          .filter((v) => v !== '')
          .join(' · ');

  return (
    <div data-testid="import-mapping">
      <div className="import-dialect">
        {ins.format === 'csv' ? (
          <>
            <div className="field compact">
              <label htmlFor="import-encoding">{t('import.mapping.encoding')}</label>
              <select id="import-encoding" value={ins.encoding} onChange={(e) => reread({ encoding: e.target.value as TextEncodingName })} data-testid="import-encoding">
                {(['utf-8', 'windows-1252'] as const).map((enc) => (
                  <option key={enc} value={enc}>
                    {enc === ins.detectedEncoding ? t('import.mapping.detected', { encoding: t(`import.encodings.${enc}`) }) : t(`import.encodings.${enc}`)}
                  </option>
                ))}
              </select>
            </div>
            <div className="field compact">
              <label htmlFor="import-delimiter">{t('import.mapping.delimiter')}</label>
              <select id="import-delimiter" value={ins.delimiter} onChange={(e) => reread({ delimiter: e.target.value as Delimiter })} data-testid="import-delimiter">
                {DELIMITERS.map((d) => (
                  <option key={d.key} value={d.value}>
                    {t(`import.delimiters.${d.key}`)}
                  </option>
                ))}
              </select>
            </div>
          </>
        ) : ins.sheets.length > 1 ? (
          <div className="field compact">
            <label htmlFor="import-sheet">{t('import.mapping.sheet')}</label>
            <select id="import-sheet" value={ins.sheet ?? ''} onChange={(e) => reread({ sheet: e.target.value })}>
              {ins.sheets.map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <div className="field compact">
          <label htmlFor="import-decimal">{t('import.mapping.decimal')}</label>
          <select id="import-decimal" value={step.decimal} onChange={(e) => flow.setDecimal(e.target.value as DecimalMark)} data-testid="import-decimal">
            <option value=",">{t('import.decimals.comma')}</option>
            <option value=".">{t('import.decimals.point')}</option>
          </select>
        </div>
      </div>
      {!ins.delimiterConfident ? <p className="warn import-note">{t('import.mapping.lowConfidence')}</p> : null}
      {step.remembered ? <p className="hint">{t('import.mapping.remembered')}</p> : <p className="hint">{t('import.mapping.intro')}</p>}
      {fileErrors.length ? (
        <ProblemList problems={fileErrors} fileName={step.file.name} total={fileErrors.length} />
      ) : (
        <div className="table-scroll import-mapping-table">
          <table className="data-table compact-table">
            <thead>
              <tr>
                <th>{t('import.mapping.field')}</th>
                <th>{t('import.mapping.column')}</th>
                <th>{t('import.mapping.example')}</th>
              </tr>
            </thead>
            <tbody>
              {fieldsOf(target).map((def) => {
                const id = `import-map-${def.id}`;
                return (
                  <tr key={def.id}>
                    <td>
                      <label htmlFor={id}>
                        {fieldName(t, def.id)}
                        {def.required ? <span className="muted"> ({t('import.mapping.required')})</span> : null}
                      </label>
                    </td>
                    <td>
                      <select id={id} value={mapping[def.id] ?? ''} onChange={(e) => setColumn(def.id, e.target.value)} data-testid={id}>
                        <option value="">{t('import.mapping.notImported')}</option>
                        {ins.headers.map((h, i) => (
                          <option key={i} value={i}>
                            {h || t('import.mapping.columnNumber', { n: i + 1 })}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td className="muted import-example">{example(mapping[def.id])}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {target === 'purchases' && mapping.quantity !== undefined && mapping.unit === undefined ? <p className="hint">{t('import.mapping.quantityKg')}</p> : null}
      {target === 'offers' || target === 'contracts' ? (
        <label className="check-line">
          <input type="checkbox" checked={step.createSuppliers} onChange={(e) => flow.setCreateSuppliers(e.target.checked)} data-testid="import-create-suppliers" />
          {t('import.mapping.createSuppliers')}
        </label>
      ) : null}
      <div className="form-actions">
        <button type="button" onClick={flow.restart}>
          {t('import.mapping.otherFile')}
        </button>
        <button type="button" className="primary" onClick={flow.check} disabled={fileErrors.length > 0} data-testid="import-check">
          {t('import.mapping.check')}
        </button>
      </div>
    </div>
  );
}
