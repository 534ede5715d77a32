import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no free port'))));
    });
  });

/** A PostgreSQL of the test's own (never the machine's server), which it can stop and start again on the same port. */
export class OwnPostgres {
  private child: ChildProcess | null = null;

  private constructor(
    private readonly dataDir: string,
    private readonly port: number,
    public url = '',
  ) {}

  static async start(): Promise<OwnPostgres> {
    const postgres = new OwnPostgres(mkdtempSync(join(tmpdir(), 'gevinst-own-pg-')), await freePort());
    await postgres.startAgain();
    return postgres;
  }

  /** Starts the cluster (again) and resolves once it accepts connections. */
  async startAgain(): Promise<void> {
    const child = spawn(process.execPath, [join(__dirname, 'own-postgres-server.mjs'), this.dataDir, String(this.port)], { stdio: ['ignore', 'pipe', 'pipe'] });
    this.child = child;
    this.url = await new Promise<string>((resolve, reject) => {
      let output = '';
      const onData = (chunk: Buffer) => {
        output += chunk.toString('utf8');
        const ready = /^READY (\S+)$/m.exec(output);
        if (ready) resolve(ready[1]);
      };
      child.stdout?.on('data', onData);
      child.stderr?.on('data', onData);
      child.once('exit', (code) => reject(new Error(`The test's PostgreSQL stopped (exit ${code}) before it was ready:\n${output}`)));
    });
  }

  /** Stops the cluster (a fast shutdown: open connections are cut) and waits until it has exited. */
  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
    this.child = null;
  }

  async destroy(): Promise<void> {
    await this.stop();
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}
