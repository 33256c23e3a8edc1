import { commonWords } from '../catalogue/mention-matcher.js';
import { knownPlace, placeKey, STATE_CODES } from '../catalogue/places.js';
import { CAPITALISED_MONTH_WORD } from './dates.js';
import { foldKey } from './fold.js';

/**
 * The words résumés build their structure from: section names (in English and in the European languages
 * CVs are written in, as their headings are spelled without accents), job-title nouns, school and degree
 * words. General vocabulary only: nothing here exists for one document.
 */

/**
 * The particles that join the words of a name in a Romance or Germanic language and stay in lower case inside
 * it ("Universidad de Guadalajara", "Universidade do Porto", "Politecnico di Milano", "Hochschule für Technik",
 * "Université Paris-Saclay et", "Ludwig von Mises"): the one list every rule reading such a name is built from.
 * The "and" of Hungarian, Romanian and the Nordic languages too ("Budapesti Műszaki és Gazdaságtudományi Egyetem",
 * "Universitatea de Științe Agricole și Medicină Veterinară"; "şi" with the cedilla older fonts set), words no English
 * text writes.
 */
export const NAME_PARTICLES: readonly string[] =
  'de des du la le les di da do dos das del della degli der van von voor zu für und y e et és și şi och og'.split(
    ' ',
  );

/** Words that stay in lower case inside names and titles ("Head of Data", "Politecnico di Milano"). */
export const NAME_JOINERS: ReadonlySet<string> = new Set([
  ...'of and the at in for a an & on to'.split(' '),
  ...NAME_PARTICLES,
]);

export type SectionKind =
  | 'experience'
  | 'education'
  | 'skills'
  | 'projects'
  | 'publications'
  | 'summary'
  | 'languages'
  | 'other';

/** An academic CV's sections beside its appointments: funding won, students supervised, service to the field. */
const ACADEMIC_ASIDES = [
  'grants',
  'funding',
  'fellowships',
  'supervision',
  'supervisions',
  'mentoring',
  'mentorship',
  'service',
  'outreach',
];

/**
 * Section head words in more of the languages CVs are written in (Polish, Czech, Slovak, Turkish, Romanian, Hungarian,
 * Finnish, Estonian, Croatian, Serbian, Slovene, Lithuanian, Latvian, Greek, and words the Romance, German, Dutch and
 * Nordic lists below leave out), accents dropped as sectionKind drops them: the résumé's own sections ("Kompetencje",
 * "Deneyim", "Competențe", "Osaaminen", "Készségek") and those that are not the résumé's (interests, certificates,
 * references, courses, volunteering, awards), whose contents are no technologies.
 */
const MORE_SECTION_HEADS: Readonly<Partial<Record<SectionKind, readonly string[]>>> = {
  education: [
    'studii',
    'estudios',
    'egitim',
    'obrazovani',
    'pendidikan',
    // Finnish "Opinnot", Hungarian "Végzettség" and "Képzettség", Norwegian "Utdannelse", Swedish "Utbildningar",
    // Greek "Εκπαίδευση" and "Σπουδές".
    'opinnot',
    'vegzettseg',
    'kepzettseg',
    'utdannelse',
    'utbildningar',
    'εκπαιδευση',
    'σπουδες',
  ],
  skills: [
    'kompetencje',
    'dovednosti',
    'znalosti',
    'yetenekler',
    'beceriler',
    'yetkinlikler',
    'competente',
    'abilitati',
    'aptitudini',
    'aptitudes',
    'destrezas',
    'competenties',
    'qualifikationen',
    // Indonesian and Malay
    'keahlian',
    'kemahiran',
    'keterampilan',
    'kemampuan',
    // Finnish "Osaaminen"; Hungarian "Készségek", "Ismeretek", "Kompetenciák"; Swedish "Kunskaper", "Färdigheter",
    // "Kompetens"; Danish "Færdigheder"; Norwegian "Ferdigheter", "Kompetanser"; Dutch "Kennis"; Polish, Czech, Dutch
    // and German "Technologie"; Slovak "Zručnosti"; Croatian, Serbian and Slovene "Vještine", "Veštine",
    // "Spretnosti", "Znanja", "Kompetencije"; Estonian "Oskused"; Lithuanian "Įgūdžiai"; Latvian "Prasmes"; Greek
    // "Δεξιότητες".
    'osaaminen',
    'keszsegek',
    'ismeretek',
    'kompetenciak',
    'kunskaper',
    'fardigheter',
    'kompetens',
    'faerdigheder',
    'ferdigheter',
    'kompetanser',
    'kennis',
    'technologie',
    'zrucnosti',
    'vjestine',
    'vestine',
    'spretnosti',
    'znanja',
    'kompetencije',
    'oskused',
    'igudziai',
    'prasmes',
    'δεξιοτητες',
    // Norwegian consultants' "Nøkkelkvalifikasjoner" (key qualifications), Romanian "Capacități".
    'nokkelkvalifikasjoner',
    'capacitati',
  ],
  languages: [
    'lenguas',
    'linguas',
    'talen',
    'talenkennis',
    'diller',
    'limbi',
    'jazyky',
    'nyelvek',
    'nyelvtudas',
    'jezykow',
    'idiomi',
    'bahasa',
    // Hungarian "Nyelvismeret", Swedish "Språkkunskaper", Danish "Sprogkundskaber", Croatian and Serbian "Jezici",
    // Estonian "Keeleoskus", Greek "Γλώσσες".
    'nyelvismeret',
    'sprakkunskaper',
    'sprogkundskaber',
    'jezici',
    'keeleoskus',
    'γλωσσες',
    // Lithuanian "Kalbos", Latvian "Valodas".
    'kalbos',
    'valodas',
  ],
  summary: [
    'podsumowanie',
    'ozet',
    'hakkimda',
    'rezumat',
    'shrnuti',
    'ringkasan',
    // Finnish "Profiili", "Yhteenveto"; Hungarian "Bemutatkozás", "Összefoglaló"; Swedish "Sammanfattning";
    // Norwegian "Sammendrag"; Dutch "Samenvatting"; Estonian "Kokkuvõte"; Croatian "Sažetak"; Slovene "Povzetek";
    // Greek "Περίληψη", "Προφίλ".
    'profiili',
    'yhteenveto',
    'bemutatkozas',
    'osszefoglalo',
    'sammanfattning',
    'sammendrag',
    'samenvatting',
    'kokkuvote',
    'sazetak',
    'povzetek',
    'περιληψη',
    'προφιλ',
  ],
  experience: [
    'tapasztalat',
    'munkatapasztalat',
    'experiencias',
    'deneyim',
    'deneyimi',
    'deneyimler',
    'tecrube',
    'tecrubeler',
    'zkusenosti',
    'experienta',
    'historico',
    'pengalaman',
    // Finnish "Työhistoria", "Työura", "Kokemus"; Polish "Zatrudnienie", "Historia zatrudnienia", "Kariera"; Czech
    // "Praxe", "Zaměstnání"; Slovak "Prax", "Pracovné skúsenosti", "Zamestnanie"; Hungarian "Munkahelyek"; Swedish
    // "Yrkeserfarenhet", "Anställningar", "Erfarenheter", "Uppdrag" (a consultant's assignments); Norwegian
    // "Yrkeserfaring"; Danish "Beskæftigelse"; Turkish "Tecrübesi"; Estonian "Töökogemus"; Croatian and Serbian
    // "Radno iskustvo"; Slovene "Delovne izkušnje"; Lithuanian "Darbo patirtis"; Latvian "Darba pieredze"; Greek
    // "Επαγγελματική εμπειρία".
    'tyohistoria',
    'tyoura',
    'kokemus',
    'zatrudnienie',
    'zatrudnienia',
    'kariera',
    'praxe',
    'prax',
    'zamestnani',
    'zamestnanie',
    'skusenosti',
    'munkahelyek',
    'yrkeserfarenhet',
    'anstallningar',
    'erfarenheter',
    'uppdrag',
    'yrkeserfaring',
    'beskaeftigelse',
    'tecrubesi',
    'tookogemus',
    'iskustvo',
    'izkusnje',
    'patirtis',
    'pieredze',
    'εμπειρια',
    // Danish "Ansættelser", Norwegian "Ansettelser", Finnish "Työpaikat" (jobs held), Hungarian "Szakmai gyakorlat",
    // Polish "Staże i praktyki" (internships).
    'ansaettelser',
    'ansettelser',
    'tyopaikat',
    'gyakorlat',
    'staze',
    'praktyki',
  ],
  projects: [
    'projeler',
    'proiecte',
    'proyek',
    'projek',
    // Finnish "Projektit", Hungarian "Projektek", Swedish "Projekt", Danish "Projekter", Norwegian "Prosjekter",
    // Croatian and Slovene "Projekti".
    'projektit',
    'projektek',
    'projekt',
    'projekter',
    'prosjekter',
    'projekti',
  ],
  other: [
    'zainteresowania',
    'pasje',
    'hobby',
    'certyfikaty',
    'certifikaty',
    'kursy',
    'szkolenia',
    'nagrody',
    'referencje',
    'wolontariat',
    'interesses',
    'certificados',
    'referencias',
    'premios',
    'voluntariado',
    'aficiones',
    'pasatiempos',
    'benevolat',
    'distinctions',
    'interessi',
    'certificazioni',
    'referenze',
    'corsi',
    'volontariato',
    'referenzen',
    'auszeichnungen',
    'ehrenamt',
    'certificaten',
    'referenties',
    'cursussen',
    'nevenactiviteiten',
    'vrijwilligerswerk',
    'hobiler',
    'sertifikalar',
    'referanslar',
    'kurslar',
    'interese',
    'certificari',
    'referinte',
    'cursuri',
    'intressen',
    'fritidsintressen',
    'interesser',
    'referenser',
    'referencer',
    'referanser',
    'certifikat',
    'certifikater',
    'sertifikater',
    'zajmy',
    'personalia',
    'personuppgifter',
    'personopplysninger',
    // Finnish hobbies, personal details, certificates, positions of trust, referees, courses and contact details;
    // Romanian training ("Educație și formare" is education by its first word); Czech courses; Hungarian hobbies and
    // certificates; Swedish, Danish and Norwegian certifications, courses and "Övrigt" (other); Croatian and Slovene
    // interests and certificates.
    'harrastukset',
    'henkilotiedot',
    'sertifikaatit',
    'luottamustehtavat',
    'suosittelijat',
    'kurssit',
    'yhteystiedot',
    'formare',
    'kurzy',
    'hobbi',
    'tanusitvanyok',
    'certifieringar',
    'ovrigt',
    'certificeringer',
    'sertifiseringer',
    'kurser',
    'kurs',
    'fritidsinteresser',
    'interesi',
    'certifikati',
    'wyroznienia',
    // Estonian "Huvid", Lithuanian "Pomėgiai" (interests and hobbies).
    'huvid',
    'pomegiai',
    // What a CV ends on besides its skills: Hungarian "Egyéb" and German "Sonstiges" (other), Czech, Slovak, Italian
    // and Hungarian "Další informace", "Ďalšie informácie", "Altre informazioni", "Egyéb információk" (more
    // information), Czech "Záliby" and "Koníčky" (hobbies). The pay wanted lives in DESIRED_JOB_PHRASES.
    'egyeb',
    'sonstiges',
    'informace',
    'informacie',
    'informazioni',
    'informaciok',
    'zaliby',
    'konicky',
  ],
  // Finnish "Julkaisut", Romanian "Publicații", Hungarian "Publikációk", Swedish and Danish "Publikationer", Czech
  // "Publikace".
  publications: ['julkaisut', 'publicatii', 'publikaciok', 'publikationer', 'publikace'],
};

/** Head words of section names and the section each names, in priority order when several appear. */
const SECTION_HEADS: readonly [SectionKind, readonly string[]][] = [
  [
    'projects',
    [
      'project',
      'projects',
      'portfolio',
      'contributions',
      'open-source',
      'opensource',
      // German, Spanish, Portuguese, French, Italian, Dutch, Polish.
      'projekte',
      'proyectos',
      'projetos',
      'projets',
      'progetti',
      'projecten',
      'projekty',
      // What was built at a hackathon is a project, its prize beside it no position.
      'hackathons',
      'hackathon',
    ],
  ],
  [
    'publications',
    [
      'publication',
      'publications',
      'papers',
      'patents',
      'talks',
      'presentations',
      'speaking',
      // Talks given ("Conferences", "Conferencias", "Charlas", "Ponencias", "Palestras"): no positions.
      'conferences',
      'conferencias',
      'charlas',
      'ponencias',
      'palestras',
      'research',
      'publikationen',
      'veroffentlichungen',
      'publicaciones',
      'publicacoes',
      'pubblicazioni',
      'publicaties',
      'publikacje',
    ],
  ],
  [
    'education',
    [
      'education',
      'edu',
      'academic',
      'academics',
      'qualifications',
      'degrees',
      'studies',
      // "Study", "Studier" (the Scandinavian languages' "studies"): the heading of where the person studied.
      'study',
      'studier',
      'schooling',
      // "Ausbildung", "Formación académica", "Formação", "Formation", "Istruzione", "Formazione", "Opleiding", "Edukacja",
      // "Wykształcenie", "Utbildning": education in the languages European CVs are written in.
      'ausbildung',
      'studium',
      'bildungsweg',
      'akademischer',
      'educacion',
      'formacion',
      'educacao',
      'formacao',
      'formation',
      'formations',
      'istruzione',
      'formazione',
      'opleiding',
      'opleidingen',
      // "Parcours académique", "Percorso formativo": a career word qualified as studies.
      'academique',
      'formativo',
      'edukacja',
      'wyksztalcenie',
      'utbildning',
      'uddannelse',
      'utdanning',
      'koulutus',
      // "Eğitim", "Vzdělání", "Obrazovanje", "Išsilavinimas", "Izglītība", "Haridus", "Tanulmányok", "Educație".
      'egitim',
      'ogrenim',
      'vzdelani',
      'vzdelanie',
      'obrazovanje',
      'izobrazba',
      'issilavinimas',
      'izglitiba',
      'haridus',
      'tanulmanyok',
      'educatie',
    ],
  ],
  [
    'skills',
    [
      'skills',
      'skill',
      'skillset',
      'skillsets',
      'technologies',
      'technology',
      'tools',
      'stack',
      'competencies',
      'competences',
      'expertise',
      'proficiencies',
      'proficiency',
      // A bar chart's heading over the languages someone knows best ("Most proficient", "Proficient").
      'proficient',
      'toolbox',
      'toolkit',
      'use',
      'strengths',
      // "Specialties & Skills": a heading of the skills a profile lists.
      'specialties',
      'specialities',
      'kenntnisse',
      'fahigkeiten',
      'kompetenzen',
      'habilidades',
      'competencias',
      'conocimientos',
      'conhecimentos',
      'competenze',
      'vaardigheden',
      'umiejetnosci',
      'kompetenser',
      'kompetencer',
      'kompetanse',
      'taidot',
      // "Herramientas", "Ferramentas", "Outils", "Werkzeuge", "Strumenti"; "Tecnologías", "Technologien", "Tecnologie".
      'herramientas',
      'ferramentas',
      'outils',
      'werkzeuge',
      'strumenti',
      'tecnologias',
      'technologien',
      'tecnologie',
      'technologieen',
    ],
  ],
  [
    'languages',
    [
      'languages',
      'sprachen',
      'sprachkenntnisse',
      'fremdsprachen',
      'idiomas',
      'langues',
      'lingue',
      'jezyki',
      'sprog',
      'sprak',
      'kielitaito',
    ],
  ],
  [
    'summary',
    [
      'summary',
      'profile',
      'about',
      'objective',
      'objectives',
      'objetivo',
      'objetivos',
      'overview',
      'introduction',
      'bio',
      'achievements',
      'accomplishments',
      'highlights',
      'profil',
      'perfil',
      'profilo',
      'profiel',
      'kurzprofil',
      'zusammenfassung',
      'resumen',
      'resumo',
      // Achievements in Spanish and Portuguese.
      'logros',
      'conquistas',
    ],
  ],
  [
    'experience',
    [
      'experience',
      'experiences',
      'employment',
      // "## Occupation": the markdown-cv template's heading of the positions held.
      'occupation',
      'career',
      'history',
      'jobs',
      'positions',
      'work',
      'roles',
      'internships',
      'internship',
      // An academic CV's posts ("Academic Appointments", "Professional Appointments").
      'appointments',
      // A freelancer's or consultant's list of clients' jobs.
      'assignments',
      'engagements',
      'missions',
      'contracts',
      'berufserfahrung',
      'erfahrung',
      'werdegang',
      // "Berufliche Stationen", "Parcours professionnel", "Trayectoria profesional", "Trajetória profissional",
      // "Carreira", "Percorso professionale", "Loopbaan", "Carrière": the career in the languages CVs are written in.
      'stationen',
      'parcours',
      'trayectoria',
      'trajetoria',
      'carreira',
      'percorso',
      'loopbaan',
      'carriere',
      'experiencia',
      // Spanish "Empleos", "Prácticas", "Pasantías" (internships in Spain and Latin America), Portuguese "Estágios".
      'empleos',
      'practicas',
      'pasantias',
      'estagios',
      'esperienza',
      'esperienze',
      'werkervaring',
      'ervaring',
      'doswiadczenie',
      'arbetslivserfarenhet',
      'erfarenhet',
      'erhvervserfaring',
      'arbejdserfaring',
      'arbeidserfaring',
      'erfaring',
      'tyokokemus',
    ],
  ],
  [
    'other',
    [
      'awards',
      'honors',
      'honours',
      'certifications',
      'certificates',
      'licenses',
      'interests',
      'hobbies',
      'volunteer',
      'volunteering',
      'references',
      'contact',
      'details',
      'information',
      'courses',
      'coursework',
      // A section of its own for training lists courses, not degrees ("Education & Training" is education).
      'training',
      'trainings',
      // "Seminars and Trainings": the seminars someone attended; their organisers are no schools.
      'seminars',
      'activities',
      'memberships',
      'affiliations',
      // "Board & Advisory", "Advisory Boards": seats held beside a job, no employment.
      'board',
      'boards',
      'advisory',
      'leadership',
      'extracurricular',
      // Student and professional bodies, clubs and meetups the person belongs to or runs, whose roles ("President",
      // "Organizer") are no employment; "Liderazgo", "Liderança" and "Organizaciones" as Spanish and Portuguese CVs
      // head them.
      'organizations',
      'organisations',
      'organizaciones',
      'organizacoes',
      'clubs',
      'societies',
      'meetups',
      'competitions',
      'liderazgo',
      'lideranca',
      'licence',
      'licences',
      'declaration',
      'referees',
      ...ACADEMIC_ASIDES,
      'scholarships',
      'links',
      'nationality',
      'zertifikate',
      'zertifizierungen',
      'certificaciones',
      'certificacoes',
      'interessen',
      'hobbys',
      'loisirs',
      'intereses',
      'weiterbildung',
      'cursos',
      // Awards, contact, links, activities and the rest in Spanish and Portuguese.
      'reconocimientos',
      'distinciones',
      'contacto',
      'enlaces',
      'actividades',
      'otros',
    ],
  ],
];

