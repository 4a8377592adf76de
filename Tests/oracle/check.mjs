// Oracle check: runs every golden Tests/programs/X.mpy in MicroPython 1.27.0 compiled to WebAssembly
// and compares its merged stdout+stderr and exit status with X.exp / X.exitcode (made by the unix port,
// see Tests/programs/regen.sh). A golden that both ports agree on is real MicroPython behaviour and not
// an accident of one build.
//
//   node check.mjs [NAME...]        (from Tests/oracle after `npm ci`)
//   node check.mjs --mpy-dir DIR [NAME...]
//                                   the same programs and .exp files, but every .mpy (programs and helpers)
//                                   taken from DIR, laid out as programs/ is: used to run what our own
//                                   compiler emits (`nanompy compile -d DIR ...`, see .ci/run).
//
//   node check.mjs --exe PATH [NAME...]
//                                   the same programs and .exp files, each run as `PATH X.mpy` from a copy
//                                   of Tests/programs without its .py files, instead of in the oracle:
//                                   used to check the native nanompy binary (see .ci/run); needs no `npm ci`.
//
//   node check.mjs --exe PATH --level L [NAME...]
//                                   a nanompy built at feature level L (-p:FeatureLevel=L, see
//                                   build/FeatureLevel.props): the corpus without the programs that
//                                   Tests/levels/L-excluded.txt lists as needing a feature L leaves out, then
//                                   the programs of Tests/levels/L/ (goldens of MicroPython built at that level).
//
// Prints PASS/FAIL per program, then "N passed, M failed"; exits 1 on any failure.
import { readdirSync, readFileSync, existsSync, statSync, openSync, closeSync, mkdtempSync, rmSync, cpSync } from "fs";
import { join, dirname, relative, resolve } from "path";
import { fileURLToPath } from "url";
import { spawnSync } from "child_process";
import { tmpdir } from "os";

const corpusDir = join(dirname(fileURLToPath(import.meta.url)), "..", "programs");
const levelsDir = join(dirname(fileURLToPath(import.meta.url)), "..", "levels");
const mountPoint = "/prog";

let args = process.argv.slice(2);
let mpyDir = corpusDir;
let exe = null;
if (args[0] === "--mpy-dir") {
  mpyDir = resolve(args[1]);
  args = args.slice(2);
} else if (args[0] === "--exe") {
  exe = resolve(args[1]);
  args = args.slice(2);
}
let level = null;
if (exe !== null && args[0] === "--level") {
  level = args[1];
  args = args.slice(2);
}
// --level: the excluded programs, by name, each with the feature it needs ("NAME feature")
const levelExcluded = new Map();
if (level !== null) {
  for (const line of readFileSync(join(levelsDir, `${level}-excluded.txt`), "utf8").split("\n")) {
    const t = line.trim();
    if (t === "" || t.startsWith("#")) continue;
    const sp = t.indexOf(" ");
    levelExcluded.set(sp < 0 ? t : t.slice(0, sp), sp < 0 ? "" : t.slice(sp + 1));
  }
}
// The oracle is loaded only when it runs, so --exe works without the npm dependency.
const loadMicroPython = exe === null
  ? (await import("@micropython/micropython-webassembly-pyscript")).loadMicroPython
  : null;

// Every .mpy below mpyDir (programs and helper modules/packages), as paths relative to it.
function listMpy(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...listMpy(full));
    else if (name.endsWith(".mpy")) out.push(relative(mpyDir, full));
  }
  return out;
}

// Emulates `cd DIR && micropython -m NAME`: import the module from the mounted folder; an uncaught
// exception is printed the way the unix port prints it (to stderr, exit 1) and SystemExit maps to the
// exit status the unix port uses (None -> 0, int -> value & 255, anything else -> 1).
function runnerSource(name) {
  return [
    "import sys",
    `sys.path.insert(0, '${mountPoint}')`,
    "_rc = 0",
    "try:",
    `    __import__('${name}')`,
    "except SystemExit as _e:",
    "    _v = _e.args[0] if _e.args else None",
    "    _rc = 0 if _v is None else (int(_v) & 255 if isinstance(_v, (int, bool)) else 1)",
    "except BaseException as _e:",
    "    sys.print_exception(_e, sys.stderr)",
    "    _rc = 1",
    "",
  ].join("\n");
}

// The traceback of an exception caught by the runner has one extra outermost frame for the runner
// itself ("<stdin>"); the unix port has no such frame.
function dropRunnerFrame(text) {
  return text.replace(/^  File "<stdin>", line \d+, in <module>\n/m, "");
}

async function runProgram(name, files) {
  const chunks = [];
  const sink = (data) => chunks.push(typeof data === "string" ? Buffer.from(data, "utf8") : Buffer.from(data));
  const mp = await loadMicroPython({ stdout: sink, stderr: sink, linebuffer: false });
  for (const rel of files) {
    const parts = rel.split(/[\\/]/);
    let dir = mountPoint;
    for (const p of [""].concat(parts.slice(0, -1))) {
      dir = p ? `${dir}/${p}` : dir;
      try { mp.FS.mkdir(dir); } catch { /* exists */ }
    }
    mp.FS.writeFile(`${mountPoint}/${parts.join("/")}`, readFileSync(join(mpyDir, rel)));
  }
  let rc;
  try {
    mp.runPython(runnerSource(name));
    rc = mp.globals.get("_rc");
  } catch (e) {
    chunks.push(Buffer.from(`ORACLE ERROR: ${e.message}\n`));
    rc = -1;
  }
  return { output: dropRunnerFrame(Buffer.concat(chunks).toString("latin1")), rc };
}

