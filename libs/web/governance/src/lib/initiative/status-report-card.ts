import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { PHASE_LABELS, REPORT_DIMENSIONS, REPORT_DIMENSION_LABELS, REPORT_STATUS_LABELS, type StatusReport } from '@gevinst/domain';
import { formatHours, formatKroner, formatPercent } from '../shared/format';
import { RagChip } from '../shared/rag-chip';
import { formatPeriod } from '../shared/report-period';

/**
 * One status report: the period, overall and per-dimension RAG, the texts, and for a submitted report the frozen key
 * figures of the moment it was submitted. Drafts the user may write have Redigér, Indsend and Slet.
 */
@Component({
  selector: 'gv-status-report-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DatePipe, MatButtonModule, RagChip],
  template: `
    @let r = report();
    <article class="report" [class.report--draft]="r.status === 'draft'" [attr.aria-labelledby]="'report-' + r.id">
      <header class="report__head">
        <h4 class="report__title" [id]="'report-' + r.id">Statusrapport {{ period() }}</h4>
        <span [class]="'status status--' + r.status">{{ statusLabels[r.status] }}</span>
      </header>
      <ul class="rags" [attr.aria-label]="'Status for ' + period()">
        <li><gv-rag-chip label="Samlet" [status]="r.overall" /></li>
        @for (dimension of dimensions; track dimension) {
          <li><gv-rag-chip [label]="dimensionLabels[dimension]" [status]="r.dimensions[dimension]" /></li>
        }
      </ul>
      <dl class="texts">
        <div>
          <dt>Resumé</dt>
          <dd>{{ r.summary }}</dd>
        </div>
        @if (r.nextSteps) {
          <div>
            <dt>Næste skridt</dt>
            <dd>{{ r.nextSteps }}</dd>
          </div>
        }
        @if (r.decisionRequest) {
          <div>
            <dt>Beder styregruppen om en beslutning</dt>
            <dd>{{ r.decisionRequest }}</dd>
          </div>
        }
      </dl>
      @if (r.status === 'submitted') {
        <p class="frozen">
          Indsendt {{ r.submittedAt | date: 'dd.MM.yyyy HH:mm' }}{{ r.author ? ' af ' + r.author.name : '' }}. Rapporten og
          nøgletallene er frosset og ændres ikke, når initiativet ændres.
        </p>
        @if (r.figures; as figures) {
          <h5 class="figures__heading">Nøgletal ved indsendelsen</h5>
          <dl class="figures">
            <div>
              <dt>Målopfyldelse</dt>
              <dd>{{ percent(figures.goalAchievementPct) }}</dd>
            </div>
            <div>
              <dt>Økonomiske gevinster</dt>
              <dd>{{ kroner(figures.plannedBenefitsDkk) }} planlagt, {{ kroner(figures.realisedBenefitsDkk) }} realiseret</dd>
            </div>
            <div>
              <dt>Frigjort tid</dt>
              <dd>{{ hours(figures.plannedHours) }} planlagt, {{ hours(figures.realisedHours) }} realiseret</dd>
            </div>
            <div>
              <dt>Budget (finansieringsplan)</dt>
              <dd>{{ kroner(figures.budgetDkk) }}</dd>
            </div>
            <div>
              <dt>Åbne høje risici</dt>
              <dd>{{ figures.openHighRisks }}</dd>
            </div>
            <div>
              <dt>Fase</dt>
              <dd>{{ phaseLabels[figures.phase] }}</dd>
            </div>
          </dl>
        }
      } @else if (r.can.edit) {
        <div class="actions">
          <button mat-stroked-button type="button" aria-haspopup="dialog" [attr.aria-label]="'Redigér statusrapport ' + period()" (click)="editReport.emit(r)">
            Redigér
          </button>
          <button mat-flat-button type="button" aria-haspopup="dialog" [attr.aria-label]="'Indsend statusrapport ' + period()" (click)="submitReport.emit(r)">
            Indsend
          </button>
          <button mat-button type="button" aria-haspopup="dialog" [attr.aria-label]="'Slet statusrapport ' + period()" (click)="removeReport.emit(r)">Slet</button>
        </div>
      } @else {
        <p class="frozen">Kladde: endnu ikke indsendt.</p>
      }
    </article>
  `,
  styles: `
    :host {
      display: block;
    }
    .report {
      padding: 12px 16px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 8px;
    }
    .report--draft {
      border-style: dashed;
    }
    .report__head {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px 12px;
      margin-bottom: 8px;
    }
    .report__title {
      margin: 0;
      font: var(--mat-sys-title-medium);
    }
    .status {
      padding: 0 8px;
      border-radius: 10px;
      border: 1px solid var(--mat-sys-outline);
      font: var(--mat-sys-label-medium);
      line-height: 20px;
    }
    .status--submitted {
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }
    .rags {
      display: flex;
      flex-wrap: wrap;
      gap: 6px;
      margin: 0 0 12px;
      padding: 0;
      list-style: none;
    }
    .texts,
    .figures {
      margin: 0 0 8px;
      div {
        margin-bottom: 6px;
      }
      dt {
        font: var(--mat-sys-title-small);
      }
      dd {
        margin: 0;
        max-width: 80ch;
        white-space: pre-line;
      }
    }
    .figures {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(220px, 1fr));
      gap: 4px 16px;
    }
    .figures__heading {
      margin: 8px 0 4px;
      font: var(--mat-sys-title-small);
    }
    .frozen {
      margin: 0 0 8px;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
  `,
})
export class StatusReportCard {
  readonly report = input.required<StatusReport>();
  readonly editReport = output<StatusReport>();
  readonly submitReport = output<StatusReport>();
  readonly removeReport = output<StatusReport>();

  protected readonly dimensions = REPORT_DIMENSIONS;
  protected readonly dimensionLabels = REPORT_DIMENSION_LABELS;
  protected readonly statusLabels = REPORT_STATUS_LABELS;
  protected readonly phaseLabels = PHASE_LABELS;
  protected readonly kroner = formatKroner;
  protected readonly hours = formatHours;
  protected readonly percent = formatPercent;
  protected readonly period = computed(() => formatPeriod(this.report().periodStart, this.report().periodEnd));
}
