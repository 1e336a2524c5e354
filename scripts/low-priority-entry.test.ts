// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { entryAtLowPriority } from './low-priority-entry';

const HEAD = `<script>check()</script>
    <script type="module" crossorigin src="./assets/index-a.js"></script>
    <link rel="modulepreload" crossorigin href="./assets/preload-helper-b.js">
    <link rel="stylesheet" crossorigin href="./assets/style-c.css">
    <link rel="preload" as="fetch" id="dashboard-data" href="page-data/d.json" crossorigin fetchpriority="low" />`;

describe('entryAtLowPriority', () => {
  it('asks for the entry script and its module preloads at low priority, and nothing else', () => {
    expect(entryAtLowPriority(HEAD)).toBe(
      HEAD.replace('<script type="module" crossorigin', '<script type="module" fetchpriority="low" crossorigin').replace('<link rel="modulepreload" crossorigin', '<link rel="modulepreload" fetchpriority="low" crossorigin'),
    );
  });

  it('leaves a priority already given, and is the same applied twice', () => {
    const high = '<script type="module" fetchpriority="high" src="x.js"></script>';
    expect(entryAtLowPriority(high)).toBe(high);
    expect(entryAtLowPriority(entryAtLowPriority(HEAD))).toBe(entryAtLowPriority(HEAD));
  });
});
