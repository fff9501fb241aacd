// Fetching files under rules/, and the one error type every failure becomes.

/** network: no answer; http: an error status; invalid: the file failed validation; unknown: no such pack. */
export type RulePackErrorKind = 'network' | 'http' | 'invalid' | 'unknown';

export class RulePackError extends Error {
  constructor(
    readonly kind: RulePackErrorKind,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'RulePackError';
  }
}

export function rulesUrl(file: string): string {
  return `${import.meta.env.BASE_URL}rules/${file}`;
}

export async function fetchJson(url: string, signal?: AbortSignal): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, { signal });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new RulePackError('network', `Could not reach ${url}`, error);
  }
  if (!response.ok) throw new RulePackError('http', `${url} answered ${response.status}`, response.status);
  try {
    return await response.json();
  } catch (error) {
    throw new RulePackError('invalid', `${url} is not JSON`, error);
  }
}

/** Only failures that another attempt could fix are retried. */
export function shouldRetry(failureCount: number, error: Error): boolean {
  if (failureCount >= 2 || !(error instanceof RulePackError)) return false;
  return error.kind === 'network' || (error.kind === 'http' && typeof error.details === 'number' && error.details >= 500);
}
