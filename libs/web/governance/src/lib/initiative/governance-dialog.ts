import { ChangeDetectionStrategy, ChangeDetectorRef, Component, ElementRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { type InitiativeGovernance, STEERING_LEVEL_LABELS, type SteeringGroup, type UserRef } from '@gevinst/domain';
import { ErrorBanner, focusFirstInvalid, submitDialogForm } from '@gevinst/web/ui';
import { catchError, of } from 'rxjs';
import { GovernanceApi } from '../data-access/governance-api';
import { ProjectOwnerOptions } from '../data-access/owner-options';
import { type SaveFailure, fieldErrorMessage, handleSaveFailure } from '../shared/form-errors';

export interface GovernanceDialogData {
  initiativeId: string;
  governance: InitiativeGovernance;
}

const CONFLICT = 'Styringen er blevet ændret af en anden, siden du åbnede den. Genindlæs for at se de nyeste oplysninger.';

/** "Styregruppe og projektejer": who steers the initiative. Closes with the saved governance. */
@Component({
  selector: 'gv-governance-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatDialogModule, MatFormFieldModule, MatSelectModule, ErrorBanner],
  template: `
    <h2 mat-dialog-title>Styregruppe og projektejer</h2>
    <form [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content class="gov-form">
        <p class="gov-form__help">Styregruppen træffer beslutningerne om initiativet; grupper over den kan også beslutte.</p>
        @if (failure(); as failure) {
          <gv-error-banner [message]="failure.message" [details]="failure.details">
            @if (failure.conflict) {
              <button mat-flat-button type="button" (click)="reloadLatest()">Genindlæs</button>
            }
          </gv-error-banner>
        }
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>Styregruppe</mat-label>
          <mat-select formControlName="steeringGroupId">
            <mat-option [value]="null">Ingen styregruppe</mat-option>
            @for (group of groups(); track group.id) {
              <mat-option [value]="group.id">{{ group.name }} ({{ levelLabels[group.level] }})</mat-option>
            }
          </mat-select>
          <mat-error>{{ errorFor('steeringGroupId') }}</mat-error>
        </mat-form-field>
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>Projektejer</mat-label>
          <mat-select formControlName="projectOwnerUserId">
            <mat-option [value]="null">Ingen projektejer</mat-option>
            @for (owner of owners(); track owner.id) {
              <mat-option [value]="owner.id">{{ owner.name }}</mat-option>
            }
          </mat-select>
          @if (!ownerOptions.canListAll()) {
            <mat-hint>Du kan vælge dig selv eller beholde den nuværende projektejer. En administrator kan vælge andre.</mat-hint>
          }
          <mat-error>{{ errorFor('projectOwnerUserId') }}</mat-error>
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>Annullér</button>
        <button mat-flat-button type="submit" [disabled]="busy()" disabledInteractive>Gem</button>
      </mat-dialog-actions>
    </form>
  `,
  styleUrl: './governance-dialogs.scss',
})
export class GovernanceDialog {
  private readonly data = inject<GovernanceDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<GovernanceDialog, InitiativeGovernance>>(MatDialogRef);
  private readonly api = inject(GovernanceApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  protected readonly ownerOptions = inject(ProjectOwnerOptions);

  protected readonly levelLabels = STEERING_LEVEL_LABELS;
  protected readonly groups = toSignal(this.api.steeringGroups().pipe(catchError(() => of(this.currentGroup()))), {
    initialValue: this.currentGroup(),
  });
  protected readonly owners = toSignal(this.ownerOptions.load(this.data.governance.projectOwner), {
    initialValue: this.data.governance.projectOwner ? [this.data.governance.projectOwner] : ([] as UserRef[]),
  });

  protected readonly form = new FormGroup({
    steeringGroupId: new FormControl<string | null>(this.data.governance.steeringGroup?.id ?? null),
    projectOwnerUserId: new FormControl<string | null>(this.data.governance.projectOwner?.id ?? null),
  });
  protected readonly busy = signal(false);
  protected readonly failure = signal<SaveFailure | null>(null);
  private version = this.data.governance.version;
  private latest: InitiativeGovernance | null = null;

  constructor() {
    const changeDetector = inject(ChangeDetectorRef);
    this.form.events.pipe(takeUntilDestroyed()).subscribe(() => changeDetector.markForCheck());
  }

  protected errorFor(name: keyof typeof this.form.controls): string {
    return fieldErrorMessage(this.form.controls[name]);
  }

  protected reloadLatest(): void {
    if (!this.latest) return;
    this.form.setValue({ steeringGroupId: this.latest.steeringGroup?.id ?? null, projectOwnerUserId: this.latest.projectOwner?.id ?? null });
    this.version = this.latest.version;
    this.failure.set(null);
  }

  protected save(): void {
    submitDialogForm({
      form: this.form,
      host: this.host.nativeElement,
      busy: this.busy,
      failure: this.failure,
      request: () => this.api.updateGovernance(this.data.initiativeId, { version: this.version, ...this.form.getRawValue() }),
      onSaved: (saved) => this.dialogRef.close(saved),
      onFailed: (apiError) => {
        this.latest = isGovernance(apiError.current) ? apiError.current : null;
        this.failure.set(handleSaveFailure(this.form, apiError, 'Styringen blev ikke gemt', CONFLICT));
        focusFirstInvalid(this.host.nativeElement, this.form);
      },
    });
  }

  /** The initiative's own group, choosable even when the list cannot be fetched. */
  private currentGroup(): SteeringGroup[] {
    const group = this.data.governance.steeringGroup;
    return group ? [{ ...group, parentId: null, chair: null, members: [], initiativeCount: 0, version: 0 }] : [];
  }
}

function isGovernance(value: unknown): value is InitiativeGovernance {
  const candidate = value as Partial<InitiativeGovernance> | null;
  return typeof candidate?.initiativeId === 'string' && typeof candidate.version === 'number';
}
