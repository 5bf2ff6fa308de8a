// The login our comments carry: `<app slug>[bot]`. Installation tokens cannot call `GET /user`,
// so the slug comes from `GET /app` (authenticated as the App itself), once per process.
import type { Probot } from 'probot';

export function ownLoginOf(app: Probot): () => Promise<string> {
  let login: Promise<string> | undefined;
  return () => {
    login ??= fetchLogin(app).catch((error: unknown) => {
      login = undefined; // ask again next time rather than caching a failure
      throw error;
    });
    return login;
  };
}

async function fetchLogin(app: Probot): Promise<string> {
  const octokit = await app.auth();
  const { data } = await octokit.rest.apps.getAuthenticated();
  if (!data?.slug) throw new Error('GET /app returned no slug');
  return `${data.slug}[bot]`;
}
