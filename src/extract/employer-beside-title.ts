import { findDates } from './dates.js';
import type { Part, PartFeatures, PartLabel } from './header-parts.js';

interface LabelledPart {
  part: Part;
  found: PartFeatures;
  label: PartLabel | null;
  strong: boolean;
}

/** The part right after `title` on its line when the text between them is `joiner` (" at ", a bar, a dash). */
function partAfter(parts: LabelledPart[], title: LabelledPart, joiner: RegExp): LabelledPart | undefined {
  const { line } = title.part;
  return parts.find(
    (item) =>
      item.part.line === line &&
      item.part.index === title.part.index + 1 &&
      joiner.test(line.text.slice(title.part.end, item.part.start)),
  );
}

/**
 * "Senior Data Engineer · Northwind Freight" over "Feb 2021 – today · Perth · Logistics Systems": the name set
 * right after the title across a bar, a middle dot or a spaced dash is the employer, as "Title at Employer" is;
 * a name that only an organisation's word makes one ("Systems", "Analytics") standing after the place on another
 * line of the header is the unit the job was in. A catalogue employer or a legal form on that line keeps its label.
 */
export function employerBesideTitle(parts: LabelledPart[]): void {
  const title = parts.find((item) => item.label === 'title');
  if (!title) return;
  const { line } = title.part;
  const beside = partAfter(parts, title, /^\s*[|·•]\s*$|^\s+[–—-]\s+$/u);
  if (
    !beside ||
    beside.label !== null ||
    beside.found.title > 0 ||
    beside.found.location ||
    !/^[\p{Lu}\p{N}]/u.test(beside.part.text)
  )
    return;
  const company = parts.find((item) => item.label === 'company');
  if (!company || company.found.company >= 2 || company.part.line === line) return;
  const place = parts.find(
    (item) => item.part.line === company.part.line && item.part.index === company.part.index - 1,
  );
  // The place: labelled so, or a name no evidence makes an organisation or a title, on the line of the dates.
  const placeLike =
    place !== undefined &&
    (place.label === 'location' ||
      (place.label === null &&
        place.found.company === 0 &&
        place.found.title === 0 &&
        /^\p{Lu}/u.test(place.part.text) &&
        findDates(company.part.line.text).some((date) => date.kind === 'range')));
  if (!placeLike) return;
  company.label = 'team';
  company.strong = false;
  beside.label = 'company';
  beside.strong = true;
}

/**
 * "Full-Stack Developer at Waitematā Ticketing" under "Mar 2021 – Present · Auckland": the name " at " joins to
 * the title is the employer by the sentence's own grammar, over a part elsewhere in the header that only weak
 * evidence (none, or an organisation's word) makes one. A catalogue employer or a legal form keeps its label.
 */
export function employerAfterAt(parts: LabelledPart[]): void {
  const title = parts.find((p) => p.label === 'title');
  if (!title) return;
  const after = partAfter(parts, title, /^\s+(?:at|@)\s+$/u);
  if (!after || after.label === 'company' || after.found.title > 0) return;
  const company = parts.find((p) => p.label === 'company');
  if (company && company.found.company >= 2) return;
  if (company) {
    company.label = null;
    company.strong = false;
  }
  after.label = 'company';
  after.strong = true;
}
