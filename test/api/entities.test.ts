import { describe, expect, it } from 'vitest';
import { seedExpected } from '../fixtures/seed-expected.js';
import { type LooseData, seedServerForFile } from '../support/test-server.js';

/*
 * The entity lookups and every field of the entity types, against the three seed résumés.
 * Expected answers come from the source documents (/work/shared/resumes; "002:14" = document 002,
 * line 14), the seed transcriptions and the catalogues (seed/companies.yaml, seed/technologies.yaml).
 */

const { query } = seedServerForFile();

/** Months are `year * 12 + month - 1`; a current role runs to this month. */
const month = (year: number, monthOfYear: number) => year * 12 + monthOfYear - 1;
const monthText = (m: number) => `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
const thisMonth = () => {
  const now = new Date();
  return now.getUTCFullYear() * 12 + now.getUTCMonth();
};

describe('Query.person', () => {
  it('gives a person with their roles in document order (002: four Microsoft positions first)', async () => {
    const data = await query(`{
      person(id: "1f1d44f0f2c0cec7") {
        id kind label headline location
        roles { id title company { id name } }
      }
    }`);
    expect(data).toEqual({
      person: {
        id: '1f1d44f0f2c0cec7',
        kind: 'PERSON',
        label: 'Principal Software Engineer @ Microsoft', // no headline: latest title (002:14) @ employer
        headline: 'Principal Software Engineer',
        location: null,
        roles: [
          // 002:14, 24, 34 "Microsoft Corporation" and 002:45 "Microsoft(China) limited": one company
          {
            id: '1f1d44f0f2c0cec7-microsoft-principal',
            title: 'Principal Software Engineer',
            company: { id: 'microsoft', name: 'Microsoft' },
          },
          {
            id: '1f1d44f0f2c0cec7-microsoft-senior',
            title: 'Sr. Software Engineer',
            company: { id: 'microsoft', name: 'Microsoft' },
          },
          {
            id: '1f1d44f0f2c0cec7-microsoft-swe2-bellevue',
            title: 'Software Engineer II',
            company: { id: 'microsoft', name: 'Microsoft' },
          },
          {
            id: '1f1d44f0f2c0cec7-microsoft-china-swe2',
            title: 'Software Engineer II',
            company: { id: 'microsoft', name: 'Microsoft' },
          },
          {
            id: '1f1d44f0f2c0cec7-baidu-swe',
            title: 'Software Engineer',
            company: { id: 'baidu', name: 'Baidu' },
          }, // 002:58
          {
            id: '1f1d44f0f2c0cec7-aliyun-intern',
            title: 'R & D Engineer Intern',
            company: { id: 'alibaba-cloud', name: 'Alibaba Cloud' },
          }, // 002:70
          {
            id: '1f1d44f0f2c0cec7-bearyinnovative-swe',
            title: 'Softerware Engineer',
            company: { id: 'bearyinnovative', name: 'BearyInnovative' },
          }, // 002:78
          {
            id: '1f1d44f0f2c0cec7-admaster-intern',
            title: 'R & D Engineer Intern',
            company: { id: 'admaster', name: 'AdMaster' },
          }, // 002:86
        ],
      },
    });
    const roleIds = data.person.roles.map((role: { id: string }) => role.id);
    expect(roleIds).toEqual(seedExpected.roleIdsPerPerson['1f1d44f0f2c0cec7']);
  });

  it("gives 493100191bcfc980's current role: Staff Software Engineer at Stripe since 2020-12 (001:1)", async () => {
    const data = await query(`{
      person(id: "493100191bcfc980") {
        label
        roles { id kind label title startDate endDate current months person { id } company { id name } }
      }
    }`);
    expect(data.person.label).toBe('Staff Software Engineer @ Stripe');
    expect(data.person.roles).toHaveLength(seedExpected.rolesPerPerson['493100191bcfc980']);
    expect(data.person.roles[0]).toEqual({
      id: '493100191bcfc980-stripe-staff',
      kind: 'ROLE',
      label: 'Staff Software Engineer @ Stripe',
      title: 'Staff Software Engineer',
      startDate: '2020-12',
      endDate: null,
      current: true,
      months: thisMonth() - month(2020, 12) + 1,
      person: { id: '493100191bcfc980' },
      company: { id: 'stripe', name: 'Stripe' },
    });
    const current = data.person.roles.filter((role: { current: boolean }) => role.current);
    expect(current.map((role: { id: string }) => role.id)).toEqual(
      seedExpected.currentRoles['493100191bcfc980'],
    );
  });

  it('gives labels "<headline> @ <latest employer>" for all three people', async () => {
    const data = await query(`{
      a: person(id: "b0bdae752341232c") { label headline }
      b: person(id: "493100191bcfc980") { label headline }
      c: person(id: "1f1d44f0f2c0cec7") { label headline }
    }`);
    expect(data).toEqual({
      a: {
        label: seedExpected.displayLabels.b0bdae752341232c,
        headline: seedExpected.labels.b0bdae752341232c,
      },
      b: {
        label: seedExpected.displayLabels['493100191bcfc980'],
        headline: seedExpected.labels['493100191bcfc980'],
      },
      c: {
        label: seedExpected.displayLabels['1f1d44f0f2c0cec7'],
        headline: seedExpected.labels['1f1d44f0f2c0cec7'],
      },
    });
  });

  it('gives education, most recent first (002:114-117)', async () => {
    const data = await query(`{
      person(id: "1f1d44f0f2c0cec7") {
        education { school { id kind label name } degree area startDate endDate }
      }
    }`);
    expect(data.person.education).toEqual([
      {
        school: {
          id: 'university-of-science-and-technology-of-china',
          kind: 'SCHOOL',
          label: 'University of Science and Technology of China',
          name: 'University of Science and Technology of China',
        },
        degree: 'M.S.',
        area: 'Softerware Design',
        startDate: '2013-09',
        endDate: '2016-03',
      },
      {
        school: {
          id: 'dalian-polytechnic-university',
          kind: 'SCHOOL',
          label: 'Dalian Polytechnic University',
          name: 'Dalian Polytechnic University',
        },
        degree: 'B.S.',
        area: 'Computer Science',
        startDate: '2009-09',
        endDate: '2013-06',
      },
    ]);
  });

  it('gives skills with their list, by list then name (002:3-4)', async () => {
    const data = await query(`{
      person(id: "1f1d44f0f2c0cec7") { skills { group technology { id name } } }
      other: person(id: "493100191bcfc980") { skills { group } education { degree } }
    }`);
    const languages = ['C#', 'C++', 'Clojure', 'Java', 'Python'];
    const technologies = ['Kafka', 'Kubernetes', 'Linux', 'MySQL', 'Raft'];
    expect(
      data.person.skills.map((s: { group: string; technology: { name: string } }) => [
        s.group,
        s.technology.name,
      ]),
    ).toEqual([
      ...languages.map((name) => ['Languages', name]),
      ...technologies.map((name) => ['Technologies', name]),
    ]);
    expect(data.person.skills.map((s: { technology: { id: string } }) => s.technology.id).sort()).toEqual(
      [...seedExpected.skillsPerPerson['1f1d44f0f2c0cec7']].sort(),
    );
    // 001 has neither a skills nor an education section
    expect(data.other).toEqual({ skills: [], education: [] });
  });

  it("gives projects: the roles' in role order, then the person's own (002:18-104)", async () => {
    const data = await query(`{
      person(id: "1f1d44f0f2c0cec7") { projects { id kind label } }
      b: person(id: "b0bdae752341232c") { projects { id } }
    }`);
    expect(data.person.projects.map((p: { id: string }) => p.id)).toEqual([
      'content-builder', // 002:18
      'recommandation-platform', // 002:16, 26 and 41, once (sic)
      'feature-extraction-library', // 002:28
      'tally-counting-service', // 002:29
      'deep-learning-training-service', // 002:36 and 002:52, once
      'openai-platform', // 002:47
      'matrix-platform', // 002:60
      'pangu', // 002:72
      'bearychat', // 002:80
      'admaster-data-collecting-system', // 002:88
      'java-symbolic-executor', // 002:104, own project
      'typed-clojure', // 002:96, own project
    ]);
    expect(data.person.projects).toHaveLength(seedExpected.projectsPerPerson['1f1d44f0f2c0cec7']);
    expect(data.person.projects[0]).toEqual({
      id: 'content-builder',
      kind: 'PROJECT',
      label: 'Content Builder',
    });
    expect(data.b.projects).toHaveLength(seedExpected.projectsPerPerson.b0bdae752341232c);
  });

  it('gives employers, canonical, most recent first', async () => {
    const data = await query(`{
      a: person(id: "b0bdae752341232c") { employers { id } }
      b: person(id: "493100191bcfc980") { employers { id } }
      c: person(id: "1f1d44f0f2c0cec7") { employers { id kind label } }
    }`);
    const ids = (list: { id: string }[]) => list.map((company) => company.id);
    // 000 is undated and oldest first: Amadeus (000:7), then Oracle (000:13), "Now at NVIDIA" (000:24)
    expect(ids(data.a.employers)).toEqual(['nvidia', 'oracle-cloud-infrastructure', 'amadeus']);
    expect(ids(data.b.employers)).toEqual([
      'stripe', // 2020-12 - Present (001:1)
      'uber-atg', // - 2020-12 (001:3)
      'zenreach', // - 2019-02 (001:19)
      'verizon-labs', // - 2017-11 (001:28)
      'ericsson-silicon-valley', // - 2016-04 (001:46)
      'lawrence-berkeley-national-lab', // - 2014-04 (001:57)
      'inria', // - 2012-12 (001:66, as corrected)
      'university-of-duesseldorf', // - 2009-02 (001:85)
    ]);
    expect(data.c.employers).toEqual([
      { id: 'microsoft', kind: 'COMPANY', label: 'Microsoft' }, // now (002:18)
      { id: 'baidu', kind: 'COMPANY', label: 'Baidu' }, // - 2018/06 (002:62)
      { id: 'alibaba-cloud', kind: 'COMPANY', label: 'Alibaba Cloud' }, // from 2015/05 (002:72)
      { id: 'bearyinnovative', kind: 'COMPANY', label: 'BearyInnovative' }, // from 2014/08 (002:80)
      { id: 'admaster', kind: 'COMPANY', label: 'AdMaster' }, // from 2013/04 (002:88)
    ]);
    for (const [key, person] of [
      ['a', 'b0bdae752341232c'],
      ['b', '493100191bcfc980'],
      ['c', '1f1d44f0f2c0cec7'],
    ] as const) {
      expect(ids(data[key].employers).sort()).toEqual([...seedExpected.employersPerPerson[person]].sort());
    }
  });

  it('gives publications and the source document (001:42, 51, 55, 75)', async () => {
    const data = await query(`{
      person(id: "493100191bcfc980") {
        source { document lines }
        publications { name type publisher releaseDate count summary }
      }
      other: person(id: "b0bdae752341232c") { publications { name } source { document lines } }
    }`);
    expect(data.person.source).toEqual({ document: '001_493100191bcfc980.txt', lines: '1-85' });
    const publications = data.person.publications as { type: string; count: number | null; name: string }[];
    expect(publications).toHaveLength(seedExpected.publicationsPerPerson['493100191bcfc980']);
    const byType = { paper: 0, patent: 0, talk: 0 } as Record<string, number>;
    for (const publication of publications) byType[publication.type] = (byType[publication.type] ?? 0) + 1;
    expect(byType).toEqual(seedExpected.publicationsByType_4931);
    const patents = publications.filter((p) => p.type === 'patent');
    expect(patents.map((p) => p.count)).toEqual([seedExpected.patentCount_4931]); // "Filed six patents"
    for (const publication of publications) expect(typeof publication.name).toBe('string');
    expect(data.other).toEqual({
      publications: [],
      source: { document: '000_b0bdae752341232c.txt', lines: expect.any(String) },
    });
  });

  it('gives every technology of a career with its evidence and months, overlaps counted once', async () => {
    const data = await query(`{
      b: person(id: "493100191bcfc980") {
        technologies { technology { id } roles { id } projects { id } skill months }
      }
      c: person(id: "1f1d44f0f2c0cec7") {
        technologies {
          technology { id name } roles { id } projects { id } skill months firstUsed lastUsed current listedOnly
        }
      }
      a: person(id: "b0bdae752341232c") { technologies { technology { id } months } }
    }`);
    type Use = {
      technology: { id: string };
      roles: { id: string }[];
      projects: { id: string }[];
      skill: boolean;
      months: number | null;
    };
    const find = (list: Use[], id: string) => list.find((use) => use.technology.id === id);
    for (const [key, person] of [
      ['a', 'b0bdae752341232c'],
      ['b', '493100191bcfc980'],
      ['c', '1f1d44f0f2c0cec7'],
    ] as const) {
      const ids = (data[key].technologies as Use[]).map((use) => use.technology.id).sort();
      expect(ids).toEqual([...seedExpected.technologiesPerPerson[person]].sort());
    }

    // Mesos: Uber ATG Feb 2019 - Dec 2020 (23, 001:3-5), Verizon Labs Apr 2016 - Nov 2017 (20, 001:28-32),
    // Ericsson Apr 2014 - Apr 2016 (25, 001:46-52); April 2016 is in two roles and counts once: 67.
    expect(find(data.b.technologies, 'mesos')).toEqual({
      technology: { id: 'mesos' },
      roles: [
        { id: '493100191bcfc980-uber-atg-senior' },
        { id: '493100191bcfc980-verizon-labs-principal' },
        { id: '493100191bcfc980-ericsson-sv-senior-research' },
      ],
      // by name: 001:53, 001:52, 001:50, 001:32
      projects: [
        { id: 'ericsson-mediafirst-analytics-platform' },
        { id: 'ericsson-mesos-compatibility-service' },
        { id: 'ericsson-container-orchestrator' },
        { id: 'northstar' },
      ],
      skill: false,
      months: 67,
    });
    // Docker: Verizon Labs (20, 001:42) and Ericsson (25, 001:50), April 2016 once: 44
    expect(find(data.b.technologies, 'docker')?.months).toBe(44);

    // Kafka: skill (002:4), Content Builder (002:18) in the current Principal role from 2025/09
    expect(find(data.c.technologies, 'kafka')).toEqual({
      technology: { id: 'kafka', name: 'Kafka' },
      roles: [{ id: '1f1d44f0f2c0cec7-microsoft-principal' }],
      projects: [{ id: 'content-builder' }],
      skill: true,
      months: thisMonth() - month(2025, 9) + 1,
      firstUsed: '2025-09',
      lastUsed: monthText(thisMonth()),
      current: true,
      listedOnly: false,
    });
    // Python: a skill (002:3), FEL (002:8) and the AdMaster module (002:92), whose role has no end date
    expect(find(data.c.technologies, 'python')).toEqual({
      technology: { id: 'python', name: 'Python' },
      roles: [{ id: '1f1d44f0f2c0cec7-admaster-intern' }],
      projects: [{ id: 'admaster-data-collecting-system' }, { id: 'feature-extraction-library' }], // by name
      skill: true,
      months: null,
      firstUsed: '2013-04', // the AdMaster internship's start (002:86-88); it gives no end
      lastUsed: null,
      current: false,
      listedOnly: false,
    });
    // Kubernetes: Microsoft China 2018/06 - 2019/12 (19, 002:45-50) and Baidu 2016/03 - 2018/06 (28, 002:58-62),
    // June 2018 once: 46
    expect(find(data.c.technologies, 'kubernetes')?.months).toBe(46);
    // Java as a skill (002:3) and in an own project, 2013/10 - 2014/05 (002:104-108): the
    // project's 8 months count (until session 5 only roles counted, and this was null).
    expect(find(data.c.technologies, 'java')).toEqual({
      technology: { id: 'java', name: 'Java' },
      roles: [],
      projects: [{ id: 'java-symbolic-executor' }],
      skill: true,
      months: 8,
      firstUsed: '2013-10',
      lastUsed: '2014-05',
      current: false,
      listedOnly: false,
    });
    // Linux only in the skills list (002:4), nowhere else in the document: nothing backs it.
    expect(find(data.c.technologies, 'linux')).toEqual({
      technology: { id: 'linux', name: 'Linux' },
      roles: [],
      projects: [],
      skill: true,
      months: null,
      firstUsed: null,
      lastUsed: null,
      current: false,
      listedOnly: true,
    });

    // Longest used first; technologies without dated roles last.
    const months = (data.c.technologies as Use[]).map((use) => use.months);
    const dated = months.filter((m): m is number => m !== null);
    expect(months.slice(0, dated.length)).toEqual([...dated].sort((x, y) => y - x));
    expect(months.slice(dated.length).every((m) => m === null)).toBe(true);
    // C++ and C#: Sr. Software Engineer 2021/09 - 2025/09 (49 months, 002:24-28), the longest
    expect((data.c.technologies as Use[]).slice(0, 2).map((use) => [use.technology.id, use.months])).toEqual([
      ['csharp', 49],
      ['cpp', 49],
    ]);
    // 000 gives no dates at all
    expect((data.a.technologies as Use[]).every((use) => use.months === null)).toBe(true);
  });

  it('answers null for an absent id, and for an id of another kind', async () => {
    const data = await query(`{
      person(id: "0000000000000000") { id }
      company(id: "no-such-company") { id }
      technology(id: "no-such-technology") { id }
      project(id: "no-such-project") { id }
      school(id: "no-such-school") { id }
      personIsCompany: person(id: "stripe") { id }
      companyIsPerson: company(id: "493100191bcfc980") { id }
      projectIsTechnology: project(id: "kafka") { id }
      schoolIsRole: school(id: "493100191bcfc980-stripe-staff") { id }
    }`);
    expect(data).toEqual({
      person: null,
      company: null,
      technology: null,
      project: null,
      school: null,
      personIsCompany: null,
      companyIsPerson: null,
      projectIsTechnology: null,
      schoolIsRole: null,
    });
  });
});

describe('Role', () => {
  it('gives every field of a dated role (002:58-68, Baidu)', async () => {
    const data = await query(`{
      person(id: "1f1d44f0f2c0cec7") {
        roles {
          id kind label title team location startDate endDate current months summary highlights note
          person { id } company { id } technologies { id } projects { id }
        }
      }
    }`);
    const baidu = data.person.roles.find((role: { id: string }) => role.id === '1f1d44f0f2c0cec7-baidu-swe');
    expect(baidu).toEqual({
      id: '1f1d44f0f2c0cec7-baidu-swe',
      kind: 'ROLE',
      label: 'Software Engineer @ Baidu',
      title: 'Software Engineer',
      team: null,
      location: 'Beijing',
      startDate: '2016-03',
      endDate: '2018-06',
      current: false,
      months: 28, // March 2016 to June 2018
      summary: 'Matrix platform, a Borg/Kubernete like distributed cluster management system', // 002:60
      highlights: [
        'Re-architected master server: changed underlaying data storage from MySQL to Raft.',
        'Improved system availability from 99.9% to 99.95%.',
        'Shorten failover time from 30min to 1min.',
        'Collaborated with Test team in designing test plan for functionalities and robustness.',
        'collaborated with SRE team in drafting failover and disaster recovery plan.',
        'Evaluated several resource allocation algorithms using allocator-simulator and introduced some into the system.',
        'Designed and implemented serveral features requested by PaaS and users, including but not limited to disk selection, host selection and resource isolation.',
      ],
      note: expect.stringContaining('"Kubernete" (sic) is'),
      person: { id: '1f1d44f0f2c0cec7' },
      company: { id: 'baidu' },
      // by name; 002:67 allocator-simulator
      technologies: [
        { id: 'allocator-simulator' },
        { id: 'borg' },
        { id: 'kubernetes' },
        { id: 'mysql' },
        { id: 'raft' },
      ],
      projects: [{ id: 'matrix-platform' }],
    });
  });

  it('gives months only where both ends are known, and the team where the document names one', async () => {
    const data = await query(`{
      a: person(id: "1f1d44f0f2c0cec7") { roles { id team months } }
      b: person(id: "493100191bcfc980") { roles { id startDate endDate months note } }
      c: person(id: "b0bdae752341232c") { roles { id months current } }
    }`);
    const byId = (list: LooseData[]) => Object.fromEntries(list.map((role) => [role.id, role]));
    const a = byId(data.a.roles);
    expect(a['1f1d44f0f2c0cec7-microsoft-senior']).toEqual({
      id: '1f1d44f0f2c0cec7-microsoft-senior',
      team: null, // 002:26 "Recommandation platform" names a platform (a project), not a team
      months: 49, // 2021/09 - 2025/09
    });
    expect(a['1f1d44f0f2c0cec7-aliyun-intern']?.months).toBeNull(); // 002:72, no end date, not current
    const b = byId(data.b.roles);
    // "Dec 2019 - Dec 2012" (001:66), read as Dec 2009 - Dec 2012: 37 months
    expect(b['493100191bcfc980-inria-doctoral']).toEqual({
      id: '493100191bcfc980-inria-doctoral',
      startDate: '2009-12',
      endDate: '2012-12',
      months: 37,
      note: expect.stringContaining(
        seedExpected.correctedDates['493100191bcfc980-inria-doctoral'].documentText,
      ),
    });
    expect(b['493100191bcfc980-lbnl-postdoc']?.months).toBe(16); // Jan 2013 - Apr 2014 (001:57)
    expect(b['493100191bcfc980-duesseldorf-assistant']?.months).toBe(21); // Jun 2007 - Feb 2009 (001:85)
    // 000 gives no dates; NVIDIA is current but has no start (000:24)
    expect(data.c.roles).toEqual([
      { id: 'b0bdae752341232c-amadeus-cpp', months: null, current: false },
      { id: 'b0bdae752341232c-amadeus-cloud', months: null, current: false },
      { id: 'b0bdae752341232c-oci-dataplane', months: null, current: false },
      { id: 'b0bdae752341232c-nvidia', months: null, current: true },
    ]);
  });

  it('invents no title where the document names none, and labels such a role by its team', async () => {
    const data = await query(`{ person(id: "b0bdae752341232c") { roles { title team label } } }`);
    expect(data.person.roles).toEqual([
      // 000:7 "I was a C++ developer initially"
      { title: 'C++ Developer', team: null, label: 'C++ Developer @ Amadeus' },
      // 000:7 "moved to the cloud team": a team, no title
      { title: null, team: 'Cloud team', label: 'Cloud team @ Amadeus' },
      // 000:13 "joined Oracle Cloud Infra Network Dataplane team"
      { title: null, team: 'Network Dataplane', label: 'Network Dataplane @ Oracle Cloud Infrastructure' },
      // 000:24 "Now at NVIDIA": neither title nor team
      { title: null, team: null, label: 'Untitled position @ NVIDIA' },
    ]);
  });
});

describe('Query.technology', () => {
  it('finds a technology by id, name or alias in any letter case', async () => {
    const data = await query(`{
      k8s: technology(id: "k8s") { id name }
      typo: technology(id: "Kubenetes") { id name }
      lower: technology(id: "kubernetes") { id name }
      upper: technology(id: "KUBERNETES") { id name }
      other: technology(id: "Kubernete") { id name }
      kafka: technology(id: "apache kafka") { id name }
      cpp: technology(id: "C++") { id name }
    }`);
    const kubernetes = { id: 'kubernetes', name: 'Kubernetes' };
    expect(data).toEqual({
      k8s: kubernetes,
      typo: kubernetes,
      lower: kubernetes,
      upper: kubernetes,
      other: kubernetes,
      kafka: { id: 'kafka', name: 'Kafka' },
      cpp: { id: 'cpp', name: 'C++' },
    });
  });

  it('gives every field of a technology: Kafka (001:38, 002:4, 002:18)', async () => {
    const data = await query(`{
      technology(id: "kafka") {
        id kind label name category normalised aliases
        users { person { id } roles { id } projects { id } skill }
        companies { company { id } count }
        projects { id }
      }
    }`);
    expect(data.technology).toEqual({
      id: 'kafka',
      kind: 'TECHNOLOGY',
      label: 'Kafka',
      name: 'Kafka',
      category: 'streaming',
      normalised: true,
      aliases: ['Apache Kafka'],
      users: [
        {
          person: { id: '1f1d44f0f2c0cec7' },
          roles: [{ id: '1f1d44f0f2c0cec7-microsoft-principal' }],
          projects: [{ id: 'content-builder' }],
          skill: true,
        },
        {
          person: { id: '493100191bcfc980' },
          roles: [{ id: '493100191bcfc980-verizon-labs-principal' }],
          projects: [{ id: 'northstar' }],
          skill: false,
        },
      ],
      companies: [
        { company: { id: 'microsoft' }, count: 1 },
        { company: { id: 'verizon-labs' }, count: 1 },
      ],
      projects: [{ id: 'content-builder' }, { id: 'northstar' }],
    });
  });

  it('gives Kubernetes users among all three people, and the companies where roles used it', async () => {
    const data = await query(`{
      technology(id: "k8s") {
        users { person { id } skill }
        companies { company { id } count }
        projects { id }
      }
    }`);
    expect(data.technology.users).toEqual([
      { person: { id: '1f1d44f0f2c0cec7' }, skill: true }, // 002:4
      { person: { id: '493100191bcfc980' }, skill: false },
      { person: { id: 'b0bdae752341232c' }, skill: false },
    ]);
    expect(data.technology.companies).toEqual([
      { company: { id: 'amadeus' }, count: 1 }, // 000:9
      { company: { id: 'baidu' }, count: 1 }, // 002:60
      { company: { id: 'ericsson-silicon-valley' }, count: 1 }, // 001:52
      { company: { id: 'microsoft' }, count: 1 }, // 002:50
      { company: { id: 'uber-atg' }, count: 1 }, // 001:5
    ]);
    expect(data.technology.projects).toEqual([
      { id: 'matrix-platform' }, // 002:60
      { id: 'openai-platform' }, // 002:50
      { id: 'uber-atg-efficiency-chargeback' }, // 001:9
    ]);
  });
});

describe('Query.company', () => {
  it('gives the parent of a subsidiary, and the subsidiaries of a parent', async () => {
    const data = await query(`{
      atg: company(id: "uber-atg") { parent { id } subsidiaries { id } }
      uber: company(id: "uber") { parent { id } subsidiaries { id name } }
    }`);
    expect(data).toEqual({
      atg: { parent: { id: 'uber' }, subsidiaries: [] },
      uber: { parent: null, subsidiaries: [{ id: 'uber-atg', name: 'Uber ATG' }] },
    });
  });

  it('gives every field of a parent company: roles and people come from its subsidiaries', async () => {
    const data = await query(`{
      company(id: "uber") {
        id kind label name normalised aliases industry
        roles { id }
        own: roles(includeSubsidiaries: false) { id }
        people { id }
        technologies { technology { id } count }
      }
    }`);
    // Uber ATG's only role (001:3) names 17 technologies (001:5-17), one role each, by name
    const atgTechnologies = [
      'athena', // Athena
      'aws', // AWS
      'aws-glue', // AWS Glue
      'aws-lambda', // AWS Lambda
      'rds', // Amazon RDS
      'eks', // Amazon EKS
      'kinesis', // Amazon Kinesis
      'etl', // 001:9 "Glue Spark ETL"
      'flink',
      'hdfs',
      'jupyter',
      'kubernetes',
      'mesos',
      'peloton',
      'rest',
      'spark',
      'zeppelin',
    ];
    expect(data.company).toMatchObject({
      id: 'uber',
      kind: 'COMPANY',
      label: 'Uber',
      name: 'Uber',
      normalised: true,
      aliases: ['Uber Technologies', 'Uber Technologies, Inc.'],
      industry: 'Transportation',
      roles: [{ id: '493100191bcfc980-uber-atg-senior' }],
      own: [],
      people: [{ id: '493100191bcfc980' }],
    });
    expect(data.company.technologies).toHaveLength(atgTechnologies.length);
    expect(data.company.technologies.every((t: { count: number }) => t.count === 1)).toBe(true);
    expect(
      data.company.technologies.map((t: { technology: { id: string } }) => t.technology.id).sort(),
    ).toEqual([...atgTechnologies].sort());
  });

  it("gives Microsoft's four roles earliest first, its person and its technologies (002:14-56)", async () => {
    const data = await query(`{
      company(id: "microsoft") {
        aliases
        roles { id startDate }
        people { id }
        technologies { technology { id } count }
      }
    }`);
    expect(data.company.roles).toEqual([
      { id: '1f1d44f0f2c0cec7-microsoft-china-swe2', startDate: '2018-06' }, // 002:47
      { id: '1f1d44f0f2c0cec7-microsoft-swe2-bellevue', startDate: '2019-12' }, // 002:36
      { id: '1f1d44f0f2c0cec7-microsoft-senior', startDate: '2021-09' }, // 002:26
      { id: '1f1d44f0f2c0cec7-microsoft-principal', startDate: '2025-09' }, // 002:16
    ]);
    expect(data.company.roles).toHaveLength(seedExpected.rolesAtCompany.microsoft);
    expect(data.company.aliases).toContain('Microsoft Corporation');
    expect(data.company.people).toEqual([{ id: '1f1d44f0f2c0cec7' }]);
    // Kafka, LLM (002:18, 22); C++, C# (002:28); hadoop, kubernetes, DLWorkspace, Kusto (002:50-56): one role each
    expect(data.company.technologies).toEqual(
      ['csharp', 'cpp', 'dlworkspace', 'hadoop', 'kafka', 'kubernetes', 'kusto', 'llm'].map((id) => ({
        technology: { id },
        count: 1,
      })),
    );
  });

  it('counts the roles that used a technology at a company, most used first: INRIA (001:66-83)', async () => {
    const data = await query(`{
      company(id: "inria") { roles { id } technologies { technology { id } count } }
      amadeus: company(id: "amadeus") { roles { id } technologies { technology { id } count } }
      oracle: company(id: "oracle") { roles { id } own: roles(includeSubsidiaries: false) { id } people { id } subsidiaries { id } }
    }`);
    expect(data.company.roles).toEqual([
      { id: '493100191bcfc980-inria-master-intern' }, // Mar 2009 (001:77, as corrected)
      { id: '493100191bcfc980-inria-doctoral' }, // Dec 2009 (001:66, as corrected)
    ]);
    type Count = { technology: { id: string }; count: number };
    const inria = data.company.technologies as Count[];
    // Java in both positions (001:70 Snooze, 001:79 "written in Java"); the others in one each
    expect(inria[0]).toEqual({ technology: { id: 'java' }, count: 2 });
    expect(inria.slice(1).every((use) => use.count === 1)).toBe(true);
    expect(
      inria
        .slice(1)
        .map((use) => use.technology.id)
        .sort(),
    ).toEqual(['cplex', 'github', 'grid5000', 'jni', 'kerrighed', 'linuxssi'].sort());
    // Amadeus: the C++ developer position (000:7) and the cloud team (000:9) name different technologies
    expect(data.amadeus.roles).toHaveLength(seedExpected.rolesAtCompany.amadeus);
    const amadeus = data.amadeus.technologies as Count[];
    expect(amadeus.every((use) => use.count === 1)).toBe(true);
    expect(amadeus.map((use) => use.technology.id).sort()).toEqual(
      [
        'ci-cd',
        'consul',
        'couchbase',
        'cpp',
        'gcp',
        'haproxy',
        'helm',
        'kubernetes',
        'memcached',
        'microservices',
        'openshift',
        'prometheus',
        'spark',
        'splunk',
        'terraform',
      ].sort(),
    );
    // Oracle has no role itself; its subsidiary has one (000:13)
    expect(data.oracle).toEqual({
      roles: [{ id: 'b0bdae752341232c-oci-dataplane' }],
      own: [],
      people: [{ id: 'b0bdae752341232c' }],
      subsidiaries: [{ id: 'oracle-cloud-infrastructure' }],
    });
  });
});

describe('Query.project and Query.school', () => {
  it('gives a project reached from two roles once (002:36, 002:52)', async () => {
    const data = await query(`{
      project(id: "deep-learning-training-service") {
        id kind label name description startDate endDate entity
        people { id } roles { id } technologies { id }
      }
    }`);
    expect(data.project).toEqual({
      id: 'deep-learning-training-service',
      kind: 'PROJECT',
      label: 'Deep Learning Training Service',
      name: 'Deep Learning Training Service',
      description: 'Deep Learning Training Service (DLTS); Job-Manager is the backbone of DLTS.', // 002:55
      startDate: null,
      endDate: null,
      entity: null,
      people: [{ id: '1f1d44f0f2c0cec7' }],
      // earliest first: Beijing from 2018/06 (002:45), Bellevue from 2019/12 (002:34)
      roles: [
        { id: '1f1d44f0f2c0cec7-microsoft-china-swe2' },
        { id: '1f1d44f0f2c0cec7-microsoft-swe2-bellevue' },
      ],
      technologies: [{ id: 'dlworkspace' }, { id: 'kusto' }], // 002:54, 56
    });
  });

  it("gives a person's own project with its organisation (002:94-98)", async () => {
    const data = await query(`{
      project(id: "typed-clojure") { name startDate endDate entity people { id } roles { id } technologies { name } }
    }`);
    expect(data.project).toEqual({
      name: 'Typed Clojure',
      startDate: '2014-05',
      endDate: '2014-08',
      entity: 'Google Summer of Code',
      people: [{ id: '1f1d44f0f2c0cec7' }],
      roles: [],
      technologies: [{ name: 'Clojure' }, { name: 'Typed Clojure' }], // 002:98
    });
  });

  it('gives a school with its alumni (002:116-117)', async () => {
    const data = await query(`{
      school(id: "dalian-polytechnic-university") {
        id kind label name
        alumni { person { id label } degree area startDate endDate }
      }
    }`);
    expect(data.school).toEqual({
      id: 'dalian-polytechnic-university',
      kind: 'SCHOOL',
      label: 'Dalian Polytechnic University',
      name: 'Dalian Polytechnic University',
      alumni: [
        {
          person: { id: '1f1d44f0f2c0cec7', label: 'Principal Software Engineer @ Microsoft' },
          degree: 'B.S.',
          area: 'Computer Science',
          startDate: '2009-09',
          endDate: '2013-06',
        },
      ],
    });
  });
});

describe('Entity interface', () => {
  it('gives kind and label through fragments on every kind', async () => {
    const data = await query(`{
      person(id: "493100191bcfc980") {
        ... on Entity { id kind label }
        roles { ... on Entity { kind label } company { ... on Entity { kind label } } projects { ... on Entity { kind } } }
      }
      technology(id: "spark") { ... on Entity { kind label } }
      school(id: "university-of-science-and-technology-of-china") { ... on Entity { kind label } }
    }`);
    expect(data.person).toMatchObject({
      id: '493100191bcfc980',
      kind: 'PERSON',
      label: 'Staff Software Engineer @ Stripe',
    });
    expect(data.person.roles[1]).toMatchObject({
      kind: 'ROLE',
      label: 'Senior Software Engineer, Tech Lead @ Uber ATG', // 001:3
      company: { kind: 'COMPANY', label: 'Uber ATG' },
    });
    expect(data.person.roles[1].projects).toHaveLength(6); // 001:9-12, 16-17
    expect(data.technology).toEqual({ kind: 'TECHNOLOGY', label: 'Spark' });
    expect(data.school).toEqual({ kind: 'SCHOOL', label: 'University of Science and Technology of China' });
  });
});
