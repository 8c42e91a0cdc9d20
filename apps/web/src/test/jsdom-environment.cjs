/**
 * jsdom without Node's web globals breaks react-router (TextEncoder) and our fake `fetch`
 * (Response). Hand jsdom the real ones from Node instead of polyfills. AbortController stays
 * jsdom's: its DOM (addEventListener with a signal, as Mantine's notifications use) refuses
 * Node's signals; a real `fetch` gets a Node signal that follows the jsdom one.
 */
const { TestEnvironment } = require('jest-environment-jsdom');

const nodeGlobals = [
  'TextEncoder',
  'TextDecoder',
  'Response',
  'Request',
  'Headers',
  'fetch',
  'FormData',
  'Blob',
  'ReadableStream',
  'WritableStream',
  'TransformStream',
  'structuredClone',
];

class NodeWebJsdomEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    for (const name of nodeGlobals) {
      if (globalThis[name] !== undefined) this.global[name] = globalThis[name];
    }
    const nodeFetch = globalThis.fetch;
    this.global.fetch = (input, init) => {
      const signal = init?.signal;
      if (!signal) return nodeFetch(input, init);
      const bridge = new AbortController();
      if (signal.aborted) bridge.abort(signal.reason);
      else signal.addEventListener('abort', () => bridge.abort(signal.reason), { once: true });
      return nodeFetch(input, { ...init, signal: bridge.signal });
    };
  }
}

module.exports = NodeWebJsdomEnvironment;
