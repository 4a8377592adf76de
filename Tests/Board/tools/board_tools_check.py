#!/usr/bin/env python3
"""Drives `nanompy board --pty` with MicroPython's own tools (mpremote, pyboard.py) and checks each answer.

    MP_SRC=/path/to/micropython-1.27.0 python3 Tests/Board/tools/board_tools_check.py [NANOMPY]

NANOMPY defaults to Boards/Host/bin/Release/net10.0/nanompy. Needs pyserial and platformdirs (Debian:
python3-serial, python3-platformdirs). Prints one line per command: PASS/FAIL, the command, and what was
checked; exits 1 on any failure. The board runs in a scratch folder; nothing of MicroPython is copied.
"""
import hashlib, os, pty, select, shutil, signal, subprocess, sys, tempfile, time

MP_SRC = os.environ.get("MP_SRC")
if not MP_SRC:
    sys.exit("set MP_SRC to a MicroPython v1.27.0 source tree")
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
NANOMPY = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "Boards/Host/bin/Release/net10.0/nanompy")
MPREMOTE = [sys.executable, "-m", "mpremote"]
PYBOARD = [sys.executable, os.path.join(MP_SRC, "tools", "pyboard.py")]
ENV = dict(os.environ, PYTHONPATH=os.path.join(MP_SRC, "tools", "mpremote"))

work = tempfile.mkdtemp(prefix="nanompy-tools-")
fs = os.path.join(work, "fs")
local = os.path.join(work, "local")
os.makedirs(fs)
os.makedirs(os.path.join(local, "tree", "sub"))
port = os.path.join(work, "port")
failures = 0


def start_board():
    p = subprocess.Popen([NANOMPY, "board", "--pty", "--link", port, fs], stdout=subprocess.PIPE,
                         stderr=subprocess.STDOUT, start_new_session=True)
    line = p.stdout.readline().decode()
    if "serial port" not in line:
        sys.exit("board did not start: " + line)
    return p


def run(args, timeout=60):
    r = subprocess.run(args, cwd=work, env=ENV, capture_output=True, timeout=timeout)
    # the board sends "\r\n" and the tools pass it through, as from any MicroPython board
    out = r.stdout.decode("utf-8", "replace").replace("\r\n", "\n")
    return r.returncode, out, r.stderr.decode("utf-8", "replace")


def mp(*args, **kw):
    return run(MPREMOTE + ["connect", port] + list(args), **kw)


def pb(*args, **kw):
    return run(PYBOARD + ["-d", port] + list(args), **kw)


def check(name, ok, how):
    global failures
    if not ok:
        failures += 1
    print(("PASS" if ok else "FAIL") + " | " + name + " | " + how, flush=True)


def drive(argv, steps):
    """Runs argv on a pty, types each (bytes, seconds to wait) step; returns all it printed."""
    pid, fd = pty.fork()
    if pid == 0:
        os.chdir(work)
        os.execvpe(argv[0], argv, ENV)
    out = b""
    for data, wait in steps:
        if data:
            os.write(fd, data)
        end = time.time() + wait
        while time.time() < end:
            r, _, _ = select.select([fd], [], [], max(0, end - time.time()))
            if r:
                try:
                    d = os.read(fd, 4096)
                except OSError:
                    d = b""
                if not d:
                    break
                out += d
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    os.waitpid(pid, 0)
    os.close(fd)
    return out.decode("utf-8", "replace")


