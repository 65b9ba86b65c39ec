import { describe, expect, it } from 'vitest';
import { GenspendError } from '@genspend/core';
import { chooseProviders, type KeyWording } from './balances.js';

const wording: KeyWording = { noKeys: 'no key found', namedIn: 'named in --provider', giveKeys: (v) => `set ${v.join(', ')}` };
const problem = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return e instanceof GenspendError ? e.format() : String(e);
  }
  return 'nothing thrown';
};

describe('chooseProviders', () => {
  it('takes every provider with a key when none is named, in the fixed order', () => {
    expect(chooseProviders(undefined, { FAL_KEY: 'k', RUNWAYML_API_SECRET: 's', RUNPOD_API_KEY: ' ' }, wording)).toEqual(['runway', 'fal']);
  });

  it('refuses a named provider without its key, naming the variable', () => {
    expect(problem(() => chooseProviders(['fal', 'runpod'], { FAL_KEY: 'k' }, wording))).toBe(
      'no key for runpod, named in --provider (fix: set RUNPOD_API_KEY)',
    );
  });

  it('names every key variable when there is none at all', () => {
    expect(problem(() => chooseProviders([], {}, wording))).toBe(
      'no key found (fix: set RUNWAYML_API_SECRET, RUNWARE_API_KEY, FAL_KEY, RUNPOD_API_KEY)',
    );
  });

  it('reads a provider named twice once', () => {
    expect(chooseProviders(['fal', 'fal'], { FAL_KEY: 'k' }, wording)).toEqual(['fal']);
  });
});
