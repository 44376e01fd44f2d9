// When each actor asserted or denied the seed's claims: the `on` date of ASSERTED and DENIED, which
// "as of" queries read (what was claimed and denied by a given day). The article (South China
// Morning Post, late October 2024) dates them relative to its week; each line says how it was read.
UNWIND [
  // "Last week, South Korea and Ukraine accused North Korea of deploying troops": the week of 14-20 October
  {actor: 'south-korea', claim: 'claim-nk-deploying-troops-to-russia', on: date('2024-10-18')},
  {actor: 'south-korea-nis', claim: 'claim-nk-deploying-troops-to-russia', on: date('2024-10-18')},
  {actor: 'ukraine', claim: 'claim-nk-deploying-troops-to-russia', on: date('2024-10-17')},
  // "Last week, South Korea's National Intelligence Service said ..."
  {actor: 'south-korea-nis', claim: 'claim-nis-russian-vessels-transport-special-forces', on: date('2024-10-18')},
  {actor: 'south-korea-nis', claim: 'claim-nis-troops-stationed-far-east', on: date('2024-10-18')},
  {actor: 'south-korea-nis', claim: 'claim-nis-1500-soldiers-in-vladivostok', on: date('2024-10-18')},
  {actor: 'south-korea-nis', claim: 'claim-nis-officers-visited-launch-site', on: date('2024-10-18')},
  // "Ukraine released a video": the same days
  {actor: 'ukraine', claim: 'claim-video-nk-soldiers-receiving-uniforms', on: date('2024-10-18')},
  // "This week, US Defence Secretary Lloyd Austin said there was evidence": the week of 21-27 October
  {actor: 'lloyd-austin', claim: 'claim-austin-evidence-nk-troops-in-russia', on: date('2024-10-23')},
  // "Zelensky's earlier statement" and "previous Ukrainian media reports" of the 3 October strike
  {actor: 'volodymyr-zelensky', claim: 'claim-zelensky-10000-troops-preparing', on: date('2024-10-13')},
  {actor: 'ukrainian-media', claim: 'claim-six-nk-officers-killed-near-donetsk', on: date('2024-10-04')},
  // the article itself (the source's own assertions), at its publication
  {actor: 'scmp', claim: 'claim-nk-weapons-shipped-for-russian-use', on: date('2024-10-25')},
  {actor: 'scmp', claim: 'claim-putin-kim-signed-mutual-defence-pact', on: date('2024-10-25')}
] AS s
MATCH (:Actor {id: s.actor})-[r:ASSERTED]->(:Claim {id: s.claim})
SET r.on = s.on;

// "North Korea denies doing so": after the accusations of the week before and before the article,
// dated to 21 October 2024
MATCH (:Actor {id: 'north-korea'})-[r:DENIED]->(:Claim {id: 'claim-nk-deploying-troops-to-russia'})
SET r.on = date('2024-10-21');