async function checkFolder(programsDir, excluding) {
  // `cd programs && EXE NAME.mpy 2>&1` without a shell, from a copy of programs/ without the sources (as
  // regen.sh runs MicroPython: a helper's .py next to its .mpy would win the import). Both streams go to one
  // file, so their interleaving is what the program wrote; output bytes are kept as they are (latin1).
  let scratch = exe === null ? null : mkdtempSync(join(tmpdir(), "nanompy-corpus-"));
  const exeDir = scratch === null ? null : join(scratch, "programs");
  if (exeDir !== null) cpSync(programsDir, exeDir, { recursive: true, filter: (src) => !src.endsWith(".py") });
  function runExe(name) {
    const outFile = join(scratch, "out");
    const fd = openSync(outFile, "w");
    let r;
    try {
      r = spawnSync(exe, [`${name}.mpy`], { cwd: exeDir, stdio: ["ignore", fd, fd], timeout: 60000 });
    } finally {
      closeSync(fd);
    }
    let output = readFileSync(outFile).toString("latin1");
    let rc = r.status;
    if (r.error) {
      output += `RUNNER ERROR: ${r.error.message}\n`;
      rc = -1;
    } else if (rc === null) {
      output += `RUNNER ERROR: killed by ${r.signal}\n`;
      rc = -1;
    }
    return { output, rc };
  }

  const files = exe === null ? listMpy(mpyDir) : [];
  const wanted = args;
  const programs = readdirSync(programsDir)
    .filter((f) => f.endsWith(".mpy") && existsSync(join(programsDir, f.slice(0, -4) + ".exp")))
    .map((f) => f.slice(0, -4))
    .filter((n) => wanted.length === 0 || wanted.includes(n))
    .sort();


  // unix-only.txt: programs the 32-bit oracle cannot check (their goldens are the 64-bit unix port's).
  const unixOnly = new Map();
  for (const line of readFileSync(join(dirname(fileURLToPath(import.meta.url)), "unix-only.txt"), "utf8").split("\n")) {
    const t = line.trim();
    if (t === "" || t.startsWith("#")) continue;
    const sp = t.indexOf(" ");
    unixOnly.set(t.slice(0, sp), t.slice(sp + 1));
  }

  // Corpus consistency (regen.sh conventions): every program X.py has X.mpy and X.exp, every helper .py
  // (mod_*.py and anything in a subfolder) has its .mpy. Stale goldens are not detectable without mpy-cross.
  function listPy(dir) {
    const out = [];
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) out.push(...listPy(full));
      else if (name.endsWith(".py")) out.push(relative(programsDir, full));
    }
    return out;
  }
  if (wanted.length === 0 && mpyDir === programsDir) {
    for (const py of listPy(programsDir)) {
      const base = join(programsDir, py.slice(0, -3));
      const isProgram = !/[\\/]/.test(py) && !py.startsWith("mod_");
      const missing = [".mpy"].concat(isProgram ? [".exp"] : []).filter((ext) => !existsSync(base + ext));
      if (missing.length > 0) {
        failed++;
        console.log(`FAIL ${py}: missing ${missing.join(", ")} (run Tests/programs/regen.sh)`);
      }
    }
  }

  if (excluding) {
    for (const name of levelExcluded.keys()) {
      if (!programs.includes(name) && wanted.length === 0) {
        failed++;
        console.log(`FAIL ${name}: listed in Tests/levels/${level}-excluded.txt but no such program`);
      }
    }
  }
  for (const name of programs) {
    if (excluding && levelExcluded.has(name)) {
      excludedCount++;
      continue;
    }
    if (exe === null && unixOnly.has(name)) {
      skipped++;
      console.log(`SKIP ${name}: ${unixOnly.get(name)}`);
      continue;
    }
    // latin1 keeps the comparison byte-exact whatever the program prints.
    const expected = readFileSync(join(programsDir, `${name}.exp`)).toString("latin1");
    const codeFile = join(programsDir, `${name}.exitcode`);
    const expectedRc = existsSync(codeFile) ? parseInt(readFileSync(codeFile, "utf8").trim(), 10) : 0;
    if (!existsSync(join(exe === null ? mpyDir : programsDir, `${name}.mpy`))) {
      failed++;
      console.log(`FAIL ${name}: no ${name}.mpy in ${exe === null ? mpyDir : programsDir}`);
      continue;
    }
    const { output, rc } = exe === null ? await runProgram(name, files) : runExe(name);
    if (output === expected && rc === expectedRc) {
      passed++;
      console.log(`PASS ${name}`);
    } else {
      failed++;
      console.log(`FAIL ${name}` + (rc !== expectedRc ? ` (exit ${rc}, expected ${expectedRc})` : ""));
      const a = expected.split("\n");
      const b = output.split("\n");
      for (let i = 0; i < Math.max(a.length, b.length); i++) {
        if (a[i] !== b[i]) {
          console.log(`  line ${i + 1}:\n    expected: ${JSON.stringify(a[i])}\n    ${exe === null ? "oracle:" : "actual:"}   ${JSON.stringify(b[i])}`);
          break;
        }
      }
    }
  }
  if (scratch !== null) rmSync(scratch, { recursive: true, force: true });
}

let passed = 0;
let failed = 0;
let skipped = 0;
let excludedCount = 0;
await checkFolder(corpusDir, level !== null);
if (level !== null) await checkFolder(join(levelsDir, level), false);
console.log(`${passed} passed, ${failed} failed` + (skipped > 0 ? `, ${skipped} skipped (unix-only.txt)` : "") +
  (excludedCount > 0 ? `, ${excludedCount} left out at level ${level}` : ""));
process.exit(failed === 0 ? 0 : 1);
