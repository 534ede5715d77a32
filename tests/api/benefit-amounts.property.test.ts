import type { BenefitSummary, PortfolioBenefitTotals, PortfolioOverview } from '@gevinst/domain';
import fc from 'fast-check';
import { benefitInput } from '../factories/benefit.factory';
import { initiativeInput } from '../factories/initiative.factory';
import { createOrganisation } from '../factories/organisation.factory';
import { ApiClient } from '../support/api-client';
import { thisYear } from '../support/clock';
import { startTestApp, TestApp } from '../support/test-app';

const Y = thisYear();
type Unit = 'DKK' | 'hours';
interface YearAmounts {
  year: number;
  /** Whole hundredths (øre for DKK), so the expected sums never pass through floating point. */
  planned: number;
  realised: number | null;
}
interface GeneratedBenefit {
  unit: Unit;
  years: YearAmounts[];
}

// Small amounts hit the floating-point traps (0.1 + 0.2); large ones the limits of exactness.
const hundredths = fc.oneof(fc.integer({ min: 0, max: 1_000 }), fc.integer({ min: 0, max: 100_000_000_000 }));
const benefit: fc.Arbitrary<GeneratedBenefit> = fc.record({
  unit: fc.constantFrom<Unit>('DKK', 'hours'),
  years: fc.uniqueArray(fc.record({ year: fc.integer({ min: Y - 1, max: Y + 1 }), planned: hundredths, realised: fc.option(hundredths, { nil: null }) }), {
    selector: (y) => y.year,
    minLength: 1,
    maxLength: 3,
  }),
});
const portfolio = fc.array(fc.array(benefit, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 });

const sumOf = (benefits: GeneratedBenefit[], unit: Unit, field: 'planned' | 'realised', years: (year: number) => boolean) =>
  benefits
    .filter((b) => b.unit === unit)
    .flatMap((b) => b.years.filter((y) => years(y.year)))
    .reduce((sum, y) => sum + (y[field] ?? 0), 0) / 100;

/**
 * One money rule: every total of benefit amounts that an endpoint shows equals the exact sum of the amounts it adds up,
 * on the per-initiative summary, the portfolio totals and the management overview alike. Each run is a fresh
 * organisation with a generated portfolio (amounts in øre, with and without realised figures, over three years).
 */
describe('benefit totals are the sums of their parts on every endpoint (property)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t?.close());

  it('holds for generated portfolios', async () => {
    await fc.assert(
      fc.asyncProperty(portfolio, async (initiatives) => {
        const org = await createOrganisation(t.dataSource);
        const lead = await ApiClient.as(t.server, t.dataSource, org.organisation.id, ['project_lead']);
        const director = await ApiClient.as(t.server, t.dataSource, org.organisation.id, ['directorate']);
        const all = initiatives.flat();

        for (const benefits of initiatives) {
          const id: string = (await lead.post('/api/v1/initiatives').send(initiativeInput(org.departments.OKD.id)).expect(201)).body.id;
          for (const b of benefits) {
            const years = b.years.map((y) => ({ year: y.year, planned: y.planned / 100, realised: y.realised === null ? null : y.realised / 100 }));
            const body = b.unit === 'DKK' ? benefitInput({ type: 'economic', unit: 'DKK', years }) : benefitInput({ years });
            await lead.post(`/api/v1/initiatives/${id}/benefits`).send(body).expect(201);
          }
          const summary: BenefitSummary = (await lead.get(`/api/v1/initiatives/${id}/benefit-summary`).expect(200)).body;
          for (const total of summary.totals) {
            const unit = total.unit as Unit;
            expect(total).toMatchObject({ planned: sumOf(benefits, unit, 'planned', (y) => y === total.year), realised: sumOf(benefits, unit, 'realised', (y) => y === total.year) });
          }
        }

        const totals: PortfolioBenefitTotals = (await director.get('/api/v1/benefit-totals').expect(200)).body;
        const expectedKeys = [...new Set(all.flatMap((b) => b.years.map((y) => `${b.unit} ${y.year}`)))].sort();
        expect(totals.totals.map((x) => `${x.unit} ${x.year}`).sort()).toEqual(expectedKeys);
        for (const total of totals.totals) {
          const unit = total.unit as Unit;
          expect(total).toMatchObject({ planned: sumOf(all, unit, 'planned', (y) => y === total.year), realised: sumOf(all, unit, 'realised', (y) => y === total.year) });
        }

        const overview: PortfolioOverview = (await director.get('/api/v1/portfolio/overview').expect(200)).body;
        const figures = (years: (year: number) => boolean) => ({
          dkk: { planned: sumOf(all, 'DKK', 'planned', years), realised: sumOf(all, 'DKK', 'realised', years) },
          hours: { planned: sumOf(all, 'hours', 'planned', years), realised: sumOf(all, 'hours', 'realised', years) },
        });
        expect(overview.benefits.year).toEqual(figures((y) => y === Y));
        expect(overview.benefits.cumulative).toEqual(figures((y) => y <= Y));
        for (const row of overview.benefits.byYear) expect(row).toEqual({ year: row.year, ...figures((y) => y === row.year) });
      }),
      { numRuns: 6, seed: process.env.FAST_CHECK_SEED ? Number(process.env.FAST_CHECK_SEED) : undefined },
    );
  }, 120_000);
});
