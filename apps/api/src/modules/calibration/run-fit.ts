import path from 'node:path';
import { Worker } from 'node:worker_threads';

import { transferables } from './calibration-input';
import { CalibrationData, fitLeniency, LeniencyFit } from './model';

/**
 * Fits the model in a worker thread, so a refit at a million candidates (a minute of CPU) never
 * blocks a request; the data's arrays move to the worker instead of being copied (the input is
 * hundreds of MB at that scale). Under ts-jest (TypeScript sources, no compiled worker file) it
 * runs inline: the integration tests' fits take milliseconds.
 */
export function runFit(data: CalibrationData): Promise<LeniencyFit> {
  if (!__filename.endsWith('.js')) return Promise.resolve(fitLeniency(data));
  return new Promise((resolve, reject) => {
    const worker = new Worker(path.join(__dirname, 'calibration.worker.js'), {
      workerData: { data },
      transferList: transferables(data),
    });
    worker.once('message', (fit: LeniencyFit) => {
      resolve(fit);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`The calibration worker stopped with exit code ${code}.`));
    });
  });
}
