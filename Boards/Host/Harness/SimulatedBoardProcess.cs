using System.Diagnostics;
using System.IO;

namespace NanoMpy.Host
{
    // `nanompy test --sim`: the simulated board as a process of its own (`nanompy board --pty --link`), on a
    // fresh folder and flash image, removed with it.
    public sealed class SimulatedBoardProcess : System.IDisposable
    {
        private readonly Process _process;
        private readonly string _dir;
        public readonly string Port;

        private SimulatedBoardProcess(Process p, string dir, string port)
        {
            _process = p;
            _dir = dir;
            Port = port;
        }

        public static SimulatedBoardProcess Start(string profile, out string error)
        {
            error = null;
            string dir = Path.Combine(Path.GetTempPath(), "nanompy-test-" + System.Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(dir);
            string link = dir + ".tty";
            var psi = new ProcessStartInfo { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            string self = System.Environment.ProcessPath ?? "";
            if (Path.GetFileNameWithoutExtension(self) == "nanompy")
            {
                psi.FileName = self;
            }
            else
            {
                // run from another host (dotnet, a test runner): the nanompy assembly beside this one
                psi.FileName = "dotnet";
                psi.ArgumentList.Add("exec");
                psi.ArgumentList.Add(Path.Combine(System.AppContext.BaseDirectory, "nanompy.dll"));
            }
            foreach (string a in new[] { "board", "--pty", "--link", link, "--flash", dir + ".flash", "--profile", profile, dir }) psi.ArgumentList.Add(a);
            Process p = Process.Start(psi);
            string first = p.StandardOutput.ReadLine();
            if (first == null || !first.StartsWith("nanompy board: serial port "))
            {
                error = "the simulated board did not start: " + first + " " + p.StandardError.ReadToEnd();
                try { p.Kill(); } catch (System.InvalidOperationException) { }
                Directory.Delete(dir, true);
                return null;
            }
            return new SimulatedBoardProcess(p, dir, link);
        }

        public void Dispose()
        {
            try
            {
                if (!_process.HasExited) _process.Kill();
                _process.WaitForExit(10000);
            }
            catch (System.InvalidOperationException)
            {
            }
            try
            {
                if (new FileInfo(Port).LinkTarget != null) File.Delete(Port);
                File.Delete(_dir + ".flash");
                Directory.Delete(_dir, true);
            }
            catch (IOException)
            {
            }
        }
    }
}