board = start_board()
try:
    with open(os.path.join(local, "a.txt"), "w") as f:
        f.write("hello\n")
    blob = os.urandom(70000)
    with open(os.path.join(local, "tree", "sub", "b.bin"), "wb") as f:
        f.write(blob)
    with open(os.path.join(local, "tree", "c.txt"), "w") as f:
        f.write("c\n")
    with open(os.path.join(local, "prog.py"), "w") as f:
        f.write("import sys\nprint('run', sys.platform)\nfor i in range(3): print(i)\n")
    os.makedirs(os.path.join(local, "mnt", "pkg"))
    with open(os.path.join(local, "mnt", "mod.py"), "w") as f:
        f.write("X = 42\n")
    with open(os.path.join(local, "mnt", "pkg", "__init__.py"), "w") as f:
        f.write("def hi(): return 'hi from pkg'\n")

    rc, o, e = mp("exec", "print(6*7)")
    check("mpremote connect PORT exec 'print(6*7)'", rc == 0 and o == "42\n", "stdout 42")
    rc, o, e = mp("eval", "1+2")
    check("mpremote connect PORT eval '1+2'", rc == 0 and o == "3\n", "stdout 3")
    rc, o, e = mp("run", "local/prog.py")
    check("mpremote connect PORT run FILE", rc == 0 and o == "run nanompy\n0\n1\n2\n", "program output")
    rc, o, e = mp("exec", "1/0")
    check("mpremote connect PORT exec '1/0'", rc == 1 and "ZeroDivisionError: divide by zero" in o, "traceback, exit 1")
    rc, o, e = mp("fs", "cp", "local/a.txt", ":a.txt")
    check("mpremote fs cp FILE :", rc == 0 and open(os.path.join(fs, "a.txt")).read() == "hello\n", "file on the board")
    rc, o, e = mp("fs", "cat", ":a.txt")
    check("mpremote fs cat :FILE", rc == 0 and o == "hello\n", "contents")
    rc, o, e = mp("fs", "cp", "-r", "local/tree", ":")
    ok = open(os.path.join(fs, "tree", "sub", "b.bin"), "rb").read() == blob
    check("mpremote fs cp -r DIR :", rc == 0 and ok, "70000-byte file byte-identical on the board")
    rc, o, e = mp("fs", "ls", ":tree")
    check("mpremote fs ls :DIR", rc == 0 and "           0 sub/" in o and "           2 c.txt" in o, "sizes and dirs")
    rc, o, e = mp("fs", "cp", ":tree/sub/b.bin", "local/back.bin")
    ok = open(os.path.join(local, "back.bin"), "rb").read() == blob
    check("mpremote fs cp :FILE local", rc == 0 and ok, "byte-identical download")
    rc, o, e = mp("fs", "cp", "-r", ":tree", "local/tree2")
    ok = open(os.path.join(local, "tree2", "sub", "b.bin"), "rb").read() == blob
    check("mpremote fs cp -r :DIR local", rc == 0 and ok, "tree downloaded")
    rc, o, e = mp("fs", "sha256sum", ":tree/sub/b.bin")
    check("mpremote fs sha256sum :FILE", rc == 0 and hashlib.sha256(blob).hexdigest() in o, "hash equals hashlib's")
    rc, o, e = mp("fs", "mkdir", ":d")
    check("mpremote fs mkdir :DIR", rc == 0 and os.path.isdir(os.path.join(fs, "d")), "folder made")
    rc, o, e = mp("fs", "mkdir", ":d")
    check("mpremote fs mkdir :EXISTING", rc == 1 and "mkdir: d: File exists." in e, "error as on a board")
    rc, o, e = mp("fs", "rmdir", ":d")
    check("mpremote fs rmdir :DIR", rc == 0 and not os.path.exists(os.path.join(fs, "d")), "folder gone")
    rc, o, e = mp("fs", "rm", ":a.txt")
    check("mpremote fs rm :FILE", rc == 0 and not os.path.exists(os.path.join(fs, "a.txt")), "file gone")
    rc, o, e = mp("fs", "rm", ":nope")
    check("mpremote fs rm :MISSING", rc == 1 and "rm: nope: No such file or directory." in e, "error as on a board")
    rc, o, e = mp("fs", "rm", "-r", ":tree")
    check("mpremote fs rm -r :DIR", rc == 0 and not os.path.exists(os.path.join(fs, "tree")), "tree gone")
    rc, o, e = mp("df")
    check("mpremote df", rc == 0 and o.startswith("filesystem ") and o.rstrip().endswith(" /"), "table with /")
    rc, o, e = mp("exec", "x = 5")
    rc, o, e = mp("resume", "eval", "x")
    check("mpremote resume eval x", rc == 0 and o == "5\n", "state kept without a soft reset")
    rc, o, e = mp("eval", "'x' in globals()")
    check("mpremote eval (auto soft reset)", rc == 0 and o == "False\n", "first command soft-resets")
    rc, o, e = mp("exec", "y = 1", "soft-reset", "eval", "'y' in globals()")
    check("mpremote exec .. soft-reset eval ..", rc == 0 and o == "False\n", "globals cleared")
    rc, o, e = mp("reset")
    time.sleep(0.3)
    rc2, o2, e2 = mp("eval", "1")
    check("mpremote reset", rc == 0 and rc2 == 0 and o2 == "1\n", "machine.reset, board answers after")
    rc, o, e = mp("mount", "local/mnt", "exec",
                  "import os, mod, pkg\nprint(os.getcwd(), mod.X, pkg.hi())\n"
                  "f = open('w.txt', 'w'); f.write('x' * 300); f.close()\n"
                  "os.mkdir('dd'); os.rename('w.txt', 'dd/w2.txt'); print(os.stat('dd/w2.txt')[6])\n"
                  "os.remove('dd/w2.txt'); os.rmdir('dd')")
    check("mpremote mount DIR exec ...", rc == 0 and "/remote 42 hi from pkg\n300\n" in o,
          "import module and package, write, mkdir, rename, stat, remove, rmdir through the mount")
    out = drive(MPREMOTE + ["connect", port, "mount", "local/mnt"],
                [(b"", 2), (b"import mod\r", 0.5), (b"\x04", 3), (b"import os, mod\r", 0.5),
                 (b"print(os.getcwd(), mod.X)\r", 0.5), (b"\x1d", 0.5)])
    check("mpremote mount DIR (repl, Ctrl-D soft reset, continue)",
          "MPY: soft reboot" in out and "Remount local directory" in out and "/remote 42" in out,
          "remounted after the soft reset, imports still work")
    out = drive(MPREMOTE + ["connect", port, "repl"],
                [(b"", 1.5), (b"\r", 0.3), (b"1+1\r", 0.3), (b"import sys\r", 0.3), (b"sys.pla\t\r", 0.5),
                 (b"for i in range(2):\r", 0.3), (b"print(i)\r\r\r\r", 0.8),
                 (b"while True: pass\r\r", 1), (b"\x03", 1), (b"\x05x=5\rprint(x*2)\r\x04", 1),
                 (b"\x04", 2), (b"\x1d", 0.5)])
    check("mpremote connect PORT repl", ">>> 1+1\r\n2\r\n" in out and "'nanompy'" in out and "0\r\n1\r\n" in out
          and "KeyboardInterrupt: \r\n" in out and "=== print(x*2)\r\n=== \r\n10\r\n" in out
          and "MPY: soft reboot\r\n" in out, "prompt, completion, compound statement, Ctrl-C, paste mode, Ctrl-D")
    out = drive(MPREMOTE + ["connect", port, "exec", "print('start')\nwhile True: pass"], [(b"", 2.5), (b"\x03", 1.5)])
    rc, o, e = mp("eval", "'alive'")
    check("mpremote exec 'while True: pass' + Ctrl-C", "start" in out and rc == 0 and o == "alive\n",
          "mpremote exits 1, the next command interrupts the loop and runs")
    rc, o, e = pb("-c", "print('pb', 6*7)")
    check("pyboard.py -d PORT -c CODE", rc == 0 and o == "pb 42\n", "stdout")
    rc, o, e = pb("local/prog.py")
    check("pyboard.py -d PORT FILE", rc == 0 and o == "run nanompy\n0\n1\n2\n", "program output")
    rc, o, e = pb("-f", "cp", "local/tree/sub/b.bin", ":pb.bin")
    ok = open(os.path.join(fs, "pb.bin"), "rb").read() == blob
    check("pyboard.py -f cp FILE :", rc == 0 and ok, "byte-identical upload")
    rc, o, e = pb("-f", "cp", ":pb.bin", "local/pb2.bin")
    ok = open(os.path.join(local, "pb2.bin"), "rb").read() == blob
    check("pyboard.py -f cp :FILE local", rc == 0 and ok, "byte-identical download")
    rc, o, e = pb("-f", "ls")
    check("pyboard.py -f ls", rc == 0 and "       70000 pb.bin" in o, "listing with size")
    rc, o, e = pb("-f", "rm", ":pb.bin")
    check("pyboard.py -f rm :FILE", rc == 0 and not os.path.exists(os.path.join(fs, "pb.bin")), "file gone")
    rc, o, e = pb("-c", "1/0")
    check("pyboard.py -c '1/0'", rc == 1 and "ZeroDivisionError" in o, "traceback, exit 1")
    out = drive(MPREMOTE + ["connect", port, "repl"],
                [(b"", 1.5), (b"\r", 0.3), (b"s = input('? ')\r", 0.5), (b"ab\x7fc\r", 0.5), (b"s\r", 0.5),
                 (b"\x1d", 0.5)])
    check("mpremote repl: input()", "? ab\x08\x1b[Kc\r\n>>> s\r\n'ac'\r\n" in out, "line edited and returned")
finally:
    os.killpg(board.pid, signal.SIGTERM)
    board.wait(10)
    shutil.rmtree(work, ignore_errors=True)
print("board tools: %d failures" % failures)
sys.exit(1 if failures else 0)
