import { describe, inject } from 'vitest';
import { readerJourneys } from './journeys';
import { webkitReader } from './webkit';

describe('WebKitGTK', () => readerJourneys(webkitReader(inject('webkitDriver'))));
