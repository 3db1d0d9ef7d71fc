// citation-js ships no types; src/render/bib/references.ts types the little it uses.
declare module "@citation-js/core";
declare module "@citation-js/plugin-bibtex";
declare module "@citation-js/plugin-csl";
