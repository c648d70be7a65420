import { describe } from 'vitest';
import { readerJourneys } from './journeys';
import { puppeteerReader } from './puppeteer';

describe('Firefox ESR', () => readerJourneys(puppeteerReader('firefox')));
