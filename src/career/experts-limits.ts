/** Most technologies one `experts` or `team` question asks about: a project's stack, not a catalogue. */
export const maxCoverTechnologies = 20;
/** Longest `minMonths` accepted: a century of use. */
export const maxMinMonths = 1200;
/** Largest team one question builds. */
export const maxTeamSize = 10;
/** Most people one `team` question may exclude. */
export const maxExcluded = 100;
