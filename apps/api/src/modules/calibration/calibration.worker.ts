import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';

import { CalibrationData, fitLeniency } from './model';

// The fit yields the CPU to requests: on Linux a thread's nice value is its own, so this lowers
// only this worker (on 2 cores a refit otherwise takes a whole core from saves and comparisons).
try {
  setPriority(19);
} catch {
  // Not permitted here: the fit runs at normal priority.
}

/** Runs one fit off the main thread: requests keep being served while it works. */
const { data } = workerData as { data: CalibrationData };
parentPort?.postMessage(fitLeniency(data));
