import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { DECISION_KIND_LABELS, type Decision, PHASE_LABELS } from '@gevinst/domain';

/** The initiative's decision log, newest first: when, what, the phase change, who decided (and in which group), why. */
@Component({
  selector: 'gv-decision-log',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DatePipe],
  template: `
    <div class="table-scroll" tabindex="0" role="region" aria-label="Beslutningslog">
      <table class="gov-table">
        <caption>
          Beslutninger om initiativet, nyeste først: hvem der besluttede hvad, hvornår og hvorfor.
        </caption>
        <thead>
          <tr>
            <th scope="col">Dato</th>
            <th scope="col">Beslutning</th>
            <th scope="col">Fase</th>
            <th scope="col">Besluttet af</th>
            <th scope="col">Begrundelse</th>
          </tr>
        </thead>
        <tbody>
          @for (decision of decisions(); track decision.id) {
            <tr>
              <td class="nowrap">{{ decision.decidedAt | date: 'dd.MM.yyyy HH:mm' }}</td>
              <th scope="row">{{ kindLabels[decision.kind] }}</th>
              <td>
                @if (decision.fromPhase === decision.toPhase) {
                  Uændret ({{ phaseLabels[decision.toPhase] }})
                } @else {
                  {{ phaseLabels[decision.fromPhase] }} <span aria-hidden="true">→</span><span class="cdk-visually-hidden">til</span>
                  {{ phaseLabels[decision.toPhase] }}
                }
              </td>
              <td>
                {{ decision.decidedBy?.name ?? 'Ukendt' }}
                @if (decision.steeringGroup) {
                  <span class="muted">({{ decision.steeringGroup.name }})</span>
                }
              </td>
              <td class="reason">
                {{ decision.reason || 'Ingen begrundelse' }}
                @if (decision.openFindings.length > 0) {
                  <span class="muted block">
                    Åbne fund ved beslutningen:
                    @for (finding of decision.openFindings; track finding.ruleId + $index; let last = $last) {
                      <abbr [title]="finding.message">{{ finding.ruleId }}</abbr>{{ last ? '' : ', ' }}
                    }
                  </span>
                }
              </td>
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
  styleUrl: './governance-table.scss',
})
export class DecisionLog {
  readonly decisions = input.required<readonly Decision[]>();
  protected readonly kindLabels = DECISION_KIND_LABELS;
  protected readonly phaseLabels = PHASE_LABELS;
}
