import type { NodeLabel } from '../graph/model.js';
import type { ResumeIssue } from '../resume/resume-issue.js';

export interface FailedFile {
  file: string;
  /** Empty when the failure is not about the file's content (e.g. a database error). */
  issues: readonly ResumeIssue[];
  message: string;
  /**
   * Present when a commit of the file's transaction went unanswered and was not confirmed by loading
   * it again (DatabaseOutcomeUnknownError): the file may be in the graph; loading it again tells.
   */
  mayBeInGraph?: true;
}

/** A name outside the catalogues, over the whole run. */
export interface UnnormalisedSummary {
  kind: 'Technology' | 'Company';
  name: string;
  id: string;
  suggestion?: string;
  /** How many files use it. */
  files: number;
  /** Where it first appeared: `file` and `path`. */
  firstSeen: { file: string; path: string };
}

export interface LoadSummary {
  files: number;
  /** Files loaded; one person each. */
  people: number;
  /** Of `people`, files the graph already held as they are (same content hash), not read again. */
  unchanged: number;
  roles: number;
  failed: FailedFile[];
  nodesCreated: number;
  nodesUpdated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  nodesCreatedByLabel: Record<NodeLabel, number>;
  unnormalised: UnnormalisedSummary[];
  durationMs: number;
  /**
   * Transactions of several résumés that failed for a reason of none of them (any error but a
   * refusal of a résumé), each loaded again in smaller ones (halves after a timeout, otherwise one
   * résumé each): how many résumés it held and its error. Absent when none did: a clean bulk load
   * splits nothing.
   */
  splits?: { files: number; message: string }[];
  /**
   * Transactions whose commit was sent but went unanswered in time (DatabaseOutcomeUnknownError),
   * each loaded again whole, which writes nothing for a person already written: how many résumés it
   * held and its error. Absent when none did.
   */
  rechecks?: { files: number; message: string }[];
}
