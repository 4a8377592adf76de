#!/usr/bin/env python3
"""Serial fuzzing of the simulated board process: random and REPL-shaped byte streams written to the pty of
`nanompy board --pty`, each followed by Ctrl-C, Ctrl-C, Ctrl-B; the board must answer with the friendly
banner and `>>> ` every time (it never dies or hangs). ReplFuzzTests does the same in-process; this goes
through the real serial path (pty, receive thread, interrupt character, raw-paste flow control).

    python3 Tests/Board/tools/pty_fuzz.py [--count N] [--seed S] [NANOMPY]
"""
import argparse, os, random, shutil, signal, subprocess, sys, tempfile, time
import serial

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
ap = argparse.ArgumentParser()
ap.add_argument("--count", type=int, default=500)
ap.add_argument("--seed", type=int, default=20261202)
ap.add_argument("nanompy", nargs="?", default=os.path.join(ROOT, "Boards/Host/bin/Release/net10.0/nanompy"))
args = ap.parse_args()

PIECES = [b"\r", b"\r", b"\t", b"\x01", b"\x02", b"\x03", b"\x04", b"\x05", b"\x0b", b"\x15", b"\x08", b"\x7f",
          b"\x1b", b"\x1b[A", b"\x1b[D", b"\x1b[3~", b"\x05A\x01", b"\x05B\x01", b"\r\x01", b"x = 1", b"print(x)",
          b"for i in range(3):", b"def f():", b"1/0", b"import sys", b"input()", b"sys.stdin.read(2)",
          b"while True: pass", b"import time; time.sleep_ms(30)", b"(", b"'''", b"\xe9", b"\xff", b"\x00"]
ENDING = b'Type "help()" for more information.\r\n>>> '

work = tempfile.mkdtemp(prefix="nanompy-ptyfuzz-")
port = os.path.join(work, "port")
board = subprocess.Popen([args.nanompy, "board", "--pty", "--link", port, work], stdout=subprocess.PIPE,
                         stderr=subprocess.STDOUT, start_new_session=True)
board.stdout.readline()
s = serial.Serial(port, 115200, timeout=0)
r = random.Random(args.seed)
failures = 0
total = 0
t0 = time.time()


def wait_for(ending, timeout):
    buf = b""
    end = time.time() + timeout
    while time.time() < end:
        d = s.read(4096)
        if d:
            buf += d
            if buf.endswith(ending):
                return True, buf
        else:
            time.sleep(0.002)
    return False, buf


def quiet(gap, timeout):
    """Waits until the board has sent nothing for gap seconds (its code ended or waits)."""
    end = time.time() + timeout
    last = time.time()
    while time.time() < end and time.time() - last < gap:
        if s.read(4096):
            last = time.time()
        else:
            time.sleep(0.005)


rounds = [0, 0, 0]
try:
    for i in range(args.count):
        if i % 2 == 0:
            stream = bytes(r.randrange(256) for _ in range(r.randrange(160)))
        else:
            stream = b"".join(r.choice(PIECES) for _ in range(r.randrange(1, 30)))
        total += len(stream) + 3
        s.write(stream)
        quiet(0.2, 5)
        # Ctrl-C, Ctrl-C, Ctrl-B one at a time: a Ctrl-C that arrives while code runs interrupts it (both would,
        # in one burst), and typed-ahead bytes the REPL reads after it may end in an escape sequence that
        # takes the next key, as on a MicroPython board; so a stream may need a second round
        ok = False
        got = b""
        for rnd in range(3):
            for k in (b"\x03", b"\x03", b"\x02"):
                s.write(k)
                time.sleep(0.05)
            ok, g = wait_for(ENDING, 5)
            got += g
            if ok:
                rounds[rnd] += 1
                break
        if not ok or board.poll() is not None:
            failures += 1
            print("stream %d (%r): no prompt; output ends %r" % (i, stream, got[-200:]), flush=True)
            if board.poll() is not None:
                print("the board died", flush=True)
                break
finally:
    s.close()
    os.killpg(board.pid, signal.SIGTERM)
    board.wait(10)
    shutil.rmtree(work, ignore_errors=True)
print("pty fuzz: seed %d, %d streams (%d bytes), %d failures, %.1f s; recovered after 1/2/3 rounds: %d/%d/%d"
      % (args.seed, args.count, total, failures, time.time() - t0, rounds[0], rounds[1], rounds[2]))
sys.exit(1 if failures else 0)