/** Each head word's rank in SECTION_HEADS (a line's words are looked up once per line read). */
const SECTION_RANK: ReadonlyMap<string, number> = new Map(
  SECTION_HEADS.flatMap(([kind, heads], rank) =>
    [...heads, ...(MORE_SECTION_HEADS[kind] ?? [])].map((word) => [word, rank] as const),
  ).reverse(),
);

/** The rank of the projects' head words in SECTION_HEADS. */
const PROJECTS_RANK = SECTION_HEADS.findIndex(([kind]) => kind === 'projects');

/**
 * A heading that joins the jobs with projects ("Work Experience & Projects", "Experience / Projects"): a section of
 * experience whose entries that are no position are projects. "Project Experience", "Work Projects" (no side naming
 * paid work alone) head projects only.
 */
export function joinsWorkWithProjects(heading: string): boolean {
  return (
    (foldKey(heading).match(/\p{L}+/gu) ?? []).some((word) => SECTION_RANK.get(word) === PROJECTS_RANK) &&
    joinsPaidWork(heading)
  );
}

/**
 * Section words that also name the team or service line a job was done in ("Product Manager, Zalando" over
 * "Tech", "Senior Consultant, KPMG" over "Advisory"): alone on a line they head a section only when the line
 * is set as a heading, and they make no loose heading of a line with a word the vocabulary does not know.
 */
const UNIT_LINE_HEADS = new Set(['tech', 'board', 'boards', 'advisory']);

/** True when the whole line is one of UNIT_LINE_HEADS ("Tech", "ADVISORY:"), which names a section only set as a heading. */
export function namesUnitToo(text: string): boolean {
  const words = text
    .toLowerCase()
    .replace(/[^\p{L}\s]/gu, ' ')
    .trim()
    .split(/\s+/u);
  return words.length === 1 && UNIT_LINE_HEADS.has(words[0] as string);
}

/** Head words of section names that are ordinary English words too ("Team Formation", "Formation of a new team"). */
const ENGLISH_WORD_HEADS = new Set(['formation', 'formations']);

/**
 * Qualifiers of section names in Polish, Czech, Turkish, Romanian and words the list below leaves out
 * ("Umiejętności techniczne", "Pracovní zkušenosti", "Teknik Beceriler", "Experiență profesională",
 * "Competências digitais", "Informações adicionais", "Języki obce").
 */
const MORE_EUROPEAN_MODIFIERS = [
  // Indonesian and Malay ("Pengalaman Kerja", "Kemahiran Teknikal", "Pendidikan Formal").
  'kerja',
  'kerjaya',
  'profesional',
  'teknikal',
  'teknis',
  'formal',
  'techniczne',
  'informatyczne',
  'komputerowe',
  'miekkie',
  'twarde',
  'zawodowy',
  'pracovni',
  'odborne',
  'technicke',
  'teknik',
  'profesionala',
  'szakmai',
  'profesionale',
  'tehnice',
  'digitais',
  'digitales',
  'digitali',
  'numeriques',
  'informaticas',
  'informaticos',
  'informatiche',
  'adicionais',
  'adicionales',
  'complementares',
  'professionali',
  'principales',
  'principais',
  // "obce", "extranjeros", "estrangeiras", "straniere", "étrangères", "vreemde", "yabancı", "străine": foreign.
  'obce',
  'obcych',
  'extranjeros',
  'extranjeras',
  'estrangeiras',
  'estrangeiros',
  'straniere',
  'etrangeres',
  'vreemde',
  'yabanci',
  'straine',
  'cizi',
  'cudzie',
  // Finnish "Tekniset taidot", "Tekninen osaaminen"; Polish "Historia zatrudnienia"; Slovak "Pracovné skúsenosti";
  // Czech "Profesní zkušenosti"; Hungarian "Iskolai végzettség", "Informatikai ismeretek", "Technikai ismeretek";
  // Swedish "Tekniska kunskaper"; Danish "Tekniske kompetencer"; Norwegian "Teknisk kompetanse"; Dutch "Persoonlijk
  // profiel"; Turkish "Eğitim Bilgileri"; Croatian "Radno iskustvo", "Strani jezici", "Tehničke vještine"; Slovene
  // "Delovne izkušnje", "Tehnične spretnosti"; Lithuanian "Darbo patirtis"; Latvian "Darba pieredze"; Romanian "și"
  // (and); Greek "Επαγγελματική".
  'tekniset',
  'tekninen',
  'historia',
  'pracovne',
  'profesni',
  'iskolai',
  'informatikai',
  'technikai',
  'tekniska',
  'tekniske',
  'teknisk',
  'persoonlijk',
  'bilgileri',
  'radno',
  'strani',
  'tehnicke',
  'delovne',
  'tehnicne',
  'darbo',
  'darba',
  'si',
  'επαγγελματικη',
  // "Experiență de muncă", "Experiencia de trabajo", "Experiência de trabalho", "Esperienza di lavoro": work, and the
  // "of" between; German "Praktische Erfahrung"; Czech "Počítačové znalosti"; Hungarian "Egyéb készségek" (other);
  // Turkish "Eğitim Durumu".
  'de',
  'di',
  'munca',
  'trabajo',
  'trabalho',
  'lavoro',
  'praktische',
  'pocitacove',
  'egyeb',
  'durumu',
  // Czech "Další", Slovak "Ďalšie", Italian "Altre" (more, other).
  'dalsi',
  'dalsie',
  'altre',
];

/**
 * The qualifiers of the European languages' section names ("Beruflicher Werdegang", "Experiencia laboral",
 * "Expérience professionnelle", "Formación académica", "Conocimientos técnicos").
 */
const EUROPEAN_MODIFIERS = new Set([
  'berufliche',
  'beruflicher',
  'technische',
  'fachliche',
  'personliche',
  'laboral',
  'profesional',
  'profesionales',
  'profissional',
  'profissionais',
  'professionnel',
  'professionnels',
  'professionnelle',
  'professionnelles',
  'lavorativa',
  'lavorative',
  'lavorativo',
  'professionale',
  'zawodowe',
  'academica',
  'academico',
  'tecnicas',
  'tecnicos',
  'techniques',
  'tecniche',
  'informatiques',
  ...MORE_EUROPEAN_MODIFIERS,
  'und',
  'y',
  'e',
  'et',
]);

/** Words that may stand around a section's head word ("My Professional Work Experience"). */
const SECTION_MODIFIERS = new Set([
  // "Tertiary Education", "Higher Education": the level of the studies.
  'tertiary',
  'higher',
  'my',
  'the',
  'and',
  '&',
  'of',
  'i',
  'me',
  'professional',
  'work',
  'working',
  'relevant',
  'technical',
  'tech',
  'selected',
  'key',
  'core',
  'additional',
  'personal',
  'other',
  'recent',
  'industry',
  'academic',
  'research',
  'employment',
  'side',
  'open',
  'source',
  'things',
  // "Stuff I use": what a profile README heads its tools with, as "Things I use".
  'stuff',
  'programming',
  'software',
  'engineering',
  'career',
  'background',
  'notable',
  'featured',
  'areas',
  'main',
  'previous',
  'prior',
  'relevant',
  'summary',
  'spoken',
  'human',
  'natural',
  'computer',
  'teaching',
  'list',
  'what',
  'at',
  'a',
  'glance',
  'skills',
  'experience',
  'history',
  'education',
  'projects',
  'professional',
  'certifications',
  'digital',
  'it',
  'driving',
  'foreign',
  'language',
  'languages',
  // "Employment Record", "Positions Held", "Consulting Experience", "Top Skills", "Skill Set", "Conference
  // Talks", "Career Progression": qualifiers real headings put around their head word. "Job", "Higher",
  // "Executive" qualify other words inside a job ("Job Summary", "Higher Education" as a market served,
  // "Executive Team"): their headings are whole phrases (SECTION_PHRASES).
  'record',
  'held',
  // "Student Organizations", "Student Leadership", "Campus Involvement": whose bodies they are.
  'student',
  'campus',
  'consulting',
  'freelance',
  'contract',
  'military',
  'related',
  'earlier',
  'progression',
  'formal',
  'credentials',
  'top',
  'set',
  'conference',
  // "Invited Talks", "Keynote Talks", "Students Supervised", "Departmental Service", "Visiting Positions".
  'invited',
  'keynote',
  'departmental',
  'community',
  'visiting',
  ...EUROPEAN_MODIFIERS,
]);

/**
 * The kind of section a line names when the whole line is a section name ("Work History",
 * "EXPERIENCE", "Things I use", "About Me"), else null.
 */
export function sectionKind(text: string): SectionKind | null {
  const kind = sectionKindOf(text);
  if (kind !== null) return kind;
  // "Doświadczenie / Experience", "Berufserfahrung (Work experience)": a heading in two languages names its
  // section in either, when the halves that name one agree.
  // A run of blanks is tried from its first blank only (`(?<!\s)`), so each match is linear in the line.
  const halves =
    /^(.+?)(?<!\s)\s+\/\s+(.+)$/u.exec(text) ?? /^([^(]+?)(?:(?<!\s)\s+)?\(([^)]+)\)\s*$/u.exec(text);
  // Each half a heading of a few words ("Edukacja", "Work experience"), not a label before its values.
  const heading = (half: string) => /^[\p{L}&'-]+(?:\s+[\p{L}&'-]+){0,2}$/u.test(half.trim());
  if (!halves || !heading(halves[1] as string) || !heading(halves[2] as string)) return null;
  // "Higher education (Master)", hh.ru's level of studies over the school: the bracket names the degree taken, and the
  // line heads an entry of the section, not the section.
  if (findDegree(text)?.text === (halves[2] as string).trim()) return null;
  const kinds = new Set(
    [halves[1] as string, halves[2] as string].map(sectionKindOf).filter((found) => found !== null),
  );
  return kinds.size === 1 ? ([...kinds][0] as SectionKind) : null;
}

/**
 * Headings in other languages whose words name no section alone, read as the whole phrase (accents dropped): personal
 * data ("Dane osobowe", "Dados pessoais", "Persönliche Daten"), interests ("Centres d'intérêt", "İlgi Alanları"),
 * "About me" ("O mnie", "Sobre mim"), work experience in Turkish ("İş Deneyimi") and spoken languages named with a
 * skills word ("Competências linguísticas", "Dil Becerileri").
 */
const FOREIGN_SECTION_PHRASES: readonly [string, SectionKind][] = [
  ...[
    'dane osobowe',
    'dane kontaktowe',
    'dados pessoais',
    'informacoes pessoais',
    'datos personales',
    'informacion personal',
    'dati personali',
    'informazioni personali',
    'donnees personnelles',
    'informations personnelles',
    'persoonlijke gegevens',
    'personliche daten',
    'personliche angaben',
    'date personale',
    'informatii personale',
    'kisisel bilgiler',
    'osobni udaje',
    'personlige oplysninger',
    "centres d'interet",
    "centres d'interets",
    'ilgi alanlari',
    'informacje dodatkowe',
    'informacion adicional',
    'informacoes adicionais',
    'informazioni aggiuntive',
    'informations complementaires',
    // The Europass CV's personal information in the languages it ships.
    'persoonlijke informatie',
    'angaben zur person',
    'informacao pessoal',
  ].map((phrase) => [phrase, 'other'] as [string, SectionKind]),
  // The Europass CV's education and its personal and technical skills and competences, as it names them in
  // Italian, French, German, Spanish, Portuguese and Dutch.
  ...['schul- und berufsbildung', 'opleiding en scholing'].map(
    (phrase) => [phrase, 'education'] as [string, SectionKind],
  ),
  ...[
    'capacita e competenze personali',
    'capacita e competenze tecniche',
    'aptitudes et competences personnelles',
    'capacidades y aptitudes personales',
    'aptidoes e competencias pessoais',
    'persoonlijke vaardigheden en competenties',
  ].map((phrase) => [phrase, 'skills'] as [string, SectionKind]),
  ...[
    'o mnie',
    'sobre mim',
    'sobre mi',
    'acerca de mi',
    'a propos de moi',
    'uber mich',
    'chi sono',
    'over mij',
  ].map((phrase) => [phrase, 'summary'] as [string, SectionKind]),
  ['is deneyimi', 'experience'],
  // Spanish for "professional activities": the jobs, whereas "actividades" alone are the person's pastimes.
  ...['actividades profesionales', 'actividad profesional'].map(
    (phrase) => [phrase, 'experience'] as [string, SectionKind],
  ),
  ['is tecrubesi', 'experience'],
  // Spanish and Portuguese headings whose words name other things alone: "Historial laboral" (the jobs; "Historial
  // académico" is a transcript), "Lenguajes de programación" and "Stack tecnológico" (skills).
  ['historial laboral', 'experience'],
  ['historial profesional', 'experience'],
  ['lenguajes de programacion', 'skills'],
  ['linguagens de programacao', 'skills'],
  ['stack tecnologico', 'skills'],
  // "Despre mine" (Romanian), "Om mig" (Swedish, Danish), "Om meg" (Norwegian), "O mně" (Czech), "O meni" (Croatian,
  // Serbian), "Apie mane" (Lithuanian), "Par mani" (Latvian), "Minust" (Estonian): about me.
  ...['despre mine', 'om mig', 'om meg', 'o mne', 'o meni', 'apie mane', 'par mani', 'minust'].map(
    (phrase) => [phrase, 'summary'] as [string, SectionKind],
  ),
  // Romanian driving licence and other information, Hungarian interests and personal details, Croatian and Slovak
  // personal details, Finnish personal details.
  ...[
    'permis de conducere',
    'alte informatii',
    'erdeklodesi kor',
    'szemelyes adatok',
    'osobni podaci',
    'osobne udaje',
    'henkilokohtaiset tiedot',
  ].map((phrase) => [phrase, 'other'] as [string, SectionKind]),
  ...[
    'competencias linguisticas',
    'competenze linguistiche',
    'competences linguistiques',
    'conocimientos de idiomas',
    'conhecimentos de idiomas',
    'dil becerileri',
    'znajomosc jezykow',
    'znajomosc jezykow obcych',
    'jezykova znalost',
    'jazykove znalosti',
    'jazykove dovednosti',
  ].map((phrase) => [phrase, 'languages'] as [string, SectionKind]),
];

/**
 * "Computer Knowledge", "Bilgisayar Bilgisi", "Connaissances informatiques", "Kỹ năng tin học", "Fields of
 * Specialization": headings of the programs and systems a person knows, a skills list, in the languages whose
 * words name no section alone (folded as `foldKey` folds them). "Ngoại ngữ", "Yabancı Dil", "Bahasa Asing": the
 * spoken languages. Vietnamese section names ("Kinh nghiệm làm việc", "Học vấn"), read whole.
 */
const COMPUTER_SKILLS_PHRASES: readonly [string, SectionKind][] = [
  ...[
    'computer knowledge',
    'computer literacy',
    'it knowledge',
    'computer proficiency',
    'specialization',
    'specialisation',
    'specializations',
    'specialisations',
    'fields of specialization',
    'fields of specialisation',
    'areas of specialization',
    'areas of specialisation',
    'bilgisayar bilgisi',
    'bilgisayar bilgileri',
    'bilgisayar becerileri',
    'connaissances informatiques',
    'competences informatiques',
    'conhecimentos de informatica',
    'conhecimentos informaticos',
    'conocimientos de informatica',
    'computerkenntnisse',
    'it-kenntnisse',
    'computerkennis',
    'computervaardigheden',
    'ict-vaardigheden',
    'conoscenze informatiche',
    'competente informatice',
    'cunostinte pc',
    'cunostinte informatice',
    'umiejetnosci komputerowe',
    'znajomosc obslugi komputera',
    'kemahiran komputer',
    'keterampilan komputer',
    'kemampuan komputer',
    'ky nang tin hoc',
    'tin hoc',
    'ky nang',
    'ky nang chuyen mon',
    'area of expertise',
    'areas of expertise',
    'technical knowledge',
    'teknik bilgiler',
    'keahlian komputer',
    'keahlian teknis',
    'kemahiran teknikal',
    'datorkunskaper',
    'it-kunskaper',
    // A developer profile's tools of choice (Toptal's "Preferred Environment").
    'preferred environment',
  ].map((phrase) => [phrase, 'skills'] as [string, SectionKind]),
  // Vietnamese, whose section names are phrases of words that name nothing alone.
  ...[
    ['kinh nghiem lam viec', 'experience'],
    ['kinh nghiem', 'experience'],
    ['qua trinh cong tac', 'experience'],
    ['hoc van', 'education'],
    ['trinh do hoc van', 'education'],
    ['du an', 'projects'],
    ['tom tat', 'summary'],
    ['muc tieu nghe nghiep', 'summary'],
    ['gioi thieu', 'summary'],
    ['thong tin ca nhan', 'other'],
    ['chung chi', 'other'],
    ['so thich', 'other'],
  ].map(([phrase, kind]) => [phrase, kind] as [string, SectionKind]),
  ...['yabanci dil', 'yabanci diller', 'bahasa asing', 'ngoai ngu'].map(
    (phrase) => [phrase, 'languages'] as [string, SectionKind],
  ),
];

/**
 * The sections LinkedIn and the job portals print in Spanish, French, Portuguese, German, Italian, Dutch and Polish,
 * whose words name no section alone: "About" ("Acerca de", "Infos", "Sobre", "Info", "Informazioni", "Informacje"), the
 * licences and certifications, the recommendations, the activity feed, honours and awards, volunteering, the contact
 * details, what the person looks for, and the studies and jobs as French and Spanish profiles head them ("Estudios
 * realizados", "Diplômes", "Mes expériences"). Read whole, folded as `foldKey` folds them.
 */
