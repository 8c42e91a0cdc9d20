/**
 * jsdom without Node's web globals breaks react-router (TextEncoder) and our fake `fetch`
 * (Response). Hand jsdom the real ones from Node instead of polyfills.
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
  'AbortController',
  'AbortSignal',
];

class NodeWebJsdomEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    for (const name of nodeGlobals) {
      if (globalThis[name] !== undefined) this.global[name] = globalThis[name];
    }
  }
}

module.exports = NodeWebJsdomEnvironment;
