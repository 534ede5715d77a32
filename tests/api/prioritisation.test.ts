import type { PrioritisedPortfolio, PriorityCriterion, PriorityCriterionRequest, PriorityScores, RiskAppetiteStatement } from '@gevinst/domain';
import { fundingLineInput } from '../factories/funding.factory';
import { initiativeInput } from '../factories/initiative.factory';
import { createOrganisation, OrganisationFixture } from '../factories/organisation.factory';
import { ApiClient } from '../support/api-client';
import { startTestApp, TestApp } from '../support/test-app';

type Details = { field: string; messages: string[] }[];

describe('prioritisation: criteria, scores, the ranked portfolio with its cut-off, and risk appetite', () => {
  let t: TestApp;
  let org: OrganisationFixture;
  let admin: ApiClient;
  let directorate: ApiClient;
  let lead: ApiClient;
  let finance: ApiClient;

  beforeAll(async () => {
    t = await startTestApp();
    org = await createOrganisation(t.dataSource);
    admin = await ApiClient.as(t.server, t.dataSource, org.organisation.id, ['admin']);
    directorate = await ApiClient.as(t.server, t.dataSource, org.organisation.id, ['directorate']);
    lead = await ApiClient.as(t.server, t.dataSource, org.organisation.id, ['project_lead']);
    finance = await ApiClient.as(t.server, t.dataSource, org.organisation.id, ['finance']);
  });
  afterAll(() => t?.close());

  const CRITERIA = '/api/v1/priority-criteria';
  const scoresOf = (id: string) => `/api/v1/initiatives/${id}/priority-scores`;
  const newInitiative = async (client: ApiClient, departmentId: string, phase = 'analysis') => {
    const id = (await client.post('/api/v1/initiatives').send(initiativeInput(departmentId)).expect(201)).body.id as string;
    await t.dataSource.query('UPDATE initiative SET phase = $2 WHERE id = $1', [id, phase]);
    return id;
  };
  const standard: PriorityCriterionRequest[] = [
    { name: 'Strategisk sigte', weight: 40 },
    { name: 'Gevinstpotentiale', weight: 35, description: 'Forventede gevinster i kr. og timer' },
    { name: 'Risiko', weight: 25, inverse: true },
  ];
  const details = async (body: object, status: number): Promise<Details> => (await admin.put(CRITERIA).send(body).expect(status)).body.details;

  it('refuses weights that do not form a valid set, field by field, and changes nothing', async () => {
    const saved: PriorityCriterion[] = (await admin.put(CRITERIA).send({ criteria: standard }).expect(200)).body;
    expect(saved.map(({ name, weight, inverse, position, description }) => ({ name, weight, inverse, position, description }))).toEqual([
      { name: 'Strategisk sigte', weight: 40, inverse: false, position: 1, description: null },
      { name: 'Gevinstpotentiale', weight: 35, inverse: false, position: 2, description: 'Forventede gevinster i kr. og timer' },
      { name: 'Risiko', weight: 25, inverse: true, position: 3, description: null },
    ]);

    expect(await details({ criteria: [{ name: 'A', weight: 50 }, { name: 'B', weight: 40 }] }, 400)).toEqual([
      { field: 'criteria', messages: ['Vægtene skal summe til 100 (i alt 90)'] },
    ]);
    expect((await details({ criteria: [{ name: 'A', weight: 50.5 }, { name: 'B', weight: 49.5 }] }, 400)).map((d) => d.field)).toEqual([
      'criteria.0.weight',
      'criteria.1.weight',
    ]);
    expect((await details({ criteria: [{ name: 'A', weight: 120 }, { name: 'B', weight: -20 }] }, 400)).map((d) => d.field)).toEqual([
      'criteria.0.weight',
      'criteria.1.weight',
    ]);
    expect(await details({ criteria: [{ name: 'Risiko', weight: 50 }, { name: 'risiko ', weight: 50 }] }, 400)).toEqual([
      { field: 'criteria.1.name', messages: ['Navnet „risiko“ er brugt mere end én gang'] },
    ]);
    expect(await details({ criteria: [] }, 400)).toEqual([{ field: 'criteria', messages: ['Der skal være mellem 1 og 10 kriterier (der er 0)'] }]);
    const eleven = Array.from({ length: 11 }, (_, i) => ({ name: `K${i}`, weight: i === 0 ? 0 : 10 }));
    expect((await details({ criteria: eleven }, 400)).map((d) => d.field)).toEqual(['criteria']);
    expect((await details({ criteria: [{ name: 'A', weight: '100' }] }, 400)).map((d) => d.field)).toEqual(['criteria.0.weight']);
    expect((await details({ criteria: [{ name: '', weight: 100 }] }, 400)).map((d) => d.field)).toEqual(['criteria.0.name']);
    expect((await details({ criteria: [{ id: saved[0].id, name: 'A', weight: 50 }, { id: saved[0].id, name: 'B', weight: 50 }] }, 400)).map((d) => d.field)).toEqual([
      'criteria.1.id',
    ]);
    expect((await details({ criteria: [{ id: crypto.randomUUID(), name: 'A', weight: 100 }] }, 422)).map((d) => d.field)).toEqual(['criteria.0.id']);

    expect((await lead.get(CRITERIA).expect(200)).body).toEqual(saved);
  });

  it('keeps the scores of kept criteria and drops those of removed ones when the set changes', async () => {
    const criteria: PriorityCriterion[] = (await admin.put(CRITERIA).send({ criteria: standard }).expect(200)).body;
    const id = await newInitiative(lead, org.departments.OKD.id);
    const [strategy, gains, risk] = criteria;
    const scored: PriorityScores = (
      await directorate
        .put(scoresOf(id))
        .send({ scores: [{ criterionId: strategy.id, score: 5 }, { criterionId: gains.id, score: 3 }, { criterionId: risk.id, score: 4 }] })
        .expect(200)
    ).body;
    // 40×5/5 + 35×3/5 + 25×(5−4)/5
    expect(scored.total).toBe(66);

    const changed: PriorityCriterion[] = (
      await admin
        .put(CRITERIA)
        .send({ criteria: [{ id: gains.id, name: 'Gevinster', weight: 50 }, { id: strategy.id, name: 'Strategisk sigte', weight: 30 }, { name: 'Lovkrav', weight: 20 }] })
        .expect(200)
    ).body;
    expect(changed.map((c) => [c.id === gains.id, c.id === strategy.id, c.name, c.position])).toEqual([
      [true, false, 'Gevinster', 1],
      [false, true, 'Strategisk sigte', 2],
      [false, false, 'Lovkrav', 3],
    ]);
    const after: PriorityScores = (await lead.get(scoresOf(id)).expect(200)).body;
    expect(after.scores).toEqual([{ criterionId: gains.id, score: 3 }, { criterionId: strategy.id, score: 5 }]);
    expect(after.total).toBeNull();
    const [{ n }] = await t.dataSource.query('SELECT count(*)::int AS n FROM priority_score WHERE criterion_id = $1', [risk.id]);
    expect(n).toBe(0);
  });

  it('records scores 0–5 on known criteria, whole sets only, with a version that catches lost updates', async () => {
    const criteria: PriorityCriterion[] = (await admin.put(CRITERIA).send({ criteria: standard }).expect(200)).body;
    const id = await newInitiative(lead, org.departments.OKD.id);
    const fresh: PriorityScores = (await lead.get(scoresOf(id)).expect(200)).body;
    expect(fresh).toMatchObject({ initiativeId: id, scores: [], total: null });

    const put = (body: object, status: number) => directorate.put(scoresOf(id)).send(body).expect(status);
    const fields = async (body: object, status: number) => ((await put(body, status)).body.details as Details).map((d) => d.field);
    expect(await fields({ scores: [{ criterionId: criteria[0].id, score: 6 }] }, 400)).toEqual(['scores.0.score']);
    expect(await fields({ scores: [{ criterionId: criteria[0].id, score: 2.5 }] }, 400)).toEqual(['scores.0.score']);
    expect(await fields({ scores: [{ criterionId: criteria[0].id, score: -1 }] }, 400)).toEqual(['scores.0.score']);
    expect(await fields({ scores: [{ criterionId: criteria[0].id, score: 1 }, { criterionId: criteria[0].id, score: 2 }] }, 400)).toEqual([
      'scores.1.criterionId',
    ]);
    expect(await fields({ scores: [{ criterionId: crypto.randomUUID(), score: 1 }] }, 422)).toEqual(['scores.0.criterionId']);
    expect((await lead.get(scoresOf(id)).expect(200)).body).toEqual(fresh);

    const partial: PriorityScores = (await put({ version: fresh.version, scores: [{ criterionId: criteria[0].id, score: 4 }] }, 200)).body;
    expect(partial).toMatchObject({ scores: [{ criterionId: criteria[0].id, score: 4 }], total: null });
    expect(partial.version).not.toBe(fresh.version);
    // Someone still holding the first version is told, and given the current scores.
    const stale = (await put({ version: fresh.version, scores: [{ criterionId: criteria[0].id, score: 0 }] }, 409)).body;
    expect(stale.current).toEqual(partial);

    const all = criteria.map((c) => ({ criterionId: c.id, score: 5 }));
    const full: PriorityScores = (await admin.put(scoresOf(id)).send({ version: partial.version, scores: all }).expect(200)).body;
    // Risk counts against: a 5 there gives it nothing.
    expect(full.total).toBe(75);
    // Saving the same scores again keeps the version; without a version the last write wins.
    expect((await put({ version: full.version, scores: all }, 200)).body.version).toBe(full.version);
    expect((await put({ scores: all.slice(1) }, 200)).body.scores).toHaveLength(2);
  });

  it('ranks by score with the cumulative cost in exact øre, draws the cut-off line and lists the unscored', async () => {
    const own = await createOrganisation(t.dataSource, { codePrefix: 'RNK' });
    const rAdmin = await ApiClient.as(t.server, t.dataSource, own.organisation.id, ['admin']);
    const rFinance = await ApiClient.as(t.server, t.dataSource, own.organisation.id, ['finance']);
    const rDirectorate = await ApiClient.as(t.server, t.dataSource, own.organisation.id, ['directorate']);
    const okd = own.departments.OKD.id;
    const sos = own.departments['SOS-AEL'].id;
    const [impact, risk]: PriorityCriterion[] = (
      await rAdmin.put(CRITERIA).send({ criteria: [{ name: 'Effekt', weight: 60 }, { name: 'Risiko', weight: 40, inverse: true }] }).expect(200)
    ).body;
    const score = (id: string, a: number, b?: number) =>
      rDirectorate
        .put(scoresOf(id))
        .send({ scores: [{ criterionId: impact.id, score: a }, ...(b === undefined ? [] : [{ criterionId: risk.id, score: b }])] })
        .expect(200);
    const line = (id: string, amount: number, year = 2026, departmentId = okd) =>
      rFinance.post(`/api/v1/initiatives/${id}/funding-lines`).send(fundingLineInput(departmentId, { amount, year })).expect(201);

    const first = await newInitiative(rAdmin, okd, 'implementation');
    await score(first, 5, 0); // 100
    await line(first, 0.1);
    await line(first, 0.2);
    await line(first, 1000, 2027);
    const second = await newInitiative(rAdmin, sos, 'analysis');
    await score(second, 4, 1); // 48 + 32 = 80
    await line(second, 100000.25, 2026, sos);
    const third = await newInitiative(rAdmin, okd, 'idea');
    await score(third, 5, 2); // 60 + 24 = 84
    await line(third, 0.45);
    const tie = await newInitiative(rAdmin, okd, 'paused');
    await score(tie, 4, 1); // 80, ranked after `second` by code
    const cheap = await newInitiative(rAdmin, okd, 'analysis');
    await score(cheap, 0, 5); // 0, no cost
    const ideaUnscored = await newInitiative(rAdmin, okd, 'idea');
    const analysisUnscored = await newInitiative(rAdmin, okd, 'analysis');
    const partly = await newInitiative(rAdmin, sos, 'realisation');
    await score(partly, 5);
    const closed = await newInitiative(rAdmin, okd, 'closed');
    await score(closed, 5, 0);
    const archived = await newInitiative(rAdmin, okd, 'analysis');
    await score(archived, 5, 0);
    await t.dataSource.query('UPDATE initiative SET archived_at = now() WHERE id = $1', [archived]);

    const code = async (id: string) => (await rAdmin.get(`/api/v1/initiatives/${id}`).expect(200)).body.code as string;
    const view: PrioritisedPortfolio = (await rAdmin.get('/api/v1/prioritisation?fromYear=2026&toYear=2026&available=100000.80').expect(200)).body;
    expect(view).toMatchObject({ fromYear: 2026, toYear: 2026, available: 100000.8 });
    expect(view.items.map((i) => [i.rank, i.initiative.id, i.score, i.cost, i.cumulativeCost, i.funded])).toEqual([
      [1, first, 100, 0.3, 0.3, true],
      [2, third, 84, 0.45, 0.75, true],
      [3, second, 80, 100000.25, 100001, false],
      [4, tie, 80, 0, 100001, false],
      [5, cheap, 0, 0, 100001, false],
    ]);
    expect(view.items[0].initiative).toEqual({ id: first, code: await code(first), title: expect.any(String), phase: 'implementation' });
    expect(view.unscored.map((u) => u.id)).toEqual([analysisUnscored, partly]);
    expect(view.unscored.map((u) => u.id)).not.toContain(ideaUnscored);

    // Exactly the first three fit when 100 001 kr. is available; the line falls after the last that fits.
    const exact: PrioritisedPortfolio = (await rAdmin.get('/api/v1/prioritisation?fromYear=2026&available=100001').expect(200)).body;
    expect(exact.items.map((i) => i.funded)).toEqual([true, true, true, true, true]);
    const short: PrioritisedPortfolio = (await rAdmin.get('/api/v1/prioritisation?fromYear=2026&available=100000.99').expect(200)).body;
    expect(short.items.map((i) => i.funded)).toEqual([true, true, false, false, false]);

    // Two years: the 2027 line counts too.
    const twoYears: PrioritisedPortfolio = (await rAdmin.get('/api/v1/prioritisation?fromYear=2026&toYear=2027&available=0').expect(200)).body;
    expect(twoYears.items[0]).toMatchObject({ cost: 1000.3, cumulativeCost: 1000.3, funded: false });
    expect(twoYears.items.find((i) => i.initiative.id === cheap)).toMatchObject({ funded: false });

    // Without an amount: the capital of the organisation's pools in the years.
    await rFinance.post('/api/v1/funding-pools').send({ name: 'Digitaliseringsbanken', years: [{ year: 2026, capital: 60000.5 }, { year: 2027, capital: 40000.3 }] }).expect(201);
    await rFinance.post('/api/v1/funding-pools').send({ name: 'Velfærdspuljen', years: [{ year: 2026, capital: 0.2 }] }).expect(201);
    const byPools: PrioritisedPortfolio = (await rAdmin.get('/api/v1/prioritisation?fromYear=2026&toYear=2027').expect(200)).body;
    expect(byPools.available).toBe(100001);
    expect(byPools.items.map((i) => [i.cumulativeCost, i.funded])).toEqual([
      [1000.3, true],
      [1000.75, true],
      [101001, false],
      [101001, false],
      [101001, false],
    ]);
    const oneYear: PrioritisedPortfolio = (await rAdmin.get('/api/v1/prioritisation?fromYear=2026').expect(200)).body;
    expect(oneYear).toMatchObject({ toYear: 2026, available: 60000.7 });

    // Filters: department (with sub-departments, lead or involved) and phase apply to the ranking and the unscored list.
    const bySos: PrioritisedPortfolio = (await rAdmin.get(`/api/v1/prioritisation?fromYear=2026&departmentId=${own.departments.SOS.id}`).expect(200)).body;
    expect(bySos.items.map((i) => i.initiative.id)).toEqual([second]);
    expect(bySos.unscored.map((u) => u.id)).toEqual([partly]);
    const byPhase: PrioritisedPortfolio = (await rAdmin.get('/api/v1/prioritisation?fromYear=2026&phase=analysis,paused').expect(200)).body;
    expect(byPhase.items.map((i) => i.initiative.id)).toEqual([second, tie, cheap]);
    expect(byPhase.unscored.map((u) => u.id)).toEqual([analysisUnscored]);

    const field = async (query: string, status: number) => ((await rAdmin.get(`/api/v1/prioritisation?${query}`).expect(status)).body.details as Details)[0].field;
    expect(await field('fromYear=2027&toYear=2026', 400)).toBe('toYear');
    expect(await field('fromYear=2026&available=1.005', 400)).toBe('available');
    expect(await field('fromYear=2026&available=-1', 400)).toBe('available');
    expect(await field('fromYear=1999', 400)).toBe('fromYear');
    expect(await field('phase=someday', 400)).toBe('phase');
    expect(await field(`departmentId=${org.departments.OKD.id}`, 422)).toBe('departmentId');
  });

  it('lets only admin configure and admin or the directorate score; everyone reads; foreign objects are not found', async () => {
    const criteria: PriorityCriterion[] = (await admin.put(CRITERIA).send({ criteria: standard }).expect(200)).body;
    const own = await newInitiative(lead, org.departments.OKD.id);
    const all = criteria.map((c) => ({ criterionId: c.id, score: 3 }));
    await lead.put(CRITERIA).send({ criteria: standard }).expect(403);
    await directorate.put(CRITERIA).send({ criteria: standard }).expect(403);
    await finance.put(CRITERIA).send({ criteria: standard }).expect(403);
    // The project lead leads this initiative and still may not score it.
    await lead.put(scoresOf(own)).send({ scores: all }).expect(403);
    await finance.put(scoresOf(own)).send({ scores: all }).expect(403);
    await lead.put('/api/v1/risk-appetite').send({ appetites: [] }).expect(403);
    await directorate.put('/api/v1/risk-appetite').send({ appetites: [] }).expect(403);
    expect((await finance.get(scoresOf(own)).expect(200)).body.scores).toEqual([]);
    await finance.get('/api/v1/prioritisation').expect(200);
    await lead.get('/api/v1/risk-appetite').expect(200);

    const foreign = await createOrganisation(t.dataSource, { codePrefix: 'FRN' });
    const foreignAdmin = await ApiClient.as(t.server, t.dataSource, foreign.organisation.id, ['admin']);
    const foreignCriteria: PriorityCriterion[] = (await foreignAdmin.put(CRITERIA).send({ criteria: [{ name: 'Fremmed', weight: 100 }] }).expect(200)).body;
    const foreignInitiative = await newInitiative(foreignAdmin, foreign.departments.OKD.id);
    await foreignAdmin.put(scoresOf(foreignInitiative)).send({ scores: [{ criterionId: foreignCriteria[0].id, score: 5 }] }).expect(200);

    await admin.get(scoresOf(foreignInitiative)).expect(404);
    await admin.put(scoresOf(foreignInitiative)).send({ scores: all }).expect(404);
    await admin.get(scoresOf('not-a-uuid')).expect(404);
    await directorate.put(scoresOf(crypto.randomUUID())).send({ scores: all }).expect(404);
    // Another organisation's criterion is unknown here, for scoring and for keeping.
    expect((await directorate.put(scoresOf(own)).send({ scores: [{ criterionId: foreignCriteria[0].id, score: 1 }] }).expect(422)).body.details[0].field).toBe('scores.0.criterionId');
    expect((await admin.put(CRITERIA).send({ criteria: [{ id: foreignCriteria[0].id, name: 'X', weight: 100 }] }).expect(422)).body.details[0].field).toBe('criteria.0.id');
    expect((await admin.get(CRITERIA).expect(200)).body.map((c: PriorityCriterion) => c.id)).toEqual(criteria.map((c) => c.id));
    const view: PrioritisedPortfolio = (await admin.get('/api/v1/prioritisation').expect(200)).body;
    expect([...view.items.map((i) => i.initiative.id), ...view.unscored.map((u) => u.id)]).not.toContain(foreignInitiative);
    // The foreign organisation's set is untouched by ours.
    expect((await foreignAdmin.get(CRITERIA).expect(200)).body).toEqual(foreignCriteria);
  });

  it('keeps the risk appetite per area as a whole statement, refusing unknown areas and levels', async () => {
    const PATH = '/api/v1/risk-appetite';
    expect((await lead.get(PATH).expect(200)).body).toEqual([]);
    const statement: RiskAppetiteStatement[] = [
      { category: 'supplier', appetite: 'open', statement: 'Vi prøver nye leverandører i små piloter.' },
      { category: 'information_security', appetite: 'averse', statement: null },
      { category: 'political', appetite: 'cautious', statement: '  Byrådets linje følges  ' },
    ];
    const saved: RiskAppetiteStatement[] = (await admin.put(PATH).send({ appetites: statement }).expect(200)).body;
    expect(saved).toEqual([
      { category: 'political', appetite: 'cautious', statement: 'Byrådets linje følges' },
      { category: 'information_security', appetite: 'averse', statement: null },
      { category: 'supplier', appetite: 'open', statement: 'Vi prøver nye leverandører i små piloter.' },
    ]);
    expect((await finance.get(PATH).expect(200)).body).toEqual(saved);

    const field = async (body: object) => ((await admin.put(PATH).send(body).expect(400)).body.details as Details)[0].field;
    expect(await field({ appetites: [{ category: 'weather', appetite: 'open' }] })).toBe('appetites.0.category');
    expect(await field({ appetites: [{ category: 'legal', appetite: 'reckless' }] })).toBe('appetites.0.appetite');
    expect(await field({ appetites: [{ category: 'legal', appetite: 'open' }, { category: 'legal', appetite: 'averse' }] })).toBe('appetites.1.category');
    expect(await field({ appetites: 'open' })).toBe('appetites');
    expect((await lead.get(PATH).expect(200)).body).toEqual(saved);

    const changed: RiskAppetiteStatement[] = (
      await admin.put(PATH).send({ appetites: [{ category: 'supplier', appetite: 'cautious' }, { category: 'legal', appetite: 'averse', statement: 'Ingen tvivl om hjemmel' }] }).expect(200)
    ).body;
    expect(changed).toEqual([
      { category: 'legal', appetite: 'averse', statement: 'Ingen tvivl om hjemmel' },
      { category: 'supplier', appetite: 'cautious', statement: null },
    ]);
    expect((await admin.put(PATH).send({ appetites: [] }).expect(200)).body).toEqual([]);
  });
});
