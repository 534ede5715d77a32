// The admin of the largest organisation the benchmark signs in as. Generated users have no password, so the run
// gives this one a random temporary password and afterwards puts back exactly what sign-in and the run changed.
import { randomBytes } from 'node:crypto';
import { hashPassword } from '../harness.mjs';
import { inOrganisation, PreflightError } from './seed-database.mjs';

/** Borrows the user: returns { id, organisationId, email, password, since, restore() }; restore() is safe to call more than once. */
export async function borrowAdmin(db, organisationId) {
  const [user] = await inOrganisation(db, organisationId, (q) =>
    q(
      `SELECT id, email, password_hash, failed_logins, locked_until, last_login_at, updated_at, now() AS since
       FROM app_user WHERE organisation_id = $1 AND active AND 'admin' = ANY(roles) ORDER BY email LIMIT 1`,
      [organisationId],
    ),
  );
  if (!user) throw new PreflightError('the largest organisation has no active admin user to sign in as');
  const password = randomBytes(24).toString('base64url');
  const hash = await hashPassword(password);
  await inOrganisation(db, organisationId, (q) =>
    q('UPDATE app_user SET password_hash = $2, failed_logins = 0, locked_until = NULL WHERE id = $1', [user.id, hash]),
  );
  let restored = false;
  return {
    id: user.id,
    organisationId,
    email: user.email,
    password,
    since: user.since,
    async restore() {
      if (restored) return;
      // Sign-in bookkeeping columns are left out of the audit trail, so this leaves no trace there either.
      await inOrganisation(db, organisationId, async (q) => {
        await q(
          `UPDATE app_user SET password_hash = $2, failed_logins = $3, locked_until = $4, last_login_at = $5, updated_at = $6 WHERE id = $1`,
          [user.id, user.password_hash, user.failed_logins, user.locked_until, user.last_login_at, user.updated_at],
        );
        await q('UPDATE user_session SET revoked_at = now() WHERE user_id = $1 AND created_at >= $2 AND revoked_at IS NULL', [user.id, user.since]);
      });
      restored = true;
    },
  };
}
