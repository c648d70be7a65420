import { describe } from 'vitest';
import { readerJourneys } from './journeys';
import { puppeteerReader } from './puppeteer';

describe('Chromium', () => readerJourneys(puppeteerReader('chromium')));
