import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RAG_LABELS, type Rag } from '@gevinst/domain';

/**
 * A red/amber/green status as a chip: the word ("Grøn", "Gul", "Rød") carries the meaning, a shape and the colour
 * add to it (never colour alone), with AA contrast for the text. `label` names what the status is of ("Tid").
 */
@Component({
  selector: 'gv-rag-chip',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <span [class]="'rag rag--' + status()">
      <span class="rag__mark" aria-hidden="true"></span>
      @if (label()) {
        <span class="rag__label">{{ label() }}:</span>
      }
      <span>{{ text() }}</span>
    </span>
  `,
  styles: `
    :host {
      display: inline-block;
    }
    .rag {
      display: inline-flex;
      align-items: center;
      gap: 6px;
      padding: 0 10px 0 8px;
      border-radius: 12px;
      border: 1px solid;
      font: var(--mat-sys-label-large);
      line-height: 22px;
      white-space: nowrap;
    }
    .rag__label {
      font-weight: 400;
    }
    .rag__mark {
      display: inline-block;
      width: 10px;
      height: 10px;
      flex: none;
    }
    /* The marks differ in shape too: a circle (green), a diamond (amber) and a square (red). */
    .rag--green {
      border-color: #1e7b34;
      background: #e3f4e6;
      color: #0b3d17;
      .rag__mark {
        border-radius: 50%;
        background: #1e7b34;
      }
    }
    .rag--amber {
      border-color: #8a6100;
      background: #fff3cf;
      color: #3f2d00;
      .rag__mark {
        transform: rotate(45deg) scale(0.85);
        background: #b07c00;
      }
    }
    .rag--red {
      border-color: #b3261e;
      background: #fde4e1;
      color: #601410;
      .rag__mark {
        background: #b3261e;
      }
    }
  `,
})
export class RagChip {
  readonly status = input.required<Rag>();
  /** What the status is of, shown before it ("Samlet: Grøn"). */
  readonly label = input<string>('');
  protected readonly text = computed(() => RAG_LABELS[this.status()]);
}
