import type { Expert } from './staffing-api.js';
import type { FoundTechnology, Gap, PickedTechnology, Team, TechnologyMention } from './staffing-model.js';

/**
 * A read-only window onto the expert finder, team builder and gap analysis for browser tests
 * (`window.__staffing`): the answers drawn, never a way to change them. Only test builds have it
 * (see main.ts).
 */
export interface StaffingHandle {
  /** Resolves once the engineers to analyse are listed; rejects when they could not load. */
  ready: Promise<void>;
  /** The technologies picked, as typed and as the API resolved them. */
  picked(): PickedTechnology[];
  /** The last answers drawn; undefined before the panel's first answer. */
  experts(): Expert[] | undefined;
  team(): Team | undefined;
  /** The people left out of the team. */
  excluded(): { id: string; label: string }[];
  mentions(): TechnologyMention[] | undefined;
  found(): FoundTechnology[] | undefined;
  gaps(): Gap[] | undefined;
  /** Requests to the API not answered yet. */
  pending(): number;
}

declare global {
  interface Window {
    __staffing?: StaffingHandle;
  }
}
