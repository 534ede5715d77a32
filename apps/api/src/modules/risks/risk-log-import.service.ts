import { Injectable } from '@nestjs/common';
import { RISK_LIMITS } from '@gevinst/domain';
import type { RiskImportMode, RiskImportPreview } from '@gevinst/domain';
import type { AuthUser } from '../../common/auth/auth-user';
import { notFound } from '../../common/errors/domain-error';
import { TenantDb } from '../../common/tenancy/tenant-db';
import { authorise, initiativeLead } from '../goals/initiative-access';
import { FILE_PROBLEMS, fileError, importInvalid } from './risk-log-errors';
import { mapRiskLog, OwnerDirectory, ownerKey } from './risk-log-mapping';
import { readRiskLog, ReadRiskLog } from './risk-log-reader';
import type { RiskLogWorkbook } from './risk-log-writer';
import { checkWorkbookZip } from './risk-log-zip-guard';
import { RisksService } from './risks.service';
import { Clock } from '../../common/clock/clock';

/** The part of multer's file the importer uses (memory storage: the bytes are in `buffer`). */
export interface UploadedWorkbook {
  buffer: Buffer;
  size: number;
  originalname: string;
  mimetype: string;
}

export interface ImportRequest {
  mode: RiskImportMode;
  commit: boolean;
}

const FORBIDDEN = 'You may not change the risks of this initiative';

/**
 * Excel export and import of an initiative's risk log. The import checks the file (size by multer, then magic bytes,
 * zip structure and limits), reads it with a streaming reader, maps and validates every row, and writes nothing
 * unless every row is valid; then all rows go through RisksService.insertMany in the request's transaction.
 */
@Injectable()
export class RiskLogImportService {
  constructor(
    private readonly clock: Clock,
    private readonly db: TenantDb,
    private readonly risks: RisksService,
  ) {}

  /** 404 for an initiative that is not the organisation's, 403 for a user who may not manage its risks. */
  async authoriseImport(user: AuthUser, initiativeId: string): Promise<void> {
    const lead = await initiativeLead(this.db.manager, user, initiativeId);
    authorise(user, 'risk.manage', { leadsInitiative: lead === user.id }, FORBIDDEN);
  }

  /** The preview (commit=false), or the committed import; 422 IMPORT_INVALID when committing a file with row errors. */
  async import(user: AuthUser, initiativeId: string, file: UploadedWorkbook | undefined, request: ImportRequest): Promise<RiskImportPreview> {
    await this.authoriseImport(user, initiativeId);
    if (!file) throw fileError(FILE_PROBLEMS.missing);
    const parts = await checkWorkbookZip(file.buffer, { maxEntries: RISK_LIMITS.importMaxEntries, maxUncompressedBytes: RISK_LIMITS.importMaxUncompressedBytes });
    const log = await readRiskLog(file.buffer, parts);
    const mapped = await mapRiskLog(log, {
      mode: request.mode,
      existingNumbers: request.mode === 'append' ? await this.existingNumbers(user, initiativeId) : new Set(),
      owners: await this.owners(user, log),
      today: this.clock.today(),
    });
    const preview: RiskImportPreview = { committed: false, mode: request.mode, rows: mapped.preview, errors: mapped.errors };
    if (!request.commit) return preview;
    if (mapped.errors.length > 0) throw importInvalid(mapped.errors);
    await this.risks.insertMany(user, initiativeId, mapped.risks, request.mode);
    return { ...preview, committed: true };
  }

  /** Everything the export shows, read inside the request's transaction (404 for a foreign initiative). */
  async loadExport(user: AuthUser, initiativeId: string, exportedAt = this.clock.now()): Promise<RiskLogWorkbook> {
    const rows: { code: string; title: string }[] = await this.db.manager.query('SELECT code, title FROM initiative WHERE organisation_id = $1 AND id = $2', [
      user.organisationId,
      initiativeId,
    ]);
    if (rows.length === 0) throw notFound('Initiative');
    return { initiative: rows[0], exportedAt, risks: await this.risks.list(user, initiativeId) };
  }

  private async existingNumbers(user: AuthUser, initiativeId: string): Promise<Set<number>> {
    const rows: { number: number }[] = await this.db.manager.query('SELECT number FROM risk WHERE organisation_id = $1 AND initiative_id = $2', [
      user.organisationId,
      initiativeId,
    ]);
    return new Set(rows.map((row) => row.number));
  }

  /**
   * The organisation's users by e-mail and by full name, compared as `ownerKey` does (in JavaScript: PostgreSQL's
   * lower() leaves Æ, Ø and Å alone under the C locale). Read only when the file names an owner.
   */
  private async owners(user: AuthUser, log: ReadRiskLog): Promise<OwnerDirectory> {
    const directory: OwnerDirectory = { byEmail: new Map(), byName: new Map() };
    if (!log.risks.rows.some((row) => row.cells.owner)) return directory;
    const users: { id: string; email: string; name: string }[] = await this.db.manager.query(
      'SELECT id, email, name FROM app_user WHERE organisation_id = $1',
      [user.organisationId],
    );
    for (const found of users) {
      directory.byEmail.set(ownerKey(found.email), found.id);
      const name = ownerKey(found.name);
      directory.byName.set(name, [...(directory.byName.get(name) ?? []), found.id]);
    }
    return directory;
  }
}
