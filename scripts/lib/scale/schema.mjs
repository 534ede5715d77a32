// The app's own schema on the target database: build the API (cached by Nx) and let it apply its migrations
// (`main.js migrate`), so the generator writes through exactly the tables, policies and triggers the app has.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { nxBin, repoRoot } from '../process.mjs';

/** Runs a command with its output collected; rejects with the output's tail when it fails. */
function runQuietly(command, args, env, what) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const collect = (chunk) => {
      output = (output + chunk.toString()).slice(-20_000);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', (error) => reject(new Error(`${what} could not start: ${error.message}`)));
    child.on('close', (code) => {
      if (code === 0) resolvePromise(output);
      else reject(new Error(`${what} failed (exit ${code}):\n${output.trim().split('\n').slice(-25).join('\n')}`));
    });
  });
}

export async function buildApi() {
  await runQuietly(process.execPath, [nxBin, 'build', 'api', '--outputStyle=static'], process.env, 'Building the API');
}

/** Applies the app's migrations to the database; returns the API's one-line summary. */
export async function migrate(databaseUrl) {
  const env = { ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: 'production', SQL_LOG: 'false' };
  const output = await runQuietly(process.execPath, [resolve(repoRoot, 'dist', 'apps', 'api', 'main.js'), 'migrate'], env, 'Migrating the database');
  return output.trim().split('\n').pop();
}
