/**
 * A read-only window onto the landscape view for browser tests (`window.__landscape`): what is
 * drawn, never a way to change it. Only test builds have it (see main.ts).
 */
export interface LandscapeHandle {
  /** Resolves once the landscape is drawn; rejects when it could not load. */
  ready: Promise<void>;
  /** The latest drawing (after the roll-up toggle, the one it asked for). */
  drawn(): Promise<void>;
  /** The roll-up toggle is on. */
  rolledUp(): boolean;
  /** The technologies drawn, in the API's order, with how they are drawn. */
  nodes(): {
    id: string;
    label: string;
    community: number;
    peopleCount: number;
    /** Narrower technologies merged into it by the roll-up (inferred), by id. */
    rolledUp: string[];
    color: string;
    size: number;
  }[];
  /** The co-use edges drawn: ends and weight. */
  edges(): { source: string; target: string; weight: number }[];
  communityCount(): number;
  /** Requests to the API not answered yet. */
  pending(): number;
}

declare global {
  interface Window {
    __landscape?: LandscapeHandle;
  }
}
