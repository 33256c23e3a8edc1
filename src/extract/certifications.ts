import type { DocLine } from './line-model.js';
import { isInstitution } from './vocabulary.js';

/**
 * "Microsoft Certified: Power BI Data Analyst Associate", "AWS Certified Solutions Architect", "Certificate in Data
 * Analytics", "Zertifikat", "Certificación": a certification's words, in the languages CVs are written in.
 */
const CERTIFICATION =
  /(?<![\p{L}])(?:certified|certification|certificate|certifica[çc][ãa]o|certificaci[óo]n|certificado|zertifikat|zertifiziert(?:e|er)?|certyfikat|sertifika(?:s[ıi])?|certificat|certificazione)(?![\p{L}])/iu;

/** True when `text` names a certification (see CERTIFICATION). */
export function namesCertification(text: string): boolean {
  return CERTIFICATION.test(text);
}

/** The minimal fields of an education entry `withoutCertifications` reads. */
interface StudiesEntry {
  institution: { value: string; line: number };
  studyType: unknown;
  area: unknown;
}

/**
 * Education entries without those that are a certification listed under Education: an entry naming no degree and no
 * field whose "institution" is no school and is, or stands right under, a line naming a certification ("Microsoft
 * Certified: Power BI Data Analyst Associate" over "Microsoft"). The issuer of a certificate is no school.
 */
export function withoutCertifications<T extends StudiesEntry>(entries: T[], lines: readonly DocLine[]): T[] {
  return entries.filter((entry) => {
    if (entry.studyType || entry.area || isInstitution(entry.institution.value)) return true;
    const at = lines.findIndex((line) => line.n === entry.institution.line);
    if (at < 0) return true;
    const own = lines[at] as DocLine;
    const above = lines.slice(0, at).findLast((line) => !line.blank);
    return !namesCertification(own.text) && !(above && namesCertification(above.text));
  });
}
