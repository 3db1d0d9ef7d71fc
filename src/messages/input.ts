/** Message texts for reading, decoding and parsing input files (`src/input`). */

const hex = (b: number): string => `0x${b.toString(16).toUpperCase().padStart(2, "0")}`;

/** Why a file cannot be read, from the error code of the file system; `role` names the file ("the parameter file"). */
const READ_REASONS: Record<string, string> = {
  ENOENT: "it does not exist",
  EISDIR: "it is a folder",
  EACCES: "permission denied",
  EPERM: "permission denied",
  ELOOP: "it is a symbolic link that leads back to itself",
  ENAMETOOLONG: "its path is too long",
  ENOTDIR: "a part of its path is not a folder",
};

export const cannotRead = (role: string, code: string, detail: string): string =>
  `cannot read ${role}: ${READ_REASONS[code] ? `${READ_REASONS[code]} (${code})` : detail}`;

export const danglingLink = (role: string, target: string): string => `cannot read ${role}: it is a symbolic link to "${target}", which does not exist`;

export const tooLarge = (role: string, bytes: number, max: number): string =>
  `cannot read ${role}: it is ${(bytes / 2 ** 20).toFixed(1)} MiB, more than the ${max / 2 ** 20} MiB an input file may have`;

export const tooLargeHint = (): string => "Input files are text you write (parameters, Markdown, YAML, JSON): check that this is the right file.";

/** The fix for a file that cannot be read; `doc` is where the file is described. */
export const cannotReadHint = (code: string, doc: string): string =>
  code === "ELOOP" || code === "dangling"
    ? "Point the symbolic link at an existing file, or replace the link with the file."
    : code === "EACCES" || code === "EPERM"
      ? "Make the file readable (chmod +r), or pass --report with a folder you can read."
      : code === "EISDIR"
        ? `Replace the folder with the file (${doc} describes it), or pass --report with another folder.`
        : `Create it, or pass --report with the folder that holds it (${doc} describes it).`;

export const folderNotFound = (): string => "folder not found";
export const folderMissingHint = (): string => "create it, or pass --report with the folder that has it (the files of report/ are listed in docs/writing.md)";
export const notAFolder = (): string => "is a file, not a folder";
export const notAFolderHint = (): string => "report/paper/ is a folder holding the text, one Markdown file per part (00-abstract.md, 01-introduction.md, ...)";

export const notUtf8 = (role: string, bytes: number[], offset: number): string =>
  `${role} is not valid UTF-8: byte${bytes.length > 1 ? "s" : ""} ${bytes.map(hex).join(" ")} at byte offset ${offset} cannot start or continue a character (shown as \uFFFD)`;

export const notUtf8Hint = (): string =>
  "Save the file as UTF-8 (the editor's encoding setting): Latin-1 and Windows-1252 write a character such as é, ü or – as one byte that UTF-8 does not allow (`iconv -f WINDOWS-1252 -t UTF-8` converts it).";

export const utf16Hint = (): string => "The file is UTF-16 (it starts with a UTF-16 byte-order mark): save it as UTF-8.";
