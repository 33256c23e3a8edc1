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

/** Given and family names by the country of a person's home city (`CITIES`), for `documentDetails`. */
export const NAMES: Readonly<Record<string, { given: readonly string[]; family: readonly string[] }>> = {
  US: {
    given: [
      'Emily',
      'Michael',
      'Jessica',
      'David',
      'Ashley',
      'Christopher',
      'Maria',
      'Jamal',
      'Kevin',
      'Rachel',
    ],
    family: [
      'Johnson',
      'Garcia',
      'Miller',
      'Nguyen',
      'Washington',
      'Kowalski',
      'Patel',
      "O'Brien",
      'Rivera',
      'Kim',
    ],
  },
  GB: {
    given: ['Oliver', 'Amelia', 'Harry', 'Isla', 'George', 'Priya', 'Callum', 'Sophie'],
    family: ['Smith', 'Taylor', 'Evans', 'Hughes', 'Khan', 'Wright', 'Clarke', 'Okonkwo'],
  },
  DE: {
    given: ['Lukas', 'Anna', 'Felix', 'Lea', 'Jonas', 'Mira', 'Tobias', 'Katharina'],
    family: ['Müller', 'Schmidt', 'Weber', 'Becker', 'Hoffmann', 'Yilmaz', 'Schäfer', 'Krüger'],
  },
  FR: {
    given: ['Camille', 'Louis', 'Chloé', 'Hugo', 'Léa', 'Mathieu', 'Inès', 'Théo'],
    family: ['Martin', 'Bernard', 'Dubois', 'Lefèvre', 'Moreau', 'Benali', 'Girard', 'Roux'],
  },
  IN: {
    given: ['Aarav', 'Ananya', 'Rohan', 'Sneha', 'Vikram', 'Kavya', 'Arjun', 'Divya'],
    family: ['Sharma', 'Iyer', 'Reddy', 'Gupta', 'Nair', 'Kulkarni', 'Banerjee', 'Menon'],
  },
  CN: {
    given: ['Wei', 'Jing', 'Hao', 'Xiaoming', 'Yan', 'Lei', 'Ting', 'Jun'],
    family: ['Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Yang', 'Zhao', 'Huang'],
  },
  CA: {
    given: ['Liam', 'Charlotte', 'Noah', 'Olivia', 'Ethan', 'Mei', 'Gabriel', 'Avery'],
    family: ['Tremblay', 'Roy', 'Wilson', 'MacDonald', 'Gagnon', 'Singh', 'Leblanc', 'Chan'],
  },
  IE: {
    given: ['Seán', 'Aoife', 'Conor', 'Niamh', 'Cian', 'Saoirse'],
    family: ['Murphy', 'Kelly', "O'Sullivan", 'Walsh', 'Byrne', 'Ryan'],
  },
  NL: {
    given: ['Daan', 'Sanne', 'Bram', 'Fleur', 'Thijs', 'Noor'],
    family: ['de Jong', 'Jansen', 'de Vries', 'van den Berg', 'Bakker', 'Visser'],
  },
  IL: {
    given: ['Noa', 'Itai', 'Tamar', 'Yonatan', 'Maya', 'Omer'],
    family: ['Cohen', 'Levi', 'Mizrahi', 'Peretz', 'Biton', 'Friedman'],
  },
};

/** Open-source or side projects a résumé lists outside its positions. */
export const SIDE_PROJECT_NAMES = [
  'tinykv',
  'logfmt-rs',
  'kube-janitor',
  'fastcsv',
  'gqlint',
  'pg-snapshotter',
  'trace-viewer',
  'edge-router',
  'bloomd',
  'ratelimit',
] as const;

/** How a company writes its engineering ladder: the generator's levels become these titles. */
export const TITLE_STYLES = ['plain', 'abbreviated', 'numbered'] as const;
