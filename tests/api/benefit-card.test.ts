import type { BenefitMap, BusinessCase, PortfolioReview } from '@gevinst/domain';
import request from 'supertest';
import { benefitInput, goalInput } from '../factories/benefit.factory';
import { steeringGroupInput } from '../factories/governance.factory';
import { initiativeInput } from '../factories/initiative.factory';
import { createOrganisation, OrganisationFixture } from '../factories/organisation.factory';
import { ApiClient, createUser } from '../support/api-client';
import { danishShort, daysFromToday, thisYear } from '../support/clock';
import { binaryBody, describeWithPoppler, pdfInfo, pdfText } from '../support/pdf';
import { startTestApp, TestApp } from '../support/test-app';

/** The same da-DK form the card prints kroner in (two decimals only when there are øre). */
const kroner = (value: number) =>
  `${new Intl.NumberFormat('da-DK', Number.isInteger(value) ? { maximumFractionDigits: 0 } : { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value)} kr.`;
const long = (text: string, length: number) => `${text} ${'og mere tekst om æøå '.repeat(20)}`.slice(0, length);

describe('benefit card PDF (gevinstrealiseringskort)', () => {
  let t: TestApp;
  let org: OrganisationFixture;
  let admin: ApiClient;
  let lead: ApiClient;
  let reader: ApiClient;
  let foreign: ApiClient;
  let focus: { id: string; code: string };
  let large: { id: string; code: string };
  let other: { id: string; code: string };
  let group: { id: string; name: string };
  let emptyGroup: { id: string };
  let review: PortfolioReview;

  const get = (client: ApiClient, path: string) => client.get(path).buffer(true).parse(binaryBody as never);
  const cardOf = (id: string) => `/api/v1/initiatives/${id}/benefit-card.pdf`;
  const create = async (overrides: object = {}) =>
    (await lead.post('/api/v1/initiatives').send(initiativeInput(org.departments.OKD.id, overrides)).expect(201)).body as { id: string; code: string };
  const govern = (id: string, body: object) => lead.put(`/api/v1/initiatives/${id}/governance`).send({ version: 1, ...body }).expect(200);

  beforeAll(async () => {
    t = await startTestApp();
    org = await createOrganisation(t.dataSource);
    admin = await ApiClient.as(t.server, t.dataSource, org.organisation.id, ['admin']);
    lead = await ApiClient.as(t.server, t.dataSource, org.organisation.id, ['project_lead']);
    reader = await ApiClient.as(t.server, t.dataSource, org.organisation.id, ['finance']);
    const foreignOrg = await createOrganisation(t.dataSource, { codePrefix: 'FRM' });
    foreign = await ApiClient.as(t.server, t.dataSource, foreignOrg.organisation.id, ['admin']);
    const owner = await createUser(t.dataSource, org.organisation.id, ['benefit_owner'], { name: 'Åse Østergård', departmentId: org.departments['OKD-OKO'].id });
    const projectOwner = await createUser(t.dataSource, org.organisation.id, ['directorate'], { name: 'Bjørn Præstø' });

    const top = (await admin.post('/api/v1/steering-groups').send(steeringGroupInput({ name: 'Direktionen', level: 'directorate' })).expect(201)).body;
    group = (await admin.post('/api/v1/steering-groups').send(steeringGroupInput({ name: 'Styregruppe for Økonomi', parentId: top.id })).expect(201)).body;
    emptyGroup = (await admin.post('/api/v1/steering-groups').send(steeringGroupInput()).expect(201)).body;

    focus = await create({ title: 'Digital pladsanvisning i dagtilbud', purpose: 'Forældre søger selv en plads, og pladsanvisningen får tid til de svære sager.' });
    await govern(focus.id, { steeringGroupId: group.id, projectOwnerUserId: projectOwner.id });
    const goal = (
      await lead
        .post(`/api/v1/initiatives/${focus.id}/goals`)
        .send(goalInput({ title: 'Færre ansøgninger på papir', baselineValue: 20, targetValue: 50, pessimisticTarget: 40, optimisticTarget: 60 }))
        .expect(201)
    ).body;
    await lead.post(`/api/v1/goals/${goal.id}/measurements`).send({ kind: 'during', measuredOn: daysFromToday(-10), value: 35 }).expect(201);
    const benefit = (
      await lead
        .post(`/api/v1/initiatives/${focus.id}/benefits`)
        .send(
          benefitInput({
            title: 'Sparet porto og print',
            type: 'economic',
            unit: 'DKK',
            goalId: goal.id,
            ownerUserId: owner.id,
            receivingDepartmentId: org.departments['OKD-OKO'].id,
            years: [{ year: thisYear(), planned: 1_250_000, realised: 812_500.5 }],
          }),
        )
        .expect(201)
    ).body;
    await lead.post(`/api/v1/benefits/${benefit.id}/evaluation-points`).send({ dueDate: daysFromToday(30), label: 'Halvårsmåling' }).expect(201);
    const mapUrl = `/api/v1/initiatives/${focus.id}/benefit-map`;
    const map: BenefitMap = (await lead.post(`${mapUrl}/nodes`).send({ kind: 'change', title: 'Forældre søger selv', dueDate: daysFromToday(60) }).expect(201)).body;
    const change = map.nodes.find((n) => n.kind === 'change')!;
    await lead.post(`${mapUrl}/links`).send({ from: change.id, to: benefit.id }).expect(201);

    // Far more than a page holds: long titles, many goals, benefits and years.
    large = await create({ title: long('Det store initiativ', 200), purpose: long('Et meget langt formål', 4000) });
    await govern(large.id, { steeringGroupId: group.id });
    // In analysis the health rules apply (phases move by gate decisions; the card only reads the phase).
    await t.dataSource.query(`UPDATE initiative SET phase = 'analysis' WHERE id = $1`, [large.id]);
    for (let i = 0; i < 12; i++) {
      await lead.post(`/api/v1/initiatives/${large.id}/goals`).send(goalInput({ title: long(`Mål ${i}`, 200), indicatorName: long('Indikator', 200) })).expect(201);
    }
    for (let i = 0; i < 25; i++) {
      const years = Array.from({ length: 8 }, (_, y) => ({ year: thisYear(y - 2), planned: 99_999_999.99, realised: y < 3 ? 88_888_888.88 : null }));
      await lead.post(`/api/v1/initiatives/${large.id}/benefits`).send(benefitInput({ title: long(`Gevinst ${i}`, 200), years })).expect(201);
    }

    other = await create();
    await govern(other.id, { steeringGroupId: top.id });
    review = (await admin.post('/api/v1/portfolio-reviews').send({ steeringGroupId: top.id, title: 'Porteføljemøde', heldOn: daysFromToday(14) }).expect(201)).body;
    for (const id of [focus.id, large.id]) await admin.post(`/api/v1/portfolio-reviews/${review.id}/agenda`).send({ initiativeId: id });
    review = (await admin.get(`/api/v1/portfolio-reviews/${review.id}`).expect(200)).body;
  });
  afterAll(() => t?.close());

  it('downloads as an attachment named after the initiative, streamed (no length known in advance)', async () => {
    const response = await get(reader, cardOf(focus.id)).expect(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toBe(`attachment; filename="gevinstkort-${focus.code}.pdf"; filename*=UTF-8''gevinstkort-${focus.code}.pdf`);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.headers['transfer-encoding']).toBe('chunked');
    expect((response.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('is 404 for another organisation’s initiative, steering group and review, and for a malformed id', async () => {
    for (const path of [cardOf(focus.id), `/api/v1/steering-groups/${group.id}/benefit-cards.pdf`, `/api/v1/portfolio-reviews/${review.id}/benefit-cards.pdf`]) {
      const body = (await foreign.get(path).expect(404)).body;
      expect(body).toMatchObject({ statusCode: 404, code: 'NOT_FOUND' });
    }
    await reader.get('/api/v1/initiatives/not-a-uuid/benefit-card.pdf').expect(404);
    await request(t.server).get(cardOf(focus.id)).expect(401);
  });

  it('refuses a pack without cards (422) rather than sending an empty PDF', async () => {
    const body = (await reader.get(`/api/v1/steering-groups/${emptyGroup.id}/benefit-cards.pdf`).expect(422)).body;
    expect(body).toMatchObject({ code: 'INVALID_STATE' });
  });

  describeWithPoppler('read back with pdfinfo and pdftotext', () => {
    it('is one A4 page with the key figures as Danish text, fonts embedded', async () => {
      const pdf: Buffer = (await get(reader, cardOf(focus.id)).expect(200)).body;
      expect(pdfInfo(pdf)).toMatchObject({ Pages: '1', 'Page size': '595.28 x 841.89 pts (A4)', Title: `Gevinstrealiseringskort ${focus.code}` });
      const text = pdfText(pdf);
      for (const expected of [
        focus.code,
        'Digital pladsanvisning i dagtilbud',
        'Projektejer: Bjørn Præstø',
        'Styregruppe: Styregruppe for Økonomi',
        `Projektleder: ${lead.user.name}`,
        // The goal: baseline → three-point target → latest measurement → achievement (35 − 20) / (50 − 20).
        'Færre ansøgninger på papir',
        danishShort(daysFromToday(-540)),
        '40 · 50 · 60 %',
        '35 %',
        danishShort(daysFromToday(-10)),
        '50 %',
        // The benefit: owner, receiving department, planned vs realised in its year.
        'Sparet porto og print',
        'Åse Østergård',
        String(thisYear()),
        '1.250.000',
        '812.500,50',
        'I alt: 1.250.000 kr. planlagt, 812.500,50 kr. realiseret',
        // The next evaluation point, the open precondition of the map, the health check.
        `${danishShort(daysFromToday(30))} Sparet porto og print – Halvårsmåling`,
        'Forældre søger selv',
        'Sundhedstjek',
        'Side 1 af 1',
      ]) {
        expect(text.replace(/ +/g, ' ')).toContain(expected);
      }
    });

    it('prints the business case’s net present values as the business case answers them', async () => {
      const bc: BusinessCase = (await reader.get(`/api/v1/initiatives/${focus.id}/business-case`).expect(200)).body;
      const text = pdfText((await get(reader, cardOf(focus.id)).expect(200)).body).replace(/\s+/g, ' ');
      for (const scenario of bc.scenarios) expect(text).toContain(kroner(scenario.npv));
      expect(text).toContain('Nutidsværdi, forventet');
    });

    it('keeps a large initiative to one page, naming what it left out', async () => {
      const pdf: Buffer = (await get(reader, cardOf(large.id)).expect(200)).body;
      expect(pdfInfo(pdf).Pages).toBe('1');
      const text = pdfText(pdf);
      expect(text).toMatch(/\+ \d+ flere/);
      expect(text).toContain('…');
      // Health findings, errors first: quantified benefits without an owner (FIN-1).
      expect(text).toMatch(/FIN-1 Fejl: /);
      expect(text).toContain('Fase: Analyse');
    });

    it('prints a steering group’s pack with one page per live initiative it or a group below it steers, in code order', async () => {
      const response = await get(reader, `/api/v1/steering-groups/${group.id}/benefit-cards.pdf`).expect(200);
      expect(response.headers['content-disposition']).toContain(`filename*=UTF-8''gevinstkort-styregruppe-for-%C3%B8konomi-`);
      const pdf: Buffer = response.body;
      expect(pdfInfo(pdf).Pages).toBe('2');
      const [first, second] = [focus, large].sort((a, b) => a.code.localeCompare(b.code));
      expect(pdfText(pdf, 1)).toContain(`${first.code} · udskrevet`);
      expect(pdfText(pdf, 1)).toContain('Side 1 af 2');
      expect(pdfText(pdf, 2)).toContain(`${second.code} · udskrevet`);
      expect(pdfText(pdf, 2)).toContain('Styregruppe: Styregruppe for Økonomi');

      // The directorate's pack holds the group below it as well.
      const top: Buffer = (await get(reader, `/api/v1/steering-groups/${review.steeringGroup.id}/benefit-cards.pdf`).expect(200)).body;
      expect(pdfInfo(top).Pages).toBe('3');
    });

    it('prints a portfolio review’s pack in agenda order, the meeting named on every card', async () => {
      const pdf: Buffer = (await get(reader, `/api/v1/portfolio-reviews/${review.id}/benefit-cards.pdf`).expect(200)).body;
      expect(pdfInfo(pdf).Pages).toBe(String(review.agenda.length));
      review.agenda.forEach((item, i) => {
        const page = pdfText(pdf, i + 1);
        expect(page).toContain(item.initiative.code);
        expect(page).toContain(`Porteføljemøde · ${danishShort(daysFromToday(14))}`);
      });
    });
  });
});
