import { describe, expect, it } from 'vitest';
import { neighbours, readingOrder, type ReadingSources } from '../../src/lib/reading/reading-order';

const sources: ReadingSources = {
  foundations: [{ id: 'rhythm', title: 'Rhythm' }, { id: 'listening', title: 'Listening' }],
  phases: [{ number: 1, title: 'Understanding the problem' }, { number: 2, title: 'Weighing solutions' }],
  tracks: [
    { id: 'showroom', title: 'The showroom sale', stages: [{ id: 'greeting', title: 'The greeting' }, { id: 'test-drive', title: 'The test drive' }] },
    { id: 'consultative', title: 'The consultative sale', stages: [{ id: 'discovery', title: 'Discovery' }] },
  ],
  plays: [{ id: 'price-first', title: 'Price first' }],
  toolkit: [{ href: '/follow-ups/', label: 'Follow-up templates' }],
};
const order = readingOrder(sources);

describe('the reading order of a new hire', () => {
  it('runs foundations, phases, each track before its stages, plays, objections, then the toolkit', () => {
    expect(order.map((item) => item.href)).toEqual([
      '/foundations/rhythm/',
      '/foundations/listening/',
      '/phases/',
      '/phases/1/',
      '/phases/2/',
      '/tracks/showroom/',
      '/tracks/showroom/greeting/',
      '/tracks/showroom/test-drive/',
      '/tracks/consultative/',
      '/tracks/consultative/discovery/',
      '/plays/price-first/',
      '/objections/',
      '/follow-ups/',
    ]);
  });

  it('names each page by its own title and its section, a stage by its track', () => {
    expect(order.map((item) => [item.title, item.section])).toEqual([
      ['Rhythm', 'Foundations'],
      ['Listening', 'Foundations'],
      ["The buyer's three phases", 'Phases'],
      ['Understanding the problem', 'Phases'],
      ['Weighing solutions', 'Phases'],
      ['The showroom sale', 'Tracks'],
      ['The greeting', 'The showroom sale'],
      ['The test drive', 'The showroom sale'],
      ['The consultative sale', 'Tracks'],
      ['Discovery', 'The consultative sale'],
      ['Price first', 'Plays'],
      ['Objections', 'Plays'],
      ['Follow-up templates', 'Toolkit'],
    ]);
  });
});

describe('previous and next', () => {
  it('are the pages either side', () => {
    const { previous, next } = neighbours(order, '/tracks/consultative/');
    expect(previous?.href).toBe('/tracks/showroom/test-drive/');
    expect(next?.href).toBe('/tracks/consultative/discovery/');
  });

  it('stop at either end of the order', () => {
    expect(neighbours(order, '/foundations/rhythm/')).toEqual({ previous: undefined, next: order[1] });
    expect(neighbours(order, '/follow-ups/')).toEqual({ previous: order.at(-2), next: undefined });
  });

  it('are absent on a page outside the order', () => {
    expect(neighbours(order, '/search/')).toEqual({});
  });
});
