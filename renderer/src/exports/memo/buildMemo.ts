/**
 * The report as an editable Word document (.docx) in the country's decision-memo form
 * (./memoForms.ts), because council papers are edited before they go on the agenda. It says what
 * the printed report says (the same ReportContent) and leaves bracketed placeholders where only
 * the administration can fill in (reference number, the deciding body, who prepared it).
 *
 * Loaded only on demand (../loadExports.ts): the docx library stays out of the initial JavaScript.
 */
import { AlignmentType, Document, Footer, Header, HeadingLevel, Packer, PageNumber, Paragraph, TextRun, type FileChild } from 'docx';
import type { TFunction } from 'i18next';
import type { Formatter } from '../../../../shared/format';
import { LOCALE_TAGS } from '../../../../shared/format';
import type { Language } from '../../../../shared/model/enums';
import type { Plan } from '../../../../shared/model/types';
import type { ReportModel } from '../../../../shared/report';
import type { ReportContent } from '../reportContent';
import { horizonOf } from '../reportTables';
import { cell, type Table } from '../table';
import { PAGE, docxTable } from './docxTable';
import { MEMO_FORMS, type MemoSection } from './memoForms';

export interface MemoInput {
  plan: Plan;
  model: ReportModel;
  content: ReportContent;
  t: TFunction;
  f: Formatter;
  language: Language;
}

const p = (text: string, options: { bold?: boolean; italics?: boolean } = {}) => new Paragraph({ spacing: { after: 120 }, children: [new TextRun({ text, ...options })] });
const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel] = HeadingLevel.HEADING_1) => new Paragraph({ text, heading: level, keepNext: true, keepLines: true, spacing: { before: 240, after: 120 } });
const bullet = (text: string) => new Paragraph({ text, bullet: { level: 0 } });

function sectionBody(section: MemoSection, input: MemoInput): FileChild[] {
  const { plan, model, content, t, f } = input;
  const { from, to } = horizonOf(model);
  const yesNo = { yes: t('common.yes'), no: t('common.no') };
  const table = (x: Table) => [docxTable(x, f, yesNo), new Paragraph({ text: '' })];
  switch (section) {
    case 'summary':
      return [
        p(t('exports.memo.summaryText', { plan: content.planName, count: model.scenarios.length, organisations: content.organisations, from, to })),
        p(content.recommendation),
        p(content.rule, { italics: true }),
      ];
    case 'basis':
      return [
        bullet(t('exports.memo.basisItems.memo')),
        bullet(t('exports.memo.basisItems.report', { date: content.planDate })),
        bullet(t('exports.memo.basisItems.workbook')),
        bullet(t('exports.memo.basisItems.planFile', { plan: content.planName })),
      ];
    case 'proposal':
      return [
        p(content.recommendedName ? t('exports.memo.proposalText', { scenario: content.recommendedName, from, to }) : t('exports.memo.proposalNone'), { bold: true }),
      ];
    case 'competence':
      return [p(t('exports.memo.competenceText'))];
    case 'preparer':
      return [p(t('exports.memo.preparerText'))];
    case 'background':
      return [
        p(t('exports.memo.backgroundIntro', { plan: content.planName, organisations: content.organisations, from, to })),
        ...model.scenarios.map((s) => bullet(`${s.name} (${t(`scenarios.kinds.${s.kind}`)})`)),
        // In the Finnish form the summary has no section of its own: the reasons open with it.
        ...(input.language === 'fi' ? [p(content.recommendation), p(content.rule, { italics: true })] : []),
        heading(t('reports.doc.trajectory.title'), HeadingLevel.HEADING_2),
        p(content.trajectorySentence),
        ...table(content.trajectory),
        ...(content.heldBack.rows.length ? [p(t('reports.doc.trajectory.heldBackIntro')), ...table(content.heldBack)] : [p(t('reports.doc.trajectory.heldBackNone'))]),
      ];
    case 'economy':
      return [
        p(t('exports.memo.economyIntro')),
        ...table(content.summary),
        ...(content.budgetByOrganisation.rows.length ? [heading(content.budgetByOrganisation.title, HeadingLevel.HEADING_2), ...table(content.budgetByOrganisation)] : []),
        p(t('reports.doc.summary.note'), { italics: true }),
      ];
    case 'risks':
      return [
        ...(content.capacity.rows.length
          ? [heading(content.capacity.title, HeadingLevel.HEADING_2), ...table(content.capacity)]
          : [p(t('reports.doc.risks.capacityNone', { year: model.selection.year }))]),
        ...content.warnings.flatMap((g) => [
          heading(`${g.severityLabel}: ${g.title} (${f.number(g.count)})`, HeadingLevel.HEADING_3),
          ...g.items.map((i) => bullet(`${i.text} ${i.where}`)),
          ...(g.more > 0 ? [p(t('reports.doc.risks.more', { count: g.more }), { italics: true })] : []),
        ]),
      ];
    case 'assumptions': {
      const rows = content.assumptions.filter((r) => r.group !== 'sources');
      const sources = content.assumptions.filter((r) => r.group === 'sources');
      const scenario = (id: string | undefined) => plan.scenarios.find((s) => s.id === id)?.name ?? '';
      const assumptions: Table = {
        id: 'assumptions',
        title: t('reports.doc.assumptions.title'),
        currency: plan.meta.currency,
        columns: [
          { header: t('reports.doc.assumptions.columns.group'), numeric: false, width: 26 },
          { header: t('reports.doc.assumptions.columns.assumption'), numeric: false, width: 36 },
          { header: t('reports.doc.assumptions.columns.value'), numeric: false, width: 44 },
          { header: t('reports.doc.assumptions.columns.source'), numeric: false, width: 60 },
        ],
        rows: rows.map((r) => [
          cell.text(r.group === 'scenario' ? scenario(r.scenarioId) : t(`reports.doc.assumptions.groups.${r.group}`)),
          cell.text(r.label),
          cell.text(r.value),
          cell.text(`${r.estimate ? `${t('reports.doc.assumptions.estimate')}. ` : ''}${r.source}`),
        ]),
      };
      return [
        p(t('reports.doc.assumptions.intro')),
        ...table(assumptions),
        heading(t('reports.doc.assumptions.groups.sources'), HeadingLevel.HEADING_2),
        ...sources.map((s) => bullet([s.label, s.value, s.source].filter(Boolean).join(' – '))),
      ];
    }
  }
}

