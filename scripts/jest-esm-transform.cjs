/**
 * Jest transformer: an ES module from node_modules to CommonJS (see jest-esm-packages.cjs).
 * `import.meta.url` has no CommonJS equivalent in TypeScript's output: it becomes the file's URL.
 */
const { pathToFileURL } = require('node:url');

const ts = require('typescript');

module.exports = {
  process(source, filename) {
    const withMeta = source.replace(
      /\bimport\.meta\.url\b/g,
      JSON.stringify(pathToFileURL(filename).href),
    );
    const { outputText, sourceMapText } = ts.transpileModule(withMeta, {
      fileName: filename,
      compilerOptions: {
        module: ts.ModuleKind.CommonJS,
        target: ts.ScriptTarget.ES2023,
        allowJs: true,
        esModuleInterop: true,
        sourceMap: true,
      },
    });
    return { code: outputText, map: sourceMapText };
  },
};
