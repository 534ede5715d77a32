import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { Phase } from '@gevinst/domain';
import { phaseSteps } from '../shared/phase-model';

/**
 * The phase model as a stepper-like ordered list: idé → analyse → gennemførelse → realisering → afsluttet, with
 * "På pause" or "Stoppet" added when the initiative is halted. The current step has aria-current="step"; every state
 * is also written in words, not shown by colour or a tick alone.
 */
@Component({
  selector: 'gv-phase-steps',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ol class="steps" [attr.aria-labelledby]="labelledBy() || null">
      @for (step of steps(); track step.phase; let index = $index) {
        <li
          [class]="'step step--' + step.state"
          [class.step--halt]="step.phase === 'paused' || step.phase === 'stopped'"
          [attr.aria-current]="step.state === 'current' ? 'step' : null"
        >
          <span class="step__marker" aria-hidden="true">{{ step.state === 'done' ? '✓' : step.phase === 'paused' ? 'Ⅱ' : step.phase === 'stopped' ? '■' : index + 1 }}</span>
          <span class="step__text">
            <span class="step__label">{{ step.label }}</span>
            @if (step.stateText) {
              <span class="step__state">{{ step.stateText }}</span>
            }
          </span>
        </li>
      }
    </ol>
  `,
  styles: `
    :host {
      display: block;
    }
    .steps {
      display: flex;
      flex-wrap: wrap;
      gap: 8px 4px;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .step {
      display: flex;
      align-items: center;
      gap: 8px;
      min-width: 140px;
      flex: 1 1 140px;
      padding: 8px 10px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 8px;
      background: var(--mat-sys-surface);
      color: var(--mat-sys-on-surface);
    }
    .step__marker {
      display: inline-flex;
      flex: none;
      align-items: center;
      justify-content: center;
      width: 28px;
      height: 28px;
      border-radius: 50%;
      border: 2px solid var(--mat-sys-outline);
      font: var(--mat-sys-label-large);
    }
    .step__text {
      display: flex;
      flex-direction: column;
    }
    .step__label {
      font: var(--mat-sys-title-small);
    }
    .step__state {
      font: var(--mat-sys-body-small);
    }
    .step--done .step__marker {
      border-color: var(--mat-sys-primary);
      color: var(--mat-sys-primary);
    }
    .step--current {
      border: 2px solid var(--mat-sys-primary);
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
      .step__marker {
        border-color: var(--mat-sys-primary);
        background: var(--mat-sys-primary);
        color: var(--mat-sys-on-primary);
      }
      .step__label {
        font-weight: 700;
      }
    }
    .step--halted {
      border-style: dashed;
    }
    .step--halt {
      border-color: var(--mat-sys-error);
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
      .step__marker {
        border-color: var(--mat-sys-error);
        background: var(--mat-sys-error);
        color: var(--mat-sys-on-error);
      }
    }
  `,
})
export class PhaseSteps {
  readonly phase = input.required<Phase>();
  /** The model phase a paused or stopped initiative was in, when known. */
  readonly haltedIn = input<Phase | null>(null);
  /** The id of the heading that names the list. */
  readonly labelledBy = input<string>('');
  protected readonly steps = computed(() => phaseSteps(this.phase(), this.haltedIn()));
}
