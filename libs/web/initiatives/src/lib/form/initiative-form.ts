import {
  ChangeDetectionStrategy,
  ChangeDetectorRef,
  Component,
  ElementRef,
  effect,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { type AbstractControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
// Standalone parts, not MatDatepickerModule: the module provides its own English MatDatepickerIntl,
// which would shadow the Danish one provided on the route.
import { MatDatepicker, MatDatepickerInput, MatDatepickerToggle } from '@angular/material/datepicker';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { INITIATIVE_LIMITS, RADAR_RINGS, RADAR_RING_LABELS, SIZE_CLASSES, SIZE_CLASS_LABELS } from '@gevinst/domain';
import type { DepartmentOption } from '@gevinst/web/departments';
import { AccessibleCalendarHeader } from '@gevinst/web/ui';
import { fieldErrorMessage } from './initiative-form-errors';
import { EARLIEST_DATE, type InitiativeForm, LATEST_DATE } from './initiative-form.model';

/**
 * The initiative's fields, shared by "Registrér idé" and "Redigér initiativ".
 * The page owns the FormGroup (it maps server errors onto it); this component renders it.
 */
@Component({
  selector: 'gv-initiative-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatDatepicker,
    MatDatepickerInput,
    MatDatepickerToggle,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatRadioModule,
    MatSelectModule,
  ],
  templateUrl: './initiative-form.html',
  styleUrl: './initiative-form.scss',
})
export class InitiativeFormComponent {
  readonly form = input.required<InitiativeForm>();
  readonly departments = input.required<readonly DepartmentOption[]>();
  readonly submitLabel = input.required<string>();
  readonly cancelLink = input.required<string | readonly string[]>();
  readonly busy = input(false);
  /** Emitted for a valid form only; read the values from the FormGroup. */
  readonly save = output<void>();

  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly changeDetector = inject(ChangeDetectorRef);

  protected readonly limits = INITIATIVE_LIMITS;
  protected readonly sizeOptions = SIZE_CLASSES.map((value) => ({ value, label: SIZE_CLASS_LABELS[value] }));
  protected readonly radarOptions = RADAR_RINGS.map((value) => ({ value, label: RADAR_RING_LABELS[value] }));
  protected readonly earliestDate = EARLIEST_DATE;
  protected readonly latestDate = LATEST_DATE;
  protected readonly calendarHeader = AccessibleCalendarHeader;
  protected readonly submitted = signal(false);

  constructor() {
    // Errors set from outside (server validation after an HTTP answer) must reach this OnPush view.
    effect((onCleanup) => {
      const subscription = this.form().events.subscribe(() => this.changeDetector.markForCheck());
      onCleanup(() => subscription.unsubscribe());
    });
  }

  protected submit(): void {
    this.submitted.set(true);
    if (this.busy()) return;
    if (this.form().invalid) {
      this.form().markAllAsTouched();
      this.focusFirstInvalid();
      return;
    }
    this.save.emit();
  }

  protected errorFor(name: keyof InitiativeForm['controls']): string {
    return fieldErrorMessage(name, this.form().controls[name]);
  }

  protected showError(control: AbstractControl): boolean {
    return control.invalid && (control.touched || this.submitted());
  }

  /**
   * Moves focus to the first field with an error. Controls are declared in the order the fields
   * appear, so the first invalid control is the first invalid field; no need to wait for a render.
   */
  focusFirstInvalid(): void {
    const controls = this.form().controls;
    const name = (Object.keys(controls) as (keyof typeof controls)[]).find((key) => controls[key].invalid);
    const field = name && this.host.nativeElement.querySelector<HTMLElement>(`[formcontrolname="${name}"]`);
    if (!field) return;
    // Inputs and mat-select take focus themselves; a radio group passes it to its first radio.
    const focusable = field.matches('input, textarea, [tabindex]')
      ? field
      : field.querySelector<HTMLElement>('input, textarea, button, [tabindex]');
    focusable?.focus();
    this.changeDetector.markForCheck();
  }
}
