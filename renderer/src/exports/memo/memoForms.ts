/**
 * The decision-memo form of each report language, the order in which a council paper is read:
 *
 * - sv, tjänsteskrivelse: Ärende (the title), Sammanfattning, Beslutsunderlag, Förslag till beslut,
 *   Ärendet (bakgrund), Ekonomiska konsekvenser, then risks and assumptions as part of the case;
 * - da, dagsordenspunkt: Resume, Indstilling, Beslutningskompetence, Sagsfremstilling, Økonomi,
 *   then risks, assumptions and Bilag (attachments);
 * - fi, esittely: Valmistelija, Perustelut (with the financial effects, risks and assumptions),
 *   Päätösehdotus last, then Liitteet;
 * - en: a plain decision memo: Summary, Recommendation, Background, Financial implications, Risks,
 *   Assumptions and sources, Supporting documents.
 *
 * Headings come from exports.memo.headings.<section> in the report's language.
 */
import type { Language } from '../../../../shared/model/enums';

export type MemoSection = 'summary' | 'basis' | 'proposal' | 'competence' | 'preparer' | 'background' | 'economy' | 'risks' | 'assumptions';

export const MEMO_FORMS: Record<Language, readonly MemoSection[]> = {
  sv: ['summary', 'basis', 'proposal', 'background', 'economy', 'risks', 'assumptions'],
  da: ['summary', 'proposal', 'competence', 'background', 'economy', 'risks', 'assumptions', 'basis'],
  fi: ['preparer', 'background', 'economy', 'risks', 'assumptions', 'proposal', 'basis'],
  en: ['summary', 'proposal', 'background', 'economy', 'risks', 'assumptions', 'basis'],
};
