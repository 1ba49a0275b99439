// Entry of a lab worker thread: registers tsx's loader in the thread, then runs the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
