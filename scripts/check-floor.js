// Fails the build when cdn/ or dist/ holds syntax or a built-in newer than the browser floor (package.json
// `browserslist`): what esbuild could not lower, and what Lit or date-fns bring in.
import { ESLint } from 'eslint';
import { esX, floorRules } from './floor.js';

const eslint = new ESLint({
  overrideConfigFile: true,
  overrideConfig: {
    files: ['**/*.js'],
    languageOptions: { ecmaVersion: 'latest', sourceType: 'module' },
    linterOptions: { reportUnusedDisableDirectives: 'off', noInlineConfig: true },
    plugins: { 'es-x': esX },
    rules: floorRules(),
  },
});
const results = await eslint.lintFiles(['cdn/**/*.js', 'dist/**/*.js']);
const errors = results.filter((result) => result.errorCount > 0);
if (errors.length > 0) {
  console.error((await eslint.loadFormatter('stylish')).format(errors));
  console.error('Newer than the browser floor (package.json browserslist); see README, Browsers.');
  process.exit(1);
}
console.log(`check-floor: ${results.length} files in cdn/ and dist/ hold to the browser floor`);