export async function buildMemo(input: MemoInput): Promise<Uint8Array> {
  const { model, content, t, language } = input;
  const { from, to } = horizonOf(model);
  const subject = t('exports.memo.subject', { from, to });
  const [before = '', middle = '', after = ''] = t('reports.doc.pageOf', { page: '\u0001', pages: '\u0001' }).split('\u0001');

  const headerBlock: FileChild[] = [
    p(content.organisations, { bold: true }),
    p(t('exports.memo.docType'), { bold: true }),
    p(`${t('exports.memo.dateLabel')}: ${content.planDate}`),
    p(`${t('exports.memo.referenceLabel')}: ${t('exports.memo.referencePlaceholder')}`),
    ...(language === 'fi' ? [] : [p(`${t('exports.memo.preparerLabel')}: ${t('exports.memo.preparerText')}`)]),
    new Paragraph({ heading: HeadingLevel.TITLE, spacing: { before: 240, after: 240 }, children: [new TextRun({ text: `${t('exports.memo.subjectLabel')}: ${subject}` })] }),
  ];
  const body = MEMO_FORMS[language].flatMap((section) => [heading(t(`exports.memo.headings.${section}`)), ...sectionBody(section, input)]);

  const doc = new Document({
    creator: 'Måltid',
    title: `${content.planName} – ${subject}`,
    description: content.title,
    styles: { default: { document: { run: { font: 'Calibri', size: 22, language: { value: LOCALE_TAGS[language] } } } } },
    sections: [
      {
        properties: { page: { size: { width: PAGE.width, height: PAGE.height }, margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin } } },
        headers: { default: new Header({ children: [new Paragraph({ children: [new TextRun({ text: `${content.planName} – ${subject}`, size: 16, color: '4B5A57' })] })] }) },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [new TextRun({ size: 16, color: '4B5A57', children: [before, PageNumber.CURRENT, middle, PageNumber.TOTAL_PAGES, after] })],
              }),
            ],
          }),
        },
        children: [...headerBlock, ...body],
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
