// Run after every `npm install` here: removes the download addresses ("resolved") and the funding
// links from package-lock.json, so that no registry host name is committed. `npm ci` still installs
// the exact versions from such a lockfile (from the configured registry) and checks each package's
// "integrity" hash, which stays.
import { readFileSync, writeFileSync } from "node:fs";

const file = new URL("./package-lock.json", import.meta.url);
const lock = JSON.parse(readFileSync(file, "utf8"));
let removed = 0;
for (const entry of Object.values(lock.packages ?? {})) {
  for (const key of ["resolved", "funding"]) {
    if (key in entry) {
      delete entry[key];
      removed++;
    }
  }
}
writeFileSync(file, JSON.stringify(lock, null, 2) + "\n");
console.log(`removed ${removed} resolved/funding entries from package-lock.json`);
