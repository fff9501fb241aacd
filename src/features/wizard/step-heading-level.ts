// The level of a step's heading: the page's main heading (h1) in the app, where nothing else on
// a step's page is one; under the widget's own title (its h1, the app's name), the level below.
import { createContext } from 'react';

/** 1 in the app; the widget's frame provides 2. */
export const StepHeadingLevel = createContext<1 | 2>(1);
