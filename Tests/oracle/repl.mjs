// REPL transcripts (Tests/repl/NAME.in) replayed on MicroPython 1.27.0's own REPL in the WebAssembly build
// (replInit, then replProcessChar per input byte; pyexec.c's event-driven friendly and raw REPL over
// readline.c), compared with the stored answer Tests/repl/NAME.exp, byte for byte. The xunit test
// Tests/Board/ReplTranscriptTests.cs runs nanoMpy's REPL engine on the same inputs against the same files.
//
//   node repl.mjs [NAME...]           check (PASS/FAIL per transcript, exit 1 on any failure)
//   node repl.mjs --write [NAME...]   (re)write NAME.exp from the oracle's answer
//
// NAME.in is text: line breaks in the file are ignored (they only make it readable); \r \n \t \e (ESC)
// \\ and \xHH are the bytes typed. See Tests/repl/README.md.
import { loadMicroPython } from "@micropython/micropython-webassembly-pyscript";
import { readdirSync, readFileSync, writeFileSync, existsSync } from "fs";
import { join, dirname } from "path";
import { fileURLToPath } from "url";

const dir = join(dirname(fileURLToPath(import.meta.url)), "..", "repl");

export function parseInput(text) {
  const out = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "\n" || c === "\r") continue;
    if (c !== "\\") {
      out.push(c.charCodeAt(0));
      continue;
    }
    const e = text[++i];
    if (e === "r") out.push(13);
    else if (e === "n") out.push(10);
    else if (e === "t") out.push(9);
    else if (e === "e") out.push(27);
    else if (e === "\\") out.push(92);
    else if (e === "x") {
      out.push(parseInt(text.substr(i + 1, 2), 16));
      i += 2;
    } else throw new Error(`bad escape \\${e}`);
  }
  return Buffer.from(out);
}

async function answer(input) {
  const chunks = [];
  const sink = (d) => chunks.push(typeof d === "string" ? Buffer.from(d, "utf8") : Buffer.from(d));
  const mp = await loadMicroPython({ stdout: sink, stderr: sink, linebuffer: false });
  mp.replInit();
  for (const b of input) {
    const r = mp.replProcessChar(b);
    if (r !== 0) throw new Error(`the REPL asked for a soft reset or exit (${r}): transcripts must not`);
  }
  return Buffer.concat(chunks);
}

let args = process.argv.slice(2);
const write = args[0] === "--write";
if (write) args = args.slice(1);
const names = readdirSync(dir)
  .filter((f) => f.endsWith(".in"))
  .map((f) => f.slice(0, -3))
  .filter((n) => args.length === 0 || args.includes(n))
  .sort();

let passed = 0;
let failed = 0;
for (const name of names) {
  const input = parseInput(readFileSync(join(dir, `${name}.in`), "latin1"));
  let got;
  try {
    got = await answer(input);
  } catch (e) {
    failed++;
    console.log(`FAIL ${name}: ${e.message}`);
    continue;
  }
  const expFile = join(dir, `${name}.exp`);
  if (write) {
    writeFileSync(expFile, got);
    console.log(`wrote ${name}.exp (${got.length} bytes)`);
    continue;
  }
  if (!existsSync(expFile)) {
    failed++;
    console.log(`FAIL ${name}: no ${name}.exp`);
    continue;
  }
  const want = readFileSync(expFile);
  if (Buffer.compare(want, got) === 0) {
    passed++;
    console.log(`PASS ${name}`);
  } else {
    failed++;
    let i = 0;
    while (i < want.length && i < got.length && want[i] === got[i]) i++;
    const show = (b) => JSON.stringify(b.subarray(Math.max(0, i - 40), i + 40).toString("latin1"));
    console.log(`FAIL ${name}: first difference at byte ${i}\n  expected: ${show(want)}\n  oracle:   ${show(got)}`);
  }
}
if (!write) console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
