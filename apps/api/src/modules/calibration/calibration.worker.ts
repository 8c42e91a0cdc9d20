import { parentPort, workerData } from 'node:worker_threads';

import { CalibrationData, fitLeniency } from './model';

/** Runs one fit off the main thread: requests keep being served while it works. */
const { data } = workerData as { data: CalibrationData };
parentPort?.postMessage(fitLeniency(data));
