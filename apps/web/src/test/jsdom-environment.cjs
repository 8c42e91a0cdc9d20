/**
 * jsdom without Node's web globals breaks react-router (TextEncoder) and our fake `fetch`
 * (Response). Hand jsdom the real ones from Node instead of polyfills. AbortController stays
 * jsdom's: its DOM (addEventListener with a signal, as Mantine's notifications use) refuses
 * Node's signals; a real `fetch` and a `Request` (react-router's navigations make one; Node 24
 * refuses a signal that is not its own) get a Node signal that follows the jsdom one.
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
    const withNodeSignal = (init) => {
      const signal = init?.signal;
      if (!signal || signal instanceof AbortSignal) return init;
      const bridge = new AbortController();
      if (signal.aborted) bridge.abort(signal.reason);
      else signal.addEventListener('abort', () => bridge.abort(signal.reason), { once: true });
      return { ...init, signal: bridge.signal };
    };
    const nodeFetch = globalThis.fetch;
    this.global.fetch = (input, init) => nodeFetch(input, withNodeSignal(init));
    const NodeRequest = globalThis.Request;
    this.global.Request = class Request extends NodeRequest {
      constructor(input, init) {
        super(input, withNodeSignal(init));
      }
    };
  }
}

module.exports = NodeWebJsdomEnvironment;
