import type { MigrationInterface, QueryRunner } from 'typeorm';

const ORGANISATION = `nullif(current_setting('app.organisation_id', true), '')::uuid`;

/**
 * The tables the health rules and the overview's figures read, and how a statement's changed rows (transition table
 * `changed`) lead to the initiatives they affect. Every change counts, whoever makes it (API, import, seed, SQL by hand).
 */
const PER_INITIATIVE: [table: string, initiativeIds: string][] = [
  ['initiative', 'SELECT id FROM changed'],
  ['initiative_department', 'SELECT initiative_id FROM changed'],
  ['initiative_governance', 'SELECT initiative_id FROM changed'],
  ['goal', 'SELECT initiative_id FROM changed'],
  ['benefit', 'SELECT initiative_id FROM changed'],
  ['risk', 'SELECT initiative_id FROM changed'],
  ['funding_line', 'SELECT initiative_id FROM changed'],
  ['status_report', 'SELECT initiative_id FROM changed'],
  ['decision', 'SELECT initiative_id FROM changed'],
  ['priority_score', 'SELECT initiative_id FROM changed'],
  ['benefit_year', 'SELECT b.initiative_id FROM changed c JOIN benefit b ON b.id = c.benefit_id'],
  ['risk_action', 'SELECT r.initiative_id FROM changed c JOIN risk r ON r.id = c.risk_id'],
  ['measurement', 'SELECT g.initiative_id FROM changed c JOIN goal g ON g.id = c.goal_id UNION SELECT b.initiative_id FROM changed c JOIN benefit b ON b.id = c.benefit_id'],
  ['evaluation_point', 'SELECT g.initiative_id FROM changed c JOIN goal g ON g.id = c.goal_id UNION SELECT b.initiative_id FROM changed c JOIN benefit b ON b.id = c.benefit_id'],
];

/** Organisation-wide inputs (department tree, steering groups, criteria, settings): every initiative's findings. */
const PER_ORGANISATION: [table: string, organisationIds: string][] = [
  ['department', 'SELECT organisation_id FROM changed'],
  ['steering_group', 'SELECT organisation_id FROM changed'],
  ['priority_criterion', 'SELECT organisation_id FROM changed'],
  ['organisation', 'SELECT id FROM changed'],
];

const EVENTS = [
  ['insert', 'INSERT', 'NEW'],
  ['update', 'UPDATE', 'NEW'],
  ['delete', 'DELETE', 'OLD'],
] as const;

/**
 * Derived data per initiative (initiative_rollup: the health check's findings and the overview's figures) and the
 * statement-level triggers that count changes to their inputs, so portfolio views recompute only what changed.
 */
export class InitiativeRollup1764835200000 implements MigrationInterface {
  name = 'InitiativeRollup1764835200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "initiative_rollup" ("initiative_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "changes" bigint NOT NULL DEFAULT '0', "checked_changes" bigint, "checked_on" date, "version" character varying(64), "findings" jsonb, "errors" smallint NOT NULL DEFAULT '0', "warnings" smallint NOT NULL DEFAULT '0', "funding_year" integer array, "funding_department" uuid array, "funding_confirmed" boolean array, "funding_ore" bigint array, "budget_ore" bigint NOT NULL DEFAULT '0', "benefit_year" integer array, "benefit_unit" text array, "benefit_planned" numeric array, "benefit_realised" numeric array, "potential" numeric NOT NULL DEFAULT '0', "goals" integer NOT NULL DEFAULT '0', "measured_goals" integer NOT NULL DEFAULT '0', "pct_sum" numeric NOT NULL DEFAULT '0', "red" boolean NOT NULL DEFAULT false, "high_risks" integer NOT NULL DEFAULT '0', "max_risk" smallint NOT NULL DEFAULT '0', "heat_cell" text array, "heat_risks" integer array, "overdue" integer NOT NULL DEFAULT '0', "missing_report" boolean NOT NULL DEFAULT false, "priority" double precision, CONSTRAINT "PK_b0b90524ba43e49fe2b9c5fa894" PRIMARY KEY ("initiative_id"))`);
    await q.query(`CREATE INDEX "ix_initiative_rollup_org" ON "initiative_rollup" ("organisation_id", "initiative_id")`);
    await q.query(`ALTER TABLE "initiative_rollup" ADD CONSTRAINT "FK_bedf99c171776b630e7265810d2" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "initiative_rollup" ADD CONSTRAINT "FK_fe0005968cd89239d020afe7f27" FOREIGN KEY ("initiative_id") REFERENCES "initiative"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    // Derived data, written by portfolio reads: the app role maintains it; no audit trigger.
    await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON initiative_rollup TO gevinst_app`);
    await q.query(`ALTER TABLE "initiative_rollup" ENABLE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE "initiative_rollup" FORCE ROW LEVEL SECURITY`);
    await q.query(`CREATE POLICY tenant_isolation ON "initiative_rollup" USING (organisation_id = ${ORGANISATION}) WITH CHECK (organisation_id = ${ORGANISATION})`);

