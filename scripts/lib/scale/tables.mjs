// The tenant tables the generator fills, in an order where every foreign key points at rows written before it,
// with the columns it writes and their PostgreSQL types. organisation_id is written by every statement and left out
// here; columns not listed keep the schema's defaults (password_hash NULL, version 1, …).

const uuid = 'uuid';
const text = 'text';
const date = 'date';
const stamp = 'timestamptz';
const int2 = 'int2';

export const TABLES = {
  // Per organisation, before its initiatives.
  department: [['id', uuid], ['parent_id', uuid], ['code', text], ['name', text], ['created_at', stamp]],
  app_user: [['id', uuid], ['email', text], ['name', text], ['roles', 'user_role[]'], ['department_id', uuid], ['active', 'bool'], ['created_at', stamp], ['updated_at', stamp]],
  strategic_goal: [['id', uuid], ['title', text], ['description', text], ['created_at', stamp], ['updated_at', stamp]],
  steering_group: [['id', uuid], ['name', text], ['level', 'steering_level'], ['parent_id', uuid], ['chair_user_id', uuid], ['created_at', stamp], ['updated_at', stamp]],
  steering_group_member: [['group_id', uuid], ['user_id', uuid]],
  priority_criterion: [['id', uuid], ['name', text], ['description', text], ['weight', int2], ['inverse', 'bool'], ['position', int2]],
  risk_appetite: [['category', 'risk_category'], ['appetite', 'risk_appetite_level'], ['statement', text]],
  funding_pool: [['id', uuid], ['name', text], ['rules', text], ['created_at', stamp], ['updated_at', stamp]],
  funding_pool_year: [['pool_id', uuid], ['year', int2], ['capital_ore', 'int8']],
  portfolio_review: [['id', uuid], ['steering_group_id', uuid], ['title', text], ['held_on', date], ['status', 'review_status'], ['notes', text], ['version', 'int4'], ['created_at', stamp], ['updated_at', stamp]],

  // Per batch of initiatives.
  initiative: [
    ['id', uuid], ['code', text], ['title', text], ['purpose', text], ['description', text], ['expected_value', text], ['lead_department_id', uuid],
    ['size_class', 'initiative_size_class'], ['technology', text], ['radar_ring', 'technology_radar_ring'], ['phase', 'initiative_phase'],
    ['planned_start', date], ['planned_end', date], ['archived_at', stamp], ['project_lead_id', uuid], ['created_at', stamp], ['updated_at', stamp],
  ],
  initiative_department: [['initiative_id', uuid], ['department_id', uuid]],
  initiative_governance: [
    ['initiative_id', uuid], ['steering_group_id', uuid], ['project_owner_id', uuid], ['requested_phase', 'initiative_phase'], ['requested_at', stamp],
    ['requested_by', uuid], ['request_note', text], ['paused_from_phase', 'initiative_phase'],
  ],
  goal: [
    ['id', uuid], ['initiative_id', uuid], ['strategic_goal_id', uuid], ['title', text], ['indicator_name', text], ['unit', text], ['direction', 'goal_direction'],
    ['baseline_value', 'numeric'], ['baseline_date', date], ['target_value', 'numeric'], ['target_date', date], ['pessimistic_target', 'numeric'],
    ['optimistic_target', 'numeric'], ['side_effects', text], ['side_effects_considered', 'bool'], ['created_at', stamp], ['updated_at', stamp],
  ],
  benefit: [
    ['id', uuid], ['initiative_id', uuid], ['goal_id', uuid], ['title', text], ['description', text], ['type', 'benefit_type'], ['quantified', 'bool'],
    ['unit', 'benefit_unit'], ['unit_label', text], ['owner_user_id', uuid], ['receiving_department_id', uuid], ['preconditions', text],
    ['measurement_method', text], ['in_budget', 'bool'], ['status', 'benefit_status'], ['created_at', stamp], ['updated_at', stamp],
  ],
  benefit_year: [['benefit_id', uuid], ['year', int2], ['planned', 'numeric'], ['realised', 'numeric']],
  measurement: [
    ['id', uuid], ['goal_id', uuid], ['benefit_id', uuid], ['kind', 'measurement_kind'], ['measured_on', date], ['value', 'numeric'], ['comment', text],
    ['evidence_url', text], ['time_study', 'jsonb'], ['recorded_by', uuid], ['recorded_at', stamp],
  ],
  evaluation_point: [['id', uuid], ['goal_id', uuid], ['benefit_id', uuid], ['due_date', date], ['label', text], ['measurement_id', uuid], ['created_at', stamp]],
  risk: [
    ['id', uuid], ['initiative_id', uuid], ['number', 'int4'], ['title', text], ['cause', text], ['event', text], ['consequence_text', text],
    ['category', 'risk_category'], ['probability', int2], ['consequence', int2], ['handler', 'risk_handler'], ['owner_user_id', uuid],
    ['residual_probability', int2], ['residual_consequence', int2], ['status', 'risk_status'], ['identified_on', date], ['last_reviewed_on', date],
    ['created_at', stamp], ['updated_at', stamp],
  ],
  risk_action: [['id', uuid], ['risk_id', uuid], ['position', int2], ['action', text], ['responsible', text], ['deadline', date], ['status', 'risk_action_status']],
  pool_application: [
    ['id', uuid], ['pool_id', uuid], ['initiative_id', uuid], ['year', int2], ['amount_ore', 'int8'], ['category', 'funding_category'], ['purpose', text],
    ['status', 'application_status'], ['applied_by', uuid], ['decided_by', uuid], ['decided_at', stamp], ['reason', text], ['created_at', stamp], ['updated_at', stamp],
  ],
  funding_line: [
    ['id', uuid], ['initiative_id', uuid], ['year', int2], ['category', 'funding_category'], ['amount_ore', 'int8'], ['source', 'funding_source'],
    ['pool_id', uuid], ['source_name', text], ['paying_department_id', uuid], ['note', text], ['status', 'funding_line_status'], ['application_id', uuid],
    ['created_at', stamp], ['updated_at', stamp],
  ],
  status_report: [
    ['id', uuid], ['initiative_id', uuid], ['period_start', date], ['period_end', date], ['overall', 'rag_status'], ['scope_rag', 'rag_status'],
    ['time_rag', 'rag_status'], ['budget_rag', 'rag_status'], ['benefits_rag', 'rag_status'], ['risks_rag', 'rag_status'], ['summary', text],
    ['next_steps', text], ['decision_request', text], ['status', 'report_status'], ['author_id', uuid], ['submitted_at', stamp], ['figures', 'jsonb'],
    ['created_at', stamp], ['updated_at', stamp],
  ],
  review_item: [['id', uuid], ['review_id', uuid], ['initiative_id', uuid], ['position', int2], ['reasons', 'agenda_reason[]'], ['status_report_id', uuid]],
  decision: [
    ['id', uuid], ['initiative_id', uuid], ['kind', 'decision_kind'], ['from_phase', 'initiative_phase'], ['to_phase', 'initiative_phase'], ['reason', text],
    ['open_findings', 'jsonb'], ['decided_by', uuid], ['steering_group_id', uuid], ['review_id', uuid], ['decided_at', stamp],
  ],
  priority_score: [['initiative_id', uuid], ['criterion_id', uuid], ['score', int2]],

  // Per organisation, after its initiatives: the app's next code follows on from the generated ones.
  initiative_code_sequence: [['year', int2], ['last_value', 'int4']],
};

export const TABLE_ORDER = Object.keys(TABLES);
