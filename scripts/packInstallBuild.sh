#!/usr/bin/env bash
# The package as a new user gets it: `npm pack`, `npm install <tarball>` into
# an empty project (from npm's cache, which `npm ci` filled), then the
# installed `npx safety-gap build` on a copy of this paper (report/ and
# templates/), with the system Chromium and no browser download, and
# `npx safety-gap diff HEAD~1 HEAD` in a git repository of that project.
# Then a new user's paper: `npx safety-gap init paper && cd paper && npx safety-gap build`
# (results from its `node study.mjs`), commit, change a parameter, commit, and
# `npx safety-gap diff HEAD~1 HEAD` reports the change; and the Python
# template (`init --template python`, results from `python3 analysis.py`) builds.
# Run by .ci/run; too slow for a unit test (test/packaging.test.ts checks the
# tarball's files and builds from it without npm install or the PDF).
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/safety-gap-walk-XXXXXX")"
trap 'rm -rf "$work"' EXIT
step() { printf '\n$ %s\n' "$*"; }

cd "$repo"
step npm pack --pack-destination "$work"
tarball="$work/$(npm pack --pack-destination "$work" --silent)"
echo "$tarball: $(du -k "$tarball" | cut -f1) kB"

mkdir "$work/project"
cd "$work/project"
echo '{ "name": "my-paper", "private": true }' > package.json
step npm install --offline --no-audit --no-fund "$tarball"
if ! npm install --offline --no-audit --no-fund "$tarball" 2>&1 | tee "$work/install.log"; then
  # A dependency whose metadata npm's cache lacks: let npm fetch what is missing.
  step npm install --prefer-offline --no-audit --no-fund "$tarball"
  npm install --prefer-offline --no-audit --no-fund "$tarball" 2>&1 | tee "$work/install.log"
fi
# A consumer's install must be clean on every Node that `engines` names: the
# root project's `overrides` do not reach it, so the dependencies themselves
# must accept this Node.
if grep -q EBADENGINE "$work/install.log"; then echo "walk: the install warned EBADENGINE on Node $(node -v)" >&2; exit 1; fi
# No browser came with the install: puppeteer-core downloads none.
if [ -e node_modules/puppeteer ]; then echo "walk: puppeteer (which downloads a browser) was installed" >&2; exit 1; fi
for f in node_modules/esbuild node_modules/assemblyscript node_modules/binaryen; do
  if [ -e "$f" ]; then echo "walk: build-only tool $f was installed" >&2; exit 1; fi
done

cp -r "$repo/report" "$repo/templates" .
step npx safety-gap build
npx safety-gap build
ls -l out/paper.pdf out/paper.html out/results.json
node "$repo/bin/safety-gap.js" compute --quiet --out "$work/reference"
cmp out/results.json "$work/reference/results.json"
echo "walk: out/results.json is byte-identical to the repository's compute"

git init -q
git -c user.email=walk@example.com -c user.name=walk add report templates package.json
git -c user.email=walk@example.com -c user.name=walk commit -q -m "paper"
sed -i 's/^  13B: { ToxiGen: 0.6400,/  13B: { ToxiGen: 0.6500,/' report/model.yaml
git -c user.email=walk@example.com -c user.name=walk commit -q -am "13B ToxiGen baseline 0.65"
step npx safety-gap diff HEAD~1 HEAD --format md
set +e
npx safety-gap diff HEAD~1 HEAD --format md > "$work/diff.md"
code=$?
set -e
head -n 12 "$work/diff.md"
echo "diff exit status: $code"
[ "$code" = 1 ] || { echo "walk: diff should exit 1 (numbers differ)" >&2; exit 1; }
grep -q 'cell.13B.SFT+DPO.AP.ToxiGen.mean' "$work/diff.md"
step npx safety-gap diff HEAD~1 HEAD --format md "(again: both revisions cached)"
start=$(date +%s%N)
npx safety-gap diff HEAD~1 HEAD --format md > "$work/diff2.md" || true
cmp "$work/diff.md" "$work/diff2.md"
echo "second diff: $(( ($(date +%s%N) - start) / 1000000 )) ms, same output; cached revisions: $(ls .cache/safety-gap/revisions | grep -vc last-inputs)"

# A new paper, as a new user starts one.
cd "$work/project"
git() { command git -c user.email=walk@example.com -c user.name=walk "$@"; }
step npx safety-gap init paper
npx safety-gap init paper
cd paper
step npx safety-gap build
npx safety-gap build
ls -l out/paper.pdf out/paper.html out/results.json out/data/samples.csv
git init -q
git add -A
git commit -q -m "new paper"
sed -i 's/"effect": 3,/"effect": 6,/' params.json
git commit -q -am "effect 6"
step npx safety-gap diff HEAD~1 HEAD
set +e
npx safety-gap diff HEAD~1 HEAD > "$work/paper-diff.txt"
code=$?
set -e
cat "$work/paper-diff.txt"
echo "diff exit status: $code"
[ "$code" = 1 ] || { echo "walk: diff should exit 1 (the effect changed)" >&2; exit 1; }
grep -q 'effect.diff' "$work/paper-diff.txt"

cd "$work/project"
step npx safety-gap init paper-python --template python
npx safety-gap init paper-python --template python
cd paper-python
step npx safety-gap build --no-pdf
npx safety-gap build --no-pdf
ls -l out/paper.html out/results.json out/data/samples.csv
echo "walk: ok"
