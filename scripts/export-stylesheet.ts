/**
 * The page's stylesheet as an SVG renderer outside the browser can read it: the rules that paint
 * chart marks and export text, with every `var(--…)` replaced by its light-theme value. The
 * build's social cards are drawn under it, so they take the colours the page's exports take.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import postcss, { type Rule } from 'postcss';

/** The properties an SVG mark or text takes from the stylesheet (what the browser export inlines). */
const PAINT = new Set(['fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-opacity', 'opacity', 'font-size', 'font-weight', 'font-style']);

/** A selector of classes and element names (`.a`, `.a .b`, `.a.b`, `.a line`): the kind a chart's marks are styled by. */
const compound = String.raw`(?:[a-z]+|[a-z]*(?:\.[\w-]+)+)`;
const markSelector = new RegExp(String.raw`^${compound}(?:\s+${compound})*$`);
const classSelector = { test: (selector: string) => selector.includes('.') && markSelector.test(selector) };

/** `light-dark(#fff, #000)` → `#fff`: the social card is drawn in the light theme, as slides are. */
const lightValue = (value: string) => value.replace(/light-dark\(\s*([^,]+?)\s*,[^)]*\)/g, '$1');

export function exportStylesheet(css: string): string {
  const root = postcss.parse(css);
  const variables = new Map<string, string>();
  root.walkDecls(/^--/, (decl) => {
    if (!variables.has(decl.prop)) variables.set(decl.prop, lightValue(decl.value));
  });
  const resolve = (value: string) => value.replace(/var\(\s*(--[\w-]+)\s*\)/g, (whole, name: string) => variables.get(name) ?? whole);
  const rules: string[] = [];
  root.walkRules((rule: Rule) => {
    if (rule.parent?.type !== 'root') return; // not inside @media: the social card is one fixed image
    const selectors = rule.selectors.filter((s) => classSelector.test(s.trim()));
    const declarations = rule.nodes.flatMap((node) => (node.type === 'decl' && PAINT.has(node.prop) ? [`${node.prop}: ${resolve(lightValue(node.value))}`] : []));
    if (selectors.length > 0 && declarations.length > 0) rules.push(`${selectors.join(', ')} { ${declarations.join('; ')} }`);
  });
  return rules.join('\n');
}

/** A stylesheet's text with its `@import './x.css'` rules replaced by the files they name, as Vite inlines them. */
export function readStylesheet(file: string): string {
  const root = postcss.parse(readFileSync(file, 'utf8'));
  root.walkAtRules('import', (rule) => {
    const target = /^['"](\.{1,2}\/[^'"]+)['"]$/.exec(rule.params.trim())?.[1];
    if (!target) throw new Error(`${file}: @import ${rule.params}: only a relative file in quotes is read`);
    rule.replaceWith(postcss.parse(readStylesheet(resolve(dirname(file), target))));
  });
  return root.toString();
}
