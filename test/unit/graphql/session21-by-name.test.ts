import { describe, expect, it } from 'vitest';
import { compareByName } from '../../../src/graphql/queries/cypher-order.js';

describe('compareByName: byName (toLower(name), then id) in TypeScript', () => {
  it('ignores letter case where code-unit order would put capitals first', () => {
    const records = ['Kafka', 'jQuery', 'Java', 'iOS'].map((name) => ({ id: name.toLowerCase(), name }));
    expect([...records].sort(compareByName).map((record) => record.name)).toEqual([
      'iOS',
      'Java',
      'jQuery',
      'Kafka',
    ]);
  });

  it('orders names equal but for case by id, and puts a lower-cased é after z as Cypher does', () => {
    const records = [
      { id: 'b', name: 'ACME' },
      { id: 'c', name: 'Émile Labs' },
      { id: 'a', name: 'acme' },
      { id: 'd', name: 'Zenit' },
    ];
    expect([...records].sort(compareByName).map((record) => record.id)).toEqual(['a', 'b', 'd', 'c']);
  });

  it('puts a record without a name after every named one, as Cypher orders null last', () => {
    const records = [{ id: 'a' }, { id: 'z', name: 'Zenit' }, { id: 'b', name: null }];
    expect([...records].sort(compareByName).map((record) => record.id)).toEqual(['z', 'a', 'b']);
  });
});
