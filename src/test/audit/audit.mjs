// Runs graphql-http's server audits against the URL given as the first argument and prints one JSON
// line per audit: {"id", "name", "status": "ok" | "warn" | "notice" | "error", "reason"}.
// Exit status 0 whatever the results: the caller (GraphqlOverHttpAuditTest) judges them.
import { serverAudits } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('usage: node audit.mjs <url>');
  process.exit(64);
}
for (const audit of serverAudits({ url })) {
  const result = await audit.fn();
  console.log(JSON.stringify({ id: result.id, name: result.name, status: result.status, reason: result.reason ?? null }));
}
