import { AppError, ErrorCode } from '../../errors/index.js';
import type { Context } from '../context.js';
import type { EntityRecord } from '../entity-kind.js';
import { deletePerson } from '../mutations/delete-person.js';
import {
  type DocumentImportResult,
  importResumeDocument,
  type ResumeDocumentInput,
} from '../mutations/import-document.js';
import { type ImportResumeResult, importResume } from '../mutations/import-resume.js';

function requireToken(context: Context, field: string): void {
  if (context.credentials === 'none') {
    throw new AppError(
      ErrorCode.UNAUTHENTICATED,
      `${field} needs a token: send the header "Authorization: Bearer <token>" (npm start prints it; set CAREER_GRAPH_TOKEN to choose it).`,
    );
  }
  if (context.credentials === 'invalid') {
    throw new AppError(
      ErrorCode.UNAUTHENTICATED,
      `${field}: the bearer token is not valid: send the token npm start printed, or the value of CAREER_GRAPH_TOKEN.`,
    );
  }
}

export const mutationResolvers = {
  Mutation: {
    importResume: async (_: unknown, args: { resume: unknown }, context: Context) => {
      requireToken(context, 'importResume');
      return importResume(context.executor, args.resume);
    },
    importResumeDocument: async (
      _: unknown,
      args: { document: ResumeDocumentInput; dryRun?: boolean | null },
      context: Context,
    ) => {
      requireToken(context, 'importResumeDocument');
      return importResumeDocument(context.executor, args.document, args.dryRun === true);
    },
    deletePerson: async (_: unknown, args: { id: string }, context: Context) => {
      requireToken(context, 'deletePerson');
      return deletePerson(context.executor, args.id);
    },
  },
  ImportResult: {
    // As this import wrote it: a delete that committed right after must not turn the import's
    // success into an error. Nested fields are read after the write, through the loaders.
    person: (result: ImportResumeResult): EntityRecord => ({
      ...result.person,
      id: result.personId,
      kind: 'PERSON',
    }),
  },
  DocumentImportResult: {
    person: (result: DocumentImportResult, _: unknown, context: Context) =>
      result.personId === null ? null : context.loaders.entity.load(result.personId),
  },
};
