/**
 * Everything the command line reads from and writes to the outside world,
 * passed in by bin/report-lint.js (the real process) or by tests (in memory).
 */
export interface CliIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  cwd: string;
  isTTY: boolean;
  /** Width of the stdout terminal, when stdout is one. */
  stdoutColumns?: number;
  /** Whether stderr is a terminal (progress bar); absent means no. */
  stderrIsTTY?: boolean;
  /** Width of the stderr terminal, for the progress bar (default 80). */
  stderrColumns?: number;
  env: Record<string, string | undefined>;
  stdin?: () => Promise<Buffer>;
}
