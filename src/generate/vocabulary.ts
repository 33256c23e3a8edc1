/** Word lists the synthetic résumés are made of. */

export const TRACKS = [
  'Software Engineer',
  'Backend Engineer',
  'Data Engineer',
  'Site Reliability Engineer',
  'Machine Learning Engineer',
  'Platform Engineer',
  'Infrastructure Engineer',
  'Frontend Engineer',
  'Security Engineer',
  'Distributed Systems Engineer',
] as const;

/** Career ladder, lowest first; '' is the plain title. */
export const LEVELS = ['Junior', '', 'Senior', 'Staff', 'Principal', 'Distinguished'] as const;

export const TEAMS = [
  'Payments',
  'Search',
  'Data platform',
  'Compute infrastructure',
  'Storage',
  'Developer productivity',
  'Observability',
  'Recommendations',
  'Ads ranking',
  'Identity',
  'Networking',
  'Mobile',
  'Streaming',
  'Billing',
  'Growth',
] as const;

export const CITIES = [
  { city: 'Seattle', region: 'WA', countryCode: 'US' },
  { city: 'San Francisco', region: 'CA', countryCode: 'US' },
  { city: 'New York', region: 'NY', countryCode: 'US' },
  { city: 'Austin', region: 'TX', countryCode: 'US' },
  { city: 'London', countryCode: 'GB' },
  { city: 'Berlin', countryCode: 'DE' },
  { city: 'Paris', countryCode: 'FR' },
  { city: 'Nice', countryCode: 'FR' },
  { city: 'Bangalore', countryCode: 'IN' },
  { city: 'Beijing', countryCode: 'CN' },
  { city: 'Shanghai', countryCode: 'CN' },
  { city: 'Toronto', region: 'ON', countryCode: 'CA' },
  { city: 'Dublin', countryCode: 'IE' },
  { city: 'Amsterdam', countryCode: 'NL' },
  { city: 'Tel Aviv', countryCode: 'IL' },
] as const;

export const UNIVERSITIES = [
  'University of Washington',
  'Stanford University',
  'Massachusetts Institute of Technology',
  'Carnegie Mellon University',
  'University of California, Berkeley',
  'Georgia Institute of Technology',
  'University of Illinois Urbana-Champaign',
  'University of Texas at Austin',
  'Tsinghua University',
  'Peking University',
  'University of Science and Technology of China',
  'Indian Institute of Technology Bombay',
  'ETH Zurich',
  'Technical University of Munich',
  'University of Cambridge',
  'Imperial College London',
  'University of Toronto',
  'University of Waterloo',
  'École Polytechnique',
  'Delft University of Technology',
] as const;

export const AREAS = [
  'Computer Science',
  'Computer Engineering',
  'Electrical Engineering',
  'Mathematics',
  'Physics',
  'Statistics',
  'Software Engineering',
] as const;

export const PROJECT_ADJECTIVES = [
  'Realtime',
  'Unified',
  'Distributed',
  'Streaming',
  'Adaptive',
  'Global',
  'Secure',
  'Elastic',
  'Federated',
  'Incremental',
] as const;

export const PROJECT_NOUNS = [
  'ingestion pipeline',
  'feature store',
  'job scheduler',
  'metrics platform',
  'billing service',
  'search index',
  'deployment system',
  'cache layer',
  'event bus',
  'query engine',
  'config service',
  'data lake',
] as const;

export const HIGHLIGHT_VERBS = [
  'Designed',
  'Built',
  'Led',
  'Scaled',
  'Migrated',
  'Optimised',
  'Rewrote',
] as const;
