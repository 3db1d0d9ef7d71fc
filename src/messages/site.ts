/** Message texts for the supplement site (`src/site`). */

export const siteFileCollision = (path: string, from: string): string =>
  `supplement: ${from} would overwrite ${path}, which another part of the site already writes; give one of them another path`;

export const siteAssetMissing = (path: string, pkg: string): string =>
  `supplement: cannot read ${path}; is the ${pkg} package installed? Run \`npm install\` in the repository`;
