/**
 * A benefit year's amount as it counts in a sum: a dis-benefit (ulempe) counts against the benefits of its unit. The
 * one place that says so for every SQL total; expects the aliases `b` (benefit) and `y` (benefit_year).
 */
export const SIGNED_PLANNED = 'CASE WHEN b.dis_benefit THEN -y.planned ELSE y.planned END';
export const SIGNED_REALISED = 'CASE WHEN b.dis_benefit THEN -y.realised ELSE y.realised END';
