/**
 * Resolves once the browser reports its first contentful paint (the prerendered start page is
 * on screen), or after `fallbackMs` where that never comes: a hidden tab, a browser without
 * paint timing.
 */
export function afterFirstPaint(fallbackMs = 3000): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      observer?.disconnect();
      resolve();
    };
    const timer = setTimeout(done, fallbackMs);
    let observer: PerformanceObserver | undefined;
    try {
      observer = new PerformanceObserver((list) => {
        if (list.getEntriesByName('first-contentful-paint').length > 0) done();
      });
      observer.observe({ type: 'paint', buffered: true });
    } catch {
      // No paint timing here: the timer decides.
    }
  });
}

/**
 * Runs `run` once the frame after this moment has been painted (a frame, then a task): work a
 * press sets off, such as fetching and evaluating the app, then never delays the paint that
 * answers the press itself.
 */
export function afterNextPaint(run: () => void): void {
  requestAnimationFrame(() => setTimeout(run, 0));
}
