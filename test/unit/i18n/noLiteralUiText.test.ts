import { RuleTester } from 'eslint';
import { describe, it } from 'vitest';
import tseslint from 'typescript-eslint';
import rule from '../../../scripts/eslint/no-literal-ui-text.mjs';

RuleTester.describe = describe;
RuleTester.it = it;

const tester = new RuleTester({
  languageOptions: { parser: tseslint.parser, parserOptions: { ecmaFeatures: { jsx: true } } },
});

describe('the lint rule against hard-coded UI text', () => {
  tester.run('no-literal-ui-text', rule, {
    valid: [
      { code: 'const a = <p>{t("kitchens.empty")}</p>;' },
      { code: 'const a = <span> — </span>;' },
      { code: 'const a = <input aria-label={t("fields.name")} />;' },
      { code: 'const a = <div data-testid="kitchen-form" className="card" />;' },
    ],
    invalid: [
      { code: 'const a = <p>No kitchens yet</p>;', errors: [{ messageId: 'text' }] },
      { code: 'const a = <button title="Delete">x</button>;', errors: [{ messageId: 'text' }, { messageId: 'text' }] },
      { code: 'const a = <input placeholder={"Sök"} />;', errors: [{ messageId: 'text' }] },
      { code: 'const a = <img alt="Logo" />;', errors: [{ messageId: 'text' }] },
    ],
  });
});