const PROFILE_SECTION_PHRASES: readonly [string, SectionKind][] = [
  ...['acerca de', 'infos', 'info', 'sobre', 'informazioni', 'informacje'].map(
    (phrase) => [phrase, 'summary'] as [string, SectionKind],
  ),
  ...[
    'licencias y certificaciones',
    'licences et certifications',
    'licencas e certificados',
    'licencas e certificacoes',
    'bescheinigungen und zertifikate',
    'lizenzen und zertifikate',
    'licenze e certificazioni',
    'licenties en certificaten',
    'licencje i certyfikaty',
    'recomendaciones',
    'recommandations',
    'recomendacoes',
    'empfehlungen',
    'raccomandazioni',
    'aanbevelingen',
    'rekomendacje',
    'actividad',
    'activite',
    'atividade',
    'reconocimientos y premios',
    'distinctions et prix',
    'reconhecimentos e premios',
    'riconoscimenti e premi',
    'onderscheidingen',
    'trabalho voluntario',
    'datos de contacto',
    'informacion de contacto',
    'coordonnees',
    'kontaktdaten',
    'dados de contato',
    'dados de contacto',
    'contatti',
    'preferencias laborales',
    'lo que busco',
    'ce que je recherche',
    'o que procuro',
    'was ich suche',
  ].map((phrase) => [phrase, 'other'] as [string, SectionKind]),
  ...['estudios realizados', 'titulaciones', 'diplomes', 'diplomes et formations', 'parcours scolaire'].map(
    (phrase) => [phrase, 'education'] as [string, SectionKind],
  ),
  ['mes experiences', 'experience'],
  ['projets personnels', 'projects'],
];

/**
 * Headings whose words name no section alone ("Statement", "Educational Technology", "Job Summary" under a
 * job): read only as the whole phrase.
 */
/**
 * The headings of a public service application's statements after the résumé: the Australian "statement addressing
 * the (key) selection criteria" or "statement of claims", the UK Civil Service's "behaviour examples".
 */
const STATEMENT_PHRASES: readonly string[] = [
  'selection criteria',
  'key selection criteria',
  'statement addressing the selection criteria',
  'statement addressing the key selection criteria',
  'statement of claims',
  'behaviour examples',
  'behavior examples',
];

/** True when a section's heading (as written) is that of an application's statements (`STATEMENT_PHRASES`). */
export function statementHeading(title: string): boolean {
  const words = foldKey(title)
    .replace(/[^\p{L}\s]/gu, ' ')
    .trim()
    .split(/\s+/u);
  return STATEMENT_PHRASES.includes(words.join(' '));
}

/**
 * A job portal's section on the job sought ("Desired position and salary", "Target Job", "About your next role"): its
 * lines (specialisations, salary, schedule) are the person's wishes, no skills.
 */
const DESIRED_JOB_PHRASES = [
  'desired position',
  'desired position and salary',
  'desired job',
  'desired role',
  'target job',
  'target role',
  'job preferences',
  'about your next role',
  // The pay asked for and when the person can start, as portals head them in the languages written in Latin script.
  'salary expectations',
  'expected salary',
  'desired salary',
  'preferencia salarial',
  'pretension salarial',
  'pretensiones salariales',
  'expectativa salarial',
  'aspiracion salarial',
  'remuneracion pretendida',
  'pretensao salarial',
  'pretentions salariales',
  'remuneration souhaitee',
  'gehaltsvorstellung',
  'gehaltsvorstellungen',
  'retribuzione desiderata',
  'oczekiwania finansowe',
  'oczekiwania finansowe i dostepnosc',
  'disponibilidad',
  'disponibilidade',
  'disponibilite',
  'availability',
  'dostepnosc',
];

/** Whether a heading names a job portal's section on the job sought (see DESIRED_JOB_PHRASES). */
export function namesDesiredJob(title: string | null): boolean {
  return (
    title !== null &&
    DESIRED_JOB_PHRASES.includes(
      foldKey(title)
        .replace(/[^\p{L}\s]/gu, ' ')
        .replace(/\s+/gu, ' ')
        .trim(),
    )
  );
}

const SECTION_PHRASES: ReadonlyMap<string, SectionKind> = new Map([
  ...DESIRED_JOB_PHRASES.map((phrase) => [phrase, 'other'] as [string, SectionKind]),
  ['job history', 'experience'],
  ['executive summary', 'summary'],
  ['personal statement', 'summary'],
  ['higher education', 'education'],
  ['educational background', 'education'],
  ['educational qualifications', 'education'],
  // The singular, as Indian résumés head their degrees ("EDUCATIONAL QUALIFICATION:", "Academic Qualification").
  ['educational qualification', 'education'],
  ['academic qualification', 'education'],
  // "SCHOOL" over "UC Eastmark -- B.A. History, 2012": the heading alone; "School Projects" is no education.
  ['school', 'education'],
  // "🎓 Learning", a profile README's heading over the diplomas taken; "Machine Learning" and "Learning Goals" are no
  // such heading.
  ['learning', 'education'],
  // "📫 Reach me", "How to reach me": a profile README's contact heading.
  ...['reach me', 'how to reach me', 'where to reach me', 'reach out'].map(
    (phrase) => [phrase, 'other'] as [string, SectionKind],
  ),
  ['students supervised', 'other'],
  ...STATEMENT_PHRASES.map((phrase) => [phrase, 'other'] as [string, SectionKind]),
  ...FOREIGN_SECTION_PHRASES,
  ...COMPUTER_SKILLS_PHRASES,
  ...PROFILE_SECTION_PHRASES,
  // "COMMUNITY" after the skills, "Board & Community": work for a community, whose words name no technology.
  ...['community', 'community involvement', 'community service', 'community work', 'board & community'].map(
    (phrase) => [phrase, 'other'] as [string, SectionKind],
  ),
]);

/** True for "Higher Education", a heading that is also the market a job served: see `splitSections`. */
export function namesMarketToo(text: string): boolean {
  return (
    text
      .trim()
      .toLowerCase()
      .replace(/[:：]$/u, '') === 'higher education'
  );
}

