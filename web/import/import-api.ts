import { graphqlRequest } from '../../src/client/graphql-client.js';
import type { ResumeDocument } from '../../src/resume/types.js';
import type { Fact } from './edit-resume.js';

/** The import page's two questions to the API; nothing else leaves the page. */

export interface Extraction {
  fileName: string;
  format: string;
  resume: ResumeDocument;
  lines: string[];
  facts: Fact[];
  warnings: { code: string; message: string; line: number | null; endLine: number | null }[];
  unnormalised: { kind: string; name: string; suggestion: string | null }[];
}

const extractMutation = /* GraphQL */ `
  mutation ExtractDocument($document: ResumeDocumentInput!) {
    importResumeDocument(document: $document, dryRun: true) {
      fileName
      format
      resume
      lines
      facts { path value line endLine column endColumn confidence }
      warnings { code message line endLine }
      unnormalised { kind name suggestion }
    }
  }
`;

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** A dry run: what the document gives, nothing written. */
export async function extractDocument(fileName: string, base64: string, token: string): Promise<Extraction> {
  const data = await graphqlRequest<{ importResumeDocument: Extraction }>({
    query: extractMutation,
    variables: { document: { fileName, content: base64, encoding: 'BASE64' } },
    headers: bearer(token),
  });
  return data.importResumeDocument;
}

export interface Imported {
  person: { id: string; label: string };
  created: boolean;
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
}

const importMutation = /* GraphQL */ `
  mutation ImportReviewedResume($resume: JSON!) {
    importResume(resume: $resume) {
      person { id label }
      created
      nodesCreated
      nodesDeleted
      relationshipsCreated
      relationshipsDeleted
    }
  }
`;

/** Loads the résumé as the reader kept it (its id, derived from the document, replaces that person). */
export async function importReviewed(resume: ResumeDocument, token: string): Promise<Imported> {
  const data = await graphqlRequest<{ importResume: Imported }>({
    query: importMutation,
    variables: { resume },
    headers: bearer(token),
  });
  return data.importResume;
}
