import { PHASE_LABELS, REPORT_DIMENSIONS } from '@gevinst/domain';
import type { AgendaItem, AgendaReason, Decision, DecisionKind, PortfolioReview, Rag, ReportDimension, ReviewStatus, SteeringLevel, StatusReport } from '@gevinst/domain';

/** Danish wording of the minutes (kept here until the web app needs the same labels from libs/domain). */
const RAG: Record<Rag, string> = { green: 'Grøn', amber: 'Gul', red: 'Rød' };
const DIMENSION: Record<ReportDimension, string> = { scope: 'Omfang', time: 'Tid', budget: 'Økonomi', benefits: 'Gevinster', risks: 'Risici' };
const REASON: Record<AgendaReason, string> = {
  gate_request: 'Anmoder om fasegang',
  red_status: 'Rød status',
  amber_status: 'Gul status',
  decision_requested: 'Ønsker en beslutning',
  overdue_follow_up: 'Opfølgning er overskredet',
  added: 'Tilføjet til dagsordenen',
};
const DECISION: Record<DecisionKind, string> = {
  approve_phase: 'Godkend fase',
  continue: 'Fortsæt',
  reprioritise: 'Omprioritér',
  pause: 'Sæt på pause',
  stop: 'Stop',
  scale: 'Skalér',
};
const LEVEL: Record<SteeringLevel, string> = { directorate: 'direktion', department: 'forvaltning', project: 'projekt' };
const STATUS: Record<ReviewStatus, string> = { planned: 'Planlagt', held: 'Afholdt' };

