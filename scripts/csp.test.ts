// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from './csp';
import { scriptHashSource, VIEW_CHECK_SCRIPT } from './view-check';

describe('the Content-Security-Policy', () => {
  it('forbids eval and every inline script but the view check, allowed by the hash of its text', () => {
    const script = CONTENT_SECURITY_POLICY.split('; ').find((d) => d.startsWith('script-src'));
    expect(script).toBe(`script-src 'self' ${scriptHashSource(VIEW_CHECK_SCRIPT)}`);
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    // Only style attributes may be inline: no 'unsafe-inline' script, no <style> element.
    const inline = CONTENT_SECURITY_POLICY.split('; ').filter((d) => d.includes('unsafe-inline'));
    expect(inline).toEqual(["style-src-attr 'unsafe-inline'"]);
    expect(CONTENT_SECURITY_POLICY).toContain("style-src 'self'");
  });

  it('is the one the README tells a deployer to set', () => {
    expect(readFileSync(new URL('../README.md', import.meta.url), 'utf8')).toContain(CONTENT_SECURITY_POLICY);
  });
});
