import { ChangeDetectionStrategy, ChangeDetectorRef, Component, ElementRef, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { type AbstractControl, FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import {
  GOVERNANCE_LIMITS,
  STEERING_LEVELS,
  STEERING_LEVEL_LABELS,
  type SteeringGroup,
  type SteeringGroupRequest,
  type SteeringLevel,
} from '@gevinst/domain';
import { ErrorBanner, focusFirstInvalid, submitDialogForm } from '@gevinst/web/ui';
import { SteeringGroupsApi } from '../data-access/steering-groups-api';
import { type UserOption, UserOptions } from '../data-access/user-options';
import { fieldErrorMessage, requiredText } from '../shared/form-errors';
import { type SaveFailure, handleSaveFailure } from '../shared/server-messages';
import { parentOptions } from './group-tree';

export interface SteeringGroupDialogData {
  /** Absent: "Ny styregruppe". */
  group?: SteeringGroup;
  /** Every group of the organisation, for the parent. */
  groups: readonly SteeringGroup[];
}

const CONFLICT = 'Styregruppen er blevet ændret af en anden, siden du åbnede den. Genindlæs for at se de nyeste oplysninger.';

/** "Ny styregruppe" and "Redigér styregruppe": name, level, the group it reports to, chair and members. Closes with the saved group. */
@Component({
  selector: 'gv-steering-group-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule, MatSelectModule, ErrorBanner],
  templateUrl: './steering-group-dialog.html',
  styleUrl: './steering-group-dialog.scss',
})
export class SteeringGroupDialog {
  protected readonly data = inject<SteeringGroupDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<SteeringGroupDialog, SteeringGroup>>(MatDialogRef);
  private readonly api = inject(SteeringGroupsApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  private group = this.data.group;
  protected readonly editing = this.group !== undefined;
  protected readonly heading = this.group ? 'Redigér styregruppe' : 'Ny styregruppe';
  protected readonly levelOptions = STEERING_LEVELS.map((value) => ({ value, label: STEERING_LEVEL_LABELS[value] }));
  protected readonly levelLabels = STEERING_LEVEL_LABELS;

  protected readonly form = new FormGroup({
    name: new FormControl('', { nonNullable: true, validators: [requiredText, Validators.maxLength(GOVERNANCE_LIMITS.nameMax)] }),
    level: new FormControl<SteeringLevel | null>(null, Validators.required),
    parentId: new FormControl('', { nonNullable: true }),
    chairUserId: new FormControl('', { nonNullable: true }),
    memberUserIds: new FormControl<string[]>([], { nonNullable: true, validators: Validators.maxLength(GOVERNANCE_LIMITS.membersMax) }),
  });
  protected readonly busy = signal(false);
  protected readonly failure = signal<SaveFailure | null>(null);

  private readonly level = toSignal(this.form.controls.level.valueChanges, { initialValue: this.group?.level ?? null });
  protected readonly parents = computed(() => {
    const level = this.level();
    return level ? parentOptions(this.data.groups, level, this.group?.id ?? null) : [];
  });
  protected readonly people = toSignal(
    inject(UserOptions).load([...(this.group?.chair ? [this.group.chair] : []), ...(this.group?.members ?? [])]),
    { initialValue: [] as UserOption[] },
  );

  constructor() {
    const group = this.group;
    this.form.reset(
      {
        name: group?.name ?? '',
        level: group?.level ?? null,
        parentId: group?.parentId ?? '',
        chairUserId: group?.chair?.id ?? '',
        memberUserIds: group?.members.map((m) => m.id) ?? [],
      },
      { emitEvent: false },
    );
    const changeDetector = inject(ChangeDetectorRef);
    this.form.events.pipe(takeUntilDestroyed()).subscribe(() => changeDetector.markForCheck());
    this.fitParent();
    this.form.controls.level.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => this.fitParent());
  }

  /** A directorate group has no parent; a parent that no longer fits the level is cleared. */
  private fitParent(): void {
    const parent = this.form.controls.parentId;
    if (parent.value && !this.parents().some((g) => g.id === parent.value)) parent.setValue('', { emitEvent: false });
    if (this.form.controls.level.value === 'directorate') parent.disable({ emitEvent: false });
    else parent.enable({ emitEvent: false });
  }

  protected errorFor(control: AbstractControl, required: string): string {
    return fieldErrorMessage(control, required);
  }

  protected save(): void {
    submitDialogForm({
      form: this.form,
      host: this.host.nativeElement,
      busy: this.busy,
      failure: this.failure,
      request: () => {
        const request = this.toRequest();
        const group = this.group;
        return group ? this.api.update(group.id, { ...request, version: group.version }) : this.api.create(request);
      },
      onSaved: (saved) => this.dialogRef.close(saved),
      onFailed: (error) => {
        this.failure.set(handleSaveFailure(this.form, error, 'Styregruppen', CONFLICT));
        focusFirstInvalid(this.host.nativeElement, this.form);
      },
    });
  }

  private toRequest(): SteeringGroupRequest {
    const value = this.form.getRawValue();
    const level = value.level as SteeringLevel;
    return {
      name: value.name.trim(),
      level,
      parentId: level === 'directorate' ? null : value.parentId || null,
      chairUserId: value.chairUserId || null,
      memberUserIds: value.memberUserIds,
    };
  }
}
