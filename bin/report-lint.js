#!/usr/bin/env node
// report-lint command: runs the bundled CLI (dist/report-lint.js, built by npm run build) with the real process I/O.
import { main } from '../dist/report-lint.js';

// A reader that stops reading (`report-lint dir | head`) closes the pipe: the run ends quietly, as
// `cat` would, never with a stack trace. Writes after that are dropped.
let closed = false;
const onPipeError = (error) => {
  if (error.code !== 'EPIPE') throw error;
  closed = true;
  process.exit(process.exitCode ?? 0);
};
process.stdout.on('error', onPipeError);
process.stderr.on('error', onPipeError);
const write = (stream) => (s) => {
  if (!closed) stream.write(s);
};

const readStdin = async () => {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks);
};

process.exitCode = await main(process.argv.slice(2), {
  stdout: write(process.stdout),
  stderr: write(process.stderr),
  cwd: process.cwd(),
  isTTY: Boolean(process.stdout.isTTY),
  stdoutColumns: process.stdout.isTTY ? process.stdout.columns : undefined,
  stderrIsTTY: Boolean(process.stderr.isTTY),
  stderrColumns: process.stderr.columns,
  env: process.env,
  stdin: readStdin,
});
