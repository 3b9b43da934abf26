// Reports user-facing text written directly in components: JSX text with letters, and string
// literals in the attributes people read or hear (title, aria-label, placeholder, alt, label).
// Everything a user reads must come from i18next so that it exists in sv, da, fi and en.
const READ_ATTRIBUTES = new Set(['title', 'aria-label', 'aria-description', 'placeholder', 'alt', 'label', 'aria-valuetext']);
const LETTERS = /\p{L}/u;

/** @type {import('eslint').Rule.RuleModule} */
export default {
  meta: {
    type: 'problem',
    docs: { description: 'No hard-coded user-facing text in components: use t().' },
    messages: {
      text: 'User-facing text "{{text}}" is hard-coded: put it in the i18n resources (sv, da, fi, en) and use t().',
    },
    schema: [],
  },
  create(context) {
    return {
      JSXText(node) {
        const text = node.value.trim();
        if (text && LETTERS.test(text)) context.report({ node, messageId: 'text', data: { text: text.slice(0, 40) } });
      },
      JSXAttribute(node) {
        const name = typeof node.name.name === 'string' ? node.name.name : '';
        if (!READ_ATTRIBUTES.has(name) || !node.value) return;
        const value = node.value.type === 'Literal' ? node.value.value : node.value.type === 'JSXExpressionContainer' && node.value.expression.type === 'Literal' ? node.value.expression.value : null;
        if (typeof value === 'string' && LETTERS.test(value)) context.report({ node, messageId: 'text', data: { text: value.slice(0, 40) } });
      },
    };
  },
};