function sectionKindOf(text: string): SectionKind | null {
  // "Previous career: Education": the words before the colon name the section, the rest its field.
  const labelled = /^([^:：]+)[:：]\s*(\S.*)$/u.exec(text);
  if (labelled && sectionKind(labelled[2] as string) !== null) {
    const head = sectionKind(labelled[1] as string);
    if (head) return head;
  }
  let words = foldKey(text)
    .replace(/[’‘]/gu, "'")
    .replace(/[^\p{L}\s&'-]/gu, ' ')
    .replace(/'s\b/g, '')
    .split(/[\s/]+/u)
    // "--- Experience ---": a rule of hyphens or quotes around a heading is no word of it.
    .filter((word) => !/^[-']*$/u.test(word));
  // "My Career So Far", "Publications to Date": a closing qualifier of time names nothing.
  const closing = /\s(?:so\s+far|to\s+date|in\s+brief|in\s+short|in\s+a\s+nutshell)$/u.exec(words.join(' '));
  if (closing) words = words.join(' ').slice(0, closing.index).split(' ');
  // A heading set letter-spaced ("S K I L L S", "W O R K E X P E R I E N C E"): its letters run together.
  if (words.length >= 3 && words.filter((word) => word.length <= 2).length >= words.length * 0.7) {
    const joined = segmentWords(words.join(''));
    if (joined) words = joined;
  }
  if (words.length === 0 || words.length > 6) return null;
  const phrase = SECTION_PHRASES.get(words.join(' ')) ?? loneLabelHeading(words);
  if (phrase) return phrase;
  // "Work Experience & Projects", "Experience / Projects": the jobs come first under such a heading, a project among
  // them an entry of its own; "Project Experience", "Work Projects" (no side naming paid work alone) are of projects.
  if (joinsWorkWithProjects(text)) return 'experience';
  // "School Projects", "University Projects", "Capstone Projects": the words before "projects" say whose or where,
  // and the heading is of projects, never a school. Capitalised words only: "I worked on many projects" is a line of
  // prose.
  if (
    words.length > 1 &&
    words.length <= 4 &&
    words[words.length - 1] === 'projects' &&
    (text.match(/\p{L}+/gu) ?? []).every((word) => /^\p{Lu}/u.test(word))
  )
    return 'projects';
  const spoken = spokenHeading(words.join(' '));
  if (spoken) return spoken;
  let best: SectionKind | null = null;
  let bestRank = Number.POSITIVE_INFINITY;
  for (const word of words) {
    const rank = SECTION_RANK.get(word) ?? compoundRank(word) ?? -1;
    if (rank === -1) {
      if (!SECTION_MODIFIERS.has(word)) return qualifiedHead(words, text);
      continue;
    }
    if (rank < bestRank) {
      bestRank = rank;
      best = (SECTION_HEADS[rank] as [SectionKind, readonly string[]])[0];
    }
  }
  // "Academic Positions", "Research Interests", "Academic Service": a qualifier that heads a section alone
  // ("Academic", "Research") qualifies the head noun after it, which names the section.
  if ((best === 'education' || best === 'publications') && words.some((word) => QUALIFIER_HEADS.has(word))) {
    best = qualifiedHead(words, text) ?? best;
  }
  // "Language Skills", "Foreign Languages": the spoken languages, not a list of skills.
  if (words.some((word) => word === 'language' || word === 'languages') && best !== 'other') {
    if (words.every((word) => SPOKEN_SECTION_WORDS.has(word))) return 'languages';
  }
  // "Summary of Qualifications", "Summary of Skills": a summary, whatever it summarises.
  if (words[0] === 'summary' && words[1] === 'of') return 'summary';
  // "Research" alone is a section of publications; "Research Experience" is experience.
  if (best === 'publications' && words.includes('research') && words.some((w) => EXPERIENCE_WORDS.has(w))) {
    return 'experience';
  }
  if (best === null && words.includes('open') && words.includes('source')) return 'projects';
  // "Professional Background", "Career Background": the positions held, as "Academic Background" is the studies.
  if (best === null && words.includes('background') && words.some((w) => BACKGROUND_OF_WORK.has(w))) {
    return 'experience';
  }
  // "Programming Languages", "Computer Languages": the languages a developer writes, a list of skills.
  if (best === 'languages' && words.some((w) => w === 'programming' || w === 'computer')) return 'skills';
  // "Teaching" alone heads an academic CV's teaching assistantships and lectureships: positions held.
  if (best === null && words.length === 1 && words[0] === 'teaching') return 'experience';
  // "Tech" alone ("## Tech", "Tech" over a rule) heads the list of technologies a developer works with, as
  // "Software" alone heads the programs an engineer uses.
  if (best === null && words.length === 1 && (words[0] === 'tech' || words[0] === 'software'))
    return 'skills';

  // "Volunteer Experience" is volunteering (JSON Resume keeps it apart from work), not employment; "Volunteer & Work
  // Experience", "Employment and Volunteering" (a job site's profile section) join the two, and hold the jobs.
  if (words.includes('volunteer') || words.includes('volunteering')) {
    return best === 'experience' && joinsPaidWork(text) ? 'experience' : 'other';
  }
  return best;
}

/** The words that name paid work beside volunteering in a joined heading ("Volunteer & Work Experience"). */
const PAID_WORK_WORDS = new Set(['work', 'employment', 'professional', 'career', 'job', 'jobs']);

/** The nouns a paid-work word may stand before in its side of a joined heading ("Work Experience", "Career History"). */
const WORK_RECORD_NOUNS = new Set(['experience', 'history', 'background', 'record', 'roles', 'positions']);

/**
 * True when a side of a joined heading names paid work: a heading that joins it with volunteering ("Volunteer & Work
 * Experience", "Volunteering / Experience", "Volunteering and Employment") or with projects ("Work Experience &
 * Projects", "Experience and Projects") holds the jobs. The heading's sides (between "&", "and", "/", "+" or a comma) are read apart: one
 * side names paid work when it is "Experience" alone, or holds a paid-work word not after "volunteer" ("Volunteer
 * Work" is volunteering) and before nothing but a record's noun ("Professional Affiliations" is no work).
 * "Experience" qualified ("Volunteer & Leadership Experience", "Volunteer Teaching Experience", "Other Experience &
 * Volunteering") names no paid work: those headings hold volunteering and other activities.
 */
function joinsPaidWork(text: string): boolean {
  const sides = foldKey(text)
    .split(/[&/+,]|\band\b/u)
    .map((side) => side.match(/\p{L}+/gu) ?? []);
  return sides.some(
    (side) =>
      (side.length === 1 && side[0] === 'experience') ||
      side.some(
        (word, index) =>
          PAID_WORK_WORDS.has(word) &&
          !['volunteer', 'volunteering'].includes(side[index - 1] ?? '') &&
          (index === side.length - 1 || WORK_RECORD_NOUNS.has(side[index + 1] as string)),
      ),
  );
}

/**
 * "Technical" alone over "Automation: PowerShell, Ansible" (the adjective of "Technical Skills" with its noun left
 * out), "Educational Details", "Scholastic Details", "Extra-Curricular Activities": short labels Indian and
 * Commonwealth résumés head sections with, whose words name no section by the vocabulary's heads.
 */
function loneLabelHeading(words: readonly string[]): SectionKind | null {
  const phrase = words.join(' ');
  if (/^(?:technical|technology|technologies)$/u.test(phrase)) return 'skills';
  if (/^(?:educational|scholastic|academic)\s+(?:details|profile|record|summary)$/u.test(phrase))
    return 'education';
  if (/^(?:extra|co)[-\s]?curricular(?:\s+activities)?$/u.test(phrase)) return 'other';
  return null;
}

/**
 * The kind of section a line set as a heading names (capitals, bold, a heading level, underlined)
 * when its words are one section word with at most one word the vocabulary does not know, and a
 * qualifier in brackets ("PERMANENT ROLES (before contracting)", "Contract History"): loudness
 * stands in for the vocabulary's certainty. Null when no one section word, or several kinds, are named.
 */
export function looseSectionKind(text: string): SectionKind | null {
  const bare = text.replace(/\([^)]*\)\s*$/u, '');
  const words = foldKey(bare)
    .replace(/[^\p{L}\s&'-]/gu, ' ')
    .split(/\s+/u)
    .filter((word) => word !== '' && !/^[-']*$/u.test(word));
  if (words.length === 0 || words.length > 4) return null;
  const kinds = new Set<SectionKind>();
  let unknown = 0;
  let plainHeads = 0;
  for (const word of words) {
    const rank = SECTION_RANK.get(word);
    const head = rank === undefined ? undefined : SECTION_HEADS[rank];
    if (head) kinds.add(head[0]);
    else if (!SECTION_MODIFIERS.has(word)) unknown += 1;
    if (head && !UNIT_LINE_HEADS.has(word)) plainHeads += 1;
  }
  if (kinds.size !== 1 || unknown > 1 || unknown === words.length) return null;
  // "ADVISORY BOARD MEMBER" is a title: a unit's word makes a loose heading only beside another section word.
  if (plainHeads === 0 && unknown > 0) return null;
  // "TEAM FORMATION" over a hiring bullet is no education heading: "Formation" is one alone, or beside
  // a word of its own language ("Formation académique", "FORMATION PROFESSIONNELLE").
  if (words.some((word) => ENGLISH_WORD_HEADS.has(word))) {
    const companion =
      words.length === 2 &&
      (words.some((word) => EUROPEAN_MODIFIERS.has(word)) || /(?![a-z])\p{L}/iu.test(bare));
    if (words.length > 1 && !companion) return null;
  }
  return sectionKind(words.filter((word) => SECTION_RANK.has(word)).join(' '));
}

/** The heads a German compound heading ends with ("Programmierkenntnisse", "Praxiserfahrung", "Fachkompetenzen"). */
const COMPOUND_TAILS = ['kenntnisse', 'erfahrung', 'erfahrungen', 'kompetenzen'];

/**
 * The rank of a German compound word's head ("IT-Kenntnisse", "EDV-Kenntnisse", "Programmierkenntnisse",
 * "Arbeitserfahrung"): one of COMPOUND_TAILS it ends with, after three characters or more.
 * A project's experience ("Projekterfahrung") lists projects, named by no compound.
 */
function compoundRank(word: string): number | undefined {
  // Only these heads: "end-of-studies" qualifies an internship, no studies.
  const head = COMPOUND_TAILS.find((end) => word.endsWith(end) && word.length >= end.length + 3);
  return head && !/^projekt/u.test(word) ? SECTION_RANK.get(head) : undefined;
}

/**
 * Headings written as a phrase of the first person ("Where I've Worked", "My Career So Far" once its closing
 * qualifier is gone, "Tools I Use Most", "What I Work With", "Things I'm good at"), given as lower-case words.
 */
function spokenHeading(words: string): SectionKind | null {
  if (
    /^(?:where|places|companies|teams|organi[sz]ations|employers)\s+i(?:'ve|\s+have)?\s+(?:worked|been\s+employed)(?:\s+(?:at|for|with|before))?$|^(?:jobs|roles|positions)\s+i(?:'ve|\s+have)?\s+(?:had|held)$/u.test(
      words,
    )
  )
    return 'experience';
  if (
    /^(?:things|what|tools|tech)\s+i(?:'m|\s+am)\s+good\s+(?:at|with)$/u.test(words) ||
    /^(?:(?:the|my)\s+)?(?:\p{L}+\s+)?(?:things|what|tools|tech|technologies|stack|software|languages(?:\s+(?:and|&)\s+tools)?)\s+(?:i|we)(?:'ve|\s+have)?\s+(?:use|used|know|love|like|prefer|enjoy|work\s+with|build\s+with|reach\s+for|rely\s+on|am\s+fluent\s+in)(?:\s+(?:most|daily|every\s*day|often|regularly|the\s+most|most\s+often|at\s+work))?$/u.test(
      words,
    )
  )
    return 'skills';
  return null;
}

/** Section head words that also qualify another head noun after them ("Academic Positions", "Research Grants"). */
const QUALIFIER_HEADS = new Set(['academic', 'research']);

/**
 * Head nouns that name their section whatever qualifies them ("Client Engagements", "Computational Skills",
 * "Visiting Positions", "Research Grants"): the last word of a heading in English.
 */
const HEAD_NOUNS: ReadonlyMap<string, SectionKind> = new Map([
  ...[
    'positions',
    'appointments',
    'engagements',
    'assignments',
    'roles',
    'jobs',
    'experience',
    'employment',
  ].map((word) => [word, 'experience'] as const),
  ...['skills', 'skillset', 'toolkit', 'toolbox', 'stack', 'competencies', 'proficiencies'].map(
    (word) => [word, 'skills'] as const,
  ),
  ...[
    'grants',
    'funding',
    'service',
    'interests',
    'awards',
    'honors',
    'honours',
    'supervision',
    'memberships',
  ].map((word) => [word, 'other'] as const),
]);

/**
 * The section a heading of two to four words names by its head noun (HEAD_NOUNS, last), when every word before it
 * is a qualifier the vocabulary knows or one word it does not, written with a capital ("Client Engagements",
 * "My Everyday Stack"), and no other section's head word, no "of" and no figure. A lower-case word or one ending as a verb's form
 * ("Managed engagements", "Building skills") makes the line prose, no heading.
 */
function qualifiedHead(words: readonly string[], text: string): SectionKind | null {
  // "Dates of Employment: 01/2015 - 03/2019": before "of" stands the head noun, and a heading holds no figures.
  if (words.length < 2 || words.length > 4 || words.includes('of') || /\d/u.test(text)) return null;
  const kind = HEAD_NOUNS.get(words[words.length - 1] as string);
  const written = text.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  if (!kind || written.length < words.length) return null;
  let unknown = 0;
  for (const [index, word] of words.slice(0, -1).entries()) {
    if (SECTION_MODIFIERS.has(word) || QUALIFIER_HEADS.has(word)) continue;
    if (SECTION_RANK.has(word) || !/^\p{Lu}/u.test(written[index] as string) || /(?:ed|ing)$/u.test(word))
      return null;
    unknown += 1;
  }
  return unknown <= 1 ? kind : null;
}

/**
 * Head words of sections that tell work done beside the positions (grants won, students supervised, service to a
 * field, volunteering, activities): the technologies named there are the person's, as a summary's are.
 */
const WORK_ASIDE_WORDS = new Set([
  ...ACADEMIC_ASIDES,
  'volunteer',
  'volunteering',
  'activities',
  'extracurricular',
  'leadership',
]);

/** True when a section's heading names work done beside the positions (see WORK_ASIDE_WORDS). */
export function namesWorkAside(heading: string): boolean {
  return (heading.toLowerCase().match(/\p{L}+/gu) ?? []).some((word) => WORK_ASIDE_WORDS.has(word));
}

/** What "Background" names the work history after ("Professional Background", "Work Background"). */
const BACKGROUND_OF_WORK = new Set(['professional', 'career', 'work', 'employment', 'industry']);

const EXPERIENCE_WORDS = new Set(['experience', 'experiences', 'employment', 'positions', 'work', 'career']);

const SPOKEN_SECTION_WORDS = new Set([
  'language',
  'languages',
  'skills',
  'spoken',
  'foreign',
  'human',
  'natural',
  'and',
  '&',
  'other',
  'personal',
]);

let sectionWords: Set<string> | undefined;

/** "workexperience" → ["work", "experience"], when the letters are section words one after the other. */
function segmentWords(letters: string): string[] | null {
  sectionWords ??= new Set([...SECTION_HEADS.flatMap(([, heads]) => heads), ...SECTION_MODIFIERS]);
  const known = sectionWords;
  // Fewest words covering all the letters (dynamic programming over the prefixes).
  const best: (string[] | null)[] = [[]];
  for (let end = 1; end <= letters.length; end++) {
    best[end] = null;
    for (let start = Math.max(0, end - 16); start < end; start++) {
      const before = best[start];
      const word = letters.slice(start, end);
      if (before && known.has(word) && (!best[end] || (best[end] as string[]).length > before.length + 1)) {
        best[end] = [...before, word];
      }
    }
  }
  return best[letters.length] ?? null;
}

/**
 * Role nouns that are a rank in themselves, written as an acronym: the C-level, the vice-presidents and
 * the engineer grades ("Co-founder, CEO", "Head of Engineering, CTO", "Developer, SDE II"). After a
 * title's comma such an acronym is a second title; a discipline's acronym ("SRE", "QA") is the unit.
 */
const RANK_ACRONYMS = new Set([
  'vp',
  'svp',
  'evp',
  'cto',
  'ceo',
  'cfo',
  'coo',
  'cio',
  'ciso',
  'cpo',
  'sdet',
  'sde',
  'swe',
]);

/** True when `text` is one of RANK_ACRONYMS, alone ("CTO", "VP"). */
export function isRankAcronym(text: string): boolean {
  return RANK_ACRONYMS.has(text.trim().toLowerCase());
}

/** Head nouns of job titles. */
const ROLE_NOUNS = new Set([
  'engineer',
  'developer',
  'programmer',
  'coder',
  'architect',
  'scientist',
  'researcher',
  'analyst',
  'manager',
  'director',
  'lead',
  'leader',
  'head',
  'chief',
  'officer',
  'president',
  ...RANK_ACRONYMS,
  'founder',
  'co-founder',
  'cofounder',
  'owner',
  'partner',
  'consultant',
  'advisor',
  'adviser',
  'specialist',
  'administrator',
  'admin',
  'sysadmin',
  'technician',
  'designer',
  'intern',
  // South Asian English for an intern (Pakistan, India, Sri Lanka): "Internee", "Software Internee".
  'internee',
  // Kenyan, Ghanaian and Zimbabwean English for a student on industrial attachment: "ICT Attachee".
  'attachee',
  'internship',
  'trainee',
  'apprentice',
  'assistant',
  'associate',
  'fellow',
  'postdoc',
  'professor',
  'lecturer',
  'instructor',
  'teacher',
  'tutor',
  // A university's part-time teaching posts: "Lab Demonstrator" (Ireland, the UK), "Grader", "Exam Proctor".
  'demonstrator',
  'grader',
  'proctor',
  'invigilator',
  'student',
  'contractor',
  'freelancer',
  'coordinator',
  'supervisor',
  'member',
  'tester',
  'sre',
  'evangelist',
  'advocate',
  'maintainer',
  'committer',
  'writer',
  'editor',
  'strategist',
  'executive',
  'representative',
  'mentor',
  'coach',
  'expert',
  'generalist',
  'hacker',
  'operator',
  'auditor',
  'statistician',
  'mathematician',
  'physicist',
  'economist',
  'librarian',
  'principal',
  'staff',
  'scrum',
  'master',
  'product',
  'devops',
  // "IT Helpdesk", "Helpdesk": the first-line support post, named after the desk.
  'helpdesk',
]);

/**
 * The jobs people held before software or beside it, in trades, care, retail, law, logistics and at sea ("Industrial
 * Electrician", "Store Clerk", "Package Handler", "Deckhand"): role nouns as ROLE_NOUNS's are. Words that name
 * software too ("Builder", "Server", "Agent", "Driver", "Installer") are left out.
 */
const TRADE_ROLE_NOUNS = new Set([
  'nurse',
  'midwife',
  'paramedic',
  'medic',
  'pharmacist',
  'therapist',
  'dentist',
  'hygienist',
  'surgeon',
  'veterinarian',
  'counsellor',
  'counselor',
  'caregiver',
  'carer',
  'accountant',
  'bookkeeper',
  'paralegal',
  'attorney',
  'lawyer',
  'solicitor',
  'barrister',
  'clerk',
  'secretary',
  'receptionist',
  'cashier',
  'teller',
  'salesperson',
  'merchandiser',
  'storekeeper',
  'handler',
  'courier',
  'dispatcher',
  'plumber',
  'welder',
  'carpenter',
  'machinist',
  'mechanic',
  'millwright',
  'fitter',
  'journeyman',
  'foreman',
  'lineman',
  'deckhand',
  'fisherman',
  'labourer',
  'laborer',
  'operative',
  'craftsman',
  'tradesman',
  'inspector',
  'surveyor',
  'draftsman',
  'draughtsman',
  'drafter',
  'estimator',
  'barista',
  'waiter',
  'waitress',
  'bartender',
  'cook',
  'housekeeper',
  'janitor',
  'custodian',
  'caretaker',
  'firefighter',
  'chauffeur',
  'steward',
  'stewardess',
  'sailor',
  'seaman',
  // A student's summer and side jobs ("Lifeguard and Swim Instructor", "Kitchen Dishwasher"); "Order Picker" is
  // PICKED_GOODS's.
  'lifeguard',
  'dishwasher',
  'stocker',
  'nanny',
  'babysitter',
  // A student's campus jobs ("Student Ambassador"); "Desk Attendant", "Lab Aide" are `tradeRole`'s, "Hall Monitor"
  // MONITORED_PLACES's.
  'ambassador',
]);

/**
 * Where a student's "monitor" watches, named before the noun ("Library Monitor", "Exam Monitor", "Hall
 * Monitor"): with no such word before it a monitor is a screen or a program ("Performance Monitor").
 */
const MONITORED_PLACES = new Set(
  'lab labs hall library playground lunchroom cafeteria dorm residence exam study'.split(' '),
);

/**
 * English role nouns by their ending: "-ician" (electrician, bioinformatician, clinician), "-ologist" (radiologist,
 * technologist), "-ographer" (radiographer, cartographer); every word so ending names a person's occupation.
 */
const ROLE_SUFFIX = /^\p{L}{2,}(?:ician|ologist|ographer)s?$/u;

/**
 * What a picker picks, named before the noun ("Order Picker", "Warehouse Picker", "Fruit Picker"): a "picker" with
 * no such word before it is a widget ("Color Picker", "Date Picker").
 */
const PICKED_GOODS = new Set(
  'order orders warehouse stock fruit apple grape berry strawberry cherry tea cotton crop farm parcel case pallet'.split(
    ' ',
  ),
);

/**
 * Who a "worker" or an "employee" is, named before the noun ("Student Worker", "Social Worker", "Student Employee"):
 * with no such word before it a worker is software ("Service Worker", "Cloudflare Workers").
 */
const WORKER_KINDS = new Set(
  'student social support care youth case community farm warehouse factory seasonal casual'.split(' '),
);

/**
 * What post a "personnel" holds, named before the noun ("National Service Personnel", "IT Personnel", "Admin
 * Personnel": Ghanaian, Nigerian and Philippine English): after any other word it is a staffing agency's name
 * ("Brightwell Personnel"), and alone it is a department.
 */
const PERSONNEL_KINDS = new Set(
  'service support it ict admin administrative security sales technical field maintenance'.split(' '),
);

/**
 * True when `word` (a title's head, lower case, after the word `before`) is a trade's role noun (see
 * TRADE_ROLE_NOUNS, ROLE_SUFFIX, MONITORED_PLACES, PICKED_GOODS, WORKER_KINDS, PERSONNEL_KINDS, an attendant or an
 * aide after a word).
 */
function tradeRole(word: string, before: string | undefined): boolean {
  if (word === 'monitor') return before !== undefined && MONITORED_PLACES.has(before);
  // "Desk Attendant", "Flight Attendant", "Lab Aide", "Teacher Aide": named by a word before them; alone, or after an
  // article or a preposition, they are French words ("En attendant", "Outils d'aide").
  if (word === 'attendant' || word === 'aide')
    return before !== undefined && before.length >= 3 && !NAME_JOINERS.has(before);
  if (word === 'picker') return before !== undefined && PICKED_GOODS.has(before);
  if (word === 'worker' || word === 'employee') return before !== undefined && WORKER_KINDS.has(before);
  if (word === 'personnel') return before !== undefined && PERSONNEL_KINDS.has(before);
  return TRADE_ROLE_NOUNS.has(word) || ROLE_SUFFIX.test(word);
}

/** Role nouns that open a title, the field following them ("Werkstudent Softwareentwicklung"). */
const HEAD_FIRST_ROLES = new Set([
  'werkstudent',
  'werkstudentin',
  'praktikant',
  'praktikantin',
  'trainee',
  'stagiair',
  'afstudeerstage',
  'afstudeerder',
  'auszubildender',
  'auszubildende',
]);

/**
 * Role nouns of the Romance languages, which open a title and name its field after it ("Ingeniero de
 * Software", "Développeur Full Stack", "Engenheiro de Dados", "Sviluppatore Backend").
 */
const ROMANCE_HEAD_ROLES = new Set([
  'ingeniero',
  'ingeniera',
  'desarrollador',
  'desarrolladora',
  'programador',
  'programadora',
  'arquitecto',
  'arquitecta',
  'engenheiro',
  'engenheira',
  'desenvolvedor',
  'desenvolvedora',
  'arquiteto',
  'arquiteta',
  'analista',
  'consultor',
  'consultora',
  'gerente',
  'jefe',
  'jefa',
  'ingénieur',
  'ingénieure',
  'développeur',
  'développeuse',
  'analyste',
  'programmeur',
  'programmeuse',
  'architecte',
  'chef',
  'responsable',
  'directeur',
  'directrice',
  'stagiaire',
  'pasante',
  'becario',
  'becaria',
  // A research grant's holder, as Italian, Portuguese and French CVs title the post ("Borsista di ricerca",
  // "Assegnista di ricerca", "Bolsista de iniciação científica", "Boursier de recherche").
  'borsista',
  'assegnista',
  'bolsista',
  'boursier',
  'boursière',
  'estagiário',
  'estagiária',
  'ingegnere',
  'sviluppatore',
  'sviluppatrice',
  'programmatore',
  'programmatrice',
  // Trainees, technicians and other roles that open a title the same way ("Practicante de Sistemas", "Apprentie
  // ingénieure", "Técnico de Soporte", "Tirocinante sviluppo").
  'practicante',
  'auxiliar',
  'asistente',
  // A university's teaching or lab assistant in Argentina, Uruguay and Spain ("Ayudante alumno", "Ayudante de cátedra").
  'ayudante',
  'técnico',
  'técnica',
  'tecnico',
  'tecnica',
  'coordinador',
  'coordinadora',
  'coordenador',
  'coordenadora',
  'administrador',
  'administradora',
  'investigador',
  'investigadora',
  'pesquisador',
  'pesquisadora',
  'diseñador',
  'diseñadora',
  'encargado',
  'encargada',
  'líder',
  'apprenti',
  'apprentie',
  'alternant',
  'alternante',
  'technicien',
  'technicienne',
  'administrateur',
  'administratrice',
  'coordinateur',
  'coordinatrice',
  'concepteur',
  'conceptrice',
  'testeur',
  'testeuse',
  'intégrateur',
  'intégratrice',
  'tirocinante',
  'stagista',
  'consulente',
  'ricercatore',
  'ricercatrice',
  'progettista',
  // The trades people come to software from, as they title them: nurses, teachers, accountants, physiotherapists,
  // pharmacists ("Enfermera", "Enfermeiro de UTI", "Infirmière", "Profesora de Matemáticas", "Comptable").
  'enfermero',
  'enfermera',
  'enfermeiro',
  'enfermeira',
  'infirmier',
  'infirmière',
  'infermiere',
  'infermiera',
  'profesor',
  'profesora',
  'professora',
  'professeur',
  'professeure',
  'contador',
  'contadora',
  'contable',
  'contabilista',
  'comptable',
  'fisioterapeuta',
  'farmacéutico',
  'farmacéutica',
  'farmacêutico',
  'farmacêutica',
  // Scientists and laboratory staff who came to software from the bench, as Spanish, Portuguese, Italian and French CVs
  // title them ("Químico Analista", "Bióloga Investigadora", "Geólogo de Exploración", "Chimiste"); the feminine
  // nouns that are also the names of their fields are ROMANCE_HEADS_NAMING_FIELDS's.
  'químico',
  'quimico',
  'bioquímico',
  'bioquimico',
  'biólogo',
  'bióloga',
  'biologo',
  'biologa',
  'físico',
  'geólogo',
  'geóloga',
  'geologo',
  'geologa',
  'laboratorista',
  'chimico',
  'fisico',
  'chimiste',
  'biologiste',
  'physicien',
  'physicienne',
  'géologue',
  // Shop, restaurant and summer jobs ("Employée polyvalente", "Empleado de tienda"; "Caixa de supermercado" is a till,
  // no role) whose bare spelling FOREIGN_HEAD_ROLES cannot hold ("employee" is an English word); the others
  // ("Vendeuse", "Équipier", "Camarero") are FOREIGN_HEAD_ROLES's.
  'employée',
  'empleado',
  'empleada',
]);

/**
 * Head nouns that are also English words or technologies ("Chef and Terraform automation", the misspelt
 * "Responsable for Chef and Puppet"): they open a title only with the preposition that names its field
 * ("Chef de projet", "Responsable d'équipe", "Responsable des systèmes").
 */
const ROMANCE_HEADS_WITH_FIELD = new Set(['chef', 'responsable']);

/**
 * Feminine role nouns spelt as the field they work in ("Química" is a chemist and chemistry, "Física" a physicist and
 * physics): they open a title only before another role noun ("Química Analista", "Química Farmacéutica"); alone, or
 * before a field's words ("Química Industrial"), they name the field.
 */
const ROMANCE_HEADS_NAMING_FIELDS = new Set([
  'química',
  'quimica',
  'bioquímica',
  'bioquimica',
  'física',
  'fisica',
  'chimica',
]);

/** The prepositions a Romance head noun names its field with ("d'équipe" splits into "d" and "équipe"). */
const ROMANCE_FIELD_PREPOSITIONS = new Set(['de', 'del', 'da', 'do', 'di', 'du', 'des', 'd']);

/** Levels written before a role in those languages and in English ("Senior", "Junior", "Lead"). */
const ROLE_LEVELS = new Set(['senior', 'junior', 'lead', 'principal', 'staff', 'jr', 'sr']);

/** Words that rank the role written after them: the levels, and a kitchen's or a board's ranks ("Executive Chef", "Head Chef", "Sous Chef"). */
const ROLE_RANKS = new Set([...ROLE_LEVELS, 'executive', 'head', 'sous']);

/** Whether `word` ranks the role after it rather than naming a role of its own ("Executive" in "Executive Chef"). */
export function ranksRole(word: string): boolean {
  return ROLE_RANKS.has(word.toLowerCase());
}

/**
 * German job titles are compounds whose last part is the role ("Softwareentwickler", "Teamleiterin",
 * "Cloud-Architekt", "Wirtschaftsinformatiker").
 */
const GERMAN_ROLE_ENDING =
  /(?:entwickler|ingenieur|berater|leiter|architekt|informatiker|administrator|programmierer|analyst|krankenpfleger|lehrer|buchhalter)(?:in)?$/u;

/** Dutch titles are compounds too ("Applicatieontwikkelaar", "Systeembeheerder", "Projectleider"), or one word ("Stagiair"). */
const DUTCH_ROLE_ENDING =
  /(?:ontwikkelaar|beheerder|adviseur|medewerker|projectleider|teamleider|ontwerper|analist|stagiair|programmeur)$/u;

/** Danish, Norwegian and Swedish titles are compounds too ("Softwareudvikler", "Systemutvikler", "Studentermedhjælper"). */
const NORDIC_ROLE_ENDING =
  /(?:udvikler|utvikler|utvecklare|ingeniør|ingenjör|konsulent|konsult|arkitekt|medhjælper|medarbejder|medarbetare|analytiker|tekniker|projektleder|projektledare|teamleder|prosjektleder|testare|rådgivare|examensarbetare)$/u;

/** Words a role noun may be followed by inside a title ("Engineer II", "Head of Platform"). */
const TITLE_TAIL = /^(?:i{1,3}|iv|v|vi|[1-6]|l\d|e\d|\d+)$/i;

/** Role nouns that are titles only as the head of a phrase (not "Product Roadmap", "Master's"). */
const WEAK_ROLE_NOUNS = new Set([
  'principal',
  'staff',
  'scrum',
  'master',
  'product',
  'devops',
  'lead',
  'head',
  'helpdesk',
]);

function titleWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s/-]/gu, ' ')
    .split(/[\s/]+/u)
    .filter((word) => word !== '');
}

/**
 * How much `text` reads as a job title: 2 when its last word (before a level such as "II") is a
 * role noun ("Senior Software Engineer", "Engineer II"), 1 when a role noun heads a phrase ("Head of
 * Engineering", "Engineer, Platform"), 0 otherwise. Long phrases are sentences, not titles.
 */
/** A title in a Romance language: a role noun, after any level, opens it and names its field after it. */
function romanceHead(words: readonly string[]): boolean {
  let first = 0;
  while (first < words.length - 1 && ROLE_LEVELS.has(words[first] as string)) first++;
  // "Analyste-programmeur": a compound of two roles opens with one.
  const opening = (words[first] as string).split('-')[0] as string;
  if (ROMANCE_HEADS_NAMING_FIELDS.has(opening) && words.length - first <= 5)
    return ROMANCE_HEAD_ROLES.has(words[first + 1] ?? '');
  return (
    ROMANCE_HEAD_ROLES.has(opening) &&
    words.length - first <= 5 &&
    (!ROMANCE_HEADS_WITH_FIELD.has(opening) || ROMANCE_FIELD_PREPOSITIONS.has(words[first + 1] ?? ''))
  );
}

/** "Developer", "Engineering Manager": a title naming an English role noun (not "Softwareentwickler"). */
export function namesEnglishRole(text: string): boolean {
  return titleWords(text).some((word) => ROLE_NOUNS.has(word));
}

/** "Senior Engineer" and "Engineering Manager" share no word; "Engineer (Senior Engineer)" does. */
export function sharesWord(one: string, other: string): boolean {
  const words = new Set(titleWords(one));
  return titleWords(other).some((word) => words.has(word));
}

/** A word without its accents and with "ł" as "l", as FOREIGN_HEAD_ROLES and FOREIGN_LEVELS spell their words. */
function bareWord(word: string): string {
  if (/^[a-z0-9-]*$/u.test(word)) return word;
  return placeKey(word).replace(/ł/gu, 'l').replace(/ı/gu, 'i');
}

/** Czech and Slovak role nouns, masculine and feminine, without accents (bareWord). */
const CZECH_SLOVAK_ROLES = [
  'programator',
  'programatorka',
  'vyvojar',
  'vyvojarka',
  'analytik',
  'analyticka',
  'konzultant',
  'konzultantka',
  'spravce',
  'vedouci',
  'veduci',
  'specialista',
  'specialistka',
  'stazista',
  'stazistka',
  'tester',
  'testerka',
  'reditel',
  'riaditel',
  'manazer',
  'manazerka',
  'administrator',
];

/**
 * Role nouns that open a title and name its field after them in languages the Romance list does not cover: Polish
 * ("Programista SAP ABAP", "Kierownik Projektu", "Specjalistka ds. IT"), Czech and Slovak ("Vývojář Java"),
 * Romanian ("Inginer Software", "Dezvoltator Full Stack"), and Romance nouns that are English words too
 * ("Director de Tecnología", "Operador de Sistemas"). Written without accents (bareWord).
 */
const FOREIGN_HEAD_ROLES = new Set([
  // Polish, masculine and feminine.
  'programista',
  'programistka',
  'inzynier',
  'inzynierka',
  'analityk',
  'analityczka',
  'kierownik',
  'kierowniczka',
  'architekt',
  'konsultant',
  'konsultantka',
  'tester',
  'testerka',
  'administrator',
  'administratorka',
  'specjalista',
  'specjalistka',
  'stazysta',
  'stazystka',
  'praktykant',
  'praktykantka',
  'projektant',
  'projektantka',
  'deweloper',
  'liderka',
  'dyrektor',
  'dyrektorka',
  'informatyk',
  'koordynator',
  'koordynatorka',
  'wdrozeniowiec',
  'pielegniarka',
  'pielegniarz',
  'nauczyciel',
  'nauczycielka',
  'ksiegowa',
  'ksiegowy',
  ...CZECH_SLOVAK_ROLES,
  // Romanian.
  'inginer',
  'dezvoltator',
  'dezvoltatoare',
  'analist',
  'arhitect',
  'stagiar',
  'tehnician',
  'coordonator',
  'sef',
  // Romance nouns beside those ROMANCE_HEAD_ROLES lists.
  'director',
  'directora',
  'diretor',
  'diretora',
  'operador',
  'operadora',
  'operatore',
  'gestor',
  'gestora',
  'especialista',
  'cientista',
  'cientifico',
  'cientifica',
  'estagiario',
  'estagiaria',
  'desarrollador',
  'docente',
  // Shop, restaurant, pool and holiday-camp jobs students and career changers hold, in French ("Vendeuse",
  // "Employé polyvalent", "Équipier", "Préparatrice en pharmacie"), Spanish ("Dependienta", "Camarero", "Cajera",
  // "Socorrista"), Portuguese ("Empregado de mesa", "Atendente", "Nadador-salvador") and Italian ("Cameriere",
  // "Commessa", "Bagnino", "Addetto alle vendite"). Not "employee" (an English word) nor "monitor".
  'vendeur',
  'vendeuse',
  'employe',
  'serveur',
  'serveuse',
  'caissier',
  'caissiere',
  'equipier',
  'equipiere',
  'animateur',
  'animatrice',
  'surveillant',
  'surveillante',
  'preparateur',
  'preparatrice',
  'cuisinier',
  'cuisiniere',
  'magasinier',
  'magasiniere',
  'manutentionnaire',
  'hotesse',
  'dependiente',
  'dependienta',
  'camarero',
  'camarera',
  'cajero',
  'cajera',
  'vendedor',
  'vendedora',
  'repartidor',
  'repartidora',
  'socorrista',
  'recepcionista',
  'rececionista',
  'mesero',
  'mesera',
  'cocinero',
  'cocinera',
  'reponedor',
  'reponedora',
  'teleoperador',
  'teleoperadora',
  'empregado',
  'empregada',
  'atendente',
  'cozinheiro',
  'cozinheira',
  'repositor',
  'repositora',
  'nadador',
  'nadadora',
  'cameriere',
  'cameriera',
  'commesso',
  'commessa',
  'cassiere',
  'cassiera',
  'bagnino',
  'bagnina',
  'animatore',
  'addetto',
  'addetta',
  'magazziniere',
  'cuoco',
  'cuoca',
]);

/**
 * Seniority words written before or after a role in those languages ("Starszy Programista", "Młodsza Analityczka",
 * "Główny Specjalista", "Analista Pleno", "Kıdemli Yazılım Mühendisi", "Starší vývojář").
 */
const FOREIGN_LEVELS = new Set([
  ...ROLE_LEVELS,
  'starszy',
  'starsza',
  'mlodszy',
  'mlodsza',
  'glowny',
  'glowna',
  'samodzielny',
  'samodzielna',
  'wiodacy',
  'wiodaca',
  'starsi',
  'mladsi',
  'hlavni',
  'kidemli',
  'pleno',
  'semi-senior',
  'ssr',
]);

/**
 * Turkish and Hungarian titles end with the role, often with the possessive ending that ties it to its field
 * ("Yazılım Mühendisi", "Kıdemli Yazılım Geliştirici", "Veri Analisti", "Szoftverfejlesztő", "Rendszermérnök").
 * Matched on bareWord's spelling.
 */
const HEAD_LAST_ROLE_ENDING =
  /(?:muhendis|muhendisi|gelistirici|gelistiricisi|uzmani|analisti|yoneticisi|mudur|muduru|stajyer|stajyeri|danisman|danismani|mimari|programci|programcisi|teknisyen|teknisyeni|tasarimcisi|sorumlusu|lideri|direktoru|koordinatoru|fejleszto|mernok|programozo|elemzo|tanacsado|vezeto|rendszergazda|gyakornok|tesztelo|uzemelteto)$/u;

/**
 * German compound titles the German ending list leaves out ("Datenwissenschaftler", "IT-Spezialist",
 * "Systemtechniker"). Not "-manager" or "-designer": English compounds end so too ("Alertmanager").
 */
const MORE_GERMAN_ROLE_ENDING =
  /.(?:wissenschaftler|spezialist|experte|techniker|referent|koordinator|betreuer|mitarbeiter)(?:in)?$/u;

/**
 * A German student's and career changer's jobs, alone or closing a compound ("Aushilfe", "Verkaufsaushilfe",
 * "Verkäuferin", "Kellnerin", "Kassiererin", "Servicekraft", "Rettungsschwimmer", "Lagerhelfer", "Erzieherin").
 * Not "Kellner", "Schwimmer" or "Helfer" alone: surnames. Matched on bareWord's spelling.
 */
const GERMAN_JOB_ENDING =
  /(?:aushilfe|aushilfskraft|servicekraft|kassenkraft|verkaufer(?:in)?|kellnerin|kassierer(?:in)?|rettungsschwimmer(?:in)?|bademeister(?:in)?|lagerist(?:in)?|.helfer(?:in)?|zusteller(?:in)?|kommissionierer(?:in)?|erzieher(?:in)?)$/u;

/**
 * "Studentische Hilfskraft", "Wissenschaftliche Hilfskraft", "Duale Studentin": a university's student assistant and a
 * dual-study student, the adjective making the noun a post. Matched on bareWord's spelling.
 */
const GERMAN_STUDENT_POST =
  /^(?:(?:studentisch|wissenschaftlich)(?:e|er)?\s+hilfskraft|dual(?:e|er)?\s+student(?:in)?)$/u;

/**
 * "Wissenschaftliche Mitarbeiterin", "Studentischer Mitarbeiter", "Freie Mitarbeiterin": the German staff noun after
 * the adjective that makes it a post (research, student, technical, freelance staff). Alone, "Mitarbeiter" is any
 * employee. Matched on bareWord's spelling.
 */
const GERMAN_STAFF_POST =
  /^(?:wissenschaftlich|studentisch|technisch|frei|freiberuflich|kaufmannisch)(?:e|er|es)?$/u;

/** Words that name what a co-op student worked on ("Firmware Co-op", "QA Co-op"), beside FIELD_WORDS_LIST's. */
const COOP_FIELDS = new Set([
  'firmware',
  'hardware',
  'embedded',
  'it',
  'qa',
  'test',
  'web',
  'research',
  'product',
  'student',
]);

/**
 * "Engineering Co-op", "Software Developer Co-op", "Firmware Co-op": a co-operative education student's title, a
 * field or a role before "Co-op". A name before it ("Midcounties Co-op", "Central Co-op") is a cooperative society.
 */
function coopTitle(words: readonly string[]): boolean {
  const last = words[words.length - 1] as string;
  if (words.length < 2 || words.length > 4 || (last !== 'co-op' && last !== 'coop')) return false;
  const before = words[words.length - 2] as string;
  return FIELD_WORDS_LIST.includes(before) || COOP_FIELDS.has(before) || ROLE_NOUNS.has(before);
}

/**
 * The Czech and Slovak role nouns that close a title after the technology it is in ("PHP vývojárka"): all of them
 * but the ones other languages spell alike for what is no role (German "Analytik", a field or a lab; Italian
 * "specialista", a specialist's practice), which a name or a field may end with ("Instrumentelle Analytik").
 */
const SLAVIC_HEAD_LAST = new Set(
  CZECH_SLOVAK_ROLES.filter((word) => word !== 'analytik' && word !== 'specialista'),
);

/**
 * 2 when `words` (titleWords) are a title in a language ROLE_NOUNS and the Romance, German, Dutch and Nordic lists do
 * not cover: a head noun of FOREIGN_HEAD_ROLES after any level, opening at most five words; a Turkish or Hungarian
 * head at the end; a German compound ending in a role. 0 otherwise.
 */
function foreignTitleScore(words: readonly string[]): number {
  // Each word made bare once, and only the words looked at: the opening ones and the closing ones.
  const bare: string[] = [];
  const at = (index: number) => {
    bare[index] ??= bareWord(words[index] as string);
    return bare[index] as string;
  };
  let first = 0;
  while (first < words.length - 1 && FOREIGN_LEVELS.has(at(first))) first++;
  if (FOREIGN_HEAD_ROLES.has(at(first).split('-')[0] as string) && words.length - first <= 5) return 2;
  let last = words.length - 1;
  while (last > 0 && FOREIGN_LEVELS.has(at(last))) last--;
  if (last > 3) return 0;
  const head = at(last);
  if (HEAD_LAST_ROLE_ENDING.test(head) || MORE_GERMAN_ROLE_ENDING.test(head) || GERMAN_JOB_ENDING.test(head))
    return 2;
  if (last === 1 && GERMAN_STUDENT_POST.test(`${at(0)} ${head}`)) return 2;
  if (last === 1 && /^mitarbeiter(?:in)?$/u.test(head) && GERMAN_STAFF_POST.test(at(0))) return 2;
  // "Projektový manažer", "Systémový administrátor": a Czech adjective before the role.
  if (last === 1 && FOREIGN_HEAD_ROLES.has(head) && /(?:ovy|ova|ni)$/u.test(at(0))) return 2;
  // "PHP vývojárka", "Senior .NET programátor", "Junior Go vývojář": Czech and Slovak set the technology, and any
  // level, before the role. Any one to three words before a role noun of SLAVIC_HEAD_LAST are taken, whatever they
  // are; only those nouns count so (not "director" or "operador" closing a name).
  if (last >= 1 && SLAVIC_HEAD_LAST.has(head)) return 2;
  return 0;
}

export function titleScore(text: string): number {
  const words = titleWords(text);
  if (words.length === 0 || words.length > 8) return 0;
  let last = words.length - 1;
  while (last > 0 && TITLE_TAIL.test(words[last] as string)) last--;
  const head = words[last] as string;
  if (
    (ROLE_NOUNS.has(head) || tradeRole(head, words[last - 1])) &&
    !(WEAK_ROLE_NOUNS.has(head) && last === 0 && words.length === 1)
  ) {
    if (head === 'master' && words[last - 1] !== 'scrum') return 0;
    // "Azure DevOps" names no role; "Ingénieure DevOps" opens with one.
    if (head === 'product' || head === 'devops') return romanceHead(words) ? 2 : 0;
    return 2;
  }
  if (
    (GERMAN_ROLE_ENDING.test(head) || NORDIC_ROLE_ENDING.test(head) || DUTCH_ROLE_ENDING.test(head)) &&
    words.length <= 5
  )
    return 2;
  if (romanceHead(words)) return 2;
  if (foreignTitleScore(words) > 0) return 2;
  if (coopTitle(words)) return 2;
  // "Werkstudent Softwareentwicklung", "Working Student Data Engineering", "Praktikant IT": German
  // titles put the role first and the field after it.
  if (
    words.length <= 4 &&
    (HEAD_FIRST_ROLES.has(words[0] as string) || /^working student\b/u.test(words.join(' ')))
  ) {
    return 2;
  }
  const ofIndex = words.indexOf('of');
  const before = ofIndex > 0 ? words[ofIndex - 1] : undefined;
  if (
    before &&
    ROLE_NOUNS.has(before) &&
    (!WEAK_ROLE_NOUNS.has(before) || before === 'head' || before === 'lead')
  ) {
    return 1;
  }
  return roleInField(text) ? 1 : 0;
}

/**
 * "Software Engineer in Test", "Lecturer in Computer Science": a role, "in", then what it is in, capitalised. The
 * role ends on a non-blank so that it and the blanks before "in" never share a run of spaces (linear on a long line).
 */
const ROLE_IN = /^(\S(?:.*?\S)?)\s+in\s+(\p{Lu}[\p{L}&-]*(?:\s+\p{Lu}[\p{L}&-]*){0,2}(?:\s+\d{1,2})?)$/u;

/**
 * What a role is held in besides a field of study: "Engineer in Test", "Physician in Training", "Surgeon in
 * Residence", "Officer in Charge".
 */
const ROLE_FIELD_TAILS = new Set(['test', 'testing', 'training', 'residence', 'charge']);

/** A field of study's word by its ending ("Geology", "Geography", "Linguistics", "Chemistry", "Astronomy"). */
const SCHOLARLY_ENDING = /\p{L}{2}(?:ology|ography|ics|istry|onomy|sophy)$/iu;

/**
 * A role noun heading a phrase before "in" and a field in capitals, every word of it a field's: the field the role
 * is held in, a title. Only a field: "Software Engineer in Berlin" says where, "Software Engineer in Infosys" and
 * "Teacher in Lagos State" name the employer or its place (a way to write "title at employer"); a student's field is
 * the degree's.
 */
function roleInField(text: string): boolean {
  const match = ROLE_IN.exec(text.trim());
  if (!match) return false;
  const role = titleWords(match[1] as string);
  const head = role[role.length - 1] as string;
  const field = match[2] as string;
  const words = field.split(/\s+/u);
  // A level after the field ("Engineer in Test II", "Engineer in Test 2") is the title's, as after a role noun.
  while (words.length > 1 && TITLE_TAIL.test(words[words.length - 1] as string)) words.pop();
  return (
    ROLE_NOUNS.has(head) &&
    !WEAK_ROLE_NOUNS.has(head) &&
    head !== 'student' &&
    words.every((word) => {
      const key = word.toLowerCase();
      return FIELD_WORDS.has(key) || ROLE_FIELD_TAILS.has(key) || SCHOLARLY_ENDING.test(word);
    }) &&
    !knownPlace(field) &&
    !isLocation(field)
  );
}

/** Nouns that say a name is an organisation's (legal forms are `looseCompanyKey`'s, in lookup-key.ts). */
const ORGANISATION_WORDS = new Set([
  'labs',
  'lab',
  'laboratory',
  'laboratories',
  'technologies',
  'technology',
  'systems',
  'solutions',
  'software',
  'group',
  'holdings',
  'bank',
  'consulting',
  'partners',
  'ventures',
  'capital',
  'studios',
  'studio',
  'networks',
  'media',
  'games',
  'interactive',
  'analytics',
  'research',
  'institute',
  'university',
  'agency',
  // Public bodies ("Australian Bureau of Statistics", "Ministry of Finance").
  'bureau',
  'ministry',
  'authority',
  'council',
  'government',
  'foundation',
  'international',
  'services',
  'industries',
  'enterprises',
  'digital',
  'ai',
  'cloud',
  'health',
  'motors',
  'electronics',
  'pharmaceuticals',
  'energy',
  'financial',
  'insurance',
  // The public bodies, banks and companies of French, Spanish, Portuguese and Italian résumés, named in sentence case
  // ("Agence nationale de …", "Caisse des dépôts", "Banca d'Italia").
  'agence',
  'agencia',
  'agência',
  'agenzia',
  'ministère',
  'ministerio',
  'ministério',
  'ministero',
  'autorité',
  'autoridad',
  'autoridade',
  'autorità',
  'caisse',
  'caja',
  'caixa',
  'banque',
  'banco',
  'banca',
  'société',
  'sociedad',
  'sociedade',
  'società',
  'fondation',
  'fundación',
  'fundação',
  'fondazione',
  'ufficio',
  'oficina',
]);

/**
 * "Agence nationale de la sécurité des systèmes d'information", "Istituto nazionale di statistica": a name written in
 * sentence case, as French, Spanish, Portuguese and Italian write public bodies, opening with an organisation's or a
 * school's word.
 */
export function sentenceCasedBody(text: string): boolean {
  const first = /^\p{Lu}[\p{L}-]*/u.exec(text.trim())?.[0];
  return first !== undefined && (ORGANISATION_WORDS.has(first.toLowerCase()) || isInstitution(first));
}

export function organisationScore(text: string): number {
  const words = text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .split(/\s+/u)
    .filter((word) => word !== '');
  if (words.some((word) => ORGANISATION_WORDS.has(word))) return 1;
  if (placesDepartment(text)) return 1;
  // "Department of Home Affairs", "Department for Education": a government department is an employer;
  // a company's department names its unit ("Finance Department", "the department of the CTO").
  // Weaker evidence than an organisation word: "Department of Physics, Stanford University" is a unit.
  // "U.S. Department of Energy", "UK Department for Transport": the country's initials may lead it.
  return /^(?:(?:\p{Lu}\.){2,3}\s+|\p{Lu}{2,3}\s+)?Department\s+(?:of|for)\s+(?:the\s+)?\p{Lu}/u.test(
    text.trim(),
  )
    ? 0.5
    : 0;
}

/**
 * "Guam Department of Education", "Texas Department of Transportation", "Ontario Department of Health": a place's
 * name before "Department of" makes the department that place's government, an employer, not a unit of the
 * organisation beside it ("Department of Physics, Stanford University").
 */
export function placesDepartment(text: string): boolean {
  const place =
    /^(\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+)?)\s+Department\s+(?:of|for)\s+(?:the\s+)?\p{Lu}/u.exec(
      text.trim(),
    )?.[1];
  return place !== undefined && (knownPlace(place) || isRegion(place) || isCountry(place));
}

/**
 * The head nouns of public bodies and non-profits that `ORGANISATION_WORDS` leaves out because they also name a
 * product or a unit elsewhere ("Office" in "Microsoft Office", "Board" in "board games"): as the head of a name standing
 * where an employer stands ("Kiribati National Statistics Office", "Mercy Regional Hospital", "Westfield School
 * District", "Public Service Commission") they name an organisation.
 */
const PUBLIC_BODY_HEAD =
  /(?<![\p{L}\p{N}])(?:office|hospital|clinic|board|commission|district|directorate|secretariat|tribunal|court|police|ngo|trust|society|association|charity|red\s+cross|red\s+crescent)$/iu;

/** A name that ends with the head noun of a public body or a non-profit, or that `organisationScore` knows. */
export function organisationName(name: string): boolean {
  const text = name.trim();
  return organisationScore(text) > 0 || PUBLIC_BODY_HEAD.test(text) || INSTITUTION.test(text);
}

/**
 * Schools, in the languages résumés commonly name them (whole words, accents included: "École",
 * "Lycée", "Universität", "Universidad", "Politecnico", "Akademia", "Sveučilište", "Yliopisto",
 * "Üniversitesi", "Universitatea", Malay's "Universiti", Indonesian's "Universitas", Hungarian's "Tudományegyetem" and
 * "Főiskola", Estonian's "Ülikool", Czech's "Vysoké učení technické", "Vysoká škola" and "Fakulta").
 */
const INSTITUTION =
  /(?<![\p{L}\p{N}])(?:universit(?:y|ies|ät|ä|é|e|à|eit|et|etet|at|atea|etas|āte|ario|aria|i|as)|[üu]niversitesi|universidad(?:e)?|uniwersytet|univerzit(?:a|et)|sveu[čc]ili[šs]te|yliopisto|(?:ammatti)?korkeakoulu|akademia|politehnica|szko[łl]a\s+g[łl][óo]wna|(?:tudom[áa]ny)?egyetem|f[őo]iskola|(?:tehnika)?[üu]likool|vysok[éá]\s+u[čc]en[íi]\s+technick[éá]|vysok[áa]\s+[šs]kola|fakulta|kolegija|augstskola|college|colegio|institute|institut|instituto|istituto|school|schule|academy|akademie|academia|polytechnic|politecnico|polytechnique|polit[eé]cnica|politechnika|hochschule|fachhochschule|h[oö]gskolan?|h[øo][gy]skolen?|erhvervsakademi|professionsh[øo]jskole|hogeschool|conservatory|conservatoire|seminary|[eé]cole|escola|escuela|faculty|faculdade|facultad|lyc[eé]e|liceo|liceum|lyceum|lisesi|lukio|gymnasiet|gymnasieskola(?:n)?|politeknik|sekolah|gymnasium|gymn[aá]zium|gimn[aá]zium|gimnazjum|gimnazija|technion|iit|iiit|epfl|eth)(?![\p{L}\p{N}])/iu;

/**
 * German-speaking universities named by the short form of their kind before their city ("TU Wien", "TH Köln", "FH
 * Aachen", "HTW Berlin"), and the Netherlands' vocational colleges by theirs before their region ("ROC Midden
 * Nederland", "ROC van Twente"): capitals, so that the Spanish "tu" names none; after FH, HTW or HAW the name may be
 * set in capitals as the school writes it ("FH JOANNEUM", "FH ST. PÖLTEN"), never after TU, which a line in capitals
 * writes in Spanish ("TU EMPRESA", "ACERCA DE TU PERFIL"). Spain's secondary and vocational schools by theirs before
 * their patron's name ("IES Francisco de Goya", "CIFP Juan de Herrera"), where the vocational cycles are taught.
 */
const SHORT_INSTITUTION =
  /(?<![\p{L}\p{N}])(?:(?:TU|TH|ROC(?:\s+(?:van|de))?|IES|CIFP)\s+\p{Lu}\p{Ll}|(?:FH|HTW|HAW)\s+\p{Lu}(?:\p{Ll}|\p{Lu}{3}|T\.\s+\p{Lu}))/u;

export function isInstitution(text: string): boolean {
  return INSTITUTION.test(text) || SHORT_INSTITUTION.test(text);
}

/**
 * The events of studies a résumé tells at a school ("Entered Hokuto University", "Enrolled in …", "Admitted to
 * …", "Matriculated at …", "Started at …"; "Graduated from …", "Completed studies at …", "Finished at …"), as
 * Japanese-style résumés and event histories list them: each matches the verb and its preposition at the start
 * of a text, what follows is the school.
 */
export const STUDY_STARTED =
  /^(?:entered|enrolled\s+(?:in|at)|admitted\s+(?:to|into)|matriculated\s+(?:at|into|in)|started\s+(?:studies\s+)?at)\s+/iu;
export const STUDY_ENDED = /^(?:graduated|completed|finished)(?:\s+studies)?(?:\s+(?:from|at))?\s+/iu;

/** Words that name fields of study ("Computer Science", "Electrical Engineering"), never a school's own name. */
export const FIELD_WORDS_LIST: readonly string[] =
  'technology science sciences computer computing informatics engineering physics mathematics math maths statistics chemistry biology economics business administration electrical electronic electronics mechanical civil software information systems data applied finance management psychology philosophy history arts design communication communications telecommunications industrial chemical aerospace materials bioinformatics cognitive linguistics law medicine accounting marketing operations robotics artificial intelligence machine learning and &'.split(
    ' ',
  );
const FIELD_WORDS = new Set(FIELD_WORDS_LIST);

/**
 * Fields of study and work in Spanish, Portuguese, French, Polish and Swedish that the field endings of header-parts.ts
 * miss ("Ingeniero en Sistemas", "Técnico en Redes", "Analista em Dados", "Maestro en Ciencias", "Suporte em TI":
 * "tecnologia da informação").
 */
export const FOREIGN_FIELD_WORDS: ReadonlySet<string> = new Set(
  'sistemas sistema redes datos dados ciencias ciências ciencia ciência finanzas finanças desarrollo desenvolvimento développement software hardware negocios negócios sistemy danych oprogramowania systemutveckling mjukvara derecho direito medicina salud saúde marketing ventas vendas recursos humanos calidad qualidade pruebas testes seguros banca proyectos projetos ti'.split(
    ' ',
  ),
);

/** A field of study's word, capitalised as a degree's name writes it ("Information", "Science"). */
const FIELD_WORD = `(?:${FIELD_WORDS_LIST.filter((word) => /^\p{L}/u.test(word))
  .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
  .join('|')})(?![\\p{L}])`;

/**
 * A field named with no "in" closes with the head noun of a compound field ("Bachelor of Information Technology
 * Engineering", "Master of Computer Science Engineering"): the head noun is part of the degree's name.
 */
const COMPOUND_FIELD_HEAD = String.raw`(?:\s+(?:Engineering|Technology|Management)(?![\p{L}]))?`;

/**
 * What a spelled-out degree is "of" ("Bachelor of", "Master of"): fields joined by "and" ("Information Science and
 * Technology", "Computer Science and Engineering"), a degree named by a compound field, read whole; else a subject
 * of its own ("Science", "Computer Science", "Business Administration"), so that the field written after it is the
 * area ("Master of Science Software Engineering"); else, last, a run of a field's words read whole ("Software
 * Engineering", "Computer Engineering"). "Science in Physics" stops at "in": the field after it is the area.
 */
const DEGREE_OF =
  `(?:${FIELD_WORD}(?:\\s+${FIELD_WORD})*\\s+(?:and|&)\\s+${FIELD_WORD}(?:\\s+${FIELD_WORD})*|` +
  'Science in Engineering|Arts in Teaching|Science in Teaching|Engineering Science|Applied Science|\\p{Lu}{2,4}(?![\\p{L}])|' +
  `(?:Engineering Technology|Engineering Management|Science|Arts|Engineering|Technology|Business Administration|Computer Applications|Computer Science|Information Technology|Information Systems|Data Science|Fine Arts|Laws|Philosophy|Education|Mathematics|Commerce|Computing|Design|Architecture|Music|Public Administration|Public Health|Medicine)${COMPOUND_FIELD_HEAD}|` +
  `${FIELD_WORD}(?:\\s+${FIELD_WORD}){0,3})`;

/**
 * Degrees: abbreviations with or without dots, the spelled-out English forms (with "degree" when the
 * document says it), and the national degrees of European CVs (Diplôme d'ingénieur, Diplom,
 * Civilingenjör, Laurea, Licenciatura, Specialist degree, Engineer's degree).
 */
/** "(Hons)", "(Honours)", " Honours" after a bachelor's abbreviation. */
const HONOURS = String.raw`(?:\s?\((?:Hons?|Honours|Honors)\.?\)|\s(?:Hons\.?|Honours|Honors)(?![\p{L}]))?`;

/** A field's words and then honours in brackets, after a degree ("… Computer Science (Hons)"). */
const HONOURS_AFTER_FIELD = new RegExp(
  String.raw`^(?:\s+${FIELD_WORD}){1,3}\s?(\((?:Hons?|Honours|Honors)\.?\))`,
  'u',
);

/**
 * Degrees of the Romance languages named in two words before their field: Spain's "Ingeniero Técnico en …" and
 * "Ingeniero Superior en …", Romania's "Licențiat în …", "Inginer licențiat în …".
 */
const TWO_WORD_ROMANCE_DEGREE = String.raw`Ingenier[oa]\s+(?:T[ée]cnic[oa]|Superior)(?:\s+Industrial)?|(?:Inginer\s+)?[Ll]icen[țţt]iat(?:[ăa])?`;

/**
 * The bachelor's and master's of Russian, Ukrainian and Czech CVs written out ("Bakalavr", "Magistr", "Bakalář"),
 * Lithuania's "Bakalauras" and "Magistras", Estonia's "Bakalaureusekraad" and "Magistrikraad", Latvia's "Bakalaura
 * grāds", Sweden's "Högskoleingenjör" and France's "Mastère spécialisé". The Nordic degrees by their own names: Sweden's
 * "Kandidatexamen", "Teknologie masterexamen", "Högskoleexamen", "Yrkeshögskoleexamen", "Civilingenjörsexamen";
 * Norway's "Bachelorgrad" and "Mastergrad"; Denmark's "Datamatiker", "Professionsbachelor" and "Diplomingeniør";
 * Finland's universities of applied sciences' "Insinööri (AMK)", "Tradenomi (AMK)". Indonesia's three-year "Ahli Madya
 * (A.Md.)"; Nigeria's "OND" and Spain's "CFGS" / "CFGM" before their field; India's postgraduate diplomas ("PGDCA",
 * "PGDM") and "B.Voc"; the UK's "HNC" and "Foundation Degree"; the Maghreb's "Ingénieur d'État"; Québec's and
 * France's "Maîtrise en …".
 */
const MORE_NATIONAL_DEGREES = String.raw`Bakalavr|Magistr|Bakal[aá][řr]|Bakalauras|Magistras|(?:Bakalaureuse|Magistri)kraad|Bakalaura\s+gr[āa]ds|Ma[ģg]istra\s+gr[āa]ds|H[öo]gskoleingenj[öo]r(?:sexamen)?|Mast[èe]re(?:\s+[Ss]p[ée]cialis[ée])?|(?:[Tt]eknologie\s+|[Ff]ilosofie\s+)?(?:[Kk]andidat|[Mm]aster|[Mm]agister)examen|(?:[Yy]rkes)?[Hh][öo]gskoleexamen|[Cc]ivilingenj[öo]rsexamen|Bachelorgrad|Mastergrad|Datamatiker|Professionsbachelor|Diplomingeni[øo]r|(?:Insin[öo][öo]ri|Tradenomi|Medianomi)\s+\((?:ylempi\s+)?AMK\)|Ahli\s+Madya(?:\s+\(A\.\s?Md\.?\))?|A\.\s?Md\.|OND(?=\s+(?:in\s+)?\p{Lu})|CFG[SM](?=\s+(?:en\s+|de\s+)?\p{Lu})|PGD(?:CA|M|BA|IT)|B\.?\s?Voc\.?|HNC|Foundation\s+[Dd]egree|Ing[ée]nieur\s+d['’]\s?[ÉE]tat|Ma[îi]trise(?=\s+(?:en|ès)\s+\p{L})`;

/**
 * Poland's professional titles, which are its degrees: "magister inżynier" (an engineering master's) is one title,
 * kept whole, as are "inżynier", "magister" and "licencjat".
 */
const POLISH_DEGREE = String.raw`(?:[Mm]agister(?:\s+[Ii]n[żz]ynier)?|[Ii]n[żz]ynier|[Ll]icencjat)`;

/** Central European degrees, always written with their period ("Ing.", "Bc.", "Mgr."). */
const DOTTED_DEGREE = String.raw`(?:Ing|Bc|BcA|Mgr|MgA|RNDr|PhDr|Mag)\.`;
const DOTTED_DEGREE_WHOLE = new RegExp(`^${DOTTED_DEGREE}$`, 'u');

/** A month's name, which a field's name runs up to, never into ("Diploma of Website Development November 2021"). */
const MONTH_WORD = String.raw`(?:${CAPITALISED_MONTH_WORD})(?![\p{L}])`;

/**
 * The first word of a field of study in Indonesian and Malay ("Teknik Informatika", "Ilmu Komputer", "Sistem
 * Informasi"): what follows a level code ("S1", "D3") that names a degree, so that "S3 bucket" names none.
 */
const INDONESIAN_FIELD_HEAD = String.raw`(?:Teknik|Teknologi|Ilmu|Sistem|Informatika|Manajemen|Matematika|Fisika|Kimia|Biologi|Statistika|Akuntansi|Ekonomi|Pendidikan|Desain|Hukum|Kedokteran|Farmasi|Psikologi|Sains|Komunikasi|Bisnis|Administrasi|Arsitektur|Komputer|Rekayasa|Sastra|Keperawatan|Agribisnis|Perencanaan)(?![\p{L}])`;

export const DEGREE = new RegExp(
  String.raw`(?<![\p{L}])(?:` +
    [
      // "Bachelor thesis on …" names a thesis, not a degree.
      // "Bachelor of Engineering (Honours)", "Bachelor of Engineering with Honours": the honours degree is the degree.
      // "Integrated Master's", "Joint Master", "Double Bachelor": the kind of programme is part of the degree's name.
      String.raw`(?:(?:Integrated|Joint|Double|Dual)\s+)?(?:Bachelor|Master|Doctor)(?:['’]?s)?(?:\s+of\s+${DEGREE_OF}(?:\s+\((?:Hons?|Honours|Honors)\.?\)|\s+with\s+Hono(?:u)?rs)?)?(?:\s+[Dd]egree)?(?![\p{L}])(?!\s+(?:thesis|dissertation)\b)`,
      // Bachelor's degrees named in their own language before their field ("Bacharelado em Ciência da
      // Computação", Québec's "Baccalauréat en génie logiciel", Spain's "Grado en Ingeniería Informática",
      // Latin America's five-year "Ingeniería en Sistemas"), or before a comma and the field ("Bacharelado, Ciência da
      // Computação"). "Ingeniero, Telefónica", "Licenciado, Banco Santander" name a person's title before an
      // employer: the words that are a person's title too take only the first form.
      // Costa Rica's "Bachillerato en …", Peru's "Bachiller en …", Latin America's "Especialización en …" and Chile's
      // "Ingeniería Civil en …" too.
      // Brazil's "Bacharel em …" (the graduate's title, written as the degree), Catalan's "Grau en …", the
      // postgraduate "Pós-graduação em …" / "Posgrado en …", "Magíster en …", Brazil's "Tecnólogo em …", the doctorates
      // "Doutorado em …", "Doctorado en …", "Dottorato di ricerca in …" too.
      // Spain's official master's, "Máster Universitario en …" ("Máster Oficial en …", Catalan "Màster Universitari
      // en …"): the kind is part of its name.
      String.raw`(?!(?:Ingenier[oa]|Licenciad[oa]|Mestre|Tecn[óo]log[oa]|Grau|Bacharela?),)(?:Bacharelado|Bacharela?|Bachiller|Baccalaur[ée]at|Bachillerato|Grado|Grau|Ingenier[íi]a(?:\s+Civil)?|Ingenier[oa](?:\s+Civil)?|Licenciad[oa]|M[àáa]ster(?:\s+(?:[Uu]niversitari[oa]?|[Oo]ficial))?|Mag[íi]ster|Mestre|T[ée]cnico\s+Superior|Tecn[óo]log[oa]|Especializaci[óo]n|Especializa[çc][ãa]o|P[óo]s[-\s]?[Gg]radua[çc][ãa]o|Pos(?:t)?grado|Diplomado|Doutorado|Doctorado|Dottorato(?:\s+di\s+[Rr]icerca)?|${TWO_WORD_ROMANCE_DEGREE})(?=\s+(?:em|en|in|în|ès)\s|,\s*\p{Lu}\p{Ll})`,
      // Latin America's engineering degree named by its branch, with no "en" ("Ingeniería de Sistemas", "Ingeniería
      // Informática"): the whole is the degree. After "de" it names a faculty or a school ("Facultad de Ingeniería
      // Eléctrica", "Universidad Nacional de Ingeniería").
      String.raw`(?<!(?:de|of)\s)Ingenier[íi]a(?:\s+de)?\s+\p{Lu}\p{Ll}+(?:\s+(?:y|e)\s+\p{Lu}\p{Ll}+)?(?![\p{L}])(?!\s+(?:en|em|in)\s)`,
      // The professional title a Colombian or Peruvian university grants, written as the degree ("Ingeniera de
      // Sistemas: Universidad EAFIT", "Ingeniero Electrónico, Universidad del Valle"): only right before the school it
      // names, so that "Ingeniero de Sistemas" over an employer stays a job's title.
      // Chile's and Uruguay's "Analista Programador" (an institute's or a university's title, as written) likewise.
      String.raw`(?:Ingenier[oa](?:\s+de)?\s+\p{Lu}\p{Ll}+(?:\s+(?:y|e)\s+\p{Lu}\p{Ll}+)?|Analista\s+Programador(?:a)?)(?=\s*[:,–—|]\s*(?:Universi|Instituto|Escuela|Polit[ée]cnic|Pontificia|(?:Fundaci[óo]n|Corporaci[óo]n)\s+Universitaria))`,
      // Latin America's university degrees below the licentiate, named before their field: "Tecnicatura Universitaria
      // en Programación", "Técnico Universitario en …", Mexico's "Técnico Superior Universitario en …", "Analista
      // Universitario de Sistemas" ("Analista Programador Universitario" whole), Chile's "Técnico de Nivel Superior en …"; Argentina's teaching degree
      // "Profesorado en …"; Québec's college diplomas "DEC en …", "AEC en …"; Spain's vocational "Ciclo Formativo de
      // Grado Superior en …"; Romania's bachelor's "Licență în …" (or "Licență, Field") and the doctorate "Doctorat în …". "Instituto
      // Superior del Profesorado" names a school: the field's "en" (or "de" after the university degrees) must follow.
      String.raw`(?:Tecnicatura(?:\s+(?:Universitaria|Superior))?|T[ée]cnic[oa]\s+(?:Superior\s+)?Universitari[oa]|T[ée]cnic[oa]\s+de\s+Nivel\s+Superior|Analista\s+Universitari[oa])(?=\s+(?:en|de)\s)|Analista\s+Programador(?:a)?\s+Universitari[oa]|(?:DEC|AEC)(?=\s+en\s)|(?:Profesorado|Licen[țţ][ăa]|Doctorat|Ciclo\s+Formativo\s+de\s+Grado\s+(?:Superior|Medio))(?=\s+(?:en|in|în)\s)|Licen[țţ][ăa](?=,\s*\p{Lu}\p{Ll})`,
      // hh.ru's levels of higher education in its English interface that name no degree elsewhere: "Higher education
      // (Specialist)" (Russia's five-year degree), "(Candidate of Sciences)", "(Doctor of Sciences)".
      String.raw`(?<=Higher\s+education\s+\()(?:Specialist|(?:Candidate|Doctor)\s+of\s+Sciences)(?=\))`,
      // "Bachelor's Degree", "Associate’s Degree": the word "Degree" capitalised belongs to it too.
      // "State Engineer Diploma", "National Engineer Diploma": the Maghreb's and West Africa's engineering degree.
      String.raw`(?:(?:State|National)\s+)?(?:Specialist|Engineer|Associate)(?:['’]s)?\s+(?:[Dd]egree|[Dd]iploma)`,
      // Indonesia's levels of higher education written as the degree: "S1 Teknik Informatika", "S2 Ilmu Komputer",
      // "D3 Manajemen Informatika" (a level code, then the field in Indonesian); "Sarjana Komputer", "Sarjana Teknik".
      // "Sarjana (S1)", "Diploma III (D3)", "Magister (S2)", "Sarjana Terapan (D4)": the degree's name with its level
      // code in brackets (a Glints or LinkedIn profile's way), the code part of the degree; "Diploma III" alone too.
      String.raw`(?:Sarjana(?:\s+Terapan)?|Magister|Doktor|Diploma\s+(?:I{1,3}|IV))\s*\([SD][1-4]\)|Diploma\s+(?:I{1,3}|IV)(?![\p{L}])`,
      String.raw`[SD][1-4](?=\s*[-–]?\s*${INDONESIAN_FIELD_HEAD})|Sarjana(?:\s+(?:${INDONESIAN_FIELD_HEAD}))?`,
      // "Diploma of Information Technology", "Advanced Diploma of Network Security" (Australia's and New Zealand's
      // qualifications): named "of" a field as a bachelor's is, the field belongs to its name ("Diploma in …" names
      // the diploma, then its field). The field's words are joined by single spaces: a tab or a gap ends them.
      String.raw`(?:(?:Advanced|Graduate)\s+)?Diploma\s+of\s+(?:\p{Lu}\p{Ll}+(?: (?:(?:and|&) )?(?!${MONTH_WORD})\p{Lu}\p{Ll}+){0,4}|\p{Lu}{2,4}(?![\p{L}]))`,
      // "Certificate III in Commercial Cookery", "Certificate IV in Cyber Security": the levels of Australia's
      // qualifications framework, each a qualification of its own (a short course's certificate names no level).
      String.raw`Certificate (?:I{1,3}|IV)(?![\p{L}])`,
      // "Postgraduate Diploma in …", "Higher National Diploma in …": the level is part of the diploma's name (a
      // certificate programme is no degree).
      // "National Diploma: Information Technology" (South Africa's universities of technology, Nigeria's polytechnics)
      // too; "N6 Electrical Engineering": South Africa's NATED levels N4 to N6 at a TVET college, before their field.
      String.raw`(?:Post-?[Gg]raduate|Graduate|Higher\s+National|National|Advanced)\s+Diploma|N[4-6](?=\s+${FIELD_WORD})`,
      // "Graduate Certificate in Data Science", "Postgraduate Certificate in Education": a university's award of its own
      // (a short course's certificate names no level).
      String.raw`(?:Post-?[Gg]raduate|Graduate)\s+Certificate`,
      String.raw`Ph\.?\s?D\.?|D\.?\s?Phil\.?|Doctorate|Postdoc`,
      // German-speaking doctorates, named by their faculty ("Dr. rer. nat.", "Dr.-Ing.", "Dr. sc. techn."): a
      // bare "Dr." is a form of address.
      String.raw`Dr\.\s?(?:rer\.\s?(?:nat|pol|oec|soc)\.|phil\.|-?Ing\.|sc\.\s?(?:techn?|nat)\.|techn\.|med\.)`,
      String.raw`(?:Executive\s+)?M\.?\s?B\.?\s?A\.?`,
      // "BSCS", "BSSE", "MSIT", "BSEE": a bachelor's or master's of science written with its field's letters glued on
      // (Pakistan's, the Philippines' and US engineering schools' way), one word; so is "BS(CS)" with them in
      // brackets, no space between.
      String.raw`[BM]S(?:CS|SE|IT|EE|CE|ME|IS)|[BM]S\((?:CS|SE|IT|EE|CE|ME|IS|DS|AI)\)`,
      // "BSc (Hons)", "B.Sc. (Hons.)", "BSc Honours": the honours degree is the degree; "B.Com", "BCom (Hons)", "M.Com":
      // the bachelor's and master's of commerce.
      String.raw`[BM]\.(?:[A-Z][a-z]?\.){1,3}${HONOURS}`,
      String.raw`[BM]\.?\s?(?:A\.?\s?Sc|S\.?\s?ci?|S\.?\s?E|C\.?\s?S|F\.?\s?A|S|A|Eng|E|Tech|Des|Comp|Com|Math|Phil|Ed)\.?${HONOURS}`,
      // "Associate of Applied Science in …", "Associate of Arts", "Associate in Applied Science": the degree runs up to
      // its field's "in", as a bachelor's does.
      // "AA in General Studies", "A.A.", "A.S.": the associate's degrees of arts and of science, bare before their field's
      // "in" or written with their periods ("as" and "AS" alone are words and a company's suffix).
      String.raw`A\.[AS]\.|AA(?=\s+in\s)|A\.?\s?A\.?\s?S\.?|Associate(?:['’]s)?(?:\s+of\s+(?:${DEGREE_OF}|\w+)|\s+in\s+(?:Applied\s+)?(?:Science|Arts)(?![\p{L}]))`,
      // "Diplom-Informatiker", "Licence professionnelle", "Mestrado Integrado", Poland's "inżynier": a national
      // degree keeps the word that says which one it is.
      // "Diplôme d'ingénieur de conception" (Cameroon's, Senegal's design engineer), "… d'État" (the Maghreb's).
      String.raw`(?<!(?:IB|Baccalaureate)\s)Dipl[oô]m(?:e|a)?(?:(?:\s+national)?\s+d['’]\s?[IiEe]ng[ée]nieur(?:\s+de\s+conception|\s+d['’]\s?[ÉéEe]tat)?|-\p{Lu}\p{Ll}{3,})?|Dipl\.?-?\s?[A-Z][a-z]{1,4}\.?|Ing[ée]nieur\s+dipl[ôo]m[ée]|${DOTTED_DEGREE}|Civilingenj[öo]r|(?:Civil|Sivil)ingeni[øo]r|Diplomi-insin[öo][öo]ri|(?:Filosofian|Kauppatieteiden)\s+maisteri|Tekniikan\s+(?:kandidaatti|tohtori)|Y[üu]ksek\s+Lisans|(?:[ÖO]n\s+)?Lisans|Doktora|Licen[cs]e(?:\s+[Pp]rofessionnelle)?|Licenciatura|Laurea(?:\s+(?:[Mm]agistrale|[Tt]riennale|[Ss]pecialistica))?|(?:DUT|BTS|BUT(?=\s+\p{Lu}{2,5}(?![\p{L}])))(?:\s+\p{Lu}{2,5}(?![\p{L}.]))?|Mestrado(?:\s+[Ii]ntegrado)?|Inginer(?:\s+(?:Dipl\.-?\s?Ing\.|[Dd]iplomat))?|Maestr[íi]a|${POLISH_DEGREE}|${MORE_NATIONAL_DEGREES}|Abitur|High School Diploma|HND|GED`,
      // The Netherlands' degrees named with their kind of school: "HBO Bachelor", "WO Master" (a university of applied
      // sciences' or a research university's), "MBO niveau 4" / "MBO-4" (a vocational college's level).
      String.raw`(?:HBO|WO)[-\s](?:[Bb]achelor|[Mm]aster)(?:\s+of\s+${DEGREE_OF})?|MBO(?:[-\s](?:[Nn]iveau|[Ll]evel))?[-\s]?[1-4](?![\p{N}])`,
      // India's Master's and Bachelor's of Computer Applications, the Bachelor of Business Administration.
      'MCA|BCA|BBA',
      // Indonesia's bachelor's and master's of computing and of science, written with their periods ("S.Kom.", "M.Si.").
      String.raw`[SM]\.\s?(?:Kom|Si)\.`,
      // The bachelor's of laws ("LLB", "LL.B. (Hons)"); the master's only with its periods ("LL.M."), "LLM" being
      // as often a large language model.
      String.raw`LL\.?\s?B\.?${HONOURS}|LL\.\s?M\.`,
      // Denmark's and Norway's master's degrees, named by their faculty ("Cand.scient.", "Cand.polyt.").
      String.raw`Cand\.\s?[a-z]{2,8}\.`,
    ].join('|') +
    String.raw`)(?![\p{L}])`,
  'gu',
);

/**
 * The Polish professional titles a degree is glossed with ("Master of Science (mgr inż.)", "Bachelor of
 * Engineering (inż.)"): written after the degree they name, they belong to it.
 */
const POLISH_TITLE = /^(?:mgr(?:\s+in[żz]\.)?|in[żz]\.|lic\.)$/u;

/** The same, for text set all in capitals ("M.SC. IN COMPUTER SCIENCE"). */
const DEGREE_CAPS = new RegExp(DEGREE.source, 'giu');
/** A text that is a degree and nothing else ("M.Sc.", "BS"). */
const DEGREE_WHOLE = new RegExp(`^(?:${DEGREE.source})$`, 'u');

/** A job portal's level of study, a category the portal asks for ("Bachelor's Degree"), no degree as written. */
const PORTAL_LEVEL = /^(?:Bachelor|Master|Associate|Doctor)['’]?s\s+[Dd]egree$/u;
/** What sets a portal's level apart from the degree after it ("Bachelor's Degree · BS …"); a comma gives the field. */
const LEVEL_SEPARATOR = /^\s*(?:[·•|]|\s[–—-])\s*/u;

export function findDegree(text: string): { start: number; end: number; text: string } | null {
  const capitals = !/\p{Ll}/u.test(text);
  const found = scanDegrees(text, capitals ? DEGREE_CAPS : DEGREE, capitals);
  if (found && PORTAL_LEVEL.test(found.text)) {
    // "Bachelor's Degree · BS Information Technology": the portal's level, then the degree as written.
    const separator = LEVEL_SEPARATOR.exec(text.slice(found.end));
    const at = found.end + (separator?.[0].length ?? 0);
    const written = separator ? scanDegrees(text.slice(at), DEGREE, false) : null;
    if (written?.start === 0) return { start: at, end: at + written.end, text: written.text };
  }
  if (found || capitals || !CAPITAL_WORD.test(text)) return found;
  // "DIPL.-ING. IN COMPUTER SCIENCE    Oct. 2004 - Jun. 2010": a degree set in capitals on a line whose
  // dates are not; a spelled-out word of three letters or more, not a bare "MS" or "BA".
  // An abbreviation of capitals alone ("MSCI", "BTS") is a degree only when capitals go on after it, its field
  // set the same way ("MSCI IN PHYSICS"): standing alone it is as often a company ("Quant Analyst, MSCI").
  return scanDegrees(
    text,
    DEGREE_CAPS,
    true,
    (match, after) =>
      match.length >= 3 &&
      !/\p{Ll}/u.test(match) &&
      (/[.\s]/u.test(match) || /^\s+\p{Lu}{2,}(?![\p{Ll}])/u.test(after)),
  );
}

/**
 * Whether `text` opens with a degree: the degree `findDegree` gives starts it, or only a portal's level and its
 * separator stand before it ("Bachelor's Degree · BS Nursing").
 */
export function opensWithDegree(text: string): boolean {
  const found = findDegree(text);
  if (!found || found.start === 0) return found !== null;
  const level = scanDegrees(text, DEGREE, false);
  return level?.start === 0 && PORTAL_LEVEL.test(level.text);
}

/**
 * "Software Engineering and Management, " before a degree: the last comma's part before it names a field of study,
 * capitalised as a field is named and ending with a field's head word ("Media Technology", "Information Design"), no
 * place.
 */
export function fieldBefore(text: string, degree?: string): boolean {
  const part = (
    text
      .replace(/,\s*$/u, '')
      .split(/[,;|·•–—:]/u)
      .pop() ?? ''
  ).trim();
  const words = part.split(/\s+/u);
  const last = (words[words.length - 1] ?? '').toLowerCase();
  // "MA" and "MS" are states' codes too: before them ("Acme Technology, MA") only a field's words name a field.
  if (degree !== undefined && /^M[AS]$/u.test(degree))
    return words.every((word) => FIELD_WORDS.has(word.toLowerCase())) && !isLocation(part);
  return (
    words.length <= 6 &&
    // "Media Technology", "Information Design": capitalised words ending with a field's head word.
    words.every((word) => /^\p{Lu}/u.test(word) || /^(?:and|&|of)$/u.test(word)) &&
    (FIELD_WORDS.has(last) || /\p{L}{3}(?:ics|ology|ography|istry|ing)$/u.test(last)) &&
    !isLocation(part)
  );
}

/**
 * "DUT GEII", "BTS SIO": a French national degree keeps its specialty where it opens its text; elsewhere the
 * capitals after it are as often a name of their own ("Engineer, DUT LAB", "Member of BTS ARMY fan club").
 */
const NATIONAL_SPECIALTY = /^(?:DUT|BTS|BUT)\s+\p{Lu}/u;

/** A word of four capitals or more, or capitals with a period inside ("MASTER", "DIPL.-ING.", "B.SC."): worth a capitals scan. */
const CAPITAL_WORD = /\p{Lu}{4}|\p{Lu}\.-?\s?\p{Lu}{2}/u;

/** The first degree `pattern` finds in `text` that `accept` takes (see `findDegree`). */
function scanDegrees(
  text: string,
  pattern: RegExp,
  capitals: boolean,
  accept: (match: string, after: string) => boolean = () => true,
): { start: number; end: number; text: string } | null {
  for (const match of text.matchAll(pattern)) {
    if (!accept(match[0], text.slice((match.index ?? 0) + match[0].length))) continue;
    let found = match[0];
    if (
      NATIONAL_SPECIALTY.test(found) &&
      /\S/u.test(text.slice(0, match.index ?? 0).replace(/^[\s\-•*▪◦]+/u, ''))
    )
      found = found.slice(0, 3);
    // "a BSc." at a sentence's end: the period is the sentence's; "B.S." keeps its own.
    if (found.endsWith('.') && !found.slice(0, -1).includes('.') && !DOTTED_DEGREE_WHOLE.test(found))
      found = found.slice(0, -1);
    const start = match.index ?? 0;
    const after = text.slice(start + found.length);
    if (/^[BM][A-Za-z]$/.test(found)) {
      // "MS" and "BA" bare are degrees only in capitals, and not as the state of "Boston, MA".
      // "Bc.", the Czech and Slovak bachelor's, is written with its period.
      if (found !== found.toUpperCase() && !match[0].endsWith('.')) continue;
      // "Information Design, BA" (XING's field first, then the degree) is a degree: the words before the comma name
      // a field, no place. "Clark University – Worcester, MA | 2013": a state before a separator is a place too.
      if (
        /,\s*$/.test(text.slice(0, start)) &&
        /^\s*(?:[,|·•]|[–—-]\s|$|\d)/u.test(after) &&
        !fieldBefore(text.slice(0, start), found)
      )
        continue;
      // In a line all in capitals, only where a degree stands: before its field or at a part's end.
      if (capitals && !/^\s*(?:IN\s|OF\s|,|\()/u.test(after)) continue;
    }
    // "Master of Science (M.Sc.)", "Bachelor of Science - BS": the degree's own abbreviation after it
    // belongs to it; a gloss in words ("(Master's degree)") does not.
    // "M.Sc. (Tech.)", "MSc Eng.": the Nordic and Polish engineering master's name their kind after the degree.
    const kind = /^[BM]\.?\s?Sc\.?$/iu.test(found)
      ? /^(?:\s?\((?:Tech|Eng)\.?\)|\s(?:Tech|Eng)\.)/u.exec(after)
      : null;
    if (kind) return { start, end: start + found.length + kind[0].length, text: found + kind[0] };
    // "BSc Computer Science (Hons)": the honours written after the field are the degree's ("BSc (Hons)"); the
    // degree ends before the field, which stays the entry's area.
    const honours = /\(|\bHon/u.test(found) ? null : HONOURS_AFTER_FIELD.exec(after);
    // "B.Sc. Engineering (Hons) in Computer Science": followed by "in" and its field, the words before the
    // honours name the degree, kept as written.
    if (honours && /^\s+(?:in|of)\s/u.test(after.slice(honours[0].length)))
      return {
        start,
        end: start + found.length + honours[0].length,
        text: found + after.slice(0, honours[0].length),
      };
    if (honours) return { start, end: start + found.length, text: `${found} ${honours[1]}` };
    const abbreviation =
      /^(\s*\(([^()\s]{2,12}|mgr\s+in[żz]\.)\)|\s+[-–]\s+([^\s,;|·]{2,8})(?=\s*(?:[,;|·]|$|\s{2})))/u.exec(
        after,
      );
    const short = abbreviation?.[2] ?? abbreviation?.[3];
    if (
      abbreviation &&
      short &&
      /\p{Ll}{4}/u.test(found) &&
      // "Master's degree - MS": after a portal's level the dash sets the degree as written apart (see `findDegree`).
      !(abbreviation[3] && PORTAL_LEVEL.test(found)) &&
      (DEGREE_WHOLE.test(short) || POLISH_TITLE.test(short))
    ) {
      found += abbreviation[1] as string;
    }
    // "S.Kom. (Bachelor of Computer Science)": a national degree's abbreviation glossed with the degree it
    // answers to, spelled out in brackets, keeps its gloss.
    const gloss = /^\s*\(((?:Bachelor|Master|Doctor)(?:['’]?s)?\s+of\s[^()]{3,60})\)/u.exec(after);
    if (gloss && !/\p{Ll}{4}/u.test(found) && DEGREE_WHOLE.test(gloss[1] as string)) found += gloss[0];
    return { start, end: start + found.length, text: found };
  }
  return null;
}

/** States and provinces résumés name after a city ("Redmond, Washington"): the US's and Canada's. */
const REGIONS = [
  'alabama',
  'alaska',
  'arizona',
  'arkansas',
  'california',
  'colorado',
  'connecticut',
  'delaware',
  'florida',
  'georgia',
  'hawaii',
  'idaho',
  'illinois',
  'indiana',
  'iowa',
  'kansas',
  'kentucky',
  'louisiana',
  'maine',
  'maryland',
  'massachusetts',
  'michigan',
  'minnesota',
  'mississippi',
  'missouri',
  'montana',
  'nebraska',
  'nevada',
  'new hampshire',
  'new jersey',
  'new mexico',
  'new york',
  'north carolina',
  'north dakota',
  'ohio',
  'oklahoma',
  'oregon',
  'pennsylvania',
  'rhode island',
  'south carolina',
  'south dakota',
  'tennessee',
  'texas',
  'utah',
  'vermont',
  'virginia',
  'washington',
  'west virginia',
  'wisconsin',
  'wyoming',
  'district of columbia',
  'ontario',
  'quebec',
  'british columbia',
  'alberta',
  'manitoba',
  'saskatchewan',
  'nova scotia',
  'new brunswick',
];

let countries: Set<string> | undefined;

/**
 * Every name ICU has in `locale` (English unless given) for the two-letter codes of `type` (regions are upper
 * case, languages lower case), lower-cased, so no list of the world's names is kept here.
 */
function icuNames(type: 'region' | 'language', locale = 'en'): Set<string> {
  const names = new Set<string>();
  const display = new Intl.DisplayNames([locale], { type });
  const first = type === 'region' ? 65 : 97;
  for (let a = first; a < first + 26; a++) {
    for (let b = first; b < first + 26; b++) {
      const code = String.fromCharCode(a, b);
      try {
        const name = display.of(code);
        if (name && name !== code) names.add(name.toLowerCase());
      } catch {
        // not a code of this type
      }
    }
  }
  return names;
}

/** English names of the world's countries and regions, lower case. */
function countryNames(): Set<string> {
  if (countries) return countries;
  const names = icuNames('region');
  // The short forms résumés write for countries whose ICU name is long.
  for (const extra of [
    'usa',
    'uk',
    'u.s.',
    'u.s.a.',
    'uae',
    'u.a.e.',
    'ksa',
    'england',
    'scotland',
    'wales',
    ...REGIONS,
  ])
    names.add(extra);
  // "The Gambia", "The Bahamas", "the Netherlands": a country's name as written with its article.
  for (const name of [...names]) names.add(`the ${name}`);
  countries = names;
  return names;
}

/**
 * Whether a short phrase reads as a place: "Remote", a country, "City, ST", "City, Country".
 * A bare city name cannot be told from a company by its words; callers use position for that.
 */
export function isLocation(text: string): boolean {
  const trimmed = text.trim().replace(/[.]$/, '');
  if (/^(?:remote|hybrid|on-?site|anywhere|worldwide)(?:\b.*)?$/i.test(trimmed)) return true;
  if (countryNames().has(trimmed.toLowerCase())) return true;
  const parts = trimmed.split(/(?:(?<!\s)\s+)?,\s*/u);
  if (parts.length >= 2 && parts.length <= 3) {
    // "Silver Spring, MD United States" (USAJOBS): a state's code and the country after it.
    const last = (parts[parts.length - 1] as string).replace(
      /^([A-Z]{2})\s+(\p{Lu}.*)$/u,
      (all, code, country) => (countryNames().has(country.toLowerCase()) ? code : all),
    );
    // "Studentassistent, IT", "Assistentin, HR": a code that is also a field's short name, after one word no
    // gazetteer knows as a place, is the field a post is in, no country.
    if (
      parts.length === 2 &&
      FIELD_CODES.has(last) &&
      !/\s/u.test(parts[0] as string) &&
      !knownPlace(parts[0] as string)
    )
      return false;
    if (/^[A-Z]{2}$/.test(last) || countryNames().has(last.toLowerCase())) {
      return parts
        .slice(0, -1)
        .every((part) => /^\p{Lu}[\p{L}'.-]*(?:\s+\p{Lu}[\p{L}'.-]*){0,3}$/u.test(part));
    }
  }
  return false;
}

/**
 * Country codes that are also the short names of a field of work: IT (Italy), HR (Croatia), AI (Anguilla), QA (Qatar),
 * ML (Mali), BI (Burundi), PR (Puerto Rico).
 */
const FIELD_CODES: ReadonlySet<string> = new Set(['IT', 'HR', 'AI', 'QA', 'ML', 'BI', 'PR']);

/** One to three capitalised words, a state's code and perhaps a postcode: group 2 is the code. */
const TOWN_STATE = /^(\p{Lu}[\p{L}'.-]*(?:\s\p{Lu}[\p{L}'.-]*){0,2})\s+([A-Z]{2,3})(?:\s+\d{4,5})?$/u;

/**
 * "Austin TX", "Mawson Lakes SA", "Adelaide SA 5000": a town and its state's code with no comma between; the town, or
 * null. Some codes spell a legal form too ("SA", "AB", "NV"): callers ask this where the layout says a place stands.
 */
export function townBeforeStateCode(text: string): string | null {
  const found = TOWN_STATE.exec(text.trim());
  return found !== null && STATE_CODES.has(found[2] as string) ? (found[1] as string) : null;
}

/** Whether a phrase is a state's or a province's name alone ("California", "Ontario"; "Georgia" is both). */
export function isRegion(text: string): boolean {
  return REGIONS.includes(text.trim().replace(/[.]$/, '').toLowerCase());
}

/** Whether a phrase is a country's name alone ("Germany", "United States"). */
export function isCountry(text: string): boolean {
  return countryNames().has(text.trim().replace(/[.]$/, '').toLowerCase());
}

/**
 * Words naming a unit of an organisation, in English and as Spanish, Portuguese, Italian, French and German CVs name
 * one ("División Minera Sur", "Departamento de Sistemas", "Gerencia de Tecnología", "Équipe Paiements", "Abteilung
 * IT"); not before the adjective of a public body ("Departamento Administrativo Nacional de Estadística" is a
 * government's agency). Whole words: a letter or a digit on neither side.
 */
export const TEAM_WORD =
  /(?<![\p{L}\p{N}_])(?:team|group|department|division|squad|tribe|org|organization|organisation|unit|chapter|(?:división|divisão|divisione|departamento|département|dipartimento|abteilung|equipo|equipe|équipe|gerencia)(?![ \t]+(?:administrativ[oa]|nacional|national|nazionale|federal|estatal|provincial|municipal)(?![\p{L}])))(?![\p{L}\p{N}_])/iu;

/** A word in lower case, Capitalised or UPPER case (patterns that must not ignore case elsewhere). */
function anyCase(word: string): string {
  const capitalised = word.charAt(0).toUpperCase() + word.slice(1);
  return [...new Set([word, capitalised, word.toUpperCase()])].join('|');
}

/**
 * A job title inside a sentence: up to five words ending in a role noun ("a staff engineer",
 * "a Senior SRE"). Case-sensitive on purpose (callers tell names by their capitals), so the nouns
 * are spelled in each case.
 */
export const TITLE_IN_TEXT = String.raw`(?:[\p{L}\p{N}+#./&-]+,?\s+){0,5}?(?:${[...ROLE_NOUNS]
  .filter((noun) => !WEAK_ROLE_NOUNS.has(noun) || noun === 'lead')
  .map(anyCase)
  .join('|')})(?:\s+(?:I{1,3}|IV|[1-6]))?(?![\p{L}\p{N}])`;

let languageNames: { english: Set<string>; foreign: Set<string> } | undefined;

/**
 * The languages résumés are written in besides English, whose own names for the world's languages a CV in them
 * writes ("Deutsch, Englisch", "Nederlands, Engels", "Français, Anglais", "Español, Inglés").
 */
const CV_LANGUAGES = ['de', 'nl', 'fr', 'es', 'pt', 'it', 'sv', 'da', 'nb'] as const;

/**
 * Names of the world's languages, lower case, with and without accents: in English, and apart from them, in
 * `CV_LANGUAGES` (from ICU, like the countries).
 */
function humanLanguageNames(): { english: Set<string>; foreign: Set<string> } {
  if (languageNames) return languageNames;
  const english = icuNames('language');
  // Names résumés use that have no two-letter code, or that ICU spells otherwise.
  for (const extra of [
    'mandarin',
    'cantonese',
    'filipino',
    'tagalog',
    'farsi',
    'darija',
    'flemish',
    'hokkien',
    'kiswahili',
    'isizulu',
    'isixhosa',
    'setswana',
    'sesotho',
    'putonghua',
  ])
    english.add(extra);
  const foreign = new Set<string>();
  for (const locale of CV_LANGUAGES) for (const name of icuNames('language', locale)) foreign.add(name);
  for (const names of [english, foreign])
    for (const name of [...names]) names.add(name.normalize('NFKD').replace(/\p{M}/gu, ''));
  for (const name of english) foreign.delete(name);
  languageNames = { english, foreign };
  return languageNames;
}

/**
 * A spoken language as a skills list names one: "English", "Mandarin Chinese", "Business English",
 * "Brazilian Portuguese" (its last word a language's name, at most three words, no digits). A name in another
 * language ("Engels", "Pools", "Fins") ends such a phrase only when the words before it are not English ones:
 * "Verhandlungssicheres Englisch", not "Thread Pools"; alone, only when it is no English word ("Engels", not "Fries").
 */
export function isHumanLanguage(text: string): boolean {
  const words = text
    .trim()
    .toLowerCase()
    .split(/\s+/u)
    .filter((word) => word !== '');
  if (words.length === 0 || words.length > 3 || /\d/u.test(text)) return false;
  const last = words[words.length - 1] as string;
  const { english, foreign } = humanLanguageNames();
  if (english.has(last)) return true;
  if (!foreign.has(last)) return false;
  const common = commonWords();
  if (words.length === 1) return !common.has(last);
  return words.slice(0, -1).every((word) => !common.has(word));
}

/**
 * How well someone speaks a language in `CV_LANGUAGES`' words: "modersmål", "flytande", "grundläggande", "Muttersprache", "fließend", "verhandlungssicher",
 * "moedertaal", "vloeiend", "langue maternelle", "courant", "nativo", "avanzado", "lengua materna", "fluente",
 * "madrelingua", "ottimo".
 */
const FOREIGN_PROFICIENCY = String.raw`modersm[åa]l|morsm[åa]l|flytande|flytende|flydende|grundl[äa]ggande|grunnleggende|grundl[æa]ggende|muttersprache|muttersprachlich|erstsprache|zweitsprache|(?:sehr\s+)?(?:gute?|fortgeschrittene)\s+kenntnisse|grundkenntnisse|basiskenntnisse|kenntnisse|flie(?:ß|ss)end|verhandlungssicher|fortgeschritten|anfänger|(?:sehr\s+)?gut|moedertaal|vloeiend|(?:zeer\s+)?goed|gevorderd|redelijk|uitstekend|basiskennis|(?:langue\s+)?maternelle|courant|bilingue|natif|native|interm[ée]diaire|avanc[ée]|notions|d[ée]butant|(?:tr[èe]s\s+)?bon\s+niveau|scolaire|nativo|nativa|(?:lengua|l[íi]ngua)\s+materna|avanzado|avan[çc]ado|intermedio|interm[ée]dio|intermedi[áa]rio|b[áa]sico|fluido|fluente|biling[üu]e|bil[íi]ngue|conversacional|madrelingua|lingua\s+madre|avanzato|ottimo|buono|discreto|scolastico`;

/** The language tests a certificate of proficiency is named by ("TOEFL iBT 105", "IELTS 7.5", "JLPT N2"). */
export const LANGUAGE_TESTS = String.raw`TOEIC|TOEFL(?:\s+iBT)?|IELTS|JLPT|DELF|DALF|DELE|TestDaF|Goethe|Cambridge|CAE|CPE|FCE`;

/**
 * How well someone speaks a language: the words of CVs and the CEFR levels, and the certificates
 * that measure it ("native", "C1", "TOEIC 945", "JLPT N2", China's "CET-6", "Mother tongue"), in English or in
 * `CV_LANGUAGES` (`FOREIGN_PROFICIENCY`).
 */
const PROFICIENCY = new RegExp(
  String.raw`^(?:${FOREIGN_PROFICIENCY}|native(?:\s+speaker)?|mother\s+tongue|first\s+language|bilingual|fluent|fluency|conversational|business(?:\s+(?:level|fluent|fluency|proficiency))?|(?:full\s+|limited\s+)?(?:professional\s+)?working(?:\s+proficiency)?|(?:full\s+|limited\s+)?professional(?:\s+proficiency)?|elementary(?:\s+proficiency)?|(?:upper[\s-]+|pre[\s-]+)?intermediate|advanced|basic|beginner|good|excellent|[ABC][12]\+?(?:\s*level)?|N[1-5]|HSK\s*[1-6]|(?:${LANGUAGE_TESTS})(?:\s+[\p{L}\p{N}.+/-]+){0,2}|(?:CET|TEM)[\s-]?[468])$`,
  'iu',
);

export function isProficiency(text: string): boolean {
  return PROFICIENCY.test(text.trim());
}

/**
 * The words a line of business ends with, as job portals print an employer's industry under it ("Retail", "Financial
 * sector", "Information technology, system integration, Internet").
 */
const INDUSTRY_HEADS = new Set([
  'sector',
  'industry',
  'industries',
  'services',
  'technology',
  'technologies',
  'integration',
  'internet',
  'retail',
  'wholesale',
  'trade',
  'banking',
  'finance',
  'insurance',
  'fintech',
  'telecommunications',
  'telecom',
  'communication',
  'communications',
  'media',
  'marketing',
  'advertising',
  'pr',
  'logistics',
  'transportation',
  'transport',
  'healthcare',
  'pharmaceuticals',
  'manufacturing',
  'production',
  'construction',
  'energy',
  'utilities',
  'e-commerce',
  'ecommerce',
  'hospitality',
  'tourism',
  'automotive',
  'agriculture',
  'entertainment',
  'publishing',
  'outsourcing',
  'consulting',
  'electronics',
  'aerospace',
  'government',
  'design',
]);

/**
 * A job portal's line naming the employer's line of business: every item between commas (or "&", "/") is a phrase
 * of at most four words in sentence case (later words in lower case or short capitals: "IT", "BTL") that ends with an
 * industry's word and names no role ("Head of retail" is a title). It names no employer, title or team.
 */
export function namesIndustry(text: string): boolean {
  const items = text
    .trim()
    .split(/\s*[,;/&]\s*|\s+and\s+/u)
    .filter((item) => item !== '');
  if (items.length === 0 || items.length > 8) return false;
  return items.every((item) => {
    const words = item.split(/\s+/u);
    if (words.length > 4 || titleScore(item) > 0) return false;
    const later = words.slice(1).every((word) => /^[\p{Ll}-]+$/u.test(word) || /^\p{Lu}{2,4}$/u.test(word));
    return later && INDUSTRY_HEADS.has((words[words.length - 1] as string).toLowerCase());
  });
}