    // Change numbers come from one sequence, so they only grow and never repeat: the highest one in a scope identifies
    // its state (see PortfolioRollupService.refresh).
    await q.query(`CREATE SEQUENCE initiative_rollup_change_seq`);
    await q.query(`GRANT USAGE ON SEQUENCE initiative_rollup_change_seq TO gevinst_app`);
    // Once per statement, not per row: a bulk import or seed costs one upsert per statement. TG_ARGV[0] is the query
    // over the transition table that yields the affected initiatives (or organisations).
    await q.query(`CREATE FUNCTION count_initiative_changes() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
      BEGIN
        EXECUTE format('INSERT INTO initiative_rollup (initiative_id, organisation_id, changes)
                        SELECT i.id, i.organisation_id, nextval(''initiative_rollup_change_seq'') FROM initiative i WHERE i.id IN (%s) ORDER BY i.id
                        ON CONFLICT (initiative_id) DO UPDATE SET changes = EXCLUDED.changes', TG_ARGV[0]);
        RETURN NULL;
      END $$`);
    await q.query(`CREATE FUNCTION count_organisation_changes() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
      BEGIN
        EXECUTE format('UPDATE initiative_rollup SET changes = nextval(''initiative_rollup_change_seq'') WHERE organisation_id IN (%s)', TG_ARGV[0]);
        RETURN NULL;
      END $$`);
    await q.query(`REVOKE ALL ON FUNCTION count_initiative_changes(), count_organisation_changes() FROM PUBLIC`);
    const triggers = (tables: [string, string][], fn: string) =>
      tables.flatMap(([table, sql]) =>
        EVENTS.map(
          ([name, event, image]) =>
            `CREATE TRIGGER rollup_${name} AFTER ${event} ON "${table}" REFERENCING ${image} TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION ${fn}('${sql.replaceAll("'", "''")}')`,
        ),
      );
    for (const sql of [...triggers(PER_INITIATIVE, 'count_initiative_changes'), ...triggers(PER_ORGANISATION, 'count_organisation_changes')]) {
      await q.query(sql);
    }
    // A benefit owner's department is read by GEV rules; sign-ins update other columns of app_user and must not count.
    await q.query(`CREATE FUNCTION count_user_changes() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
      BEGIN
        UPDATE initiative_rollup SET changes = nextval('initiative_rollup_change_seq') WHERE organisation_id = NEW.organisation_id;
        RETURN NULL;
      END $$`);
    await q.query(`REVOKE ALL ON FUNCTION count_user_changes() FROM PUBLIC`);
    await q.query(`CREATE TRIGGER rollup_update AFTER UPDATE OF department_id ON app_user FOR EACH ROW WHEN (OLD.department_id IS DISTINCT FROM NEW.department_id) EXECUTE FUNCTION count_user_changes()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER rollup_update ON app_user`);
    for (const [table] of [...PER_INITIATIVE, ...PER_ORGANISATION]) {
      for (const [name] of EVENTS) await q.query(`DROP TRIGGER rollup_${name} ON "${table}"`);
    }
    await q.query(`DROP FUNCTION count_user_changes()`);
    await q.query(`DROP FUNCTION count_organisation_changes()`);
    await q.query(`DROP FUNCTION count_initiative_changes()`);
    await q.query(`DROP TABLE "initiative_rollup"`);
    await q.query(`DROP SEQUENCE initiative_rollup_change_seq`);
  }
}
