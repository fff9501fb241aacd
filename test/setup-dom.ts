import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Testing Library only cleans up by itself when test globals are on; they are off here.
afterEach(cleanup);

// The dom tests run beside the property tests on two cores: a lazily loaded step or text can
// take seconds there. Waiting longer changes nothing when the app is right, and a test that
// should fail still fails (only later).
configure({ asyncUtilTimeout: 5000 });