const ZONE = 'Europe/Copenhagen';
const longDate = (date: string) => new Intl.DateTimeFormat('da-DK', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
const shortDate = (date: string) => new Intl.DateTimeFormat('da-DK', { dateStyle: 'short', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
const dateTime = (at: Date) => new Intl.DateTimeFormat('da-DK', { dateStyle: 'long', timeStyle: 'short', timeZone: ZONE }).format(at);
const number = (value: number, digits = 0) => new Intl.NumberFormat('da-DK', { maximumFractionDigits: digits }).format(value);
const kroner = (value: number) => `${new Intl.NumberFormat('da-DK', { minimumFractionDigits: 0, maximumFractionDigits: 2 }).format(value)} kr.`;

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

/** Every user-written text goes through here: escaped, and null shown as a dash. */
const text = (value: string | null | undefined) => (value ? escapeHtml(value) : '–');

export interface MinutesInput {
  review: PortfolioReview;
  attendees: { name: string; chair: boolean }[];
  printedAt: Date;
  /** A fresh nonce that the response's Content-Security-Policy allows for the one style element. */
  styleNonce: string;
}

const STYLE = `
@page { size: A4; margin: 18mm 16mm 20mm; }
* { box-sizing: border-box; }
body { font-family: "Segoe UI", Arial, Helvetica, sans-serif; font-size: 10.5pt; line-height: 1.4; color: #1b1b1b; margin: 0; }
main { max-width: 178mm; margin: 0 auto; padding: 8mm 0; }
h1 { font-size: 18pt; margin: 0 0 2mm; }
h2 { font-size: 13pt; margin: 7mm 0 2mm; border-bottom: 1px solid #999; padding-bottom: 1mm; }
h3 { font-size: 11.5pt; margin: 0 0 1.5mm; }
p { margin: 1mm 0; }
dl.meta { display: grid; grid-template-columns: 32mm 1fr; gap: 1mm 4mm; margin: 3mm 0; }
dl.meta dt { font-weight: 600; }
dl.meta dd { margin: 0; }
ul { margin: 1mm 0; padding-left: 5mm; }
.item { break-inside: avoid; page-break-inside: avoid; border: 1px solid #bbb; border-radius: 2mm; padding: 3mm 4mm; margin: 0 0 4mm; }
.reasons { color: #444; font-size: 9.5pt; }
table { border-collapse: collapse; width: 100%; margin: 2mm 0; font-size: 9.5pt; }
th, td { border: 1px solid #ccc; padding: 1mm 2mm; text-align: left; vertical-align: top; }
th { background: #f1f1f1; font-weight: 600; }
td.num { text-align: right; white-space: nowrap; }
.rag { display: inline-block; min-width: 12mm; padding: 0 2mm; border-radius: 1mm; font-weight: 600; text-align: center; border: 1px solid #555;
  -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.rag-green { background: #c8e6c9; } .rag-amber { background: #ffe082; } .rag-red { background: #ef9a9a; }
.pre { white-space: pre-wrap; }
.muted { color: #555; }
.decision { border-left: 3px solid #1b1b1b; padding-left: 3mm; margin: 2mm 0; }
footer { margin-top: 8mm; font-size: 9pt; color: #555; border-top: 1px solid #ccc; padding-top: 2mm; }
@media print { main { padding: 0; } a { color: inherit; text-decoration: none; } }
`;

const rag = (value: Rag) => `<span class="rag rag-${value}">${RAG[value]}</span>`;

function figures(report: StatusReport): string {
  const f = report.figures;
  if (!f) return '';
  const rows: [string, string][] = [
    ['Fase ved indsendelse', PHASE_LABELS[f.phase]],
    ['Målopfyldelse (gns.)', f.goalAchievementPct === null ? '–' : `${number(f.goalAchievementPct, 1)} %`],
    ['Gevinster, planlagt / realiseret', `${kroner(f.plannedBenefitsDkk)} / ${kroner(f.realisedBenefitsDkk)}`],
    ['Frigjort tid, planlagt / realiseret', `${number(f.plannedHours, 1)} / ${number(f.realisedHours, 1)} timer`],
    ['Budget (finansieringsplan)', kroner(f.budgetDkk)],
    ['Åbne høje risici', number(f.openHighRisks)],
  ];
  return `<table><caption class="muted">Nøgletal frosset ved indsendelsen</caption><tbody>${rows
    .map(([label, value]) => `<tr><th scope="row">${label}</th><td class="num">${value}</td></tr>`)
    .join('')}</tbody></table>`;
}

function report(r: StatusReport | null): string {
  if (!r) return '<p class="muted">Ingen indsendt statusrapport.</p>';
  const submitted = r.submittedAt ? ` · indsendt ${dateTime(new Date(r.submittedAt))}${r.author ? ` af ${text(r.author.name)}` : ''}` : '';
  const dimensions = REPORT_DIMENSIONS.map((d) => `<th scope="col">${DIMENSION[d]}</th>`).join('');
  const values = REPORT_DIMENSIONS.map((d) => `<td>${rag(r.dimensions[d])}</td>`).join('');
  return `<p>Statusrapport ${shortDate(r.periodStart)}–${shortDate(r.periodEnd)}${submitted}</p>
<table><thead><tr><th scope="col">Samlet</th>${dimensions}</tr></thead><tbody><tr><td>${rag(r.overall)}</td>${values}</tr></tbody></table>
<p><strong>Resumé:</strong> <span class="pre">${text(r.summary)}</span></p>
${r.nextSteps ? `<p><strong>Næste skridt:</strong> <span class="pre">${text(r.nextSteps)}</span></p>` : ''}
${r.decisionRequest ? `<p><strong>Ønsket beslutning:</strong> <span class="pre">${text(r.decisionRequest)}</span></p>` : ''}
${figures(r)}`;
}

function decision(d: Decision): string {
  const phases = d.fromPhase !== d.toPhase ? ` (${PHASE_LABELS[d.fromPhase]} → ${PHASE_LABELS[d.toPhase]})` : '';
  const findings = d.openFindings.length
    ? `<p>Åbne fund ved beslutningen:</p><ul>${d.openFindings.map((f) => `<li>${text(f.ruleId)}: ${text(f.message)}</li>`).join('')}</ul>`
    : '';
  return `<div class="decision"><p><strong>${DECISION[d.kind]}</strong>${phases}</p>
<p>Besluttet af ${d.decidedBy ? text(d.decidedBy.name) : '<em>ukendt</em>'}${d.steeringGroup ? ` for ${text(d.steeringGroup.name)}` : ''}, ${dateTime(new Date(d.decidedAt))}</p>
<p><strong>Begrundelse:</strong> <span class="pre">${text(d.reason)}</span></p>${findings}</div>`;
}

function item(i: AgendaItem): string {
  const decisions = i.decisions.length ? `<h4>Beslutninger</h4>${i.decisions.map(decision).join('')}` : '<p class="muted">Ingen beslutninger registreret.</p>';
  return `<section class="item"><h3>${i.position}. ${text(i.initiative.code)} ${text(i.initiative.title)}</h3>
<p class="reasons">Fase: ${PHASE_LABELS[i.initiative.phase]} · På dagsordenen fordi: ${i.reasons.map((r) => REASON[r]).join(', ')}</p>
${report(i.report)}
${decisions}</section>`;
}

/** The minutes of a portfolio review as one self-contained, print-ready HTML page (A4), every user text escaped. */
export function renderMinutes({ review, attendees, printedAt, styleNonce }: MinutesInput): string {
  const group = `${text(review.steeringGroup.name)} (${LEVEL[review.steeringGroup.level]})`;
  const people = attendees.length
    ? `<ul>${attendees.map((a) => `<li>${text(a.name)}${a.chair ? ' (formand)' : ''}</li>`).join('')}</ul>`
    : '<p class="muted">Styregruppen har ingen medlemmer registreret.</p>';
  const agenda = review.agenda.length ? review.agenda.map(item).join('\n') : '<p class="muted">Dagsordenen er tom.</p>';
  return `<!doctype html>
<html lang="da">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Referat: ${text(review.title)}</title>
<style nonce="${escapeHtml(styleNonce)}">${STYLE}</style>
</head>
<body>
<main>
<h1>Referat af porteføljemøde</h1>
<dl class="meta">
<dt>Møde</dt><dd>${text(review.title)}</dd>
<dt>Styregruppe</dt><dd>${group}</dd>
<dt>Dato</dt><dd>${longDate(review.heldOn)}</dd>
<dt>Status</dt><dd>${STATUS[review.status]}</dd>
</dl>
<h2>Deltagere</h2>
${people}
${review.notes ? `<h2>Noter</h2><p class="pre">${text(review.notes)}</p>` : ''}
<h2>Dagsorden</h2>
${agenda}
<footer>Udskrevet ${dateTime(printedAt)} fra Gevinst. Statusrapporterne er frosset ved indsendelsen; senere ændringer i initiativerne ændrer dem ikke.</footer>
</main>
</body>
</html>
`;
}
